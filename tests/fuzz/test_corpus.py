"""Replay of the corpus of hostile inputs (tests/fuzz/corpus/, written by make_corpus.py).

Each file goes through the reader its folder names and must end cleanly: success, or one clear
error with nothing written. The nastiest inputs the fuzz tests found or that were crafted for them.
"""

from __future__ import annotations

import itertools
import json
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from fuzz_support import CORPUS
from sync_world import Parts, World, build
from test_fuzz_expressions import check_expression
from test_fuzz_packages import import_checked as import_package
from test_fuzz_packages import office_checked
from test_fuzz_xlsform import read_and_import
from test_fuzz_xlsx import import_checked as import_list

from kc_desktop.db.changelog import Actor
from kc_desktop.db.engine import Database, open_database
from kc_desktop.services import setup
from kc_desktop.sync import city, package, trust
from tests.conftest import OFFICE

_fresh = itertools.count(10_000)


def _files(folder: str, pattern: str = "*") -> list[Path]:
    return sorted((CORPUS / folder).glob(pattern))


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, Actor, Path]]:
    root = tmp_path_factory.mktemp("corpus")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("KC_DESKTOP_DATA", str(root / "data"))
        db = open_database(root / "kc.sqlite")
        actor = setup.initialize(db, OFFICE)
        (root / "inputs").mkdir()
        yield db, actor, root / "inputs"
        db.close()


def test_the_corpus_is_small() -> None:
    files = [p for p in CORPUS.rglob("*") if p.is_file()]
    assert len(files) >= 100
    assert sum(p.stat().st_size for p in files) < 1024 * 1024
    assert all(p.stat().st_size < 64 * 1024 for p in files), "keep each case to a few KB"


@pytest.mark.parametrize("path", _files("establishments"), ids=lambda p: p.stem)
def test_establishment_lists(office: tuple[Database, Actor, Path], path: Path) -> None:
    db, actor, inputs = office
    import_list(db, actor, inputs, path.read_bytes())


@pytest.mark.parametrize("path", _files("templates"), ids=lambda p: p.stem)
def test_templates(office: tuple[Database, Actor, Path], path: Path) -> None:
    db, actor, inputs = office
    read_and_import(db, actor, inputs, path.read_bytes())


@pytest.mark.parametrize("path", _files("expressions"), ids=lambda p: p.stem)
def test_expressions(path: Path) -> None:
    check_expression(path.read_text("utf-8"), {"a": "a" * 40})


@pytest.mark.parametrize("path", _files("packages", "*.kcpkg"), ids=lambda p: p.stem)
def test_package_files(world: World, path: Path) -> None:
    assert import_package(world, path.read_bytes(), path.name).status == city.REJECTED


def _filled(world: World, path: Path) -> bytes:
    """The file with its placeholders filled in: ids the world knows, a fresh version, a new id."""
    number = next(_fresh)
    data = path.read_bytes().replace(b"@fresh", str(number).encode())
    data = data.replace(b"@new_id", str(uuid.UUID(int=number)).encode())
    for name, value in world.ids.items():
        data = data.replace(f"@{name}".encode(), value.encode())
    return data


@pytest.mark.parametrize("path", _files("packages", "*.changes.jsonl"), ids=lambda p: p.name.split(".")[0])
def test_package_records_signed_by_the_office(world: World, path: Path) -> None:
    """The records of the file in BT01's genuine package, signed again with BT01's key."""
    parts = Parts.of(world.good)
    parts.lines = [line for line in _filled(world, path).split(b"\n") if line.strip()]
    import_package(world, build(world.key(world.bt), parts), f"KC-BT01-{path.name.split('.')[0]}.kcpkg")


# Known crashes of kc_desktop/sync/audit_log.py (outside the modules this fuzzing may fix), as apply.py
# had them: json.loads' ValueError (5000 digits) and RecursionError (deep nesting) escape parse(); a time
# near year 9999 west of UTC, a lone surrogate or NUL in a text, a version beyond 64 bits reach the
# database and fail there. Remove an entry once audit_log checks it like apply._check does.
_AUDIT_KNOWN: set[str] = set()  # audit lines the importer once let through; all refused now


@pytest.mark.parametrize("path", [
    pytest.param(p, marks=pytest.mark.xfail(reason="audit_log.py lets this through", strict=False))
    if p.name.split(".")[0] in _AUDIT_KNOWN else p
    for p in _files("packages", "*.audit.jsonl")
], ids=lambda p: p.name.split(".")[0])
def test_package_audit_signed_by_the_office(world: World, path: Path) -> None:
    """BT01's genuine package with this change log (audit.jsonl), signed again with BT01's key."""
    parts = Parts.of(world.good)
    assert isinstance(parts.manifest, dict)
    last = next(_fresh)  # a change the city has not kept yet: the package's range is stretched to it
    parts.manifest = {**parts.manifest, "sequence": {"from": 1, "to": last}}
    audit = _filled(world, path).replace(b"@audit_seq", str(last).encode())
    parts.others = [(name, audit if name == package.AUDIT else data) for name, data in parts.others]
    import_package(world, build(world.key(world.bt), parts), f"KC-BT01-audit-{path.name.split('.')[0]}.kcpkg")


@pytest.mark.parametrize("path", _files("office"), ids=lambda p: p.name.rsplit(".", 1)[0])
def test_city_packages_read_by_the_office(world: World, path: Path) -> None:
    """A genuine receipt or reference package with the file's changes to its manifest, signed again by the city."""
    kind = path.name.split(".")[-2]
    parts = Parts.of(world.receipt if kind == "receipt" else world.reference, trust.own_encryption_keys(world.bt.db))
    assert isinstance(parts.manifest, dict)
    parts.manifest = {**parts.manifest, **json.loads(_filled(world, path))}
    office_checked(world, build(world.key(world.hq), parts), kind)


def test_a_genuine_package_still_imports_after_the_corpus(world: World, tmp_path: Path) -> None:
    """The city database is sound after every hostile package: BT01's genuine package goes in."""
    copy = tmp_path / world.good.name
    shutil.copy(world.good, copy)
    assert city.import_package(world.hq.db, copy).status in (city.IMPORTED, city.ALREADY)
