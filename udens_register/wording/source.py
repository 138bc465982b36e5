"""The catalogue's source: every word a person reads outside Qt's widget strings, in English.

Each entry is ``N_("group.code", "English words")``: Babel extracts them (keyword ``N_:1c,2``)
into ``resources/locale/udens_register.pot``; the Dutch lives in
``resources/locale/nl/LC_MESSAGES/udens_register.po``. Edit words here (English) or there (Dutch),
then run ``python -m udens_register.wording.tool`` to update and compile the catalogue.
"""

from __future__ import annotations

from udens_register.wording.marker import N_
from udens_register.wording.source_family import FAMILY_EVENTS
from udens_register.wording.source_family import FAMILY_MESSAGES
from udens_register.wording.source_family import FAMILY_PDF
from udens_register.wording.source_import import IMPORT_MESSAGES
from udens_register.wording.source_import import IMPORT_PROBLEMS
from udens_register.wording.source_import import SHEET_TEXTS
from udens_register.wording.source_pdf import PDF_TEXTS
from udens_register.wording.source_system import DETAILS
from udens_register.wording.source_system import ERROR_FILE_MESSAGES
from udens_register.wording.source_system import FILE_MESSAGES
from udens_register.wording.source_system import OS_REASONS
from udens_register.wording.source_system import USAGE_ERRORS

__all__ = ["ENTRIES", "N_"]


ENTRIES: dict[str, dict[str, str]] = {
    "pdf": {**PDF_TEXTS, **FAMILY_PDF},
    "sheet": SHEET_TEXTS,
    "category": {
        "compromising_media": N_(
            "category.compromising_media", "Compromising photos or films of staff (rule 2a)"
        ),
        "profane_language": N_("category.profane_language", "Improper or profane language (rule 2c)"),
        "confidential_info": N_(
            "category.confidential_info", "Confidential information published (guideline 3)"
        ),
        "staff_discussion": N_(
            "category.staff_discussion", "Staff arguing with a pupil or parent (guideline 4)"
        ),
        "threat_of_violence": N_("category.threat_of_violence", "Threat of violence (rule 4a)"),
        "sexual_intimidation": N_("category.sexual_intimidation", "Sexual intimidation (rule 4b)"),
        "accusation_sexual_intimidation": N_(
            "category.accusation_sexual_intimidation", "Accusation of sexual intimidation (rule 4c)"
        ),
        "insult_defamation": N_("category.insult_defamation", "Insult, defamation or obscenity"),
        "privacy_violation": N_("category.privacy_violation", "Privacy violation"),
        "copyright_portrait": N_("category.copyright_portrait", "Copyright or portrait right"),
        "online_bullying": N_("category.online_bullying", "Online bullying"),
        "discrimination": N_("category.discrimination", "Discrimination"),
        "sexual_images_minor": N_(
            "category.sexual_images_minor", "Sexual images of a minor (sexting, sextortion)"
        ),
        "other": N_("category.other", "Other"),
    },
    "analysis_group": {
        "aggression": N_("analysis_group.aggression", "aggression"),
        "violence": N_("analysis_group.violence", "violence"),
        "bullying": N_("analysis_group.bullying", "bullying"),
        "discrimination": N_("analysis_group.discrimination", "discrimination"),
        "sexual_intimidation": N_("analysis_group.sexual_intimidation", "sexual intimidation"),
        "other": N_("analysis_group.other", "other"),
    },
    "status": {
        "open": N_("status.open", "Open"),
        "in_progress": N_("status.in_progress", "In progress"),
        "closed": N_("status.closed", "Closed"),
    },
    "role": {
        "victim": N_("role.victim", "victim"),
        "author": N_("role.author", "author"),
        "witness": N_("role.witness", "witness"),
        "reporter": N_("role.reporter", "reporter"),
        "sharer": N_("role.sharer", "sharer"),
    },
    # How a date is typed, as a field's hint or a refusal says it (the format itself: wording.dates).
    "date_hint": {
        "date": N_("date_hint.date", "dd-mm-yyyy"),
        "datetime": N_("date_hint.datetime", "dd-mm-yyyy hh:mm"),
        "iso": N_("date_hint.iso", "yyyy-mm-dd"),
    },
    # Who usually reviews a directie case file (suggestions; the coordinator may type another role).
    "reviewer_role": {
        "department_director": N_("reviewer_role.department_director", "department director"),
        "director": N_("reviewer_role.director", "director"),
        "rector": N_("reviewer_role.rector", "rector"),
        "team_leader": N_("reviewer_role.team_leader", "team leader"),
    },
    # The usual recipients of a case file or report (domain.enums.Recipient), as the PDF's
    # "Issued to" and the disclosure record name them.
    "recipient": {
        "director": N_("recipient.director", "department director"),
        "police": N_("recipient.police", "police"),
        "access": N_("recipient.access", "parent/pupil (right of access)"),
        "inspectorate": N_("recipient.inspectorate", "inspectorate"),
        "attendance": N_("recipient.attendance", "attendance officer"),
        "leadership": N_("recipient.leadership", "school leadership"),
    },
    "kind": {
        "pupil": N_("kind.pupil", "Pupil"),
        "staff": N_("kind.staff", "Staff"),
        "parent": N_("kind.parent", "Parent"),
        "other": N_("kind.other", "Other"),
    },
    "action": {
        "parents": N_("action.parents", "Parents (rule 3)"),
        "police": N_("action.police", "Police (rule 4)"),
        "guidance": N_("action.guidance", "Victim guidance (rule 5)"),
        "guidance_review": N_("action.guidance_review", "Review of the victim's guidance (rule 5)"),
        "staff_board": N_("action.staff_board", "Tell the board (bevoegd gezag)"),
        "staff_inspector": N_(
            "action.staff_inspector", "The board consults the confidential inspector (0900-111 3111)"
        ),
        "staff_report": N_("action.staff_report", "The board decides on reporting to the police"),
        "staff_informed": N_(
            "action.staff_informed", "Inform those involved (the staff member, the pupil's parents)"
        ),
        "mc_signals": N_("action.mc_signals", "Meldcode step 1: map the signals"),
        "mc_consult": N_(
            "action.mc_consult", "Meldcode step 2: consult a colleague and, if needed, Veilig Thuis"
        ),
        "mc_talk": N_("action.mc_talk", "Meldcode step 3: talk with the pupil and the parents"),
        "mc_weigh": N_("action.mc_weigh", "Meldcode step 4: weigh, with the afwegingskader"),
        "mc_decide": N_("action.mc_decide", "Meldcode step 5: decide"),
        "si_not_kept": N_("action.si_not_kept", "The images are not copied, forwarded or kept"),
        "si_talk_victim": N_("action.si_talk_victim", "Talk with the victim and the parents"),
        "si_talk_makers": N_(
            "action.si_talk_makers", "Talk with those who made and spread the images, and their parents"
        ),
        "si_police": N_("action.si_police", "Involve the police"),
        "si_removal": N_("action.si_removal", "Have the platforms remove the images"),
        "si_stop_spread": N_("action.si_stop_spread", "Stop further spreading at school"),
        "si_brief_team": N_("action.si_brief_team", "Brief the team"),
        "measure": N_("action.measure", "Measure of the director's review"),
    },
    # An urgent police action (acute danger): while open it says what to do, after that what it was.
    "urgency": {
        "open": N_("urgency.open", "URGENT: call 112 now"),
        "settled": N_("urgency.settled", "urgent (acute danger)"),
    },
    "action_status": {
        "open": N_("action_status.open", "open"),
        "done": N_("action_status.done", "done"),
        "not_needed": N_("action_status.not_needed", "not needed"),
    },
    "measure": {
        "conversation": N_("measure.conversation", "Conversation"),
        "warning": N_("measure.warning", "Warning"),
        "removal_requested": N_("measure.removal_requested", "Removal of the post requested"),
        "removal_done": N_("measure.removal_done", "Post removed"),
        "suspension": N_("measure.suspension", "Suspension"),
        "board_report": N_("measure.board_report", "Reported to the board"),
        "other": N_("measure.other", "Other measure"),
    },
    "threat": {
        "physical": N_("threat.physical", "physical"),
        "psychological": N_("threat.psychological", "psychological"),
        "material": N_("threat.material", "material"),
    },
    "outcome": {
        "contacted": N_("outcome.contacted", "contacted"),
        "how": N_("outcome.how", "how"),
        "when": N_("outcome.when", "when"),
        "reaction": N_("outcome.reaction", "reaction"),
        "date": N_("outcome.date", "date"),
        "station": N_("outcome.station", "station or officer"),
        "registration_number": N_("outcome.registration_number", "registration number"),
        "report_type": N_("outcome.report_type", "type"),
        "guide": N_("outcome.guide", "guided by"),
        "plan": N_("outcome.plan", "plan"),
        "follow_up_dates": N_("outcome.follow_up_dates", "follow-up"),
        "ended_on": N_("outcome.ended_on", "ended"),
        "told_at": N_("outcome.told_at", "board told on"),
        "told_by": N_("outcome.told_by", "told by"),
        "consulted_at": N_("outcome.consulted_at", "inspector consulted on"),
        "reasonable_suspicion": N_("outcome.reasonable_suspicion", "reasonable suspicion"),
        "inspector_advice": N_("outcome.inspector_advice", "inspector's advice"),
        "board_decision": N_("outcome.board_decision", "board's decision"),
        "decision_reason": N_("outcome.decision_reason", "reason"),
        "reported_at": N_("outcome.reported_at", "reported on"),
        "informed": N_("outcome.informed", "informed"),
        "informed_at": N_("outcome.informed_at", "informed on"),
        "signals": N_("outcome.signals", "signals"),
        "mapped_on": N_("outcome.mapped_on", "mapped on"),
        "colleague": N_("outcome.colleague", "colleague consulted"),
        "veilig_thuis": N_("outcome.veilig_thuis", "Veilig Thuis consulted"),
        "advice": N_("outcome.advice", "advice"),
        "consulted_on": N_("outcome.consulted_on", "consulted on"),
        "with_whom": N_("outcome.with_whom", "with whom"),
        "talked_on": N_("outcome.talked_on", "talked on"),
        "summary": N_("outcome.summary", "summary"),
        "q1": N_("outcome.q1", "1. Is there a suspicion of domestic violence or child abuse?"),
        "q1_reason": N_("outcome.q1_reason", "reasoning (question 1)"),
        "q2": N_("outcome.q2", "2. Is there acute or structural danger?"),
        "q2_reason": N_("outcome.q2_reason", "reasoning (question 2)"),
        "q3": N_("outcome.q3", "3. Can we offer or organise effective help?"),
        "q3_reason": N_("outcome.q3_reason", "reasoning (question 3)"),
        "q4": N_("outcome.q4", "4. Do those involved accept the help?"),
        "q4_reason": N_("outcome.q4_reason", "reasoning (question 4)"),
        "q5": N_("outcome.q5", "5. Does the help lead to lasting safety in time?"),
        "q5_reason": N_("outcome.q5_reason", "reasoning (question 5)"),
        "decision": N_("outcome.decision", "decision"),
        "decided_on": N_("outcome.decided_on", "decided on"),
        "confirmed": N_("outcome.confirmed", "confirmed"),
        "note": N_("outcome.note", "note"),
        "platforms": N_("outcome.platforms", "platforms"),
        "requested_on": N_("outcome.requested_on", "requested on"),
        "removed": N_("outcome.removed", "removed"),
        "measures_taken": N_("outcome.measures_taken", "measures taken"),
        "briefed_on": N_("outcome.briefed_on", "team briefed on"),
        "held_on": N_("outcome.held_on", "review held on"),
        "findings": N_("outcome.findings", "findings"),
        "next_step": N_("outcome.next_step", "next step"),
        "done_on": N_("outcome.done_on", "done on"),
    },
    "event_detail": {
        "action_due": N_("event_detail.action_due", "{action}, due {date}"),
        "action_status": N_("event_detail.action_status", "{action}: {status}"),
    },
    "event": {
        "register_created": N_("event.register_created", "Register created"),
        "incident_created": N_("event.incident_created", "Incident recorded"),
        "person_involved": N_("event.person_involved", "Person added to the case"),
        "person_removed": N_("event.person_removed", "Person removed from the case"),
        "status_changed": N_("event.status_changed", "Status changed"),
        "decision_recorded": N_("event.decision_recorded", "Protocol decision recorded"),
        "action_created": N_("event.action_created", "Follow-up action created"),
        "action_updated": N_("event.action_updated", "Follow-up action updated"),
        "corrected": N_("event.corrected", "Corrected"),
        "evidence_added": N_("event.evidence_added", "Evidence added"),
        "evidence_described": N_("event.evidence_described", "Evidence described"),
        "evidence_saved": N_("event.evidence_saved", "Evidence saved to a file"),
        "evidence_removed": N_("event.evidence_removed", "Evidence removed from the case"),
        "measure_taken": N_("event.measure_taken", "Measure recorded"),
        "communication_recorded": N_("event.communication_recorded", "Communication recorded"),
        "case_exported": N_("event.case_exported", "Case file exported"),
        "review_recorded": N_("event.review_recorded", "Director's review recorded"),
        "note_added": N_("event.note_added", "Case note written down"),
        "note_removed": N_("event.note_removed", "Case note removed"),
        "case_viewed": N_("event.case_viewed", "Case viewed"),
        "person_created": N_("event.person_created", "Person recorded"),
        "key_added": N_("event.key_added", "Coordinator added"),
        "key_removed": N_("event.key_removed", "Coordinator removed"),
        "passphrase_changed": N_("event.passphrase_changed", "Passphrase changed"),
        "recovery_key_renewed": N_("event.recovery_key_renewed", "Recovery key renewed"),
        "parent_linked": N_("event.parent_linked", "Parent linked"),
        "persons_imported": N_("event.persons_imported", "Pupils imported"),
        "route_opened": N_("event.route_opened", "Route opened"),
        "evidence_destroyed": N_("event.evidence_destroyed", "Evidence destroyed for good"),
        **FAMILY_EVENTS,
    },
    "os_reason": OS_REASONS,
    "detail": DETAILS,
    "usage": USAGE_ERRORS,
    "cli": {
        **IMPORT_MESSAGES,
        **FILE_MESSAGES,
        **FAMILY_MESSAGES,
        "no_register": N_("cli.no_register", "No register found in {folder}."),
        "register_exists": N_(
            "cli.register_exists", "A register already exists in {folder}; nothing was changed."
        ),
        "wrong_passphrase": N_(
            "cli.wrong_passphrase", "Wrong passphrase or recovery key; nothing was changed."
        ),
        "weak_passphrase": N_(
            "cli.weak_passphrase",
            "This passphrase is too easy to guess; nothing was changed. Use at least 12 characters "
            "and several words that do not belong together, for example: {suggestion}",
        ),
        "register_locked": N_(
            "cli.register_locked", "The register is in use by another program; try again later."
        ),
        "register_damaged": N_(
            "cli.register_damaged",
            "The register is damaged ({detail}); restore a backup or contact your administrator.",
        ),
        "backup_damaged": N_(
            "cli.backup_damaged", "The backup is damaged or incomplete ({detail}); nothing was changed."
        ),
        "backup_object": N_(
            "cli.backup_object",
            "An evidence file in the backup is missing or damaged ({detail}); nothing was changed.",
        ),
        "backup_object_missing": N_(
            "cli.backup_object_missing",
            "The backup is incomplete: evidence {evidence} of case {case} is missing from it "
            "({count} object(s) in all); nothing was changed.",
        ),
        "backup_object_damaged": N_(
            "cli.backup_object_damaged",
            "The backup is damaged: evidence {evidence} of case {case} is damaged in it "
            "({count} object(s) in all); nothing was changed.",
        ),
        "disk_full": N_("cli.disk_full", "Disk full — nothing was changed. Free some space and try again."),
        "read_only": N_(
            "cli.read_only",
            "The register in {folder} is read-only (a write-protected medium or folder): "
            "nothing can be changed there. Viewing, verify and export-json work.",
        ),
        "read_only_pdf": N_(
            "cli.read_only_pdf",
            "The register in {folder} is read-only: a case file as PDF must be entered in the "
            "disclosure log, which cannot be written here. Restore a backup on a writable disk first.",
        ),
        "cannot_write": N_("cli.cannot_write", "Cannot write: {detail}."),
        "cannot_read": N_("cli.cannot_read", "File {file} does not exist or cannot be read."),
        "unsupported_cipher": N_(
            "cli.unsupported_cipher", "This SQLCipher build is not supported ({detail})."
        ),
        "last_slot": N_("cli.last_slot", "The last working key cannot be removed."),
        "invalid": N_("cli.invalid", "Invalid input: {detail}."),
        "error": N_("cli.error", "Error: {detail}."),
        "passphrase_prompt": N_("cli.passphrase_prompt", "Passphrase or recovery key: "),
        "new_passphrase_prompt": N_("cli.new_passphrase_prompt", "New passphrase (at least 12 characters): "),
        "repeat_passphrase_prompt": N_("cli.repeat_passphrase_prompt", "Repeat the passphrase: "),
        "passphrase_mismatch": N_(
            "cli.passphrase_mismatch", "The passphrases do not match; nothing was changed."
        ),
        "no_passphrase": N_(
            "cli.no_passphrase", "No passphrase: set UDENS_REGISTER_PASSPHRASE or run in a terminal."
        ),
        "created": N_("cli.created", "Register created in {folder}."),
        "recovery_key": N_(
            "cli.recovery_key",
            "Recovery key (shown only once; keep it safe, for example in the school safe):\n\n    {key}\n",
        ),
        "demo_done": N_(
            "cli.demo_done",
            "Demo register created in {folder}: {persons} persons, {incidents} incidents (fictional).",
        ),
        "verify_ok": N_("cli.verify_ok", "Register healthy; checked: {checks}."),
        "verify_problems": N_("cli.verify_problems", "Problems in the register: {count}"),
        "verify_images": N_(
            "cli.verify_images",
            "case {case}: flagged as sexual images of a minor, yet files are still stored ({count}; "
            "keeping them is an offence); destroy them on the case's Evidence tab in the app",
        ),
        "exported": N_("cli.exported", "Export written to {file}."),
        "gui_unavailable": N_("cli.gui_unavailable", "The desktop application cannot start: {detail}."),
        "pdf_password_prompt": N_(
            "cli.pdf_password_prompt", "Password for the PDF (at least 8 characters): "
        ),
        "pdf_password_short": N_(
            "cli.pdf_password_short",
            "The PDF password is too short: use at least 8 characters; nothing was written.",
        ),
        "needs_recipient": N_(
            "cli.needs_recipient", "This version needs --recipient: to whom the file is issued."
        ),
        "pdfcheck_ok": N_(
            "cli.pdfcheck_ok",
            "unchanged — case file {case}, version {version}, issued to {recipient} on {when}",
        ),
        "pdfcheck_unsigned": N_(
            "cli.pdfcheck_unsigned", "not signed: this file was not issued by a register."
        ),
        "pdfcheck_changed": N_(
            "cli.pdfcheck_changed", "changed: the file differs from the one the register signed."
        ),
        "pdfcheck_other_key": N_(
            "cli.pdfcheck_other_key",
            "signed by another key, not by this register (fingerprint {fingerprint}).",
        ),
        "pdfcheck_not_issued": N_(
            "cli.pdfcheck_not_issued", "never issued by this register: the file is not in its disclosure log."
        ),
        "pdfcheck_password": N_(
            "cli.pdfcheck_password", "wrong password: the protected file could not be opened."
        ),
        "pdfcheck_unreadable": N_("cli.pdfcheck_unreadable", "not a readable PDF file."),
        "pdf_password_ask": N_("cli.pdf_password_ask", "Password of the PDF: "),
        "no_pdf_password": N_(
            "cli.no_pdf_password", "No PDF password: set UDENS_REGISTER_PDF_PASSWORD or run in a terminal."
        ),
        "pdfcheck_ok_report": N_(
            "cli.pdfcheck_ok_report", "unchanged — period report, issued to {recipient} on {when}"
        ),
        "certificate_written": N_(
            "cli.certificate_written", "Certificate written to {file} (fingerprint {fingerprint})."
        ),
        "needs_person": N_(
            "cli.needs_person", "The access version needs --person: the id of the person it is for."
        ),
        "bad_date": N_("cli.bad_date", "'{value}' is not a date; write dd-mm-yyyy."),
        "bad_captured": N_(
            "cli.bad_captured", "'{value}' is not a time of capture: write dd-mm-yyyy hh:mm, not after now."
        ),
        "bad_posted": N_(
            "cli.bad_posted", "'{value}' is not a time of the message: write dd-mm-yyyy hh:mm, not after now."
        ),
        "evidence_kept": N_("cli.evidence_kept", "kept     {file} ({mb} MB, SHA-256 {sha}…)"),
        "evidence_refused": N_("cli.evidence_refused", "refused  {file}: {reason}"),
        "evidence_summary": N_("cli.evidence_summary", "Case {case}: {kept} kept, {refused} refused."),
        "moving_evidence": N_(
            "cli.moving_evidence",
            "Moving evidence out of the database into the object store: {done} of {total}.",
        ),
        "exported_zip": N_(
            "cli.exported_zip", "Export written to {file}, with the evidence files ({count})."
        ),
        "zip_needs_file": N_(
            "cli.zip_needs_file",
            "--with-evidence writes a ZIP file: name it with -o FILE.zip.",
        ),
        "verify_repaired": N_(
            "cli.verify_repaired", "Removed {count} orphaned evidence object(s) (files without a record)."
        ),
        "backup_done": N_("cli.backup_done", "Backup written to {file} ({size} kB)."),
        "backup_parts": N_(
            "cli.backup_parts",
            "The backup is in {parts} parts ({file}, {file}.2 …): keep and hand over all of them together.",
        ),
        "snapshot_done": N_(
            "cli.snapshot_done",
            "Backup {name} made in {folder} ({size} kB copied; older backups rotated out: {removed}).",
        ),
        "restore_needs_replace": N_(
            "cli.restore_needs_replace",
            "A register already exists in {folder}; pass --replace to replace it (the old one is kept as a safety copy).",
        ),
        "restored": N_("cli.restored", "Backup restored into {folder}."),
        "restore_safety": N_("cli.restore_safety", "The replaced register is kept in {folder}."),
        "key_added": N_("cli.key_added", "Coordinator added (slot {slot})."),
        "key_removed": N_("cli.key_removed", "Slot {slot} removed."),
        "key_removed_backups": N_(
            "cli.key_removed_backups",
            "Removed from {rewritten} backup(s) too; {unreachable} backup(s) elsewhere (a stick not "
            "plugged in, a file handed over) could not be reached and still open with this key.",
        ),
        "purge_backups_hold": N_(
            "cli.purge_backups_hold",
            "{count} backup(s) still hold the deleted cases ({names}); run purge again with --yes "
            "--remove-from-backups to remove them.",
        ),
        "purge_backups_removed": N_(
            "cli.purge_backups_removed",
            "A new backup was made and {count} backup(s) that held the deleted cases were removed.",
        ),
        "passphrase_changed": N_("cli.passphrase_changed", "Passphrase changed."),
        "bad_years": N_("cli.bad_years", "The retention term must be between 1 and 30 years."),
        "held": N_("cli.held", "(on hold: police case pending)"),
        "purge_dry": N_(
            "cli.purge_dry", "{count} case(s) can be deleted; pass --yes to delete them for good."
        ),
        "purged": N_("cli.purged", "{count} case(s) deleted for good."),
        "unfinished_register": N_(
            "cli.unfinished_register",
            "{folder} holds an unfinished register: making it was cut short, so it holds nothing yet. "
            "Run init to remove it and make a new one.",
        ),
        "unfinished_removed": N_(
            "cli.unfinished_removed",
            "An unfinished register in {folder} (making it was cut short; it held nothing) was removed.",
        ),
        "purged_persons": N_("cli.purged_persons", "{count} person(s) known only from those cases deleted."),
        "purged_copies": N_(
            "cli.purged_copies",
            "{count} safety copy(ies) in the register folder removed: they still held the deleted cases.",
        ),
        "hold_on": N_("cli.hold_on", "Case {case} is on hold (not purged after the term)."),
        "hold_off": N_("cli.hold_off", "Case {case} is no longer on hold."),
        "no_case": N_("cli.no_case", "Case {case} does not exist in this register."),
        "no_person": N_("cli.no_person", "That person does not exist or is not part of this case."),
        "interrupted": N_("cli.interrupted", "Interrupted; nothing was changed."),
        "unexpected": N_(
            "cli.unexpected", "Unexpected error (reference {ref}); nothing personal was logged."
        ),
    },
    "verify_check": {
        "cipher_integrity": N_("verify_check.cipher_integrity", "encrypted pages"),
        "integrity": N_("verify_check.integrity", "database structure"),
        "foreign_keys": N_("verify_check.foreign_keys", "links between records"),
        "audit_chain": N_("verify_check.audit_chain", "unbroken log"),
        "evidence_objects": N_("verify_check.evidence_objects", "stored files ({count})"),
        "images_of_minors": N_("verify_check.images_of_minors", "no images of minors kept"),
        "schema": N_("verify_check.schema", "database version"),
    },
    # What verify found, one line each (the values come from the check; the English of each line
    # stays in the report for logs and tests).
    "verify_problem": {
        "damaged": N_("verify_problem.damaged", "the register cannot be read whole: {detail}"),
        "cipher": N_("verify_problem.cipher", "an encrypted page is damaged: {detail}"),
        "integrity": N_("verify_problem.integrity", "the database structure is damaged: {detail}"),
        "foreign_key": N_(
            "verify_problem.foreign_key",
            "a record refers to one that is missing: table {table}, row {row}, to {parent}",
        ),
        "audit": N_("verify_problem.audit", "the log is broken at entry {entry}: {how}"),
        "schema": N_("verify_problem.schema", "the database is at version {current}, expected {expected}"),
        "evidence": N_(
            "verify_problem.evidence", "case {case}, evidence {evidence} ({filename}), {role}: {problem}"
        ),
        "orphan": N_(
            "verify_problem.orphan",
            "a stored file belongs to no evidence: {name} (verify --repair removes it)",
        ),
    },
    "verify_audit": {
        "altered": N_("verify_audit.altered", "the entry was altered"),
        "removed": N_("verify_audit.removed", "the entry was removed"),
        "reordered": N_("verify_audit.reordered", "the entries were reordered"),
    },
    "verify_object_role": {
        "original": N_("verify_object_role.original", "the original"),
        "working": N_("verify_object_role.working", "the working copy"),
        "thumbnail": N_("verify_object_role.thumbnail", "the thumbnail"),
    },
    "verify_object_problem": {
        "missing": N_("verify_object_problem.missing", "missing"),
        "length": N_("verify_object_problem.length", "cut short or too long"),
        "header": N_("verify_object_problem.header", "does not begin as a stored file of this register"),
        "chunk": N_("verify_object_problem.chunk", "part {n} is damaged or was changed"),
        "sha256": N_("verify_object_problem.sha256", "no longer equal to the original (SHA-256)"),
    },
    "decision": {
        "parents_inform": N_("decision.parents_inform", "Inform the parents of {name} — rule 3"),
        "parents_consent": N_(
            "decision.parents_consent",
            "Involve the parents of {name} only with the pupil's consent ({age} or older) — rule 3",
        ),
        "police": N_("decision.police", "Involve the police — rule 4"),
        "urgent": N_("decision.urgent", "URGENT: call 112 now"),
        "guidance": N_("decision.guidance", "Make sure {name} is guided as a victim — rule 5"),
        "deviation": N_("decision.deviation", "Deviated from: {reason}"),
        "outside": N_("decision.outside", "Outside the protocol: {title}"),
        "nobody": N_("decision.nobody", "(unknown)"),
        # Why a rule brings in nobody with the facts given (the wizard's outcome and the case PDF).
        "why_not_violation": N_(
            "decision.why_not_violation",
            "No violation of the protocol: parents are not brought in under rule 3.",
        ),
        "why_not_parents": N_(
            "decision.why_not_parents", "No pupil is a victim, author or sharer: rule 3 brings in no parents."
        ),
        "why_not_police": N_(
            "decision.why_not_police",
            "No ground from rule 4 and no acute danger: the police are not brought in.",
        ),
        "why_not_guidance": N_(
            "decision.why_not_guidance", "No victim is recorded: rule 5 asks no guidance."
        ),
    },
    "route_title": {
        "board_inspector": N_(
            "route_title.board_inspector", "Staff member suspected of a sexual offence against a minor pupil"
        ),
        "meldcode": N_("route_title.meldcode", "Signals of domestic violence or child abuse"),
        "sexual_images": N_("route_title.sexual_images", "Sexual images of a minor"),
    },
    "route_source": {
        "board_inspector": N_(
            "route_source.board_inspector",
            "Wet op het voortgezet onderwijs, meld-, overleg- en aangifteplicht bij zedenmisdrijven: a staff member who learns that someone working at the school may have committed a sexual offence against a minor pupil tells the board 'onverwijld' (without delay); the board consults the confidential inspector 'onverwijld' and, where that shows a reasonable suspicion, reports to the police 'onverwijld', informing the person concerned and the pupil's parents beforehand.",
        ),
        "meldcode": N_(
            "route_source.meldcode",
            "Wet verplichte meldcode huiselijk geweld en kindermishandeling, with the afwegingskader (2019): five steps — 1 map the signals; 2 consult a colleague and, if needed, Veilig Thuis; 3 talk with the pupil and the parents; 4 weigh, with the afwegingskader; 5 decide: report to Veilig Thuis and/or organise help.",
        ),
        "sexual_images": N_(
            "route_source.sexual_images",
            "Guidance on sexting and sextortion; making, having or spreading sexual images of a minor is an offence under the Wetboek van Strafrecht: never copy, forward or keep the images; talk with the victim and the parents and with those who made and spread them and their parents; involve the police; have the platforms remove the images; stop further spreading at school; brief the team.",
        ),
    },
    "route_advice": {
        "board_inspector": N_(
            "route_advice.board_inspector",
            "The school must inform the board (bevoegd gezag) at once. The board consults the confidential inspector of the Inspectorate of Education straight away and, where there is a reasonable suspicion, reports the matter to the police.",
        ),
        "meldcode": N_(
            "route_advice.meldcode",
            "Follow the five steps of the Meldcode: 1 map the signals; 2 consult a colleague and, if needed, Veilig Thuis; 3 talk with the pupil and/or parents; 4 weigh the violence or abuse using the assessment framework; 5 decide: report to Veilig Thuis and/or organise help.",
        ),
        "sexual_images": N_(
            "route_advice.sexual_images",
            "Never copy, forward or store such images, not even as evidence. Record only a description and report the images to the police.",
        ),
    },
    "field": {
        "title": N_("field.title", "title"),
        "description": N_("field.description", "description"),
        "platform": N_("field.platform", "platform"),
        "category": N_("field.category", "category"),
        "reported_at": N_("field.reported_at", "reported on"),
        "occurred_at": N_("field.occurred_at", "happened on"),
        "sexual_images_minor": N_("field.sexual_images_minor", "sexual images of a minor"),
        "manager_consulted": N_("field.manager_consulted", "manager consulted"),
        "manager_consulted_on": N_("field.manager_consulted_on", "consulted on"),
        "roles": N_("field.roles", "roles"),
        "first_name": N_("field.first_name", "first name"),
        "infix": N_("field.infix", "infix"),
        "last_name": N_("field.last_name", "last name"),
        "student_number": N_("field.student_number", "student number"),
        "class_name": N_("field.class_name", "class"),
        "date_of_birth": N_("field.date_of_birth", "date of birth"),
        "phone": N_("field.phone", "phone"),
        "email": N_("field.email", "e-mail"),
        "left_on": N_("field.left_on", "left the school on"),
        "relation": N_("field.relation", "relation"),
        "reason": N_("field.reason", "reason"),
        "full_name": N_("field.full_name", "full name (first name, infix and last name)"),
        "post_url": N_("field.post_url", "post URL"),
        "profile": N_("field.profile", "profile"),
        "posted_at": N_("field.posted_at", "time of the post"),
        "captured_at": N_("field.captured_at", "time of capture"),
        "captured_by": N_("field.captured_by", "captured by"),
        "responsible": N_("field.responsible", "responsible"),
        "due_date": N_("field.due_date", "due date"),
        "reviewer_name": N_("field.reviewer_name", "reviewed by"),
        "reviewer_role": N_("field.reviewer_role", "role of the reviewer"),
        "reviewed_on": N_("field.reviewed_on", "date of the review"),
        "decision": N_("field.decision", "decision"),
        "measure": N_("field.measure", "further measure"),
        "review": N_("field.review", "director's review"),
        "note_kind": N_("field.note_kind", "kind of note"),
        "at": N_("field.at", "moment"),
        "with_whom": N_("field.with_whom", "with whom"),
        "text": N_("field.text", "note"),
    },
    "note_kind": {
        "phone_call": N_("note_kind.phone_call", "Phone call"),
        "conversation": N_("note_kind.conversation", "Conversation"),
        "observation": N_("note_kind.observation", "Observation"),
        "email": N_("note_kind.email", "E-mail"),
        "other": N_("note_kind.other", "Note"),
    },
    "relation": {
        "mother": N_("relation.mother", "mother"),
        "father": N_("relation.father", "father"),
        "guardian": N_("relation.guardian", "guardian"),
    },
    "evidence_refused": {
        "pixels": N_(
            "evidence_refused.pixels",
            "The picture has more than 16 megapixels. Save a smaller copy (a screenshot) and add that.",
        ),
        "sexual_images": N_(
            "evidence_refused.sexual_images",
            "This incident concerns sexual images of a minor. Such images must never be copied, forwarded or kept, not even as evidence: record a description instead and report the images to the police.",
        ),
        "type": N_(
            "evidence_refused.type",
            "Only PNG, JPEG and PDF files and MP4, MOV and WebM videos can be kept.",
        ),
        "size": N_("evidence_refused.size", "The file is larger than 25 MB (a video: larger than 1 GB)."),
        "empty": N_("evidence_refused.empty", "The file is empty."),
        "duplicate": N_("evidence_refused.duplicate", "This exact file is already evidence in this case."),
        "damaged": N_("evidence_refused.damaged", "The file is damaged: not a readable picture or PDF."),
        "pdf_encrypted": N_(
            "evidence_refused.pdf_encrypted",
            "The PDF is protected with a password; save an unprotected copy and add that.",
        ),
        "unreadable": N_(
            "evidence_refused.unreadable", "The file cannot be read (not a file, or no access)."
        ),
    },
    "import_problem": IMPORT_PROBLEMS,
    "error": {
        **ERROR_FILE_MESSAGES,
        "no_register": N_("error.no_register", "There is no register in this folder."),
        "register_exists": N_(
            "error.register_exists", "There is already a register in this folder; nothing was changed."
        ),
        "wrong_passphrase": N_("error.wrong_passphrase", "Wrong passphrase or recovery key."),
        "weak_passphrase": N_(
            "error.weak_passphrase",
            "This passphrase is too easy to guess. Use at least 12 characters and several words "
            "that do not belong together.",
        ),
        "register_locked": N_(
            "error.register_locked", "The register is in use by another program. Close it and try again."
        ),
        "register_damaged": N_(
            "error.register_damaged",
            "The register is damaged. Restore the newest backup or contact your administrator.",
        ),
        "backup_damaged": N_(
            "error.backup_damaged",
            "The backup is damaged or incomplete; nothing was changed. Try an earlier backup.",
        ),
        "backup_object": N_(
            "error.backup_object",
            "An evidence file in the backup is missing or damaged; nothing was changed. Try an earlier backup.",
        ),
        "disk_full": N_("error.disk_full", "Disk full — nothing was changed. Free some space and try again."),
        "read_only": N_(
            "error.read_only",
            "This register is read-only (a write-protected medium or folder): nothing can be changed.",
        ),
        "cannot_write": N_(
            "error.cannot_write", "The file could not be written. Check the folder and try again."
        ),
        "unsupported_cipher": N_(
            "error.unsupported_cipher", "This installation's encryption library is not supported."
        ),
        "last_slot": N_("error.last_slot", "The last working key cannot be removed."),
        "unknown": N_("error.unknown", "Something went wrong; nothing was changed."),
        "check_field": N_("error.check_field", "Please check the field '{field}': {message}"),
        "posted_after_capture": N_(
            "error.posted_after_capture",
            "The message cannot be later than the moment it was captured: check the time of the message "
            "and the time of capture.",
        ),
        "control_character": N_(
            "error.control_character",
            "The field '{field}' holds an invisible control or direction character; remove it and try again.",
        ),
    },
    "outcome_value": {
        "phone": N_("outcome_value.phone", "phone"),
        "meeting": N_("outcome_value.meeting", "meeting"),
        "email": N_("outcome_value.email", "e-mail"),
        "other": N_("outcome_value.other", "other"),
        "report": N_("outcome_value.report", "report"),
        "no_report": N_("outcome_value.no_report", "no report"),
        "report_veilig_thuis": N_("outcome_value.report_veilig_thuis", "report to Veilig Thuis"),
        "organise_help": N_("outcome_value.organise_help", "organise help"),
        "not_needed": N_("outcome_value.not_needed", "not needed"),
        "notification": N_("outcome_value.notification", "notification"),
    },
    "value": {
        "yes": N_("value.yes", "yes"),
        "no": N_("value.no", "no"),
    },
}
