"""ODK's encrypted submissions (the XForms encryption spec, as ODK Collect writes them).

Collect makes a random 256-bit AES key per submission and sends it encrypted with the form's RSA
public key (RSA-OAEP with SHA-256 for both the digest and MGF1, Bouncy Castle's
"OAEPWithSHA256AndMGF1Padding"). Each file (media first, in the manifest's order, then
submission.xml) is encrypted with AES-256-CFB (128-bit feedback) and PKCS#5 padding; the IVs come
from the MD5 of the instanceID and the AES key, one byte incremented per file. The manifest carries
an RSA-encrypted MD5 of the form id, version, encrypted key, instanceID and each file's name and MD5:
checked here, so that a file swapped or cut in transit is refused.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes, padding, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.asymmetric.padding import MGF1, OAEP
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms

try:  # ODK's AES mode: "decrepit" in cryptography 47 and later (still supported, moved out of the main modes)
    from cryptography.hazmat.decrepit.ciphers.modes import CFB
except ImportError:  # pragma: no cover - cryptography before 47
    from cryptography.hazmat.primitives.ciphers.modes import CFB  # type: ignore[no-redef,unused-ignore]

from kc_desktop.errors import KCError

MANIFEST_NS = "http://www.opendatakit.org/xforms/encrypted"
OAEP_SHA256 = OAEP(mgf=MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None)


class DecryptionFailed(KCError):
    """An encrypted submission that none of this installation's keys opens, or that was altered."""


@dataclass(frozen=True)
class Manifest:
    """The plain part of an encrypted submission (the submission.xml a phone sends)."""

    form_id: str
    version: str | None
    instance_id: str
    encrypted_key: str  # base64
    media: tuple[str, ...]  # file names with ".enc"
    xml_file: str  # "submission.xml.enc"
    signature: str  # base64


def public_key_base64(key: rsa.RSAPrivateKey) -> str:
    """The form's base64RsaPublicKey: the public key's SubjectPublicKeyInfo DER, base64, no line breaks."""
    der = key.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return base64.b64encode(der).decode("ascii")


def ivs(instance_id: str, key: bytes, count: int) -> list[bytes]:
    """The IV of each file in order: the MD5 seed with one byte incremented per file (wrapping at 255)."""
    seed = bytearray(hashlib.md5(instance_id.encode() + key).digest())  # noqa: S324 - the spec's choice, not ours
    out = []
    for index in range(count):
        seed[index % 16] = (seed[index % 16] + 1) % 256
        out.append(bytes(seed))
    return out


def aes_decrypt(key: bytes, iv: bytes, data: bytes) -> bytes:
    decryptor = Cipher(algorithms.AES(key), CFB(iv)).decryptor()
    padded = decryptor.update(data) + decryptor.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    return unpadder.update(padded) + unpadder.finalize()


def signature_source(manifest: Manifest, plain_files: Sequence[tuple[str, bytes]]) -> bytes:
    """What Collect signs: one line each for the form id, version, key, instanceID and name::md5 of each file."""
    lines = [manifest.form_id]
    if manifest.version is not None:
        lines.append(manifest.version)
    lines += [manifest.encrypted_key, manifest.instance_id]
    lines += [f"{name}::{hashlib.md5(data).hexdigest()}" for name, data in plain_files]  # noqa: S324
    return "".join(f"{line}\n" for line in lines).encode()


def decrypt(manifest: Manifest, files: Mapping[str, bytes],
            keys: Sequence[rsa.RSAPrivateKey]) -> tuple[bytes, dict[str, bytes]]:
    """The submission XML and the media files (names without ".enc") of an encrypted submission.

    `files` maps each received file name to its bytes; every file the manifest names must be there."""
    missing = [name for name in (*manifest.media, manifest.xml_file) if name not in files]
    if missing:
        raise DecryptionFailed(f"Thiếu tệp của bài gửi đã mã hóa: {', '.join(missing)}.")
    try:
        wrapped = base64.b64decode(manifest.encrypted_key, validate=False)
        signature = base64.b64decode(manifest.signature, validate=False)
    except (binascii.Error, ValueError) as exc:
        raise DecryptionFailed("Khóa trong bài gửi đã mã hóa bị hỏng.") from exc
    for private in keys:
        try:
            key = private.decrypt(wrapped, OAEP_SHA256)
        except ValueError:
            continue
        if len(key) != 32:
            continue
        names = [*manifest.media, manifest.xml_file]
        plain: list[tuple[str, bytes]] = []
        try:
            for name, iv in zip(names, ivs(manifest.instance_id, key, len(names)), strict=True):
                plain.append((name.removesuffix(".enc"), aes_decrypt(key, iv, files[name])))
            digest = private.decrypt(signature, OAEP_SHA256)
        except ValueError as exc:
            raise DecryptionFailed("Bài gửi đã mã hóa bị hỏng: không giải mã được tệp.") from exc
        if digest != hashlib.md5(signature_source(manifest, plain)).digest():  # noqa: S324
            raise DecryptionFailed("Chữ ký của bài gửi đã mã hóa không khớp: bài gửi đã bị thay đổi hoặc thiếu tệp.")
        xml = plain[-1][1]
        return xml, dict(plain[:-1])
    raise DecryptionFailed("Không khóa nào của máy này mở được bài gửi đã mã hóa (mẫu phiếu tải từ máy khác?).")
