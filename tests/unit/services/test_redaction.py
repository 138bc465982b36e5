"""Redaction by person: every form of another pupil's name goes, the subject's name stays."""

from __future__ import annotations

from udens_register.services.dto import PersonRow
from udens_register.services.redaction import OMITTED
from udens_register.services.redaction import Redactor

ANOUK = PersonRow(1, "pupil", "Anouk", "van", "Dijk", "31001", "2V1", None)
DAAN = PersonRow(2, "pupil", "Daan", "van der", "Berg", "31002", "3H2", None)
FLEUR = PersonRow(3, "pupil", "Fleur", "van", "Dijk", "31003", "3H2", None)


def _redactor() -> Redactor:
    redactor = Redactor(subject=ANOUK)
    redactor.add(DAAN, "Leerling A")
    redactor.add(FLEUR, "Leerling B")
    return redactor


def test_full_names_and_parts_of_others_are_replaced() -> None:
    r = _redactor()
    assert r.text("Daan van der Berg stuurde het bericht.") == "Leerling A stuurde het bericht."
    assert r.text("Daarna reageerde Daan opnieuw.") == "Daarna reageerde Leerling A opnieuw."
    assert r.text("Fleur van Dijk zag het.") == "Leerling B zag het."


def test_inflected_accented_and_joined_forms() -> None:
    r = _redactor()
    for form in ("Daans moeder belde", "Daan's moeder belde", "Dáán schreef", "DAAN schreef"):
        assert "Daan" not in r.text(form) and "Dáán" not in r.text(form) and "DAAN" not in r.text(form), form
    assert r.text("Daan_van_der_Berg_story.png") == "Leerling A_story.png"
    assert r.text("screenshot-daan.van.der.berg.jpg") == "screenshot-Leerling A.jpg"


def test_handles_numbers_and_classes_of_others_go() -> None:
    r = _redactor()
    out = r.text("Profiel @daan_vdberg (31002) uit klas 3H2 tagde @anouk.vd")
    assert "@daan_vdberg" not in out and "31002" not in out and "3H2" not in out and "@anouk.vd" not in out
    assert out == f"Profiel {OMITTED} ({OMITTED}) uit klas {OMITTED} tagde {OMITTED}"


def test_the_subject_stays_whole_and_a_shared_surname_is_omitted_alone() -> None:
    r = _redactor()
    assert r.text("Anouk van Dijk meldde het zelf.") == "Anouk van Dijk meldde het zelf."
    assert r.text("Anouk van Dijks telefoon") == "Anouk van Dijks telefoon"
    out = r.text("Volgens van Dijk was het Fleur.")
    assert out == f"Volgens {OMITTED} was het Leerling B."
    assert "Dijk" not in r.text("Fleur van Dijk en Fleur waren er.").replace("Anouk van Dijk", "")


def test_other_peoples_phone_numbers_and_e_mail_addresses_are_left_out() -> None:
    from udens_register.services.dto import PersonRow
    from udens_register.services.redaction import Redactor

    subject = PersonRow(
        1, "pupil", "Anna", "", "Smit", "1", "1A", None, phone="06-11112222", email="anna@x.nl"
    )
    father = PersonRow(
        2, "parent", "Piet", "", "Vos", "", "", None, phone="06-98765432", email="piet.vos@gmail.com"
    )
    r = Redactor(subject=subject)
    r.add(father, "Ouder A")
    text = r.text(
        "Piet Vos belde vanaf 06-98765432 en +31 6 1234 5678, mail piet.vos@gmail.com; "
        "Anna: anna@x.nl, 06 1111 2222. Zaak 2026-0004 op 12-05-2026, school 0413-123456"
    )
    assert "98765432" not in text and "1234 5678" not in text and "gmail" not in text and "0413" not in text
    assert "anna@x.nl" in text and "06 1111 2222" in text  # the subject's own contacts stay
    assert "2026-0004" in text and "12-05-2026" in text  # case numbers and dates are not phone numbers
