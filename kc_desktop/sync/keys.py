"""This office's keys, made at first use, kept in the data folder and never exported: Ed25519 to sign
packages, X25519 to receive packages encrypted to it (the city office's)."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from kc_desktop.errors import KCError

KEY_FILE = "site-signing-key.pem"
ENCRYPTION_KEY_FILE = "site-encryption-key.pem"


def load_or_create(folder: Path) -> Ed25519PrivateKey:
    """The signing key kept in `folder`, created (readable by this user only) the first time."""
    return _load_or_create(Path(folder) / KEY_FILE, Ed25519PrivateKey)  # type: ignore[return-value]


def load_or_create_encryption(folder: Path) -> X25519PrivateKey:
    """The key that opens packages encrypted to this site."""
    return _load_or_create(Path(folder) / ENCRYPTION_KEY_FILE, X25519PrivateKey)  # type: ignore[return-value]


def _load_or_create(
    path: Path, kind: type[Ed25519PrivateKey] | type[X25519PrivateKey]
) -> Ed25519PrivateKey | X25519PrivateKey:
    if path.exists():
        try:
            key = serialization.load_pem_private_key(path.read_bytes(), password=None)
        except (ValueError, TypeError) as exc:
            raise KCError(f"Tệp khóa «{path.name}» bị hỏng; hãy khôi phục từ bản sao lưu.") from exc
        if not isinstance(key, kind):
            raise KCError(f"Tệp khóa «{path.name}» không đúng loại khóa.")
        return key
    key = kind.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".part")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(pem)
        handle.flush()
        os.fsync(handle.fileno())
    partial.replace(path)
    return key


def public_bytes(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_from_bytes(raw: bytes) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(raw)


def public_from_hex(text: str) -> Ed25519PublicKey:
    try:
        return Ed25519PublicKey.from_public_bytes(bytes.fromhex(text))
    except (ValueError, TypeError) as exc:
        raise KCError("Khóa công khai không hợp lệ.") from exc


def fingerprint_of_hex(text: str) -> str:
    return fingerprint(public_from_hex(text))


def same_fingerprint(typed: str, actual: str) -> bool:
    """What a person typed (spaces, case and dashes do not matter) against the real fingerprint."""
    def clean(text: str) -> str:
        return "".join(ch for ch in text.upper() if ch.isalnum())
    return bool(clean(typed)) and clean(typed) == clean(actual)


def fingerprint(key: Ed25519PublicKey) -> str:
    """What a person compares before trusting a key: 'A1B2 C3D4 …' (first 16 bytes of its SHA-256)."""
    digest = hashlib.sha256(public_bytes(key)).hexdigest().upper()[:32]
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))
