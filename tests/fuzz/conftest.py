"""Fixtures of the fuzz tests: a folder for hostile files, and a city with two offices (built once per module)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sync_world import World, make_world


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A failing example of a hostile size must still be reported: no error for its long description."""
    here = Path(__file__).parent
    for item in items:
        if Path(item.path).parent == here:
            item.add_marker(pytest.mark.filterwarnings("ignore::hypothesis.errors.HypothesisWarning"))


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    """Where hostile files are written: not beside the database, whose folder must stay as it was."""
    folder = tmp_path / "inputs"
    folder.mkdir()
    return folder


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    root = tmp_path_factory.mktemp("sync")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("KC_DESKTOP_DATA", str(root / "data"))
        built = make_world(root)
        yield built
    for site in (built.hq, built.bt, built.vp):
        site.db.close()
