"""Sync with the city office: an office export of 10,000 records with 500 photos, and the city import of
30 office packages of 10,000 records each, against bare work on the same data in the same run."""

from __future__ import annotations

import io
import json
import os
import random
import sqlite3
import uuid
import zipfile
from pathlib import Path

from bench.common import OUT, report, scratch, size, timed

RECORDS = size(10_000, 100)
PHOTOS = size(500, 5)
PACKAGES = size(30, 3)


def _photo(rng: random.Random, n: int) -> bytes:
    """A 1024×768 JPEG of a field photo's size (noise compresses about as badly as a real scene)."""
    from PIL import Image

    image = Image.frombytes("RGB", (256, 192), rng.randbytes(256 * 192 * 3)).resize((1024, 768))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=80)
    return buffer.getvalue()


def _office(folder: Path):  # noqa: ANN202
    from sqlalchemy import select

    from kc_desktop.db.engine import open_database
    from kc_desktop.db.models import Establishment
    from kc_desktop.db.models_work import Attachment
    from kc_desktop.progress import drive
    from kc_desktop.services import attachments, demo, setup

    db = open_database(folder / "kc.sqlite")
    actor = setup.initialize(db, setup.SiteIdentity("BT01", "UBND xã Bát Tràng", "commune", "00583", "Nguyễn Văn An"))
    drive(demo.generate(db, actor, establishments=RECORDS, seed=7))
    rng = random.Random(7)
    with db.read() as session:
        owners = session.scalars(select(Establishment.id).limit(PHOTOS)).all()
    stored = [attachments.store(db, _photo(rng, n), "image/jpeg")[0] for n in range(PHOTOS)]
    with db.session(actor) as session:
        for owner, digest in zip(owners, stored, strict=True):
            session.add(Attachment(sha256=digest, owner_table="establishment", owner_id=owner, media_type="image/jpeg",
                                   width=1024, height=768, caption="Nhà xưởng"))
    return db


def _bare_export(db, target: Path) -> None:  # noqa: ANN001
    """The same rows selected with sqlite3, one JSON line each, zipped with the same photo files."""
    connection = sqlite3.connect(db.path)
    connection.row_factory = sqlite3.Row
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        lines = []
        for table in ("site", "officer", "establishment", "attachment"):
            rows = connection.execute(f"SELECT * FROM {table}")  # noqa: S608 - fixed table names
            lines.extend(json.dumps(dict(row), ensure_ascii=False) for row in rows)
        archive.writestr("changes.jsonl", "\n".join(lines))
        for (digest,) in connection.execute("SELECT sha256 FROM attachment"):
            found = next((db.path.parent / "attachments" / digest[:2]).glob(digest + ".*"))
            archive.writestr(f"attachments/{digest}", found.read_bytes(), zipfile.ZIP_STORED)
    connection.close()


def bench_export() -> Path:
    from kc_desktop.sync.export import export_changes

    folder = scratch("sync-export")
    os.environ["KC_DESKTOP_DATA"] = str(folder / "data")
    db = _office(folder)
    ours = timed(lambda: export_changes(db, folder / "usb", everything=True))
    bare = timed(lambda: _bare_export(db, folder / "bare.zip"))
    report(f"sync_export_{RECORDS // 1000}k_{PHOTOS}_photos", ours, "s", bare, "s (sqlite3 rows + json + zip)")
    [package_path] = list((folder / "usb").glob("*.kcpkg"))
    db.close()
    return package_path


def _office_packages(source: Path, folder: Path) -> list[tuple[Path, dict]]:
    """30 offices' packages made from one real export: ids, sites and officers renamed, each signed by its key."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from kc_desktop.sync import audit_log, keys, package

    with zipfile.ZipFile(source) as archive:
        manifest = json.loads(archive.read(package.MANIFEST))
        lines = [json.loads(line) for line in archive.read(package.CHANGES).splitlines()]
        audit = [json.loads(line) for line in archive.read(package.AUDIT).splitlines()]
    lines = [c for c in lines if c["table"] in ("site", "officer", "establishment")]
    ids = {c["id"] for c in lines}
    made = []
    for k in range(PACKAGES):
        space = uuid.uuid5(uuid.NAMESPACE_URL, f"office-{k}")
        mapping = {old: str(uuid.uuid5(space, old)) for old in ids}
        changes = []
        for line in lines:
            fields = {f: mapping.get(v, v) if isinstance(v, str) else v for f, v in line["fields"].items()}
            if line["table"] == "site":
                fields.update(code=f"O{k:02d}", name=f"UBND xã số {k}")
            changes.append({**line, "id": mapping[line["id"]], "fields": fields})
        key = Ed25519PrivateKey.generate()
        site = next(c for c in changes if c["table"] == "site")
        card = {"site_id": site["id"], "code": f"O{k:02d}", "name": f"UBND xã số {k}", "level": "commune",
                "public_key": keys.public_bytes(key.public_key()).hex(), "encryption_key": None}
        header = {k2: manifest[k2] for k2 in ("kind", "schema", "program", "created_at", "sequence")}
        # Every change comes with its audit line (the city refuses one without).
        entries = [{**a, "id": mapping[a["id"]], "changed_by": mapping.get(a["changed_by"], a["changed_by"])}
                   for a in audit if a["id"] in mapping]
        path = package.write(folder / f"KC-O{k:02d}-1-{RECORDS}.kcpkg", key, {**header, "sender": card}, changes,
                             extra={package.AUDIT: audit_log.to_bytes(entries)})
        made.append((path, card))
    return made


def _city(folder: Path, url: str | None = None):  # noqa: ANN202
    from kc_desktop.db.engine import open_database
    from kc_desktop.services import setup

    folder.mkdir(parents=True, exist_ok=True)
    db = open_database(url or folder / "kc.sqlite")
    setup.initialize(db, setup.SiteIdentity("SCT-HN", "Sở Công Thương Hà Nội", "city", None, "Trần Thị Bình"))
    return db


def _bare_rows(made: list[tuple[Path, dict]], db) -> list[dict[str, list[dict]]]:  # noqa: ANN001
    """Per package, the same rows converted and with their local columns, ready for executemany
    (made before timing)."""
    from kc_desktop.sync import apply, keys, package

    packages = []
    with db.read() as session:
        for path, card in made:
            read = package.read(path, lambda site, c=card: keys.public_from_hex(c["public_key"]))
            rows: dict[str, list[dict]] = {}
            for line in apply.parse_lines(read.changes, path.name):
                defaults = {c.key: c.default.arg for c in line.table.columns if c.default is not None
                            and c.default.is_scalar}
                values = apply._with_local(session, line.table, {**defaults, **line.values, "id": line.id})  # noqa: SLF001
                rows.setdefault(line.table.name, []).append({c.key: values.get(c.key) for c in line.table.columns})
            packages.append(rows)
    return packages


def _bare_import(db, packages: list[dict[str, list[dict]]]) -> None:  # noqa: ANN001
    from sqlalchemy import insert

    from kc_desktop.db.models import SYNCED_TABLES

    with db.engine.connect() as connection:
        for rows in packages:
            with connection.begin():
                for name in ("site", "officer", "establishment"):
                    connection.execute(insert(SYNCED_TABLES[name].__table__), rows[name])


def bench_import(source: Path, base_url: str | None = None, label: str = "sqlite") -> None:
    from kc_desktop.sync import city, trust

    folder = scratch(f"sync-import-{label}")
    (folder / "packages").mkdir()
    made = _office_packages(source, folder / "packages")
    ours_db = _city(folder / "ours", _pg_database(base_url, "kc_bench_ours"))
    for _path, card in made:
        trust.trust(ours_db, trust.SiteCard(**card), trust.SiteCard(**card).fingerprint)
    paths = [p for p, _ in made]

    def go() -> None:
        outcomes = [o for o in city.import_many(ours_db, paths) if isinstance(o, city.Outcome)]
        assert all(o.status == city.IMPORTED for o in outcomes), [o.line for o in outcomes if o.status != "imported"]

    ours = timed(go)
    ours_db.close()
    bare_db = _city(folder / "bare", _pg_database(base_url, "kc_bench_bare"))
    rows = _bare_rows(made, bare_db)
    bare = timed(lambda: _bare_import(bare_db, rows))
    bare_db.close()
    report(f"city_import_{PACKAGES}x{RECORDS // 1000}k_{label}", ours, "s", bare, "s (bare executemany, same rows)")


def _pg_database(base_url: str | None, name: str) -> str | None:
    """A fresh empty PostgreSQL database on the server of `base_url` (None: SQLite)."""
    if base_url is None:
        return None
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin = create_engine(make_url(base_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(base_url).set(database=name).render_as_string(hide_password=False)


def run() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    source = bench_export()
    bench_import(source)
    url = os.environ.get("KC_BENCH_POSTGRES_URL") or os.environ.get("KC_TEST_POSTGRES_URL")
    if url:
        bench_import(source, url, "postgresql")
    else:
        print("city_import on PostgreSQL: skipped (set KC_BENCH_POSTGRES_URL to a server to measure it)")
