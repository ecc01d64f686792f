"""This office's Ed25519 signing key: made at first use, kept in the data folder, never exported."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kc_desktop.errors import KCError

KEY_FILE = "site-signing-key.pem"


def load_or_create(folder: Path) -> Ed25519PrivateKey:
    """The signing key kept in `folder`, created (readable by this user only) the first time."""
    path = Path(folder) / KEY_FILE
    if path.exists():
        try:
            key = serialization.load_pem_private_key(path.read_bytes(), password=None)
        except (ValueError, TypeError) as exc:
            raise KCError(f"Tệp khóa ký «{path.name}» bị hỏng; hãy khôi phục từ bản sao lưu.") from exc
        if not isinstance(key, Ed25519PrivateKey):
            raise KCError(f"Tệp khóa ký «{path.name}» không phải khóa Ed25519.")
        return key
    key = Ed25519PrivateKey.generate()
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


def public_bytes(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_from_bytes(raw: bytes) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(raw)


def fingerprint(key: Ed25519PublicKey) -> str:
    """What a person compares before trusting a key: 'A1B2 C3D4 …' (first 16 bytes of its SHA-256)."""
    digest = hashlib.sha256(public_bytes(key)).hexdigest().upper()[:32]
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))
