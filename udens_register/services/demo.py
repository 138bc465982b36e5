"""A demo register full of realistic, entirely fictional Dutch cases.

For trying the application, screenshots, tests and benchmarks. Fixed seed: the same
persons and cases every time (dates move with today). Each case lives on its own dates:
reported, decided, called, corrected and closed in the past, as a real register would be.
"""

from __future__ import annotations

import io
import random
from dataclasses import replace
from datetime import date
from datetime import datetime
from datetime import time
from datetime import timedelta

from PIL import Image
from PIL import ImageDraw

from udens_register.domain.decisions import ActionKind
from udens_register.domain.decisions import add_school_days
from udens_register.domain.enums import Category
from udens_register.domain.enums import MeasureKind
from udens_register.domain.enums import NoteKind
from udens_register.domain.enums import PersonKind
from udens_register.domain.enums import Role
from udens_register.domain.enums import Status
from udens_register.domain.errors import ValidationError
from udens_register.domain.model import IncidentDraft
from udens_register.domain.model import PersonDraft
from udens_register.domain.routes import STEP_SPECS
from udens_register.domain.routes import YES
from udens_register.domain.routes import FieldType
from udens_register.services.clock import local_today
from udens_register.services.clock import system_clock
from udens_register.services.demo_family import add_demo_parents
from udens_register.services.dto import ActionRow
from udens_register.services.dto import Answers
from udens_register.services.dto import Deviation
from udens_register.services.dto import EvidenceMeta
from udens_register.services.dto import NoteDraft
from udens_register.services.dto import NoteRow
from udens_register.services.dto import PersonRow
from udens_register.services.register import OpenRegister
from udens_register.wording.dates import fmt_day_key

FIRST_NAMES = (
    "Daan", "Sem", "Lucas", "Milan", "Levi", "Finn", "Jesse", "Thijs", "Bram", "Ruben", "Noah",
    "Luuk", "Stijn", "Jayden", "Tygo", "Emma", "Julia", "Mila", "Sophie", "Tess", "Zoë", "Sara",
    "Anna", "Eva", "Noor", "Lotte", "Fleur", "Sanne", "Iris", "Femke", "Maud", "Ilse", "Anouk",
    "Mohammed", "Yasmina", "Amira", "Chloë", "Joëlle", "Niek", "Gijs",
)  # fmt: skip
LAST_NAMES = (
    ("", "Jansen"), ("de", "Vries"), ("van den", "Berg"), ("van", "Dijk"), ("", "Bakker"),
    ("", "Janssen"), ("", "Visser"), ("", "Smit"), ("", "Meijer"), ("de", "Boer"),
    ("", "Mulder"), ("de", "Groot"), ("", "Bos"), ("", "Vos"), ("", "Peters"), ("", "Hendriks"),
    ("van", "Leeuwen"), ("", "Dekker"), ("", "Brouwer"), ("de", "Wit"), ("", "Verbeek"),
    ("van der", "Heijden"), ("", "Kuipers"), ("", "Willems"), ("", "van Rooij"), ("", "Verhoeven"),
    ("", "Cornelissen"), ("", "Aarts"), ("", "Hermans"), ("", "El Amrani"),
)  # fmt: skip
CLASSES = ("1A", "1B", "2H1", "2V2", "3M1", "3H2", "4V1", "4H1", "5V2", "6V1")
PLATFORMS = ("WhatsApp", "Instagram", "TikTok", "Snapchat", "YouTube", "Facebook", "X", "Discord")

# (category, title, description)
CASES: tuple[tuple[Category, str, str], ...] = (
    (Category.COMPROMISING_MEDIA, "Filmpje van docent tijdens les gedeeld",
     "Tijdens de les Nederlands is zonder toestemming een filmpje gemaakt van de docent en in een klassengroep gedeeld."),
    (Category.COMPROMISING_MEDIA, "Bewerkte foto van mentor op Instagram",
     "Een bewerkte, vernederende foto van de mentor staat op een anoniem account."),
    (Category.COMPROMISING_MEDIA, "Foto schoolreis docent rondgestuurd",
     "Privéfoto van een docent tijdens de schoolreis is met spottende tekst rondgestuurd."),
    (Category.PROFANE_LANGUAGE, "Schuttingtaal in klassenapp",
     "In de klassenapp worden structureel scheldwoorden gebruikt richting medeleerlingen."),
    (Category.PROFANE_LANGUAGE, "Grove reacties onder schoolvideo",
     "Onder de open-dagvideo van de school staan grove reacties van leerlingen."),
    (Category.CONFIDENTIAL_INFO, "Cijferlijst gedeeld in statusupdate",
     "Een medewerker heeft een screenshot met cijfers van leerlingen in een status gezet."),
    (Category.CONFIDENTIAL_INFO, "Leerlingdossier besproken in openbare groep",
     "Een medewerker noemde details uit een leerlingdossier in een openbare Facebookgroep."),
    (Category.STAFF_DISCUSSION, "Docent in discussie met ouder op Facebook",
     "Een docent reageerde fel op een bericht van een ouder over een cijfer."),
    (Category.STAFF_DISCUSSION, "Medewerker reageert op leerling in TikTok-comments",
     "Een medewerker is onder een TikTok-video in discussie gegaan met een leerling."),
    (Category.THREAT_OF_VIOLENCE, "Dreigbericht aan docent via TikTok",
     "Een leerling dreigt in een reactie de docent wiskunde 'na school op te wachten'."),
    (Category.THREAT_OF_VIOLENCE, "Dreiging met mes in groepsapp",
     "In een groepsapp is een foto van een mes geplaatst met de naam van een leerling erbij."),
    (Category.THREAT_OF_VIOLENCE, "Dreiging om fiets te vernielen",
     "Een leerling dreigt de fiets van een klasgenoot kapot te maken als die niet betaalt."),
    (Category.THREAT_OF_VIOLENCE, "Psychische druk en dreigberichten",
     "Een leerling ontvangt 's nachts tientallen dreigende berichten van een anoniem account."),
    (Category.SEXUAL_INTIMIDATION, "Ongewenste seksuele berichten aan leerling",
     "Een onbekende volwassene stuurt een leerling seksueel getinte berichten via Snapchat."),
    (Category.SEXUAL_INTIMIDATION, "Seksueel getinte opmerkingen in groepsapp",
     "Leerlingen maken in een groepsapp herhaaldelijk seksueel getinte opmerkingen over een klasgenote."),
    (Category.ACCUSATION_SEXUAL_INTIMIDATION, "Beschuldiging tegen docent op Instagram",
     "Op een anoniem account staat de beschuldiging dat een docent leerlingen seksueel intimideert."),
    (Category.ACCUSATION_SEXUAL_INTIMIDATION, "Beschuldiging tussen leerlingen in verhaal",
     "Een leerling beschuldigt in een Instagramverhaal een klasgenoot van seksuele intimidatie."),
    (Category.INSULT_DEFAMATION, "Roddelaccount over leerlingen",
     "Een roddelaccount plaatst beledigende berichten over leerlingen uit de onderbouw."),
    (Category.INSULT_DEFAMATION, "Laster over conciërge",
     "Leerlingen verspreiden een verzonnen verhaal over de conciërge."),
    (Category.INSULT_DEFAMATION, "Belediging na voetbalwedstrijd",
     "Na een schoolvoetbaltoernooi worden spelers van de andere klas beledigd."),
    (Category.PRIVACY_VIOLATION, "Adres van leerling online gezet",
     "Het huisadres en telefoonnummer van een leerling zijn in een openbare groep gezet."),
    (Category.PRIVACY_VIOLATION, "Stiekem gefilmd in kleedkamer",
     "Er is melding dat in de kleedkamer is gefilmd; geen beelden bewaard, melding bij politie besproken."),
    (Category.COPYRIGHT_PORTRAIT, "Portretfoto's leerlingen zonder toestemming gebruikt",
     "Een leerling gebruikt klassenfoto's voor memes zonder toestemming van de afgebeelden."),
    (Category.COPYRIGHT_PORTRAIT, "Lesmateriaal docent op YouTube gezet",
     "Eigen lesmateriaal van een docent is zonder toestemming op YouTube gezet."),
    (Category.OTHER, "Nepaccount op naam van de school",
     "Er bestaat een nepaccount met het logo van de school dat berichten plaatst."),
    (Category.OTHER, "Challenge met gevaarlijke opdrachten",
     "Leerlingen dagen elkaar via TikTok uit voor gevaarlijke opdrachten op het schoolplein."),
    (Category.INSULT_DEFAMATION, "Buitensluiten in klassengroep",
     "Een leerling wordt telkens uit de klassengroep verwijderd en uitgelachen."),
    (Category.PROFANE_LANGUAGE, "Discriminerende opmerkingen op Discord",
     "Op een Discordserver van leerlingen worden discriminerende opmerkingen gemaakt."),
    (Category.THREAT_OF_VIOLENCE, "Dreiging richting school na schorsing",
     "Na een schorsing plaatst een oud-leerling een dreigend bericht over de school."),
    (Category.PRIVACY_VIOLATION, "Screenshots privégesprek rondgestuurd",
     "Screenshots van een privégesprek tussen twee leerlingen zijn rondgestuurd."),
)  # fmt: skip

STATUS_CYCLE = (Status.OPEN, Status.IN_PROGRESS, Status.CLOSED)

# Closing words and notes, as a coordinator writes them; {victim} and {author} are first names.
CLOSING = (
    "Gesprekken gevoerd, bericht verwijderd, ouders geïnformeerd; afgesloten.",
    "Afspraken met de betrokken leerlingen nagekomen; evaluatie met mentor positief. Afgesloten.",
    "Excuses aangeboden en aanvaard, geen nieuwe meldingen sinds zes weken. Afgesloten.",
)
NOTES: tuple[tuple[NoteKind, str, str], ...] = (
    (
        NoteKind.PHONE_CALL,
        "moeder van {victim}",
        "Moeder gebeld. Zij had de berichten thuis al gezien en maakt zich zorgen; afgesproken dat de mentor "
        "vrijdag terugbelt over de afspraken in de klas.",
    ),
    (
        NoteKind.CONVERSATION,
        "{victim} (slachtoffer)",
        "Gesprek na het derde uur. {victim} voelt zich niet veilig in de klassengroep en wil niet dat "
        "klasgenoten weten dat dit gemeld is. Samen afgesproken wie aanspreekpunt is.",
    ),
    (
        NoteKind.CONVERSATION,
        "{author} en mentor",
        "{author} erkent het bericht geplaatst te hebben, zegt dat het 'een grap' was. Uitgelegd waarom het "
        "dat niet is; {author} heeft het bericht in ons bijzijn verwijderd.",
    ),
    (
        NoteKind.OBSERVATION,
        "",
        "In de grote pauze gezien dat {victim} alleen bij de kluisjes stond; de groep rond {author} lachte "
        "en filmde. Mentor en teamleider op de hoogte gebracht.",
    ),
    (
        NoteKind.PHONE_CALL,
        "vader van {author}",
        "Vader gebeld over het gedrag van {author}. Hij was verrast, gaat thuis met de telefoon meekijken en "
        "komt volgende week op gesprek.",
    ),
    (
        NoteKind.EMAIL,
        "wijkagent",
        "E-mail van de wijkagent: melding is geregistreerd, geen verdere actie van de school nodig zolang er "
        "geen nieuwe berichten komen.",
    ),
)
CORRECTIONS: tuple[tuple[str, str], ...] = (
    ("occurred_at", "Datum nagevraagd bij de melder: het bericht stond er al een dag eerder."),
    ("platform", "Schermafbeelding nagekeken: het ging om een ander platform dan eerst gemeld."),
    ("title", "Titel verduidelijkt na het gesprek met de melder."),
)


class DemoClock:
    """A clock the demo sets to each moment of a case, so its timeline is dated with the case
    (the register's services read the time from it); ``None`` is the real time again."""

    def __init__(self) -> None:
        self.at: datetime | None = None

    def __call__(self) -> datetime:
        return self.at or system_clock()


def _moment(day: date, hour: int, minute: int = 0) -> datetime:
    """A local moment on ``day`` (aware)."""
    return datetime.combine(day, time(hour, minute)).astimezone()


def _draft(note: NoteRow) -> NoteDraft:
    return NoteDraft(NoteKind(note.kind), note.at, note.with_whom, note.text)


def _school_day(day: date) -> date:
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def fill_demo(
    register: OpenRegister, *, seed: int = 20121, clock: DemoClock | None = None
) -> tuple[int, int]:
    """Add the demo persons and cases to an open, empty register.

    With ``clock`` (the register's own clock), every case is recorded on its own dates: the
    report, evidence, decision, notes, actions done with their outcomes, corrections and
    closing each at a moment after the report and before now, so the timeline reads as a real
    one; the open cases are recent and some of their actions are past due.

    Returns:
        How many persons and incidents were added.
    """
    rng = random.Random(seed)
    today = local_today(register.clock)
    real_now = register.clock()
    pupils: list[PersonRow] = []
    used: set[tuple[str, str, str]] = set()
    while len(pupils) < 48:
        first = rng.choice(FIRST_NAMES)
        infix, last = rng.choice(LAST_NAMES)
        if (first, infix, last) in used:
            continue
        used.add((first, infix, last))
        klas = rng.choice(CLASSES)
        grade = int(klas[0])
        birth = date(today.year - 12 - grade, rng.randint(1, 12), rng.randint(1, 28))
        pupils.append(
            register.persons.create(
                PersonDraft(
                    kind=PersonKind.PUPIL,
                    first_name=first,
                    infix=infix,
                    last_name=last,
                    student_number=str(210000 + len(pupils) * 37),
                    class_name=klas,
                    date_of_birth=birth,
                )
            )
        )
    staff_names = (
        ("Marieke", "de", "Vries"), ("Johan", "", "Hermans"), ("Ingrid", "van", "Leeuwen"),
        ("Peter", "", "Cornelissen"), ("Saskia", "", "Aarts"), ("Henk", "van der", "Heijden"),
        ("Yvonne", "", "Kuipers"), ("Ahmed", "", "Bouzid"),
    )  # fmt: skip
    staff = [
        register.persons.create(PersonDraft(kind=PersonKind.STAFF, first_name=f, infix=i, last_name=l))
        for f, i, l in staff_names
    ]
    parents = [
        register.persons.create(
            PersonDraft(kind=PersonKind.PARENT, first_name=f, infix=p.infix, last_name=p.last_name)
        )
        for f, p in zip(("Karin", "Marco", "Linda", "Erik", "Monique", "Rob"), pupils, strict=False)
    ]
    others = [
        register.persons.create(
            PersonDraft(kind=PersonKind.OTHER, first_name="Onbekend", last_name=f"account {n}")
        )
        for n in ("@anoniem_udens", "@schoolroddels")
    ]
    mentors = [f"{p.first_name} {p.last_name} (mentor)" for p in staff[:4]]

    def at(day: date, hour: int, minute: int = 0) -> bool:
        """Move the clock to a moment of the case; False (clock unchanged) if it is still to come."""
        moment = _moment(day, hour, minute)
        if moment >= real_now:
            return False
        if clock is not None:
            clock.at = moment
        return True

    count = corrections = 0
    for index, (category, title, description) in enumerate(CASES):
        status = STATUS_CYCLE[index % 3]
        # Open cases are recent; cases being worked on are weeks old; closed ones up to two years.
        age = {Status.OPEN: rng.randint(1, 6), Status.IN_PROGRESS: rng.randint(3, 45)}.get(
            status, rng.randint(40, 700)
        )
        reported = _school_day(today - timedelta(days=age))
        occurred = reported - timedelta(days=rng.randint(0, 3))
        at(reported, 8 + index % 3, (index * 7) % 60)
        involved: list[tuple[int, tuple[Role, ...]]] = []
        victim_pool = (
            staff if category in (Category.COMPROMISING_MEDIA, Category.STAFF_DISCUSSION) else pupils
        )
        author_pool = staff if category in (Category.CONFIDENTIAL_INFO, Category.STAFF_DISCUSSION) else pupils
        chosen: set[int] = set()
        names: dict[Role, str] = {}
        for pool, roles in (
            (author_pool, (Role.AUTHOR,)),
            (victim_pool, (Role.VICTIM,)),
            (pupils, (Role.WITNESS,)),
            (staff, (Role.REPORTER,)),
        ):
            person = rng.choice(pool)
            if person.id in chosen:
                continue
            chosen.add(person.id)
            involved.append((person.id, roles))
            names.setdefault(roles[0], person.first_name)
        if category == Category.SEXUAL_INTIMIDATION and index % 2 == 1:
            involved[0] = (others[0].id, (Role.AUTHOR,))
            names[Role.AUTHOR] = "de afzender"
        platform = rng.choice(PLATFORMS)
        detail = register.incidents.create(
            IncidentDraft(
                title=title,
                category=category,
                reported_at=reported,
                occurred_at=occurred,
                platform=platform,
                description=description,
            ),
            involved,
        )
        words = {
            "victim": names.get(Role.VICTIM, "de leerling"),
            "author": names.get(Role.AUTHOR, "de maker"),
        }
        if index % 3 != 2 or index < 9:
            # Captured at the report; the message sent the evening it happened, or that morning
            # when it was reported the same day (never after its capture, which is refused).
            captured = at(reported, 10 + index % 5, 5)
            evening = occurred < reported
            posted = _moment(occurred, 21 if evening else 7, (index * 11) % 60) if captured else None
            register.evidence.intake(
                detail.id,
                f"screenshot-{platform.lower()}.png",
                _screenshot(platform, title, rng),
                EvidenceMeta(
                    platform=platform,
                    profile=f"@{rng.choice(('anoniem', 'klas', 'roddel'))}_{index}",
                    posted_at=posted,
                ),
            )
        # A first note on the day of the report, and one or two more in the days after.
        note_days = [reported, add_school_days(reported, 1 + index % 2), add_school_days(reported, 4)]
        for n, day in enumerate(note_days[: 1 + (status != Status.OPEN) + (status == Status.CLOSED)]):
            kind, with_whom, text = NOTES[(index + n * 2) % len(NOTES)]
            if at(day, 11 + n * 2, 20 + n * 5):
                note = register.notes.add(
                    detail.id,
                    NoteDraft(
                        kind,
                        _moment(day, 11 + n * 2, 20 + n * 5) - timedelta(minutes=15),
                        with_whom.format(**words),
                        text.format(**words),
                    ),
                )
                if index == 7 and n == 0 and at(add_school_days(day, 1), 8, 45):  # a note set right
                    register.notes.correct(
                        note.id,
                        replace(_draft(note), text=note.text + " Mentor is gevraagd dit ook te noteren."),
                        "Afspraak met de mentor vergeten te noteren.",
                    )
        if status == Status.OPEN:
            count += 1
            continue
        at(reported, 12, 30)
        responsible = mentors[index % len(mentors)] if index % 4 == 1 else ""
        _decide(register, detail.id, category, index, responsible)
        if index % 4 == 0 and at(add_school_days(reported, 1), 9, 40):
            field, reason = CORRECTIONS[corrections % len(CORRECTIONS)]
            corrections += 1
            change: dict[str, object] = {
                "occurred_at": occurred - timedelta(days=1),
                "platform": PLATFORMS[(PLATFORMS.index(platform) + 1) % len(PLATFORMS)],
                "title": f"{title} (klas {rng.choice(CLASSES)})",
            }
            register.incidents.correct(detail.id, {field: change[field]}, reason)
        for action in register.decisions.actions(detail.id):
            # Parents are called the same afternoon, the police the next school day, a guidance
            # plan is made within a week; a case still being worked on has its plan open.
            delay = {"parents": 0, "police": 1}.get(action.kind, 6)
            done_on = add_school_days(reported, delay)
            if action.kind == "guidance_review":  # held on its own date, if that has passed
                done_on = action.due_date
            if status == Status.IN_PROGRESS and not _done_while_in_progress(action, age, index, today):
                continue
            if at(done_on, 15 if delay == 0 else 10, 10):
                _finish(register, action, done_on, index)
        if status == Status.IN_PROGRESS:
            if at(reported + timedelta(days=2), 14):
                authors = [pid for pid, roles in involved if Role.AUTHOR in roles]
                register.incidents.add_measure(
                    detail.id,
                    MeasureKind.CONVERSATION,
                    reported + timedelta(days=2),
                    "Gesprek met mentor over het bericht en de gevolgen.",
                    authors[0] if authors and authors[0] not in {o.id for o in others} else None,
                )
            count += 1
            continue
        closed_on = reported + timedelta(days=10 + index % 20)
        if at(reported + timedelta(days=3), 13):
            register.incidents.add_communication(
                detail.id, "mentoren van de betrokken klassen", "Korte toelichting en handelwijze.",
                reported + timedelta(days=3),
            )  # fmt: skip
        for action in register.decisions.actions(detail.id):
            if action.status == "open":
                at(closed_on - timedelta(days=1), 10)
                _finish(register, action, closed_on - timedelta(days=1), index)
        at(closed_on, 16)
        register.incidents.set_status(detail.id, Status.CLOSED, CLOSING[index % len(CLOSING)])
        count += 1
    if clock is not None:
        clock.at = None
    parents_added = add_demo_parents(register, list(zip(parents, pupils, strict=False)))
    return len(pupils) + len(staff) + len(parents) + parents_added + len(others), count


def _decide(
    register: OpenRegister, incident_id: int, category: Category, index: int, responsible: str = ""
) -> None:
    """A protocol decision as a coordinator would take it for this kind of case."""
    answers = Answers(
        protocol_violation=category not in (Category.OTHER,) or index % 2 == 0,
        threat_of_violence=("physical",) if category == Category.THREAT_OF_VIOLENCE else (),
        sexual_intimidation=category == Category.SEXUAL_INTIMIDATION,
        accusation_of_sexual_intimidation=category == Category.ACCUSATION_SEXUAL_INTIMIDATION,
        immediate_danger=category == Category.THREAT_OF_VIOLENCE and index % 4 == 0,
    )
    decisions = register.decisions
    outcome = decisions.preview(decisions.prepare(incident_id), answers)
    deviations: list[Deviation] = []
    parents = outcome.of_kind(ActionKind.PARENTS)
    if index == 14 and parents:
        deviations.append(
            Deviation(
                parents[0].key,
                "Ouders zijn al door de mentor geïnformeerd; dubbel contact schaadt de leerling.",
            )
        )
    planned = decisions.planned_actions(outcome, deviations)
    if responsible:  # the guidance of a pupil is often the mentor's
        planned = [
            replace(a, responsible=responsible) if a.kind == ActionKind.GUIDANCE else a for a in planned
        ]
    decisions.record(incident_id, answers, deviations, planned)


def _done_while_in_progress(action: ActionRow, age: int, index: int, today: date) -> bool:
    """Which actions of a case still being worked on are done: the calls and the police (not in
    every case), the guidance plan after a week and half of the reviews whose date is well past;
    a route step stays open."""
    if index % 5 == 1:
        return False  # a case where nothing has happened yet: every action overdue
    if action.kind in ("parents", "police"):
        return True
    if action.kind == "guidance":
        return age > 10
    if action.kind == "guidance_review":
        return index % 2 == 0 and action.due_date < today - timedelta(days=3)
    return False


def _finish(register: OpenRegister, action: ActionRow, day: date, index: int) -> None:
    """Mark an action done with what a coordinator records; a route step whose form asks more
    than the demo can sensibly answer is marked not needed, with the reason."""
    if not ActionKind(action.kind).is_step:
        register.decisions.update_action(action.id, status="done", outcome=_outcome(action.kind, day, index))
        return
    try:
        register.decisions.update_action(action.id, status="done", outcome=_step_outcome(action.kind, day))
    except ValidationError:
        register.decisions.update_action(
            action.id,
            status="not_needed",
            reason="Besproken met de aandachtsfunctionaris: niet van toepassing.",
        )


def _step_outcome(kind: str, day: date) -> dict[str, object]:
    """The required fields of a route step or review moment, filled in as on ``day``."""
    values: dict[str, object] = {}
    for f in STEP_SPECS[kind].fields:
        if not f.required:
            continue
        values[f.code] = {
            FieldType.DATE: day.isoformat(),
            FieldType.MOMENT: _moment(day, 10).isoformat(),
            FieldType.YESNO: YES,
            FieldType.CHOICE: f.choices[0] if f.choices else "",
        }.get(f.type, "Besproken en vastgelegd; zie de notities bij de zaak.")
    return values


def _outcome(kind: str, day: date, index: int) -> dict[str, object]:
    """What a done action records, on ``day``."""
    if kind == "parents":
        contacted, how, reaction = (
            ("moeder", "phone", "Geschrokken, werkt mee en praat thuis met haar kind."),
            ("vader", "meeting", "Kwam dezelfde middag langs; wil op de hoogte blijven."),
            ("beide ouders", "phone", "Begripvol; hadden zelf al iets gemerkt."),
        )[index % 3]
        return {"contacted": contacted, "how": how, "when": day.isoformat(), "reaction": reaction}
    if kind == "police":
        return {
            "date": day.isoformat(),
            "station": "Politie Uden, wijkagent",
            "registration_number": f"PL0500-{fmt_day_key(day)}-{index:02d}",
            "report_type": "report" if index % 4 == 0 else "notification",
        }
    return {
        "guide": "Mentor",
        "plan": "Wekelijks kort gesprek met de mentor, na zes weken evaluatie met leerling en ouders.",
        "ended_on": day.isoformat(),
    }


def _screenshot(platform: str, title: str, rng: random.Random) -> bytes:
    """A fictional screenshot: a chat bubble with the title, made on the spot."""
    img = Image.new("RGB", (540, 300), (242, 242, 242))
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 0, 540, 40), fill=(29, 78, 137))
    draw.text((14, 13), platform, fill=(255, 255, 255))
    draw.rounded_rectangle((20, 70, 500, 150), radius=14, fill=(255, 255, 255), outline=(200, 200, 200))
    draw.text((36, 95), title[:60], fill=(20, 20, 20))
    draw.text((36, 175), f"{rng.randint(3, 95)} likes", fill=(120, 120, 120))
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()
