"""Pupil import, evidence, corrections, measures, search — on a real register."""

from __future__ import annotations

import hashlib
import io
import json
import os
import tempfile
import zipfile
from datetime import UTC
from datetime import date
from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfWriter

from tests.conftest import FAST_KDF
from tests.conftest import PASSPHRASE
from tests.conftest import snapshot
from udens_register.domain.enums import Category
from udens_register.domain.enums import MeasureKind
from udens_register.domain.enums import PersonKind
from udens_register.domain.enums import Role
from udens_register.domain.enums import Status
from udens_register.domain.errors import ValidationError
from udens_register.domain.model import IncidentDraft
from udens_register.domain.model import IncidentFilter
from udens_register.domain.model import PersonDraft
from udens_register.services.dto import Answers
from udens_register.services.dto import EvidenceMeta
from udens_register.services.evidence import EvidenceRefused
from udens_register.services.importer import ImportRefused
from udens_register.services.register import create_register
from udens_register.services.register import open_register

NOW = datetime(2026, 3, 16, 9, 0, tzinfo=UTC)
HEADER = "Stamnummer;Roepnaam;Tussenvoegsel;Achternaam;Klas;Geboortedatum\r\n"


def _count_pupils(reg) -> int:  # type: ignore[no-untyped-def]
    return sum(p.kind == "pupil" for p in reg.persons.find())


# -- import ---------------------------------------------------------------------------


def test_windows_1252_semicolon_file_imports_accents_intact_and_again_changes_nothing(reg) -> None:  # type: ignore[no-untyped-def]
    text = (
        HEADER
        + "1001;Zoë;van der;Berg;2H1;03-04-2012\r\n1002;Chloë;;Jansen;3V2;31-12-2011\r\n1003;Renée;de;Wit;1A;28-02-2013\r\n"
    )
    raw = text.encode("cp1252")
    plan = reg.importer.apply(raw)
    assert (len(plan.new), len(plan.changed), plan.unchanged) == (3, 0, 0)
    assert plan.encoding == "windows-1252" and plan.delimiter == ";"
    names = {p.name for p in reg.persons.find()}
    assert {"Zoë van der Berg", "Chloë Jansen", "Renée de Wit"} == names
    export_before = reg.export_json()
    again = reg.importer.apply(raw)
    assert (len(again.new), len(again.changed), again.unchanged) == (0, 0, 3)
    assert _count_pupils(reg) == 3
    strip = lambda b: b.split(b'"exported_at"')[1].split(b"\n", 1)[1]  # noqa: E731
    assert strip(reg.export_json()) == strip(export_before), "importing again changes nothing"


def test_impossible_date_refuses_whole_file_and_names_the_line(reg) -> None:  # type: ignore[no-untyped-def]
    raw = (
        HEADER + "1;Anna;;Smit;1A;01-01-2012\r\n2;Bram;;Vos;1A;31-02-2012\r\n3;Cas;;Bos;1B;02-02-2012\r\n"
    ).encode()
    with pytest.raises(ImportRefused) as info:
        reg.importer.apply(raw)
    assert [(p.line, p.code) for p in info.value.problems] == [(3, "date_invalid")]
    assert _count_pupils(reg) == 0


@pytest.mark.parametrize(
    ("content", "encoding"),
    [
        (
            "\ufeffleerlingnummer,voornaam,achternaam,klas,geboortedatum\n7,Émile,Dubois,4V1,05-06-2010\n",
            "utf-8",
        ),
        ("LEERLINGNUMMER;VOORNAAM;ACHTERNAAM\n\n7;Émile;Dubois\n\n", "utf-8"),
        (
            "Student number,First name,Last name,Class,Date of birth\r\n7,Émile,Dubois,4V1,05-06-2010\r\n",
            "utf-8",
        ),
        ('Achternaam;Roepnaam;Stamnummer\n"Dubois; jr.";Émile;7\n', "cp1252"),
    ],
)
def test_odd_but_valid_files(reg, content: str, encoding: str) -> None:  # type: ignore[no-untyped-def]
    reg.importer.apply(content.encode(encoding))
    (pupil,) = [p for p in reg.persons.find() if p.kind == "pupil"]
    assert pupil.first_name == "Émile" and pupil.student_number == "7"
    assert pupil.last_name in ("Dubois", "Dubois; jr.")


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", "empty_file"),
        (b"Naam;Klas\n", "missing_column"),
        (HEADER.encode(), "no_pupils"),
        ((HEADER + "1;A;;B;1A;01-01-2012\r\n1;C;;D;1A;01-01-2012\r\n").encode(), "number_repeated"),
        ((HEADER + ";A;;B;1A;01-01-2012\r\n").encode(), "number_empty"),
        ((HEADER + "1;A;;B;1A;2012-13-01\r\n").encode(), "date_invalid"),  # 2012-01-01 is a valid date now
        ((HEADER + "1;A;;B;1A;01-01-2099\r\n").encode(), "date_impossible"),
        ((HEADER + "1;A;;;1A;01-01-2012\r\n").encode(), "last_empty"),
        (b"\xff\xfe\x00\x00binary", "encoding"),
    ],
)
def test_bad_files_are_refused_whole(reg, content: bytes, code: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ImportRefused) as info:
        reg.importer.apply(content)
    assert info.value.problems[0].code == code
    assert _count_pupils(reg) == 0


def test_at_most_twenty_problems_are_reported(reg) -> None:  # type: ignore[no-untyped-def]
    raw = (HEADER + "".join(f"{i};A;;B;1A;32-01-2012\r\n" for i in range(30))).encode()
    with pytest.raises(ImportRefused) as info:
        reg.importer.apply(raw)
    assert len(info.value.problems) == 20 and info.value.total == 30
    assert info.value.problems[0].line == 2


def test_reimport_updates_by_student_number(reg) -> None:  # type: ignore[no-untyped-def]
    reg.importer.apply((HEADER + "1;Anna;;Smit;1A;01-01-2012\r\n").encode())
    plan = reg.importer.apply((HEADER + "1;Anna;;Smit;2A;01-01-2012\r\n2;Bo;;Vos;2A;\r\n").encode())
    assert len(plan.new) == 1 and len(plan.changed) == 1
    assert sorted((p.student_number, p.class_name) for p in reg.persons.find()) == [("1", "2A"), ("2", "2A")]


# -- evidence -------------------------------------------------------------------------


def _jpeg_with_exif() -> bytes:
    img = Image.new("RGB", (64, 48), (200, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = "GeheimeCamera"  # Make
    exif[0x9286] = "UserComment Zwanenburg"
    out = io.BytesIO()
    img.save(out, "JPEG", exif=exif.tobytes())
    return out.getvalue()


def _incident(reg, **kw):  # type: ignore[no-untyped-def]
    return reg.incidents.create(
        IncidentDraft(title=kw.get("title", "Screenshot van dreiging"), category=kw.get("category", Category.OTHER),
                      reported_at=date(2026, 3, 13), description=kw.get("description", ""))
    )  # fmt: skip


def test_evidence_intake_keeps_original_and_hash_and_strips_exif(reg) -> None:  # type: ignore[no-untyped-def]
    incident = _incident(reg)
    data = _jpeg_with_exif()
    meta = EvidenceMeta(platform="Instagram", post_url="https://instagram.example/p/123", profile="@dreiger",
                        posted_at=datetime(2026, 3, 12, 20, 15, tzinfo=UTC))  # fmt: skip
    row = reg.evidence.intake(incident.id, "IMG_0001.jpg", data, meta)
    assert row.sha256 == hashlib.sha256(data).hexdigest()
    assert row.mime == "image/jpeg" and row.size == len(data)
    assert row.meta.captured_by == "Zorgcoördinator — M. de Vries" and row.meta.captured_at == NOW
    assert reg.evidence.content(row.id, "original") == data
    working = reg.evidence.content(row.id, "working")
    assert b"GeheimeCamera" in data and b"GeheimeCamera" not in working
    with Image.open(io.BytesIO(working)) as img:
        assert not img.getexif() and img.size == (64, 48)
    assert reg.evidence.content(row.id, "thumbnail").startswith(b"\xff\xd8")
    assert "evidence_added" in [e.kind for e in reg.incidents.get(incident.id).events]


def test_evidence_types_and_sizes(reg, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    incident = _incident(reg)
    with pytest.raises(EvidenceRefused) as info:
        reg.evidence.intake(incident.id, "notes.docx", b"PK\x03\x04 not allowed", EvidenceMeta())
    assert info.value.reason == "type"
    with pytest.raises(EvidenceRefused) as info:
        reg.evidence.intake(
            incident.id, "big.png", b"\x89PNG\r\n\x1a\n" + b"\0" * (25 * 1024 * 1024), EvidenceMeta()
        )
    assert info.value.reason == "size"
    with pytest.raises(EvidenceRefused) as info:
        reg.evidence.intake(incident.id, "broken.png", b"\x89PNG\r\n\x1a\nrubbish", EvidenceMeta())
    assert info.value.reason == "damaged"
    with pytest.raises(EvidenceRefused) as info:
        reg.evidence.intake(
            incident.id, "kapot.pdf", b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", EvidenceMeta()
        )
    assert info.value.reason == "damaged"
    out = io.BytesIO()
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.write(out)
    pdf = out.getvalue()
    row = reg.evidence.intake(incident.id, "melding.pdf", pdf, EvidenceMeta())
    assert row.mime == "application/pdf"
    digest = reg.evidence.save_to(row.id, tmp_path / "kopie.pdf")
    assert (tmp_path / "kopie.pdf").read_bytes() == pdf and digest == row.sha256
    assert "evidence_saved" in [e.kind for e in reg.incidents.get(incident.id).events]


def test_sexual_images_of_a_minor_are_never_stored(reg) -> None:  # type: ignore[no-untyped-def]
    incident = _incident(reg, category=Category.SEXUAL_INTIMIDATION)
    prepared = reg.decisions.prepare(incident.id)
    answers = Answers(protocol_violation=True, sexual_intimidation=True, sexual_images_of_minor=True)
    reg.decisions.record(
        incident.id, answers, [], reg.decisions.planned_actions(reg.decisions.preview(prepared, answers), [])
    )
    with pytest.raises(EvidenceRefused) as info:
        reg.evidence.intake(incident.id, "foto.jpg", _jpeg_with_exif(), EvidenceMeta())
    assert info.value.reason == "sexual_images"
    row = reg.evidence.describe(
        incident.id, EvidenceMeta(description="Naaktfoto via Snapchat, gemeld bij politie.")
    )
    assert row.kind == "description" and not row.sha256
    assert reg.incidents.get(incident.id).sexual_images_minor


def test_evidence_correction_and_removal_need_reasons(reg) -> None:  # type: ignore[no-untyped-def]
    incident = _incident(reg)
    row = reg.evidence.intake(incident.id, "a.png", _png(), EvidenceMeta(profile="@oud"))
    with pytest.raises(ValidationError):
        reg.evidence.correct(row.id, EvidenceMeta(profile="@nieuw"), "")
    fixed = reg.evidence.correct(row.id, EvidenceMeta(profile="@nieuw", captured_by=row.meta.captured_by,
                                 captured_at=row.meta.captured_at), "Tikfout in profielnaam")  # fmt: skip
    assert fixed.meta.profile == "@nieuw"
    with pytest.raises(ValidationError):
        reg.evidence.remove(row.id, " ")
    removed = reg.evidence.remove(row.id, "Verkeerde zaak; staat bij 2026-0002.")
    assert removed.removed_at is not None
    events = reg.incidents.get(incident.id).events
    correction = next(e for e in events if e.kind == "corrected")
    assert correction.detail["changes"]["profile"] == ["@oud", "@nieuw"]
    assert correction.detail["reason"] == "Tikfout in profielnaam"
    assert correction.coordinator == "Zorgcoördinator — M. de Vries"
    assert [e.removed_reason for e in reg.evidence.list(incident.id)] == [
        "Verkeerde zaak; staat bij 2026-0002."
    ]


def _png(colour: tuple[int, int, int] = (0, 0, 255)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (10, 10), colour).save(out, "PNG")
    return out.getvalue()


# -- corrections ------------------------------------------------------------------------


def test_incident_correction_with_and_without_reason(reg) -> None:  # type: ignore[no-untyped-def]
    incident = _incident(reg, title="Dreigbericht")
    with pytest.raises(ValidationError) as info:
        reg.incidents.correct(incident.id, {"title": "Dreigbericht via TikTok"}, "  ")
    assert info.value.field == "reason"
    assert reg.incidents.get(incident.id).title == "Dreigbericht"
    fixed = reg.incidents.correct(incident.id, {"title": "Dreigbericht via TikTok", "platform": "TikTok"},
                                  "Platform stond verkeerd")  # fmt: skip
    assert fixed.title == "Dreigbericht via TikTok"
    event = [e for e in fixed.events if e.kind == "corrected"][-1]
    assert event.detail["changes"]["title"] == ["Dreigbericht", "Dreigbericht via TikTok"]
    with pytest.raises(ValidationError):
        reg.incidents.correct(incident.id, {"case_number": "2026-9999"}, "mag niet")


def test_person_removal_and_roles_keep_history(reg) -> None:  # type: ignore[no-untyped-def]
    incident = _incident(reg)
    p = reg.persons.create(PersonDraft(PersonKind.PUPIL, "Sem", "Bakker", student_number="9"))
    reg.incidents.involve(incident.id, p.id, (Role.WITNESS,))
    with pytest.raises(ValidationError):
        reg.incidents.change_roles(incident.id, p.id, (Role.AUTHOR,), "")
    reg.incidents.change_roles(incident.id, p.id, (Role.AUTHOR,), "Bleek de afzender te zijn")
    detail = reg.incidents.remove_person(incident.id, p.id, "Onterecht genoemd; andere leerling.")
    (inv,) = detail.involvements
    assert inv.removed and inv.removed_reason == "Onterecht genoemd; andere leerling."
    assert detail.active_involvements == ()
    kinds = [e.kind for e in detail.events]
    assert kinds[-2:] == ["corrected", "person_removed"]
    history = reg.persons.incidents_of(p.id)
    assert history[0].removed and history[0].roles == ("author",)


def test_person_view_shows_repeat_patterns_and_parents(reg) -> None:  # type: ignore[no-untyped-def]
    pupil = reg.persons.create(
        PersonDraft(PersonKind.PUPIL, "Tygo", "Dekker", student_number="77", class_name="2V2")
    )
    mother = reg.persons.create(PersonDraft(PersonKind.PARENT, "Karin", "Dekker"))
    reg.family.link(mother.id, pupil.id)
    with pytest.raises(ValidationError):
        reg.family.link(pupil.id, mother.id)
    for n in range(3):
        i = _incident(reg, title=f"Voorval {n}")
        reg.incidents.involve(i.id, pupil.id, (Role.AUTHOR,))
    assert [x.roles for x in reg.persons.incidents_of(pupil.id)] == [("author",)] * 3
    assert [p.name for p in reg.persons.parents_of(pupil.id)] == ["Karin Dekker"]
    assert [p.name for p in reg.persons.children_of(mother.id)] == ["Tygo Dekker"]


def test_measures_and_communications(reg) -> None:  # type: ignore[no-untyped-def]
    incident = _incident(reg)
    author = reg.persons.create(PersonDraft(PersonKind.STAFF, "Peter", "Smit"))
    m = reg.incidents.add_measure(
        incident.id, MeasureKind.REMOVAL_REQUESTED, date(2026, 3, 14), "Bericht laten verwijderen", author.id
    )
    assert m.person_name == "Peter Smit"
    c = reg.incidents.add_communication(
        incident.id, "Ouders klas 2H1", "Brief over het incident", date(2026, 3, 15)
    )
    assert c.informed == "Ouders klas 2H1"
    with pytest.raises(ValidationError):
        reg.incidents.add_communication(incident.id, " ", "x", date(2026, 3, 15))
    reg.incidents.correct(incident.id, {"manager_consulted": "Afdelingsdirecteur J. Bos",
                                        "manager_consulted_on": date(2026, 3, 14)}, "Leidinggevende geraadpleegd")  # fmt: skip
    doc = json.loads(reg.export_json())
    case = doc["incidents"][0]
    assert case["measures"][0]["kind"] == "removal_requested"
    assert case["communications"][0]["informed"] == "Ouders klas 2H1"
    assert case["manager_consulted"] == "Afdelingsdirecteur J. Bos"


# -- search ---------------------------------------------------------------------------


def test_search_ranks_and_filters(reg) -> None:  # type: ignore[no-untyped-def]
    zoe = reg.persons.create(
        PersonDraft(PersonKind.PUPIL, "Zoë", "Jansen", student_number="5", class_name="3H2")
    )
    ids = []
    for n, (title, desc, cat, platform) in enumerate([
        ("Dreigbericht op TikTok", "dreiging dreiging dreiging", Category.THREAT_OF_VIOLENCE, "TikTok"),
        ("Roddelaccount", "noemt ook een dreiging", Category.INSULT_DEFAMATION, "Instagram"),
        ("Cijferlijst gedeeld", "vertrouwelijk", Category.CONFIDENTIAL_INFO, "WhatsApp"),
    ]):  # fmt: skip
        detail = reg.incidents.create(
            IncidentDraft(
                title=title,
                category=cat,
                reported_at=date(2026, 1, 10 + n),
                platform=platform,
                description=desc,
            ),
            [(zoe.id, (Role.VICTIM,))] if n == 1 else [],
        )
        ids.append(detail.id)
    rows = reg.incidents.page(IncidentFilter(text="dreig")).rows
    assert [r.id for r in rows] == [ids[0], ids[1]], "ranked by bm25, prefix match"
    assert reg.incidents.count(IncidentFilter(text="dreig")) == 2
    assert [r.id for r in reg.incidents.page(IncidentFilter(text="zoe")).rows] == [ids[1]], "accents folded"
    assert [r.id for r in reg.incidents.page(IncidentFilter(text="3H2")).rows] == [ids[1]], "class searchable"
    number = reg.incidents.get(ids[2]).case_number
    assert [r.id for r in reg.incidents.page(IncidentFilter(text=number)).rows] == [ids[2]]
    assert [r.id for r in reg.incidents.page(IncidentFilter(text="dreig", platform="Instagram")).rows] == [
        ids[1]
    ]
    assert [r.id for r in reg.incidents.page(IncidentFilter(person_id=zoe.id)).rows] == [ids[1]]
    assert [r.id for r in reg.incidents.page(IncidentFilter(class_name="3H2")).rows] == [ids[1]]
    period = IncidentFilter(date_from=date(2026, 1, 11), date_to=date(2026, 1, 12))
    assert {r.id for r in reg.incidents.page(period).rows} == {ids[1], ids[2]}
    assert reg.incidents.page(IncidentFilter(text='"(AND OR *')).rows == ()  # odd input is no error
    reg.incidents.correct(ids[2], {"title": "Cijferlijst met dreiging"}, "titel aangevuld")
    assert reg.incidents.count(IncidentFilter(text="dreig")) == 3, "index follows corrections"
    reg.persons.correct(zoe.id, {"last_name": "Verhoeven"}, "Naam gewijzigd na adoptie")
    assert [r.id for r in reg.incidents.page(IncidentFilter(text="Verhoeven")).rows] == [ids[1]]
    assert reg.incidents.page(IncidentFilter(text="Jansen")).rows == ()


def test_search_pages_through_many_hits(reg) -> None:  # type: ignore[no-untyped-def]
    for n in range(7):
        reg.incidents.create(
            IncidentDraft(title=f"Pesten {n}", category=Category.OTHER, reported_at=date(2026, 2, 1 + n))
        )
    flt = IncidentFilter(text="pesten")
    first = reg.incidents.page(flt, limit=3)
    second = reg.incidents.page(flt, first.next_key, limit=3)
    third = reg.incidents.page(flt, second.next_key, limit=3)
    got = [r.id for r in (*first.rows, *second.rows, *third.rows)]
    assert len(got) == 7 == len(set(got)) and third.next_key is None


# -- nothing in plaintext ---------------------------------------------------------------


def test_full_session_leaves_no_plaintext_in_data_or_temp_folder(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    tmp_dir = tmp_path / "tmp"
    tmp_dir.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp_dir))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_dir))
    folder = tmp_path / "R"
    create_register(folder, PASSPHRASE, "Zorgcoördinator — Q. Xanthippe", kdf_seconds=FAST_KDF)
    secret_words = ["Quirinius", "Wolkenkrabber", "Xylofoonleraar", "GeheimBewijsStuk"]
    image = io.BytesIO()
    Image.new("RGB", (32, 32), (1, 2, 3)).save(image, "PNG")
    image_bytes = image.getvalue() + b"GeheimBewijsStuk"  # trailing bytes survive in the original
    pdf = io.BytesIO()
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.add_metadata({"/Title": "GeheimBewijsStuk Quirinius"})
    writer.write(pdf)
    with open_register(folder, PASSPHRASE, clock=lambda: NOW) as reg:
        reg.importer.apply((HEADER + "4242;Quirinius;;Wolkenkrabber;5V2;01-02-2009\r\n").encode())
        pupil = reg.persons.find("Quirinius")[0]
        incident = reg.incidents.create(
            IncidentDraft(title="Xylofoonleraar bedreigd", category=Category.THREAT_OF_VIOLENCE,
                          reported_at=date(2026, 3, 13), description="Quirinius schreef iets"),
            [(pupil.id, (Role.AUTHOR,))],
        )  # fmt: skip
        reg.evidence.intake(incident.id, "Wolkenkrabber.png", image_bytes, EvidenceMeta(profile="@Quirinius"))
        reg.evidence.intake(incident.id, "Quirinius.pdf", pdf.getvalue(), EvidenceMeta())
        video = b"\0\0\0\x18ftypmp42\0\0\0\0mp42isom" + b"GeheimBewijsStuk" * 100_000  # 1.6 MB: two chunks
        reg.evidence.intake(incident.id, "Quirinius.mp4", video, EvidenceMeta())
        reg.incidents.add_measure(
            incident.id, MeasureKind.WARNING, date(2026, 3, 14), "Gesprek met Quirinius", pupil.id
        )
        reg.incidents.correct(incident.id, {"description": "Quirinius schreef Xylofoonleraar"}, "aangevuld")
        reg.incidents.set_status(incident.id, Status.IN_PROGRESS)
        assert reg.incidents.count(IncidentFilter(text="Xylofoonleraar")) == 1
        during = snapshot(folder)
    after = snapshot(folder)
    temp_files = [p for p in tmp_dir.rglob("*") if p.is_file()]
    for files in (during, after, {str(p): p.read_bytes() for p in temp_files}):
        for name, data in files.items():
            assert not data.startswith(b"SQLite format 3"), name
            for word in secret_words:
                for enc in ("utf-8", "utf-16-le", "utf-16-be"):
                    assert word.encode(enc) not in data, (name, word)
    assert not temp_files, [str(p) for p in temp_files]
    assert sorted(os.listdir(folder)) == ["objects", "register.db", "register.keys"]
    assert [n for n in after if n.startswith("objects")], "the evidence lives in the object store"


def test_the_same_file_twice_in_one_case_is_refused(reg) -> None:  # type: ignore[no-untyped-def]
    from udens_register.services.evidence_files import EvidenceRefused

    incident, other = _incident(reg), _incident(reg)
    first = reg.evidence.intake(incident.id, "a.png", _png(), EvidenceMeta())
    with pytest.raises(EvidenceRefused) as refused:
        reg.evidence.intake(incident.id, "kopie van a.png", _png(), EvidenceMeta())
    assert refused.value.reason == "duplicate"
    assert [e.id for e in reg.evidence.list(incident.id)] == [first.id], "nothing added"
    assert reg.evidence.intake(other.id, "a.png", _png(), EvidenceMeta()), "another case may hold it"
    reg.evidence.remove(first.id, "verkeerd bestand")
    assert reg.evidence.intake(incident.id, "a.png", _png(), EvidenceMeta()), "after removal it may come back"


def test_export_holds_evidence_files_only_on_request(reg, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    incident = _incident(reg)
    data = _png()
    reg.evidence.intake(incident.id, "a.png", data, EvidenceMeta())
    gone = reg.evidence.intake(incident.id, "weg.png", _png((255, 0, 0)), EvidenceMeta())
    reg.evidence.remove(gone.id, "verkeerde leerling")
    plain = json.loads(reg.export_json())
    first = plain["incidents"][0]["evidence"][0]
    assert "file" not in first and first["sha256"] == hashlib.sha256(data).hexdigest()
    target = tmp_path / "export.zip"
    with target.open("wb") as out:
        assert reg.export_zip(out) == 1
    with zipfile.ZipFile(target) as zf:
        assert zf.namelist() == ["register.json", f"evidence/{first['id']}/a.png"]
        inside = json.loads(zf.read("register.json"))
        items = inside["incidents"][0]["evidence"]
        assert items[0]["file"] == f"evidence/{first['id']}/a.png" and "file" not in items[1]
        assert zf.read(items[0]["file"]) == data
        assert hashlib.sha256(zf.read(items[0]["file"])).hexdigest() == items[0]["sha256"]
    # Same shape as the plain export, apart from the file names and the moment.
    for doc in (plain, inside):
        doc.pop("exported_at")
        for item in doc["incidents"][0]["evidence"]:
            item.pop("file", None)
    assert inside == plain
