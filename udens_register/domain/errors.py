"""Known errors: things that go wrong for a user, as opposed to bugs.

Each carries a stable ``code`` that the command line and the UI turn into words.
"""

from __future__ import annotations


class RegisterError(Exception):
    """Base of every known error; ``code`` selects the user-facing message."""

    code = "error"

    def __init__(self, detail: str = "") -> None:
        super().__init__(detail or self.code)
        self.detail = detail


class NoRegister(RegisterError):
    """There is no register in the chosen folder."""

    code = "no_register"


class RegisterExists(RegisterError):
    """A register already exists where a new one would be created."""

    code = "register_exists"


class WrongPassphrase(RegisterError):
    """Neither a passphrase slot nor the recovery slot accepts the secret."""

    code = "wrong_passphrase"


class WeakPassphrase(RegisterError):
    """A new passphrase is too short or too easy to guess; ``suggestion`` is one that is not."""

    code = "weak_passphrase"

    def __init__(self, detail: str = "", suggestion: str = "") -> None:
        super().__init__(detail)
        self.suggestion = suggestion


class RegisterLocked(RegisterError):
    """The register is in use by another program."""

    code = "register_locked"


class RegisterDamaged(RegisterError):
    """The database or key file is damaged or was tampered with."""

    code = "register_damaged"


class BackupDamaged(RegisterDamaged):
    """A backup to restore is damaged or incomplete (the register was not touched)."""

    code = "backup_damaged"


class BackupObjectDamaged(BackupDamaged):
    """An evidence object of a backup is missing or damaged: named by its case and evidence."""

    code = "backup_object"

    def __init__(self, case_number: str, evidence_id: int, role: str, problem: str, count: int = 1) -> None:
        super().__init__(f"case {case_number}, evidence {evidence_id} ({role}): {problem}")
        self.case_number = case_number
        self.evidence_id = evidence_id
        self.role = role
        self.problem = problem  # missing | length | header | chunk N | sha256
        self.count = count


class DiskFull(RegisterError):
    """The disk is full: nothing was changed."""

    code = "disk_full"


class ReadOnlyRegister(RegisterError):
    """The register is on a medium or in a folder that cannot be written (it opens read-only)."""

    code = "read_only"


class CannotWrite(RegisterError):
    """A file could not be written (permissions, a missing folder, a removed stick)."""

    code = "cannot_write"


class NotAFile(CannotWrite):
    """The chosen output is a device, a pipe, a folder or a symbolic link, not a plain file:
    writing "over" it would replace it (``/dev/full`` became a file of the whole register)."""

    code = "not_a_file"


class UnsupportedCipher(RegisterError):
    """The SQLCipher build does not meet the register's requirements."""

    code = "unsupported_cipher"


class LastSlot(RegisterError):
    """The last working key slot cannot be removed."""

    code = "last_slot"


class ValidationError(RegisterError):
    """Input that breaks a rule of the domain; ``field`` names it."""

    code = "invalid"

    def __init__(self, field: str, detail: str) -> None:
        super().__init__(f"{field}: {detail}")
        self.field = field
        self.message = detail
