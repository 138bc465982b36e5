"""Words for what the system and argparse would otherwise say in English.

The operating system's own text (``strerror``) and argparse's usage errors are English on most
school laptops; what a coordinator reads comes from here instead: the reason by ``errno`` name,
the usage error by its argparse pattern (``cli_args``).
"""

from __future__ import annotations

from udens_register.wording.marker import N_

FILE_MESSAGES: dict[str, str] = {
    "folder_missing": N_("cli.folder_missing", "Cannot write: the folder {folder} does not exist."),
    "not_a_file": N_(
        "cli.not_a_file",
        "Cannot write to {detail}: it is not a plain file (a device, a pipe, a folder or a link). "
        "Choose a file name; nothing was written.",
    ),
}

ERROR_FILE_MESSAGES: dict[str, str] = {
    "not_a_file": N_(
        "error.not_a_file",
        "The chosen file is not a plain file (a device, a pipe, a folder or a link). "
        "Choose a file name; nothing was written.",
    ),
}

OS_REASONS: dict[str, str] = {
    "EACCES": N_("os_reason.EACCES", "no permission to write there"),
    "EPERM": N_("os_reason.EPERM", "no permission to write there"),
    "EROFS": N_("os_reason.EROFS", "the disk is read-only"),
    "ENOENT": N_("os_reason.ENOENT", "the folder or file does not exist"),
    "ENOTDIR": N_("os_reason.ENOTDIR", "part of the path is a file, not a folder"),
    "EISDIR": N_("os_reason.EISDIR", "there is a folder with that name"),
    "EIO": N_("os_reason.EIO", "the disk gave a read or write error (was the stick removed?)"),
    "ENAMETOOLONG": N_("os_reason.ENAMETOOLONG", "the file name is too long"),
    "EFBIG": N_("os_reason.EFBIG", "the file is too large for this disk (FAT32 takes at most 4 GB)"),
    "EEXIST": N_("os_reason.EEXIST", "a file with that name already exists"),
    "unknown": N_("os_reason.unknown", "the system refused it"),
}

USAGE_ERRORS: dict[str, str] = {
    "required": N_("usage.required", "missing: {names}"),
    "unrecognized": N_("usage.unrecognized", "not understood: {names}"),
    "invalid_choice": N_("usage.invalid_choice", "{arg}: {value} is not one of {choices}"),
    "expected_one": N_("usage.expected_one", "{arg} needs a value"),
    "expected_some": N_("usage.expected_some", "{arg} needs at least one value"),
    "invalid_value": N_("usage.invalid_value", "{arg}: {value} is not a valid value"),
    "not_allowed_with": N_("usage.not_allowed_with", "{arg} cannot be used together with {other}"),
    "one_required": N_("usage.one_required", "one of these is needed: {names}"),
    "ambiguous": N_("usage.ambiguous", "{option} is ambiguous: it could be {matches}"),
}
