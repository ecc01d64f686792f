"""One exception hierarchy; every message is a sentence an officer can read."""

from __future__ import annotations


class KCError(Exception):
    """Base of every error the program explains to its user."""

    def __init__(self, message: str, *, where: str | None = None) -> None:
        self.message = message
        self.where = where
        super().__init__(f"{where}: {message}" if where else message)


class InvalidValue(KCError):
    """A value typed or imported by the user is not acceptable."""


class ValidationFailed(KCError):
    """A record has one or more invalid fields; `errors` maps field name to message."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = errors
        super().__init__("; ".join(errors.values()))


class ExplanationNeeded(ValidationFailed):
    """Minutes that contradict themselves are finalized only with a written explanation;
    `errors` maps field name to contradiction."""

    def __init__(self, contradictions: dict[str, str]) -> None:
        super().__init__(contradictions)
        count = len(contradictions)
        self.message = (
            f"Biên bản còn {count} chỗ mâu thuẫn: {'; '.join(contradictions.values())} "
            "Muốn hoàn tất vẫn phải ghi giải trình (được in vào biên bản, mục «Ý kiến khác / giải trình»)."
        )
        self.args = (self.message,)


class DuplicateTaxCode(KCError):
    """Another establishment already uses this tax code."""

    def __init__(self, tax_code: str, existing_id: str, existing_name: str) -> None:
        self.tax_code = tax_code
        self.existing_id = existing_id
        self.existing_name = existing_name
        super().__init__(
            f"Mã số thuế {tax_code} đã có trong danh sách: «{existing_name}» (mã hồ sơ {existing_id[:8]})."
        )


class NotFound(KCError):
    """The record asked for does not exist."""


class DatabaseError(KCError):
    """The database cannot be opened, is not a KC Desktop database, or cannot be written."""


class NewerDatabase(DatabaseError):
    """The database was written by a newer version of the program."""


class SpreadsheetError(KCError):
    """An Excel file cannot be read or has no recognisable layout."""


class Cancelled(KCError):
    """The user cancelled a long operation; nothing was changed."""

    def __init__(self) -> None:
        super().__init__("Đã hủy; không có thay đổi nào được lưu.")


class PermissionDenied(KCError):
    """The officer's role does not allow this action (kc_desktop.services.permissions)."""


class SignInFailed(KCError):
    """Wrong user name or password, or an account that cannot sign in."""


class AccountLocked(SignInFailed):
    """Too many wrong passwords: the account waits until `until` (or a head unlocks it)."""
