"""The catalogue's source for families and leaving pupils: the parents' contact details in the case
files, the history of parent links, and the retention of pupils who left the school."""

from __future__ import annotations

from udens_register.wording.marker import N_

FAMILY_EVENTS: dict[str, str] = {
    "parent_link_corrected": N_("event.parent_link_corrected", "Relation of a parent corrected"),
    "parent_unlinked": N_("event.parent_unlinked", "Parent link removed"),
}

FAMILY_MESSAGES: dict[str, str] = {
    "pupil_due": N_("cli.pupil_due", "pupil {number}  left on {left}  {state}"),
    "pupil_held": N_("cli.pupil_held", "(still named in a case that is kept)"),
    "purge_dry_pupils": N_(
        "cli.purge_dry_pupils",
        "{count} pupil(s) who left the school before the term's start can be deleted; pass --yes to delete them for good.",
    ),
    "purged_pupils": N_(
        "cli.purged_pupils",
        "{count} person(s) deleted for good: pupils who left the school before the term's start, with parents linked to no other pupil.",
    ),
}  # fmt: skip

FAMILY_PDF: dict[str, str] = {
    "contacts": N_("pdf.contacts", "Parents and guardians"),
    "contacts_intro": N_(
        "pdf.contacts_intro",
        "The contact details of the parents or guardians of the pupils involved (rule 3).",
    ),
    "contacts_intro_inzage": N_(
        "pdf.contacts_intro_inzage",
        "The parents or guardians recorded for {subject}, with their contact details.",
    ),
    "pupil": N_("pdf.pupil", "Pupil"),
    "parent": N_("pdf.parent", "Parent or guardian"),
    "relation": N_("pdf.relation", "Relation"),
    "phone": N_("pdf.phone", "Phone"),
    "email": N_("pdf.email", "E-mail"),
    "no_parent": N_("pdf.no_parent", "no parent or guardian recorded"),
    "parent_guardian": N_("pdf.parent_guardian", "parent/guardian"),
}
