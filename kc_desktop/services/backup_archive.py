"""The backup file (`.kcbak`): the database, the site's keys (inside it) and every attachment, in one
file encrypted so that only the office's backup passphrase opens it.

The passphrase is chosen once by the head. It is never stored: what is stored (in the database and
in every backup's header) is a backup key pair whose private half is sealed with a key derived from
the passphrase (scrypt). A backup is encrypted to the public half, so the daily automatic backup
needs no passphrase, and opening any backup needs only the passphrase that was in force when it
was made.

Layout: MAGIC, the header's length (4 bytes) and the header (JSON: the sealed backup key, a one-time
X25519 public key, a summary for lists: office, date, counts). Then the zip of the contents,
encrypted in chunks of 1 MiB with AES-256-GCM (the STREAM construction: a counter and a last-chunk
flag in each nonce, the header as associated data), so nothing can be cut, reordered or changed
unnoticed, and neither side holds the whole file in memory.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from kc_desktop import paths
from kc_desktop.errors import KCError

MAGIC = b"KC-DESKTOP-BACKUP-1\n"
SUFFIX = ".kcbak"
FORMAT = "kc-desktop-backup"
DATABASE = "database.sqlite"
MANIFEST = "manifest.json"
ATTACHMENTS = "attachments/"
CHUNK = 1 << 20
MIN_PASSPHRASE = 8
_SCRYPT = {"n": 2**15, "r": 8, "p": 1}
_MAX_HEADER = 64 * 1024
_KEY_AAD = b"kc-desktop-backup-key"


class BackupPassphraseError(KCError):
    """The passphrase is missing or does not open this backup."""


class BackupFileError(KCError):
    """The file is not a KC Desktop backup, or it was cut short or changed."""


@dataclass(frozen=True)
class BackupKey:
    """The office's backup key: the public half, and the private half sealed with the passphrase."""

    public: str
    sealed: dict[str, Any]

    def to_json(self) -> str:
        return json.dumps({"public": self.public, "sealed": self.sealed}, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> BackupKey:
        data = json.loads(text)
        return cls(str(data["public"]), dict(data["sealed"]))


def _derive(passphrase: str, salt: bytes, params: dict[str, int]) -> bytes:
    return Scrypt(salt=salt, length=32, n=params["n"], r=params["r"], p=params["p"]).derive(passphrase.encode())


def check_new_passphrase(passphrase: str, repeated: str | None = None) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise BackupPassphraseError(f"Mật khẩu sao lưu cần ít nhất {MIN_PASSPHRASE} ký tự.")
    if repeated is not None and repeated != passphrase:
        raise BackupPassphraseError("Hai lần nhập mật khẩu sao lưu không giống nhau.")


def new_key(passphrase: str) -> BackupKey:
    check_new_passphrase(passphrase)
    private = X25519PrivateKey.generate()
    salt, nonce = os.urandom(16), os.urandom(12)
    sealed = AESGCM(_derive(passphrase, salt, _SCRYPT)).encrypt(nonce, private.private_bytes_raw(), _KEY_AAD)
    return BackupKey(private.public_key().public_bytes_raw().hex(),
                     {"kdf": "scrypt", **_SCRYPT, "salt": salt.hex(), "nonce": nonce.hex(), "key": sealed.hex()})


def open_key(key: BackupKey, passphrase: str, name: str) -> X25519PrivateKey:
    try:
        sealed = key.sealed
        params = {k: int(sealed[k]) for k in ("n", "r", "p")}
        if sealed.get("kdf") != "scrypt" or params["n"] > 2**20 or params["r"] > 32 or params["p"] > 16:
            raise ValueError("unknown key derivation")
        raw = AESGCM(_derive(passphrase, bytes.fromhex(sealed["salt"]), params)).decrypt(
            bytes.fromhex(sealed["nonce"]), bytes.fromhex(sealed["key"]), _KEY_AAD)
    except InvalidTag as exc:
        raise BackupPassphraseError(f"Mật khẩu sao lưu không đúng: không mở được «{name}». "
                                    "Không có gì thay đổi.") from exc
    except (KeyError, ValueError, TypeError) as exc:
        raise BackupFileError(f"Tệp «{name}» không phải bản sao lưu KC Desktop hợp lệ (phần khóa bị hỏng).") from exc
    private = X25519PrivateKey.from_private_bytes(raw)
    if private.public_key().public_bytes_raw().hex() != key.public:
        raise BackupFileError(f"Tệp «{name}» không phải bản sao lưu KC Desktop hợp lệ (khóa không khớp).")
    return private


def _data_key(shared: bytes, one_time: bytes, recipient: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=None, info=b"kc-desktop-backup" + one_time + recipient).derive(shared)


class _Sealer(io.RawIOBase):
    """A write-only stream that encrypts what is written to `out` chunk by chunk."""

    def __init__(self, out: BinaryIO, key: bytes, prefix: bytes, aad: bytes) -> None:
        super().__init__()
        self._out, self._aead, self._prefix, self._aad = out, AESGCM(key), prefix, aad
        self._buffer = bytearray()
        self._counter = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self._buffer += data
        while len(self._buffer) > CHUNK:
            self._emit(bytes(self._buffer[:CHUNK]), last=False)
            del self._buffer[:CHUNK]
        return len(data)

    def _emit(self, chunk: bytes, *, last: bool) -> None:
        nonce = self._prefix + self._counter.to_bytes(4, "big") + (b"\x01" if last else b"\x00")
        sealed = self._aead.encrypt(nonce, chunk, self._aad)
        self._out.write(len(sealed).to_bytes(4, "big") + sealed)
        self._counter += 1

    def close(self) -> None:
        if not self.closed:
            self._emit(bytes(self._buffer), last=True)
            self._buffer.clear()
        super().close()


def _opened_chunks(handle: BinaryIO, key: bytes, prefix: bytes, aad: bytes, name: str) -> Iterator[bytes]:
    aead = AESGCM(key)
    counter = 0
    while True:
        size = handle.read(4)
        if len(size) < 4:
            raise BackupFileError(f"Bản sao lưu «{name}» bị cắt cụt (thiếu phần cuối); không dùng được.")
        length = int.from_bytes(size, "big")
        sealed = handle.read(length) if length <= CHUNK + 16 else b""
        if len(sealed) != length or length < 16:
            raise BackupFileError(f"Bản sao lưu «{name}» bị cắt cụt hoặc bị hỏng; không dùng được.")
        base = prefix + counter.to_bytes(4, "big")
        last = False
        try:
            plain = aead.decrypt(base + b"\x00", sealed, aad)
        except InvalidTag:
            try:
                plain, last = aead.decrypt(base + b"\x01", sealed, aad), True
            except InvalidTag as exc:
                raise BackupFileError(f"Bản sao lưu «{name}» đã bị sửa hoặc bị hỏng; không dùng được.") from exc
        if last and handle.read(1):
            raise BackupFileError(f"Bản sao lưu «{name}» có dữ liệu lạ sau phần cuối; không dùng được.")
        yield plain
        if last:
            return
        counter += 1


@dataclass(frozen=True)
class Header:
    raw: bytes
    data: dict[str, Any]
    offset: int  # where the encrypted body starts

    @property
    def summary(self) -> dict[str, Any]:
        value = self.data.get("summary")
        return value if isinstance(value, dict) else {}

    @property
    def key(self) -> BackupKey:
        return BackupKey(str(self.data["key"]["public"]), dict(self.data["key"]["sealed"]))


def is_archive(path: Path) -> bool:
    return paths.starts_with(path, MAGIC)


def read_header(path: Path) -> Header:
    name = Path(path).name
    problem = paths.not_a_file(Path(path))
    if problem:
        raise BackupFileError(problem)
    try:
        with Path(path).open("rb") as handle:
            magic = handle.read(len(MAGIC))
            if magic != MAGIC:
                raise BackupFileError(f"Tệp «{name}» không phải bản sao lưu KC Desktop.")
            size = int.from_bytes(handle.read(4), "big")
            raw = handle.read(size) if 0 < size <= _MAX_HEADER else b""
    except FileNotFoundError as exc:
        raise BackupFileError(f"Không có tệp «{path}».") from exc
    except IsADirectoryError as exc:
        raise BackupFileError(f"«{path}» là một thư mục, không phải bản sao lưu.") from exc
    except OSError as exc:
        raise BackupFileError(f"Không đọc được tệp «{name}»: {exc.strerror or exc}.") from exc
    if len(raw) != size or not raw:
        raise BackupFileError(f"Bản sao lưu «{name}» bị cắt cụt hoặc bị hỏng; không dùng được.")
    try:
        data = json.loads(raw)
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("not ours")
        if data.get("version") != 1:
            raise BackupFileError(f"Bản sao lưu «{name}» do phiên bản KC Desktop mới hơn tạo ra; "
                                  "hãy cài phiên bản mới nhất để dùng tệp này.")
        header = Header(raw, data, len(MAGIC) + 4 + size)
        header.key  # noqa: B018  (checks its form)
        bytes.fromhex(str(data["one_time"]))
        bytes.fromhex(str(data["nonce_prefix"]))
    except BackupFileError:
        raise
    except (ValueError, KeyError, TypeError) as exc:
        raise BackupFileError(f"Bản sao lưu «{name}» bị hỏng (phần đầu không đọc được); không dùng được.") from exc
    return header


def write(target: Path, database: Path, attachments: Path | None, key: BackupKey, summary: dict[str, Any],
          work_dir: Path) -> Path:
    """Write the backup file (beside the target, then renamed) and read it back in full."""
    recipient = X25519PublicKey.from_public_bytes(bytes.fromhex(key.public))
    one_time = X25519PrivateKey.generate()
    one_time_public = one_time.public_key().public_bytes_raw()
    data_key = _data_key(one_time.exchange(recipient), one_time_public, bytes.fromhex(key.public))
    prefix = os.urandom(7)
    header = json.dumps({"format": FORMAT, "version": 1, "summary": summary,
                         "key": {"public": key.public, "sealed": key.sealed}, "one_time": one_time_public.hex(),
                         "nonce_prefix": prefix.hex(), "chunk": CHUNK}, ensure_ascii=False, sort_keys=True).encode()
    digest = _sha256(database)
    files = sorted(p for p in attachments.rglob("*") if p.is_file() and not p.name.endswith(".part")) \
        if attachments is not None and attachments.is_dir() else []
    manifest = {"format": FORMAT, "summary": summary, "database_sha256": digest, "attachments": len(files)}
    partial = target.with_name(f".{target.name}.part")
    try:
        with partial.open("wb") as out:
            out.write(MAGIC + len(header).to_bytes(4, "big") + header)
            sealer = _Sealer(out, data_key, prefix, header)
            with zipfile.ZipFile(sealer, "w", zipfile.ZIP_DEFLATED) as archive:
                archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
                archive.write(database, DATABASE)
                for file in files:
                    assert attachments is not None
                    # Photos are compressed already; only their place in the folder is kept.
                    archive.write(file, ATTACHMENTS + file.relative_to(attachments).as_posix(),
                                  zipfile.ZIP_STORED)
            sealer.close()
            out.flush()
            os.fsync(out.fileno())
        _verify(partial, data_key, digest, work_dir)
        partial.replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    return target


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _verify(path: Path, data_key: bytes, digest: str, work_dir: Path) -> None:
    """Read the written file back: every chunk decrypts, every member's CRC, the database's hash."""
    header = read_header(path)
    with _decrypted(path, header, data_key, work_dir) as plain, zipfile.ZipFile(plain) as archive:
        bad = archive.testzip()
        if bad is not None:
            raise BackupFileError(f"Bản sao lưu vừa ghi không đọc lại được ({bad} bị hỏng).")
        with archive.open(DATABASE) as member:
            check = hashlib.sha256()
            for block in iter(lambda: member.read(1 << 20), b""):
                check.update(block)
        if check.hexdigest() != digest:
            raise BackupFileError("Bản sao lưu vừa ghi không đọc lại được (cơ sở dữ liệu không khớp).")


@contextlib.contextmanager
def _decrypted(path: Path, header: Header, data_key: bytes, work_dir: Path) -> Iterator[Path]:
    """The plain zip in a temporary file of `work_dir` (readable by this user only), removed afterwards."""
    work_dir.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=".kcbak-", suffix=".part", dir=work_dir)
    plain = Path(name)
    try:
        with os.fdopen(fd, "wb") as out, Path(path).open("rb") as handle:
            handle.seek(header.offset)
            prefix = bytes.fromhex(header.data["nonce_prefix"])
            for chunk in _opened_chunks(handle, data_key, prefix, header.raw, Path(path).name):
                out.write(chunk)
        yield plain
    finally:
        with contextlib.suppress(OSError):
            plain.unlink()


class Opened:
    """An opened backup: its manifest, then its database and attachments, taken out on request."""

    def __init__(self, archive: zipfile.ZipFile, name: str, work_dir: Path) -> None:
        self._archive, self._name, self._work_dir = archive, name, work_dir
        try:
            manifest = json.loads(archive.read(MANIFEST))
            if not isinstance(manifest, dict) or DATABASE not in archive.namelist():
                raise ValueError("incomplete")
        except (KeyError, ValueError, zipfile.BadZipFile) as exc:
            raise BackupFileError(f"Bản sao lưu «{name}» thiếu cơ sở dữ liệu hoặc bị hỏng.") from exc
        self.manifest: dict[str, Any] = manifest
        self._temporary: list[Path] = []

    @property
    def summary(self) -> dict[str, Any]:
        value = self.manifest.get("summary")
        return value if isinstance(value, dict) else {}

    def database(self) -> Path:
        """The database, as a temporary file (checked against its hash) removed when the backup is closed."""
        fd, db_name = tempfile.mkstemp(prefix=".kcbak-db-", suffix=".sqlite", dir=self._work_dir)
        database = Path(db_name)
        self._temporary.append(database)
        try:
            with os.fdopen(fd, "wb") as out, self._archive.open(DATABASE) as member:
                for block in iter(lambda: member.read(1 << 20), b""):
                    out.write(block)
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            raise BackupFileError(f"Bản sao lưu «{self._name}» bị hỏng; không dùng được.") from exc
        if _sha256(database) != self.manifest.get("database_sha256"):
            raise BackupFileError(f"Bản sao lưu «{self._name}» bị hỏng (cơ sở dữ liệu không khớp mã băm).")
        return database

    def attachments(self) -> Iterator[tuple[str, bytes]]:
        """Each attachment (its path under attachments/, its content checked against its hash name)."""
        for info in self._archive.infolist():
            if not info.filename.startswith(ATTACHMENTS) or info.is_dir():
                continue
            relative = info.filename.removeprefix(ATTACHMENTS)
            parts = relative.split("/")
            if len(parts) != 2 or any(p in ("", ".", "..") or "\\" in p or ":" in p for p in parts):
                raise BackupFileError(f"Bản sao lưu «{self._name}» chứa đường dẫn không an toàn «{info.filename}».")
            content = self._archive.read(info)
            if hashlib.sha256(content).hexdigest() != parts[1].split(".")[0]:
                raise BackupFileError(f"Bản sao lưu «{self._name}»: tệp đính kèm «{relative}» bị hỏng.")
            yield relative, content

    def close(self) -> None:
        self._archive.close()
        for path in self._temporary:
            with contextlib.suppress(OSError):
                path.unlink()


@contextlib.contextmanager
def extract(path: Path, passphrase: str, work_dir: Path) -> Iterator[Opened]:
    """Open a backup with its passphrase (decrypted into a temporary file of `work_dir`, removed after)."""
    name = Path(path).name
    header = read_header(path)
    private = open_key(header.key, passphrase, name)
    one_time = bytes.fromhex(header.data["one_time"])
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(one_time))
    except ValueError as exc:
        raise BackupFileError(f"Bản sao lưu «{name}» bị hỏng (phần đầu không đọc được).") from exc
    data_key = _data_key(shared, one_time, bytes.fromhex(header.key.public))
    with _decrypted(path, header, data_key, work_dir) as plain:
        try:
            archive = zipfile.ZipFile(plain)
        except zipfile.BadZipFile as exc:
            raise BackupFileError(f"Bản sao lưu «{name}» bị hỏng; không dùng được.") from exc
        opened = Opened(archive, name, work_dir)
        try:
            yield opened
        finally:
            opened.close()
