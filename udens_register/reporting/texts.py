"""The words of the PDFs, Dutch and English. Reporting runs without Qt, so it keeps its own table."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "confidential": ("VERTROUWELIJK", "CONFIDENTIAL"),
    "confidential_short": ("Vertrouwelijk", "Confidential"),
    "page_of": ("pagina {page} van {pages}", "page {page} of {pages}"),
    "generated": ("gemaakt op {when}", "generated on {when}"),
    "case_file": ("Dossier", "Case file"),
    "access_export": ("Inzage in persoonsgegevens (AVG)", "Right of access to personal data (GDPR)"),
    "case": ("Zaak", "Case"),
    "date": ("Datum", "Date"),
    "prepared_by": ("Opgesteld door", "Prepared by"),
    "reader": ("Bestemd voor", "Intended reader"),
    "reader_directie": (
        "de afdelingsdirecteur (volledig dossier)",
        "the department director (complete file)",
    ),
    "reader_politie": (
        "de politie (feiten, betrokkenen en bewijs)",
        "the police (facts, persons and evidence)",
    ),
    "reader_inzage": (
        "{subject}, in het kader van het inzagerecht (AVG art. 15)",
        "{subject}, under the right of access (GDPR art. 15)",
    ),
    "cover_note": (
        "Dit document bevat gevoelige persoonsgegevens over minderjarigen. Niet kopiëren of doorsturen "
        "buiten de bestemde lezer; vernietig het na gebruik.",
        "This document holds sensitive personal data about minors. Do not copy or forward it beyond the "
        "intended reader; destroy it after use.",
    ),
    "redaction_note": (
        "Namen van andere leerlingen zijn vervangen door 'Leerling A', 'Leerling B' enzovoort.",
        "Names of other pupils are replaced by 'Leerling A', 'Leerling B' and so on.",
    ),
    "summary": ("Samenvatting", "Summary"),
    "persons": ("Betrokkenen en rollen", "Persons and roles"),
    "incident": ("Het incident", "The incident"),
    "evidence": ("Bewijs", "Evidence"),
    "decision": ("Besluit volgens het Social Media Protocol", "Decision under the Social Media Protocol"),
    "actions": ("Vervolgacties", "Follow-up actions"),
    "measures": ("Maatregelen en communicatie", "Measures and communication"),
    "chronology": ("Chronologie", "Chronology"),
    "signoff": ("Beoordeling en ondertekening", "Review and sign-off"),
    "signoff_text": (
        "Beoordeeld door de afdelingsdirecteur. Besluit en eventuele aanvullende maatregelen:",
        "Reviewed by the department director. Decision and any further measures:",
    ),
    "name": ("Naam", "Name"),
    "signature": ("Handtekening", "Signature"),
    "decision_line": ("Besluit", "Decision"),
    "title": ("Titel", "Title"),
    "category": ("Categorie", "Category"),
    "platform": ("Platform", "Platform"),
    "status": ("Status", "Status"),
    "reported_at": ("Gemeld op", "Reported on"),
    "occurred_at": ("Gebeurd op", "Happened on"),
    "closed_at": ("Afgesloten op", "Closed on"),
    "description": ("Omschrijving", "Description"),
    "closing_rationale": ("Reden van afsluiten", "Closing rationale"),
    "manager": ("Leidinggevende geraadpleegd (richtlijn 8)", "Manager consulted (guideline 8)"),
    "images_minor": (
        "Dit incident betreft seksueel beeldmateriaal van een minderjarige: er zijn geen beelden bewaard, "
        "alleen beschrijvingen; de beelden zijn bij de politie gemeld.",
        "This incident concerns sexual images of a minor: no images are kept, only descriptions; the "
        "images were reported to the police.",
    ),
    "who": ("Wie", "Who"),
    "kind": ("Soort", "Kind"),
    "roles": ("Rollen", "Roles"),
    "class": ("Klas", "Class"),
    "removed": ("verwijderd uit de zaak", "removed from the case"),
    "no_persons": ("Geen betrokkenen vastgelegd.", "No persons recorded."),
    "no_evidence": ("Geen bewijs vastgelegd.", "No evidence recorded."),
    "no_decision": ("Nog geen besluit vastgelegd.", "No decision recorded yet."),
    "no_actions": ("Geen vervolgacties.", "No follow-up actions."),
    "no_measures": ("Geen maatregelen of communicatie vastgelegd.", "No measures or communication recorded."),
    "sha256": ("SHA-256 van het origineel", "SHA-256 of the original"),
    "file": ("Bestand", "File"),
    "size": ("Grootte", "Size"),
    "post_url": ("URL van het bericht", "Post URL"),
    "profile": ("Profiel", "Profile"),
    "posted_at": ("Tijdstip van het bericht", "Time of the post"),
    "captured": ("Vastgelegd", "Captured"),
    "described": ("Beschrijving (geen bestand bewaard)", "Description (no file kept)"),
    "decided_on": ("Besluit van {when} door {who}", "Decision of {when} by {who}"),
    "facts": ("Vastgestelde feiten", "Facts established"),
    "fact_violation": ("Protocol overtreden", "Protocol violated"),
    "fact_threat": ("Dreiging met geweld", "Threat of violence"),
    "fact_sexual": ("Seksuele intimidatie", "Sexual intimidation"),
    "fact_accusation": ("Beschuldiging van seksuele intimidatie", "Accusation of sexual intimidation"),
    "fact_danger": ("Acuut gevaar", "Acute danger"),
    "yes": ("ja", "yes"),
    "no": ("nee", "no"),
    "rules_applied": ("Toegepaste regels", "Rules applied"),
    "rule": ("Regel {code}", "Rule {code}"),
    "no_rules": ("Geen van de regels 3-5 is van toepassing.", "None of rules 3-5 applies."),
    "protocol_version": ("Protocolversie", "Protocol version"),
    "action": ("Actie", "Action"),
    "responsible": ("Verantwoordelijke", "Responsible"),
    "due": ("Uiterlijk", "Due"),
    "outcome": ("Uitkomst", "Outcome"),
    "overdue": ("te laat", "overdue"),
    "informed": ("Geïnformeerd: {who}", "Informed: {who}"),
    "when": ("Wanneer", "When"),
    "what": ("Wat", "What"),
    "by": ("Door", "By"),
    "period_title": ("Periodeoverzicht incidenten sociale media", "Period report on social-media incidents"),
    "period": ("Periode: {start} t/m {end}", "Period: {start} to {end}"),
    "anonymous_note": (
        "Dit overzicht bevat geen namen en geen beschrijvingen van zaken.",
        "This report holds no names and no case descriptions.",
    ),
    "total": ("Aantal incidenten", "Number of incidents"),
    "per_month": ("Per maand", "Per month"),
    "per_category": ("Per categorie", "Per category"),
    "per_platform": ("Per platform", "Per platform"),
    "rules_period": (
        "Toegepaste regels (laatste besluit per zaak)",
        "Rules applied (latest decision per case)",
    ),
    "closed_cases": ("Afgesloten zaken", "Closed cases"),
    "median_close": ("Mediane doorlooptijd tot afsluiten", "Median time to close"),
    "days": ("{n} dagen", "{n} days"),
    "overdue_actions": ("Vervolgacties over de deadline", "Follow-up actions past due"),
    "count": ("Aantal", "Count"),
    "report_footer": (
        "Periodeoverzicht — pagina {page} van {pages}",
        "Period report — page {page} of {pages}",
    ),
}

LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "category": {
        "compromising_media": (
            "Compromitterende foto's of filmpjes van medewerkers (regel 2a)",
            "Compromising photos or films of staff (rule 2a)",
        ),
        "profane_language": (
            "Te populair taalgebruik en schuttingtaal (regel 2c)",
            "Improper or profane language (rule 2c)",
        ),
        "confidential_info": (
            "Vertrouwelijke informatie gepubliceerd (richtlijn 3)",
            "Confidential information published (guideline 3)",
        ),
        "staff_discussion": (
            "Medewerker in discussie met leerling of ouder (richtlijn 4)",
            "Staff arguing with a pupil or parent (guideline 4)",
        ),
        "threat_of_violence": ("Dreiging met geweld (regel 4a)", "Threat of violence (rule 4a)"),
        "sexual_intimidation": ("Seksuele intimidatie (regel 4b)", "Sexual intimidation (rule 4b)"),
        "accusation_sexual_intimidation": (
            "Beschuldiging van seksuele intimidatie (regel 4c)",
            "Accusation of sexual intimidation (rule 4c)",
        ),
        "insult_defamation": ("Belediging, laster of obsceniteit", "Insult, defamation or obscenity"),
        "privacy_violation": ("Schending van privacy", "Privacy violation"),
        "copyright_portrait": ("Auteurs- of portretrecht", "Copyright or portrait right"),
        "other": ("Overig", "Other"),
    },
    "status": {
        "open": ("Open", "Open"),
        "in_progress": ("In behandeling", "In progress"),
        "closed": ("Afgesloten", "Closed"),
    },
    "role": {
        "victim": ("slachtoffer", "victim"),
        "author": ("dader", "author"),
        "witness": ("getuige", "witness"),
        "reporter": ("melder", "reporter"),
    },
    "kind": {
        "pupil": ("Leerling", "Pupil"),
        "staff": ("Medewerker", "Staff"),
        "parent": ("Ouder", "Parent"),
        "other": ("Overig", "Other"),
    },
    "action": {
        "parents": ("Ouders (regel 3)", "Parents (rule 3)"),
        "police": ("Politie (regel 4)", "Police (rule 4)"),
        "guidance": ("Begeleiding slachtoffer (regel 5)", "Victim guidance (rule 5)"),
    },
    "action_status": {
        "open": ("open", "open"),
        "done": ("gedaan", "done"),
        "not_needed": ("niet nodig", "not needed"),
    },
    "measure": {
        "conversation": ("Gesprek", "Conversation"),
        "warning": ("Waarschuwing", "Warning"),
        "removal_requested": ("Verwijderen van het bericht gevraagd", "Removal of the post requested"),
        "removal_done": ("Bericht verwijderd", "Post removed"),
        "suspension": ("Schorsing", "Suspension"),
        "board_report": ("Gemeld bij het bestuur", "Reported to the board"),
        "other": ("Andere maatregel", "Other measure"),
    },
    "threat": {
        "physical": ("fysiek", "physical"),
        "psychological": ("psychisch", "psychological"),
        "material": ("materieel", "material"),
    },
    "outcome": {
        "contacted": ("contact met", "contacted"),
        "how": ("hoe", "how"),
        "when": ("wanneer", "when"),
        "reaction": ("reactie", "reaction"),
        "date": ("datum", "date"),
        "station": ("bureau of agent", "station or officer"),
        "registration_number": ("registratienummer", "registration number"),
        "report_type": ("soort", "type"),
        "guide": ("begeleider", "guided by"),
        "plan": ("plan", "plan"),
        "follow_up_dates": ("vervolg", "follow-up"),
        "ended_on": ("beëindigd", "ended"),
        "phone": ("telefoon", "phone"),
        "meeting": ("gesprek", "meeting"),
        "email": ("e-mail", "e-mail"),
        "other": ("anders", "other"),
        "report": ("aangifte", "report"),
        "notification": ("melding", "notification"),
    },
    "event": {
        "register_created": ("Register aangemaakt", "Register created"),
        "incident_created": ("Incident vastgelegd", "Incident recorded"),
        "person_involved": ("Persoon aan de zaak toegevoegd", "Person added to the case"),
        "person_removed": ("Persoon uit de zaak verwijderd", "Person removed from the case"),
        "status_changed": ("Status gewijzigd", "Status changed"),
        "decision_recorded": ("Besluit volgens protocol vastgelegd", "Protocol decision recorded"),
        "action_created": ("Vervolgactie aangemaakt", "Follow-up action created"),
        "action_updated": ("Vervolgactie bijgewerkt", "Follow-up action updated"),
        "corrected": ("Gecorrigeerd", "Corrected"),
        "evidence_added": ("Bewijs toegevoegd", "Evidence added"),
        "evidence_described": ("Bewijs beschreven", "Evidence described"),
        "evidence_saved": ("Bewijs opgeslagen in een bestand", "Evidence saved to a file"),
        "evidence_removed": ("Bewijs uit de zaak verwijderd", "Evidence removed from the case"),
        "measure_taken": ("Maatregel vastgelegd", "Measure recorded"),
        "communication_recorded": ("Communicatie vastgelegd", "Communication recorded"),
        "case_exported": ("Dossier geëxporteerd", "Case file exported"),
        "case_viewed": ("Zaak bekeken", "Case viewed"),
    },
}


def t(key: str, lang: str, **values: object) -> str:
    """The text ``key`` in ``lang`` (``nl`` or ``en``)."""
    nl, en = TEXTS[key]
    text = en if lang == "en" else nl
    return text.format(**values) if values else text


def label(group: str, code: str, lang: str) -> str:
    """The words for a code of ``group`` (category, status, role, ...)."""
    pair = LABELS[group].get(code)
    if pair is None:
        return code
    return pair[1] if lang == "en" else pair[0]
