"""Password hashes (Argon2id, RFC 9106) as PHC strings, and the rules a new password must meet.

The hash string carries its own parameters and salt
(`$argon2id$v=19$m=47104,t=2,p=1$<salt>$<hash>`), so the cost can be raised later: a hash made
with weaker parameters is remade at the next successful sign-in.
"""

from __future__ import annotations

import base64
import hmac
import os
import re
import unicodedata
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from kc_desktop.errors import ValidationFailed


@dataclass(frozen=True)
class Cost:
    """Argon2id parameters: memory in KiB, passes over it, lanes."""

    memory_kib: int
    iterations: int
    lanes: int


# OWASP's password storage advice for Argon2id: at least 19 MiB with 2 passes; 46 MiB with 2 passes
# takes about a tenth of a second on an office laptop, once per sign-in.
COST = Cost(memory_kib=46 * 1024, iterations=2, lanes=1)
SALT_BYTES = 16
HASH_BYTES = 32
MIN_LENGTH = 8
MAX_LENGTH = 256
# Hash strings are read back from the database: parameters outside these bounds are refused
# rather than run (a hash asking for 100 GiB of memory would stop the program).
_LIMITS = {"m": (8, 1024 * 1024), "t": (1, 16), "p": (1, 16)}
_PHC = re.compile(r"^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$")
_COMMON = frozenset({"12345678", "123456789", "1234567890", "87654321", "11111111", "00000000", "password",
                     "password1", "matkhau", "matkhau1", "matkhau123", "qwerty123", "abc12345", "abcd1234",
                     "admin123", "khuyencong", "iloveyou", "12341234", "88888888", "66666666"})


class InvalidHash(ValueError):
    """A stored hash string this program cannot read."""


def normal(text: str | None) -> str:
    """NFC only: a password keeps its spaces, but "ư" typed precomposed or decomposed is the same letter."""
    return unicodedata.normalize("NFC", text or "")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


def _derive(password: str, salt: bytes, cost: Cost, length: int) -> bytes:
    kdf = Argon2id(salt=salt, length=length, iterations=cost.iterations, lanes=cost.lanes,
                   memory_cost=cost.memory_kib)
    return kdf.derive(normal(password).encode("utf-8"))


def hash_password(password: str, cost: Cost | None = None) -> str:
    """A new PHC string for `password` (NFC, so a password typed with any Vietnamese keyboard matches)."""
    cost = cost or COST
    salt = os.urandom(SALT_BYTES)
    digest = _derive(password, salt, cost, HASH_BYTES)
    return f"$argon2id$v=19$m={cost.memory_kib},t={cost.iterations},p={cost.lanes}${_b64(salt)}${_b64(digest)}"


def parse(encoded: str) -> tuple[Cost, bytes, bytes]:
    """The parameters, salt and hash of a PHC string; InvalidHash when it is not one we accept."""
    match = _PHC.match(encoded or "")
    if match is None:
        raise InvalidHash("not an Argon2id PHC string")
    memory, iterations, lanes = (int(match.group(i)) for i in (1, 2, 3))
    for key, value in zip("mtp", (memory, iterations, lanes), strict=True):
        low, high = _LIMITS[key]
        if not low <= value <= high:
            raise InvalidHash(f"parameter {key}={value} out of bounds")
    if memory < 8 * lanes:
        raise InvalidHash("memory below 8 KiB per lane")
    salt, digest = _unb64(match.group(4)), _unb64(match.group(5))
    if len(salt) < 8 or not 16 <= len(digest) <= 64:
        raise InvalidHash("salt or hash of the wrong size")
    return Cost(memory, iterations, lanes), salt, digest


def verify_password(password: str, encoded: str) -> bool:
    """Whether `password` matches the hash; compared in constant time. False for a hash we cannot read."""
    try:
        cost, salt, expected = parse(encoded)
    except (InvalidHash, ValueError):
        burn(password)
        return False
    return hmac.compare_digest(_derive(password, salt, cost, len(expected)), expected)


def burn(password: str) -> None:
    """Spend the time of one check, so that an unknown user name takes as long to refuse as a wrong password."""
    _derive(password, b"\0" * SALT_BYTES, COST, HASH_BYTES)


def needs_rehash(encoded: str, cost: Cost | None = None) -> bool:
    """A hash made with weaker parameters than the current ones (or unreadable) should be remade."""
    cost = cost or COST
    try:
        stored, _, _ = parse(encoded)
    except (InvalidHash, ValueError):
        return True
    return stored.memory_kib < cost.memory_kib or stored.iterations < cost.iterations


def check_rules(password: str, confirm: str | None = None, username: str = "") -> None:
    """Refuse a password that is too short, too common or the user name, with a message per field."""
    text = normal(password)
    errors: dict[str, str] = {}
    if len(text) < MIN_LENGTH:
        errors["password"] = f"Mật khẩu phải có ít nhất {MIN_LENGTH} ký tự."
    elif len(text) > MAX_LENGTH:
        errors["password"] = f"Mật khẩu dài quá {MAX_LENGTH} ký tự."
    elif len(set(text)) < 3 or text.lower() in _COMMON:
        errors["password"] = "Mật khẩu quá dễ đoán; hãy dùng một cụm từ dài hơn, có chữ và số."
    elif not text.strip():
        errors["password"] = "Mật khẩu không được chỉ có khoảng trắng."
    elif username and text.strip().lower() == normal(username).strip().lower():
        errors["password"] = "Mật khẩu không được trùng với tên đăng nhập."
    if confirm is not None and "password" not in errors and normal(confirm) != text:
        errors["confirm"] = "Hai lần nhập mật khẩu không giống nhau."
    if errors:
        raise ValidationFailed(errors)
