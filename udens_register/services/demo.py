"""A demo register full of realistic, entirely fictional Dutch cases.

For trying the application, screenshots, tests and benchmarks. Fixed seed: the same
persons and cases every time (dates move with today).
"""

from __future__ import annotations

import io
import random
from datetime import date
from datetime import timedelta

from PIL import Image
from PIL import ImageDraw

from udens_register.domain.decisions import ActionKind
from udens_register.domain.enums import Category
from udens_register.domain.enums import PersonKind
from udens_register.domain.enums import Role
from udens_register.domain.enums import Status
from udens_register.domain.model import IncidentDraft
from udens_register.domain.model import PersonDraft
from udens_register.services.clock import local_today
from udens_register.services.dto import Answers
from udens_register.services.dto import Deviation
from udens_register.services.dto import EvidenceMeta
from udens_register.services.dto import PersonRow
from udens_register.services.register import OpenRegister

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


def fill_demo(register: OpenRegister, *, seed: int = 20121) -> tuple[int, int]:
    """Add the demo persons and cases to an open, empty register.

    Returns:
        How many persons and incidents were added.
    """
    rng = random.Random(seed)
    today = local_today(register.clock)
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
    count = 0
    for index, (category, title, description) in enumerate(CASES):
        reported = today - timedelta(days=rng.randint(1, 700))
        occurred = reported - timedelta(days=rng.randint(0, 3))
        status = STATUS_CYCLE[index % 3]
        involved: list[tuple[int, tuple[Role, ...]]] = []
        victim_pool = (
            staff if category in (Category.COMPROMISING_MEDIA, Category.STAFF_DISCUSSION) else pupils
        )
        author_pool = staff if category in (Category.CONFIDENTIAL_INFO, Category.STAFF_DISCUSSION) else pupils
        chosen: set[int] = set()
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
        if category == Category.SEXUAL_INTIMIDATION and index % 2 == 1:
            involved[0] = (others[0].id, (Role.AUTHOR,))
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
        if index % 3 != 2 or index < 9:
            register.evidence.intake(
                detail.id,
                f"screenshot-{platform.lower()}.png",
                _screenshot(platform, title, rng),
                EvidenceMeta(
                    platform=platform, profile=f"@{rng.choice(('anoniem', 'klas', 'roddel'))}_{index}"
                ),
            )
        _decide(register, detail.id, category, index)
        if status == Status.CLOSED:
            for action in register.decisions.actions(detail.id):
                register.decisions.update_action(
                    action.id, status="done", outcome=_outcome(action.kind, reported)
                )
            register.incidents.set_status(
                detail.id,
                Status.CLOSED,
                "Gesprekken gevoerd, bericht verwijderd, ouders geïnformeerd; afgesloten.",
            )
        elif status == Status.OPEN:
            register.incidents.set_status(detail.id, Status.OPEN)
        count += 1
    return len(pupils) + len(staff) + len(parents) + len(others), count


def _decide(register: OpenRegister, incident_id: int, category: Category, index: int) -> None:
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
    decisions.record(incident_id, answers, deviations, decisions.planned_actions(outcome, deviations))


def _outcome(kind: str, reported: date) -> dict[str, object]:
    day = (reported + timedelta(days=1)).isoformat()
    if kind == "parents":
        return {"contacted": "moeder", "how": "phone", "when": day, "reaction": "Geschrokken, werkt mee."}
    if kind == "police":
        return {
            "date": day,
            "station": "Politie Uden",
            "registration_number": f"PL0500-{reported:%Y%m%d}",
            "report_type": "notification",
        }
    return {"guide": "Mentor", "plan": "Wekelijks gesprek, na zes weken evaluatie.", "ended_on": day}


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
