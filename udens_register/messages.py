"""Command-line wording in Dutch and English, chosen by locale (Dutch unless English).

The desktop UI uses Qt translation files; the command line runs without Qt, so its few
messages live here, keyed by the same codes the domain errors carry.
"""

from __future__ import annotations

import os

MESSAGES: dict[str, tuple[str, str]] = {
    # code: (Dutch, English)
    "no_register": ("Geen register gevonden in {folder}.", "No register found in {folder}."),
    "register_exists": (
        "Er staat al een register in {folder}; er is niets gewijzigd.",
        "A register already exists in {folder}; nothing was changed.",
    ),
    "wrong_passphrase": (
        "Wachtwoordzin of herstelsleutel onjuist; er is niets gewijzigd.",
        "Wrong passphrase or recovery key; nothing was changed.",
    ),
    "weak_passphrase": (
        "De wachtwoordzin is te kort: gebruik minstens 12 tekens.",
        "The passphrase is too short: use at least 12 characters.",
    ),
    "register_locked": (
        "Het register is in gebruik door een ander programma; probeer het later opnieuw.",
        "The register is in use by another program; try again later.",
    ),
    "register_damaged": (
        "Het register is beschadigd; zet een back-up terug (restore) of neem contact op met de beheerder.",
        "The register is damaged ({detail}); restore a backup or contact your administrator.",
    ),
    "disk_full": (
        "De schijf is vol; er is niets weggeschreven.",
        "The disk is full; nothing was written.",
    ),
    "cannot_write": ("Kan niet schrijven: {detail}.", "Cannot write: {detail}."),
    "cannot_read": (
        "Bestand {file} bestaat niet of is niet leesbaar.",
        "File {file} does not exist or cannot be read.",
    ),
    "unsupported_cipher": (
        "Deze SQLCipher-versie wordt niet ondersteund ({detail}).",
        "This SQLCipher build is not supported ({detail}).",
    ),
    "last_slot": (
        "De laatste werkende sleutel kan niet worden verwijderd.",
        "The last working key cannot be removed.",
    ),
    "invalid": ("Ongeldige invoer: {detail}.", "Invalid input: {detail}."),
    "error": ("Fout: {detail}.", "Error: {detail}."),
    "passphrase_prompt": ("Wachtwoordzin of herstelsleutel: ", "Passphrase or recovery key: "),
    "new_passphrase_prompt": (
        "Nieuwe wachtwoordzin (minstens 12 tekens): ",
        "New passphrase (at least 12 characters): ",
    ),
    "repeat_passphrase_prompt": ("Herhaal de wachtwoordzin: ", "Repeat the passphrase: "),
    "passphrase_mismatch": (
        "De wachtwoordzinnen komen niet overeen; er is niets gewijzigd.",
        "The passphrases do not match; nothing was changed.",
    ),
    "no_passphrase": (
        "Geen wachtwoordzin: zet UDENS_REGISTER_PASSPHRASE of start in een terminal.",
        "No passphrase: set UDENS_REGISTER_PASSPHRASE or run in a terminal.",
    ),
    "created": ("Register aangemaakt in {folder}.", "Register created in {folder}."),
    "recovery_key": (
        "Herstelsleutel (wordt maar één keer getoond; bewaar hem veilig, bijvoorbeeld in de kluis):\n\n    {key}\n",
        "Recovery key (shown only once; keep it safe, for example in the school safe):\n\n    {key}\n",
    ),
    "demo_done": (
        "Demoregister aangemaakt in {folder}: {persons} personen, {incidents} incidenten (fictief).",
        "Demo register created in {folder}: {persons} persons, {incidents} incidents (fictional).",
    ),
    "verify_ok": ("Register in orde ({checks}).", "Register healthy ({checks})."),
    "verify_problems": ("Register heeft {count} probleem/problemen:", "Register has {count} problem(s):"),
    "exported": ("Export geschreven naar {file}.", "Export written to {file}."),
    "gui_unavailable": (
        "De desktopapplicatie kan niet starten: {detail}.",
        "The desktop application cannot start: {detail}.",
    ),
    "import_refused": (
        "Bestand geweigerd: {count} regel(s) met fouten; er is niets geïmporteerd.",
        "File refused: {count} line(s) with errors; nothing was imported.",
    ),
    "import_line": ("  regel {line}: {reason}", "  line {line}: {reason}"),
    "imp_too_large": ("bestand groter dan 50 MB", "file larger than 50 MB"),
    "imp_encoding": ("geen UTF-8- of Windows-1252-tekst", "not UTF-8 or Windows-1252 text"),
    "imp_empty_file": ("het bestand is leeg", "the file is empty"),
    "imp_missing_column": ("kolom {column} ontbreekt", "column {column} missing"),
    "imp_field_count": (
        "{found} velden, de kopregel heeft er {expected}",
        "{found} fields, the header has {expected}",
    ),
    "imp_number_empty": ("leerlingnummer leeg", "student number empty"),
    "imp_number_long": ("leerlingnummer langer dan 30 tekens", "student number longer than 30 characters"),
    "imp_number_repeated": (
        "leerlingnummer {number} staat ook op regel {other}",
        "student number {number} also on line {other}",
    ),
    "imp_first_empty": ("roepnaam leeg", "first name empty"),
    "imp_last_empty": ("achternaam leeg", "last name empty"),
    "imp_name_long": ("naam langer dan 100 tekens", "name longer than 100 characters"),
    "imp_date_invalid": (
        "geboortedatum '{value}' is geen bestaande datum (dd-mm-jjjj)",
        "date of birth '{value}' is not a real date (dd-mm-yyyy)",
    ),
    "imp_date_impossible": ("geboortedatum {value} is onmogelijk", "date of birth {value} is impossible"),
    "imp_class_long": ("klas langer dan 30 tekens", "class longer than 30 characters"),
    "imp_no_pupils": (
        "het bestand heeft een kopregel maar geen leerlingen",
        "the file has a header but no pupils",
    ),
    "imp_non_pupil": (
        "leerlingnummer {number} hoort bij iemand die geen leerling is",
        "student number {number} belongs to someone who is not a pupil",
    ),
    "imp_unreadable": ("{file} is niet leesbaar", "{file} cannot be read"),
    "import_more": ("  … en nog {count}", "  … and {count} more"),
    "imported": (
        "Leerlingen geïmporteerd uit {file}: {new} nieuw, {updated} bijgewerkt, {unchanged} ongewijzigd.",
        "Pupils imported from {file}: {new} new, {updated} updated, {unchanged} unchanged.",
    ),
    "pdf_password_prompt": (
        "Wachtwoord voor de pdf (minstens 8 tekens): ",
        "Password for the PDF (at least 8 characters): ",
    ),
    "pdf_password_short": (
        "Het wachtwoord voor de pdf is te kort: gebruik minstens 8 tekens; er is niets geschreven.",
        "The PDF password is too short: use at least 8 characters; nothing was written.",
    ),
    "needs_person": (
        "De inzageversie heeft --person nodig: het nummer van de persoon om wie het gaat.",
        "The access version needs --person: the id of the person it is for.",
    ),
    "bad_date": (
        "'{value}' is geen datum; schrijf dd-mm-jjjj.",
        "'{value}' is not a date; write dd-mm-yyyy.",
    ),
    "backup_done": ("Back-up geschreven naar {file} ({size} kB).", "Backup written to {file} ({size} kB)."),
    "restore_needs_replace": (
        "Er staat al een register in {folder}; geef --replace om het te vervangen (het oude blijft als veiligheidskopie).",
        "A register already exists in {folder}; pass --replace to replace it (the old one is kept as a safety copy).",
    ),
    "restored": ("Back-up teruggezet in {folder}.", "Backup restored into {folder}."),
    "restore_safety": (
        "Het vervangen register staat in {folder}.",
        "The replaced register is kept in {folder}.",
    ),
    "key_added": ("Coördinator toegevoegd (sleutel {slot}).", "Coordinator added (slot {slot})."),
    "key_removed": ("Sleutel {slot} verwijderd.", "Slot {slot} removed."),
    "passphrase_changed": ("Wachtwoordzin gewijzigd.", "Passphrase changed."),
    "bad_years": (
        "De bewaartermijn moet tussen 1 en 30 jaar liggen.",
        "The retention term must be between 1 and 30 years.",
    ),
    "held": ("(vastgehouden: lopende politiezaak)", "(on hold: police case pending)"),
    "purge_dry": (
        "{count} zaak/zaken kunnen worden verwijderd; geef --yes om ze definitief te verwijderen.",
        "{count} case(s) can be deleted; pass --yes to delete them for good.",
    ),
    "purged": ("{count} zaak/zaken definitief verwijderd.", "{count} case(s) deleted for good."),
    "hold_on": (
        "Zaak {case} wordt vastgehouden (niet verwijderd na de bewaartermijn).",
        "Case {case} is on hold (not purged after the term).",
    ),
    "hold_off": ("Zaak {case} wordt niet meer vastgehouden.", "Case {case} is no longer on hold."),
    "no_case": ("Zaak {case} bestaat niet in dit register.", "Case {case} does not exist in this register."),
    "no_person": (
        "Die persoon bestaat niet of hoort niet bij deze zaak.",
        "That person does not exist or is not part of this case.",
    ),
    "interrupted": ("Afgebroken; er is niets gewijzigd.", "Interrupted; nothing was changed."),
    "unexpected": (
        "Onverwachte fout (referentie {ref}); er is niets persoonlijks gelogd.",
        "Unexpected error (reference {ref}); nothing personal was logged.",
    ),
}


def language_from_env(environ: dict[str, str] | None = None) -> str:
    """``"en"`` when the locale asks for English, otherwise ``"nl"``."""
    env = os.environ if environ is None else environ
    for var in ("UDENS_REGISTER_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        if value and value not in ("C", "POSIX", "C.UTF-8"):
            return "en" if value.lower().startswith("en") else "nl"
    return "nl"


def message(code: str, lang: str, **values: object) -> str:
    """The message ``code`` in ``lang`` with ``values`` filled in."""
    nl, en = MESSAGES.get(code, MESSAGES["error"])
    template = en if lang == "en" else nl
    try:
        return template.format(**values)
    except (KeyError, IndexError):
        return template
