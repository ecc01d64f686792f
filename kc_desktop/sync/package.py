"""The package file (DESIGN.md §4): a zip with a signed manifest, one record per line, attachments.

Reading checks everything before the caller may write anything: the archive and its member
names, sizes and compression ratios, the signature of the sender (a trusted key), every
member's hash against the manifest, and the manifest's counts against the content.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import lzma
import os
import re
import struct
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from kc_desktop import paths
from kc_desktop.domain.text import one_line
from kc_desktop.errors import KCError

FORMAT = "kc-desktop-package"
FORMAT_VERSION = 1
MANIFEST, SIGNATURE, CHANGES = "manifest.json", "manifest.sig", "changes.jsonl"
ATTACHMENTS = "attachments/"
# Optional members beside the records (listed, hashed and signed like them); a reader takes what it
# knows and an older package without them reads as before.
AUDIT = "audit.jsonl"
KINDS = ("changes", "reference", "receipt", "recovery")
MAX_TOTAL_BYTES = 2 * 1024**3
MAX_MEMBER_BYTES = 512 * 1024**2
MAX_RATIO = 200
MAX_MEMBERS = 200_000
# An encrypted package: this line, the sender's one-time X25519 public key, a nonce, then the zip
# encrypted with AES-256-GCM under a key both sides derive (HKDF-SHA256) from the X25519 exchange.
SEALED = b"KC-DESKTOP-SEALED-1\n"
SEAL_SIZE = 64  # an Ed25519 signature, kept as the zip comment
CONTAINER = b"kc-desktop-container-sha256:"


# What reading a damaged or hostile archive raises besides BadZipFile: names that are not UTF-8
# (ValueError), compression methods Python lacks (NotImplementedError), encrypted members (RuntimeError)…
_DAMAGED = (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError, struct.error,
            zlib.error, lzma.LZMAError)
# What json.loads raises on bad text: undecodable or invalid (ValueError, numbers of more than 4300
# digits too), or nested too deep (RecursionError).
_BAD_JSON = (ValueError, RecursionError)


class PackageRejected(KCError):
    """The package cannot be accepted; nothing was written."""

    def __init__(self, message: str, *, where: str | None = None) -> None:
        super().__init__(one_line(message), where=where)  # values quoted from a package may hold line breaks


@dataclass(frozen=True)
class Package:
    """A package whose signature, hashes and counts have all been checked."""

    manifest: dict[str, Any]
    changes: list[dict[str, Any]]
    attachments: dict[str, bytes]
    manifest_hash: str = ""
    extra: dict[str, bytes] = field(default_factory=dict)  # optional members by name (audit.jsonl)
    # No string in the records can hold NUL or a lone surrogate: JSON could carry them only as
    # \u0000 or \udXXX escapes, and the records have none (the usual case), so texts need no
    # character-by-character check.
    plain_text: bool = False

    @property
    def sender(self) -> str:
        return str(self.manifest["sender"]["site_id"])


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_name(site_code: str, first: int, last: int) -> str:
    return f"KC-{site_code}-{first}-{last}.kcpkg"


def write(path: Path, key: Ed25519PrivateKey, header: Mapping[str, Any], changes: Iterable[Mapping[str, Any]],
          attachments: Mapping[str, Path] | None = None, extra: Mapping[str, bytes] | None = None) -> Path:
    """Write and sign a package; `header` gives kind, sender, schema, program version, time and range.
    `extra` adds optional members by name (such as audit.jsonl), listed and hashed in the manifest."""
    if header.get("kind") not in KINDS:
        raise KCError(f"Loại gói «{header.get('kind')}» không hợp lệ.")
    for name in extra or {}:
        if not _extra_name(name):
            raise KCError(f"Tên tệp «{name}» không dùng được trong gói.")
    lines = b"".join(json.dumps(dict(c), ensure_ascii=False, sort_keys=True).encode() + b"\n" for c in changes)
    blobs = {f"{ATTACHMENTS}{sha}": Path(source).read_bytes() for sha, source in (attachments or {}).items()}
    for name, blob in blobs.items():
        if _digest(blob) != name.removeprefix(ATTACHMENTS):
            raise KCError(f"Tệp đính kèm {name} không khớp mã băm; không đóng gói.")
    members = {CHANGES: lines, **blobs, **dict(extra or {})}
    manifest = {
        **header, "format": FORMAT, "format_version": FORMAT_VERSION,
        "counts": {"records": lines.count(b"\n"), "attachments": len(blobs)},
        "members": {name: {"sha256": _digest(data), "size": len(data)} for name, data in members.items()},
    }
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode()
    partial = Path(path).with_name(Path(path).name + ".part")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, manifest_bytes)
        archive.writestr(SIGNATURE, key.sign(manifest_bytes))
        for name, data in members.items():
            # Photos are already compressed: storing them as they are saves the time of deflating.
            archive.writestr(name, data, zipfile.ZIP_STORED if name.startswith(ATTACHMENTS) else None)
    sign_container(partial, key)
    partial.replace(path)
    return Path(path)


def _extra_name(name: str) -> bool:
    """An optional member: a plain file name at the top of the archive, none of the fixed ones."""
    return bool(name) and "/" not in name and "\\" not in name and name not in (MANIFEST, SIGNATURE, CHANGES) \
        and not name.startswith(".") and ":" not in name


def sign_container(path: Path, key: Ed25519PrivateKey) -> None:
    """Make the last bytes of the file (the zip comment) a signature of everything before them: no
    byte of the file, headers and timestamps included, can change unnoticed."""
    with zipfile.ZipFile(path, "a") as archive:
        archive.comment = bytes(SEAL_SIZE)
    with Path(path).open("r+b") as handle:
        handle.seek(-SEAL_SIZE, os.SEEK_END)
        body = handle.tell()
        handle.seek(0)
        digest = _prefix_digest(handle, body)
        handle.seek(body)
        handle.write(key.sign(CONTAINER + digest))
        handle.flush()
        os.fsync(handle.fileno())


def _prefix_digest(handle: BinaryIO, length: int) -> bytes:
    digest = hashlib.sha256()
    remaining = length
    while remaining > 0:
        block = handle.read(min(1 << 20, remaining))
        if not block:
            break
        digest.update(block)
        remaining -= len(block)
    return digest.digest()


def _check_container(source: Path | bytes | BinaryIO, key: Ed25519PublicKey, name: str) -> None:
    if isinstance(source, bytes):
        source = io.BytesIO(source)
    handle: Any = Path(source).open("rb") if isinstance(source, Path) else _Unclosed(source)  # noqa: SIM115
    with handle:
        size = handle.seek(0, os.SEEK_END)
        if size <= SEAL_SIZE:
            raise PackageRejected(f"Tệp «{name}» bị hỏng hoặc bị cắt cụt.")
        handle.seek(size - SEAL_SIZE)
        seal_ = handle.read(SEAL_SIZE)
        handle.seek(0)
        digest = _prefix_digest(handle, size - SEAL_SIZE)
    try:
        key.verify(seal_, CONTAINER + digest)
    except InvalidSignature as exc:
        raise PackageRejected(f"Gói «{name}» đã bị sửa (chữ ký toàn tệp không đúng); không nhập.") from exc


class _Unclosed(io.BufferedIOBase):
    """A view of a file object the archive still reads from: leaving the `with` does not close it."""

    def __init__(self, inner: BinaryIO) -> None:
        super().__init__()
        self._inner = inner

    def read(self, size: int | None = -1) -> bytes:
        return self._inner.read(-1 if size is None else size)

    def seek(self, offset: int, whence: int = 0) -> int:
        return self._inner.seek(offset, whence)

    def tell(self) -> int:
        return self._inner.tell()


def _sealing_key(shared: bytes, sender: bytes, recipient: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=None, info=b"kc-desktop-package" + sender + recipient).derive(shared)


def seal(path: Path, recipient: X25519PublicKey) -> None:
    """Encrypt a written package in place to the recipient's key (a lost USB stick exposes nothing)."""
    path = Path(path)
    plain = path.read_bytes()
    one_time = X25519PrivateKey.generate()
    sender = one_time.public_key().public_bytes_raw()
    key = _sealing_key(one_time.exchange(recipient), sender, recipient.public_bytes_raw())
    nonce = os.urandom(12)
    partial = path.with_name(path.name + ".part")
    partial.write_bytes(SEALED + sender + nonce + AESGCM(key).encrypt(nonce, plain, SEALED))
    partial.replace(path)


def is_sealed(path: Path) -> bool:
    return paths.starts_with(path, SEALED)


# The keys a site opens packages with: its current one, then those it rotated out (a package may
# have been encrypted before the sender heard of the rotation).
Decryptors = X25519PrivateKey | Sequence[X25519PrivateKey] | None


def _unseal(path: Path, decrypt_with: Decryptors, name: str) -> BinaryIO:
    """The decrypted zip in an anonymous temporary file: decrypted as a stream (memory stays small
    whatever the size), and handed out only once its authentication tag has been checked."""
    size = Path(path).stat().st_size
    if size > MAX_TOTAL_BYTES:
        raise PackageRejected(f"Gói «{name}» quá lớn; không nhập.")
    candidates = [decrypt_with] if isinstance(decrypt_with, X25519PrivateKey) else list(decrypt_with or [])
    if not candidates:
        raise PackageRejected(f"Gói «{name}» được mã hóa cho Sở; chỉ Sở mở được.")
    start = len(SEALED) + 32 + 12
    if size < start + 16:
        raise PackageRejected(f"Gói «{name}» bị cắt cụt; không nhập.")
    with Path(path).open("rb") as handle:
        handle.seek(len(SEALED))
        sender, nonce = handle.read(32), handle.read(12)
        handle.seek(size - 16)
        tag = handle.read(16)
        for key in candidates:
            try:
                shared = key.exchange(X25519PublicKey.from_public_bytes(sender))
            except ValueError:
                continue
            secret = _sealing_key(shared, sender, key.public_key().public_bytes_raw())
            decryptor = Cipher(algorithms.AES(secret), modes.GCM(nonce, tag)).decryptor()
            decryptor.authenticate_additional_data(SEALED)
            plain = tempfile.TemporaryFile()  # noqa: SIM115 - handed to the caller, deleted when closed
            handle.seek(start)
            remaining = size - start - 16
            while remaining > 0:
                block = handle.read(min(1 << 20, remaining))
                if not block:
                    break
                remaining -= len(block)
                plain.write(decryptor.update(block))
            try:
                plain.write(decryptor.finalize())
            except InvalidTag:
                plain.close()
                continue
            plain.seek(0)
            return plain
    raise PackageRejected(
        f"Không giải mã được gói «{name}»: gói bị sửa, bị cắt cụt hoặc không gửi cho đơn vị này.")


def open_archive(path: Path, decrypt_with: Decryptors = None) -> tuple[zipfile.ZipFile, Path | BinaryIO]:
    """The zip of a package file (decrypted first if it was sealed), and where its bytes are."""
    name = Path(path).name
    if not paths.is_regular_file(path) and Path(path).exists() and not Path(path).is_dir():
        raise PackageRejected(f"«{name}» không phải tệp thường (là thiết bị hoặc ống dẫn); không đọc.")
    try:
        if is_sealed(path):
            plain = _unseal(path, decrypt_with, name)
            try:
                return zipfile.ZipFile(plain), plain
            except BaseException:
                plain.close()
                raise
        return zipfile.ZipFile(path), Path(path)
    except FileNotFoundError as exc:
        raise PackageRejected(f"Không tìm thấy tệp «{name}».") from exc
    except IsADirectoryError as exc:
        raise PackageRejected(f"«{name}» là một thư mục, không phải gói dữ liệu.") from exc
    except _DAMAGED as exc:
        raise PackageRejected(f"Tệp «{name}» bị hỏng hoặc bị cắt cụt, không phải gói dữ liệu KC Desktop.") from exc


def _owned(source: Path | BinaryIO) -> contextlib.AbstractContextManager[BinaryIO | None]:
    """The decrypted temporary file of a sealed package is closed (and so deleted) with its archive."""
    return contextlib.nullcontext() if isinstance(source, Path) else contextlib.closing(source)


def read(path: Path, key_of: Callable[[dict[str, Any]], Ed25519PublicKey | None],
         decrypt_with: Decryptors = None) -> Package:
    """Open and verify a package; `key_of(manifest)` gives the trusted key its sender must have signed
    with, or None (kc_desktop.sync.trust.Verifier follows key rotations and refuses revoked keys)."""
    name = Path(path).name
    archive, source = open_archive(path, decrypt_with)
    with archive, _owned(source):
        _check_members(archive, name)
        try:
            manifest_bytes = archive.read(MANIFEST)
            signature = archive.read(SIGNATURE)
        except KeyError as exc:
            raise PackageRejected(f"Gói «{name}» thiếu bản kê khai hoặc chữ ký.") from exc
        except _DAMAGED as exc:
            raise PackageRejected(f"Gói «{name}» bị hỏng hoặc bị cắt cụt.") from exc
        manifest = _manifest(manifest_bytes, name)
        sender = str(manifest.get("sender", {}).get("site_id", ""))
        key = key_of(manifest) if sender else None
        if key is None:
            raise PackageRejected(
                f"Gói «{name}» của đơn vị {manifest.get('sender', {}).get('code', '?')} chưa được tin cậy: "
                "hãy xác nhận khóa của đơn vị trước khi nhập.")
        try:
            key.verify(signature, manifest_bytes)
        except InvalidSignature as exc:
            raise PackageRejected(
                f"Chữ ký của gói «{name}» không đúng: gói đã bị sửa hoặc không do đơn vị gửi.") from exc
        _check_container(source, key, name)
        contents = _verified_members(archive, manifest, name)
    records = contents.pop(CHANGES)
    changes = _changes(records, manifest, name)
    extra = {member: contents.pop(member) for member in list(contents) if not member.startswith(ATTACHMENTS)}
    attachments = {member.removeprefix(ATTACHMENTS): data for member, data in contents.items()}
    if len(attachments) != manifest["counts"].get("attachments"):
        raise PackageRejected(f"Gói «{name}»: số tệp đính kèm không khớp bản kê khai.")
    return Package(manifest, changes, attachments, _digest(manifest_bytes), extra, plain_text(records))


def read_unverified_manifest(path: Path, decrypt_with: Decryptors = None) -> tuple[dict[str, Any], bytes, bytes]:
    """The manifest, its bytes and signature, checked for form only: for showing who sent a package
    before its key is trusted. Never use its content for anything else."""
    name = Path(path).name
    archive, source = open_archive(path, decrypt_with)
    with archive, _owned(source):
        _check_members(archive, name)
        try:
            manifest_bytes, signature = archive.read(MANIFEST), archive.read(SIGNATURE)
        except (KeyError, *_DAMAGED) as exc:
            raise PackageRejected(f"Gói «{name}» thiếu hoặc hỏng bản kê khai, chữ ký.") from exc
    return _manifest(manifest_bytes, name), manifest_bytes, signature


def _check_members(archive: zipfile.ZipFile, name: str) -> None:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise PackageRejected(f"Gói «{name}» có quá nhiều tệp bên trong.")
    total = 0
    for info in infos:
        member = PurePosixPath(info.filename)
        unsafe = info.filename.startswith("/") or ".." in member.parts or ":" in info.filename
        if unsafe or "\\" in info.filename:
            raise PackageRejected(f"Gói «{name}» chứa đường dẫn không an toàn «{info.filename}»; không nhập.")
        total += info.file_size
        if info.file_size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES or \
                info.file_size > MAX_RATIO * max(info.compress_size, 1) + 64 * 1024:
            raise PackageRejected(f"Gói «{name}» giải nén ra quá lớn (có thể là tệp độc hại); không nhập.")


def _manifest(data: bytes, name: str) -> dict[str, Any]:
    try:
        manifest = json.loads(data)
    except _BAD_JSON as exc:
        raise PackageRejected(f"Bản kê khai của gói «{name}» không đọc được.") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise PackageRejected(f"Tệp «{name}» không phải gói dữ liệu KC Desktop.")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise PackageRejected(f"Gói «{name}» theo định dạng phiên bản {manifest.get('format_version')}, "
                              "chương trình này không đọc được; hãy cập nhật KC Desktop.")
    sender = manifest.get("sender")
    if manifest.get("kind") not in KINDS or not isinstance(manifest.get("members"), dict) or \
            not isinstance(manifest.get("counts"), dict) or not isinstance(sender, dict) or \
            not isinstance(sender.get("site_id"), str) or \
            not all(isinstance(v, dict) for v in manifest["members"].values()):
        raise PackageRejected(f"Bản kê khai của gói «{name}» thiếu thông tin bắt buộc.")
    return manifest


def _verified_members(archive: zipfile.ZipFile, manifest: dict[str, Any], name: str) -> dict[str, bytes]:
    listed: dict[str, Any] = manifest["members"]
    present = {info.filename for info in archive.infolist()} - {MANIFEST, SIGNATURE}
    if present != set(listed) or CHANGES not in listed:
        raise PackageRejected(f"Gói «{name}»: các tệp bên trong không khớp bản kê khai.")
    contents = {}
    for member, expected in listed.items():
        try:
            data = archive.read(member)
        except _DAMAGED as exc:
            raise PackageRejected(f"Gói «{name}» bị hỏng hoặc bị cắt cụt ({member}).") from exc
        if _digest(data) != expected.get("sha256") or len(data) != expected.get("size"):
            raise PackageRejected(f"Gói «{name}»: nội dung «{member}» đã bị thay đổi (mã băm không khớp).")
        if member.startswith(ATTACHMENTS) and _digest(data) != member.removeprefix(ATTACHMENTS):
            raise PackageRejected(f"Gói «{name}»: tệp đính kèm «{member}» không đúng tên theo mã băm.")
        contents[member] = data
    return contents


_SUSPECT_ESCAPES = re.compile(rb"\\u(?:0000|[dD][89a-fA-F])")


def plain_text(data: bytes) -> bool:
    return _SUSPECT_ESCAPES.search(data) is None


def _changes(data: bytes, manifest: dict[str, Any], name: str) -> list[dict[str, Any]]:
    try:
        changes = [json.loads(line) for line in data.decode().splitlines() if line.strip()]
    except _BAD_JSON as exc:
        raise PackageRejected(f"Gói «{name}»: danh sách bản ghi không đọc được.") from exc
    if len(changes) != manifest["counts"].get("records") or not all(isinstance(c, dict) for c in changes):
        raise PackageRejected(f"Gói «{name}»: số bản ghi không khớp bản kê khai.")
    return changes
