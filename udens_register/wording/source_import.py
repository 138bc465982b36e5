"""The catalogue's source for importing lists and registers: why a line is refused, and what an
import did (one set of words for the app and the command line)."""

from __future__ import annotations

from udens_register.wording.marker import N_

IMPORT_PROBLEMS: dict[str, str] = {
    "too_large": N_("import_problem.too_large", "file larger than 50 MB"),
    "too_many_rows": N_(
        "import_problem.too_many_rows", "{found} rows: more than {limit}, the most a list of one school can have"
    ),
    "too_many_rows_least": N_(
        "import_problem.too_many_rows_least",
        "at least {found} rows: more than {limit}, the most a list of one school can have",
    ),
    "bad_quote": N_("import_problem.bad_quote", 'a quote (") opened here is never closed'),
    "encoding": N_(
        "import_problem.encoding",
        "not a text file in UTF-8, UTF-16 (with BOM) or Windows-1252: save it again as CSV UTF-8",
    ),
    "mixed_encoding": N_(
        "import_problem.mixed_encoding",
        "this line is in another encoding than the lines in UTF-8 before it (two files put together?): "
        "save the whole file again as CSV UTF-8",
    ),
    "format_xls": N_(
        "import_problem.format_xls",
        "an old Excel file (.xls) or an Excel file protected with a password: "
        "save it as Excel workbook (.xlsx) without a password or as CSV",
    ),
    "format_ods": N_(
        "import_problem.format_ods", "an OpenDocument spreadsheet (.ods): save it as Excel workbook (.xlsx) or as CSV"
    ),
    "xlsx_damaged": N_("import_problem.xlsx_damaged", "the Excel file is damaged or not an Excel workbook"),
    "no_sheet": N_("import_problem.no_sheet", "the workbook has no sheet '{sheet}'"),
    "empty_file": N_("import_problem.empty_file", "the file is empty"),
    "missing_column": N_("import_problem.missing_column", "column {column} missing"),
    "field_count": N_("import_problem.field_count", "{found} fields where the header has {expected}"),
    "number_empty": N_("import_problem.number_empty", "student number empty"),
    "number_long": N_("import_problem.number_long", "student number longer than 30 characters"),
    "number_repeated": N_("import_problem.number_repeated", "student number {number} also on line {other}"),
    "name_is_date": N_("import_problem.name_is_date", "{column} is a date, not a name"),
    "name_formula": N_(
        "import_problem.name_formula", "{column} begins with =, +, @ or a tab (a spreadsheet formula), not a name"
    ),
    "formula_cell": N_(
        "import_problem.formula_cell",
        "{column} is a formula that was never calculated (it holds no value): open the file in Excel, "
        "save it and import it again",
    ),
    "name_empty": N_("import_problem.name_empty", "{column} empty"),
    "first_empty": N_("import_problem.first_empty", "first name empty"),
    "last_empty": N_("import_problem.last_empty", "last name empty"),
    "value_long": N_("import_problem.value_long", "{column} longer than {limit} characters"),
    "control_char": N_(
        "import_problem.control_char", "{column} holds an invisible control or direction character"
    ),
    "date_invalid": N_(
        "import_problem.date_invalid", "date of birth '{value}' is not a real date (dd-mm-yyyy or yyyy-mm-dd)"
    ),
    "date_impossible": N_("import_problem.date_impossible", "date of birth {value} is impossible"),
    "class_name_long": N_("import_problem.class_name_long", "class longer than 30 characters"),
    "phone_invalid": N_("import_problem.phone_invalid", "'{value}' is not a phone number"),
    "email_invalid": N_("import_problem.email_invalid", "'{value}' is not an e-mail address"),
    "no_pupils": N_("import_problem.no_pupils", "the file has a header but no rows"),
    "non_pupil": N_("import_problem.non_pupil", "student number {number} belongs to someone who is not a pupil"),
    "unreadable": N_("import_problem.unreadable", "{file} cannot be read"),
    "child_unknown": N_("import_problem.child_unknown", "no pupil with student number {number} in the register"),
    "relation_unknown": N_(
        "import_problem.relation_unknown", "relation '{value}' is not mother, father or guardian (moeder, vader, verzorger)"
    ),
}  # fmt: skip

IMPORT_MESSAGES: dict[str, str] = {
    "import_refused": N_("cli.import_refused", "File refused: {count} lines with errors; nothing was imported."),
    "import_refused_one": N_("cli.import_refused_one", "File refused: 1 line with errors; nothing was imported."),
    "import_line": N_("cli.import_line", "  line {line}: {reason}"),
    "import_more": N_("cli.import_more", "  … and {count} more"),
    "imported": N_(
        "cli.imported", "Pupils imported from {file}: {new} new, {updated} updated, {unchanged} unchanged."
    ),
    "imported_parents": N_(
        "cli.imported_parents",
        "Parents imported from {file}: {new} new, {updated} updated, {unchanged} unchanged; {links}.",
    ),
    "import_changes": N_("cli.import_changes", "Changed:"),
    "import_change": N_("cli.import_change", "  line {line}: {who}: {changes}"),
    "import_parent_of": N_("cli.import_parent_of", "parent of {child}, {number}"),
    "import_unused": N_("cli.import_unused", "Columns not imported: {columns}."),
    "import_empty_kept": N_(
        "cli.import_empty_kept",
        "{count} empty cells left as they were in the register (--empty-clears makes empty mean empty):",
    ),
    "import_empty_kept_one": N_(
        "cli.import_empty_kept_one",
        "1 empty cell left as it was in the register (--empty-clears makes empty mean empty):",
    ),
    "import_links": N_("cli.import_links", "{count} new links to pupils"),
    "import_links_one": N_("cli.import_links_one", "1 new link to a pupil"),
    "import_empty_cell": N_("cli.import_empty_cell", "  line {line}: {field}"),
    "import_missing": N_(
        "cli.import_missing",
        "{count} pupils of the register are not in this file (mark them as left with --left DATE):",
    ),
    "import_missing_one": N_(
        "cli.import_missing_one",
        "1 pupil of the register is not in this file (mark them as left with --left DATE):",
    ),
    "import_missing_pupil": N_("cli.import_missing_pupil", "  {number}  {name}  {klass}"),
    "import_left": N_("cli.import_left", "{count} pupils marked as left (uitgeschreven) on {date}."),
    "import_left_one": N_("cli.import_left_one", "1 pupil marked as left (uitgeschreven) on {date}."),
    "import_bad_column": N_(
        "cli.import_bad_column", "--column wants HEADER=FIELD with FIELD one of {fields}; got '{value}'."
    ),
    "json_imported": N_(
        "cli.json_imported",
        "Register loaded from {file}: {persons} persons, {incidents} incidents, {disclosures} disclosures.",
    ),
    "json_not_empty": N_(
        "cli.json_not_empty",
        "This register already holds data; import-json only loads into a new, empty register. Nothing was changed.",
    ),
    "xlsx_no_protect": N_(
        "cli.xlsx_no_protect", "A spreadsheet cannot be protected with a password here; leave out --protect or make a PDF."
    ),
    "json_invalid": N_("cli.json_invalid", "Not an export of Udens Register ({detail}); nothing was changed."),
    "json_not_json": N_("cli.json_not_json", "The file is not valid JSON (line {line}, column {column}); nothing was changed."),
    "json_unreadable": N_("cli.json_unreadable", "The file cannot be read as an export of Udens Register (not a JSON text, or a ZIP without register.json); nothing was changed."),
    "json_field_missing": N_("cli.json_field_missing", "The export file is not right: the field {field} is missing at {where}. Nothing was changed."),
    "json_bad_date": N_("cli.json_bad_date", "The export file is not right: {value} is not a valid date at {where}. Nothing was changed."),
    "json_bad_value": N_("cli.json_bad_value", "The export file is not right: a value at {where} is not of the right kind. Nothing was changed."),
    "json_at_person": N_("cli.json_at_person", "person {id}"),
    "json_at_case": N_("cli.json_at_case", "case {id}"),
    "json_at_disclosure": N_("cli.json_at_disclosure", "disclosure {id}"),
    "json_at_history": N_("cli.json_at_history", "the persons' history"),
    "json_person_twice": N_("cli.json_person_twice", "The export file is not right: person {id} is in it twice. Nothing was changed."),
    "json_incident_twice": N_("cli.json_incident_twice", "The export file is not right: incident {id} is in it twice. Nothing was changed."),
    "json_case_twice": N_("cli.json_case_twice", "The export file is not right: case number {id} is in it twice. Nothing was changed."),
    "json_evidence_twice": N_("cli.json_evidence_twice", "The export file is not right: evidence {id} is in it twice. Nothing was changed."),
    "json_decision_twice": N_("cli.json_decision_twice", "The export file is not right: decision {id} is in it twice. Nothing was changed."),
    "json_action_twice": N_("cli.json_action_twice", "The export file is not right: action {id} is in it twice. Nothing was changed."),
    "json_review_twice": N_("cli.json_review_twice", "The export file is not right: review {id} is in it twice. Nothing was changed."),
    "json_disclosure_twice": N_("cli.json_disclosure_twice", "The export file is not right: disclosure {id} is in it twice. Nothing was changed."),
    "json_no_person": N_("cli.json_no_person", "The export file is not right: case {case} names person {id}, who is not in it. Nothing was changed."),
    "json_no_parent": N_("cli.json_no_parent", "The export file is not right: person {child} has parent {id}, who is not in it. Nothing was changed."),
    "json_images_minor": N_("cli.json_images_minor", "Nothing was imported: case {case} concerns sexual images of a minor and the export holds {count} of its file(s). Keeping such images is an offence, so a register never takes them in. Destroy them in the register this export came from and export again (or export without --with-evidence), and delete this export file."),
    "json_no_disclosure": N_("cli.json_no_disclosure", "The export file is not right: review {review} answers disclosure {id}, which is not in it. Nothing was changed."),
}  # fmt: skip

SHEET_TEXTS: dict[str, str] = {
    "overview": N_("sheet.overview", "Overview"),
    "figures": N_("sheet.figures", "Figures"),
    "charts": N_("sheet.charts", "Charts"),
    "per_group": N_("sheet.per_group", "Per analysis group"),
    "per_class_year": N_("sheet.per_class_year", "Per class year"),
    "class_year": N_("sheet.class_year", "Class year"),
    "per_victim": N_("sheet.per_victim", "Victim kind"),
    "police_involved": N_("sheet.police_involved", "Incidents with the police involved"),
    "open_actions": N_("sheet.open_actions", "Open follow-up actions"),
    "time_to_close": N_("sheet.time_to_close", "Time to close"),
    "days_range": N_("sheet.days_range", "{low}–{high} days"),
    "days_more": N_("sheet.days_more", "more than {low} days"),
    "month": N_("sheet.month", "Month"),
    "what": N_("sheet.what", "What"),
    "from": N_("sheet.from", "From"),
    "to": N_("sheet.to", "To"),
    "generated": N_("sheet.generated", "Made on"),
}  # fmt: skip
