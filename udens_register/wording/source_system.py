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
# Fixed details of known errors (the English the services raise), in the user's words.
DETAILS: dict[str, str] = {
    "backup_truncated": N_("detail.backup_truncated", "backup truncated"),
    "no_whole_backup_in_the_folder": N_(
        "detail.no_whole_backup_in_the_folder", "no whole backup in the folder"
    ),
    "the_backup_has_no_key_slots": N_("detail.the_backup_has_no_key_slots", "the backup has no key slots"),
    "the_database_in_the_backup_belongs_to_an": N_(
        "detail.the_database_in_the_backup_belongs_to_an",
        "the database in the backup belongs to another register",
    ),
    "the_database_in_the_backup_is_damaged": N_(
        "detail.the_database_in_the_backup_is_damaged", "the database in the backup is damaged"
    ),
    "the_snapshot_is_not_whole": N_("detail.the_snapshot_is_not_whole", "the snapshot is not whole"),
    "unexpected_entry_in_the_backup": N_(
        "detail.unexpected_entry_in_the_backup", "unexpected entry in the backup"
    ),
    "the_database_is_larger_than_a_fat32_or_e": N_(
        "detail.the_database_is_larger_than_a_fat32_or_e",
        "the database is larger than a FAT32 or exFAT stick takes in one file (4 GB)",
    ),
    "backup_truncated_or_damaged": N_("detail.backup_truncated_or_damaged", "backup truncated or damaged"),
    "database_file_missing": N_("detail.database_file_missing", "database file missing"),
    "key_file_has_trailing_bytes": N_("detail.key_file_has_trailing_bytes", "key file has trailing bytes"),
    "key_file_truncated": N_("detail.key_file_truncated", "key file truncated"),
    "key_file_unreadable": N_("detail.key_file_unreadable", "key file unreadable"),
    "key_slot_parameters_below_the_minimum": N_(
        "detail.key_slot_parameters_below_the_minimum", "key slot parameters below the minimum"
    ),
    "not_a_key_file": N_("detail.not_a_key_file", "not a key file"),
    "not_an_udens_register_backup": N_("detail.not_an_udens_register_backup", "not an Udens Register backup"),
    "the_database_belongs_to_another_register": N_(
        "detail.the_database_belongs_to_another_register", "the database belongs to another register"
    ),
    "the_database_file_is_cut_short": N_(
        "detail.the_database_file_is_cut_short", "the database file is cut short"
    ),
    "the_database_file_is_empty": N_("detail.the_database_file_is_empty", "the database file is empty"),
    "the_database_has_no_register_identity": N_(
        "detail.the_database_has_no_register_identity", "the database has no register identity"
    ),
    "the_database_holds_no_register": N_(
        "detail.the_database_holds_no_register", "the database holds no register"
    ),
    "unknown_backup_version": N_("detail.unknown_backup_version", "unknown backup version"),
    "unknown_key_derivation": N_("detail.unknown_key_derivation", "unknown key derivation"),
    "unknown_key_file_version": N_("detail.unknown_key_file_version", "unknown key file version"),
}
