"""Protocol depth walked through as a coordinator would: the wizard, the action dialogs, and the
PDFs read back with pypdf."""

from __future__ import annotations

import io
import os
import re
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QWizard

from tests.gui.press import ok
from tests.integration.pages import readable_text
from udens_register.domain.enums import Category
from udens_register.domain.enums import PersonKind
from udens_register.domain.enums import Role
from udens_register.domain.enums import Status
from udens_register.domain.errors import ValidationError
from udens_register.domain.model import IncidentDraft
from udens_register.domain.model import PersonDraft
from udens_register.paths import resources_dir
from udens_register.reporting.case_pdf import CaseFileRenderer
from udens_register.services.dto import EvidenceMeta
from udens_register.ui.actions import ActionDialog
from udens_register.ui.decision import DecisionWizard
from udens_register.ui.decision.images_guard import DestroyDialog

TODAY = date(2026, 3, 16)  # the ``reg`` fixture's clock


def _pdf_text(reg, incident_id: int, audience: str = "directie") -> str:  # type: ignore[no-untyped-def]
    pdf = CaseFileRenderer(resources_dir() / "fonts", "nl").render(
        reg.casefiles.case_file(incident_id, audience)
    )
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))


def _open(qtbot, reg, incident_id, **answers):  # type: ignore[no-untyped-def]
    wizard = DecisionWizard(reg.decisions, incident_id, None, reg.evidence)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    q = wizard.questions_page
    (q.violation.yes if answers.get("violation", True) else q.violation.no).setChecked(True)
    for name in ("sexual", "accusation", "danger", "domestic", "images"):
        widget = getattr(q, name)
        (widget.yes if answers.get(name, False) else widget.no).setChecked(True)
    wizard.next()
    assert wizard.currentId() == DecisionWizard.PAGE_DECISION
    return wizard


def _finish(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(wizard.accepted):
        wizard.button(QWizard.WizardButton.FinishButton).click()


def _staff_case(reg):  # type: ignore[no-untyped-def]
    pupil = reg.persons.create(
        PersonDraft(PersonKind.PUPIL, "Lotte", "Smits", date_of_birth=date(2011, 9, 1))
    )
    teacher = reg.persons.create(PersonDraft(PersonKind.STAFF, "Karel", "Dijk", infix="van"))
    return reg.incidents.create(
        IncidentDraft(title="Berichten van docent", category=Category.SEXUAL_INTIMIDATION,
                      reported_at=date(2026, 3, 13), occurred_at=date(2026, 3, 12)),
        [(pupil.id, (Role.VICTIM,)), (teacher.id, (Role.AUTHOR,))],
    )  # fmt: skip


def _save(qtbot, reg, action, status: str = "done", **values):  # type: ignore[no-untyped-def]
    dialog = ActionDialog(reg.decisions, action, TODAY)
    qtbot.addWidget(dialog)
    for key, value in values.items():
        widget = dialog.fields[key]
        if hasattr(widget, "known"):
            widget.known.setChecked(True)
        elif hasattr(widget, "findData"):
            widget.setCurrentIndex(widget.findData(value))
        elif hasattr(widget, "setPlainText"):
            widget.setPlainText(value)
        else:
            widget.setText(value)
    dialog.status.setCurrentIndex(dialog.status.findData(status))
    ok(qtbot, dialog)
    return dialog


def test_staff_suspected_of_sexual_intimidation_of_a_14_year_old(qtbot, reg) -> None:  # type: ignore[no-untyped-def]
    incident = _staff_case(reg)
    wizard = _open(qtbot, reg, incident.id, sexual=True)
    page_text = " ".join(
        w.text() for w in wizard.decision_page.findChildren(type(wizard.decision_page.problem))
    )
    assert "Wet op het voortgezet onderwijs" in page_text and "onverwijld" in page_text  # the source, quoted
    wizard.next()
    plans = wizard.actions_page.plans
    staff_rows = [r for r, plan in enumerate(plans) if plan.kind.value.startswith("staff_")]
    assert len(staff_rows) == 4
    words = [wizard.actions_page.table.item(r, 0).text() for r in staff_rows]
    assert any("inspector" in w or "vertrouwensinspecteur" in w for w in words)
    assert {wizard.actions_page.editors[r][1].date().toPython() for r in staff_rows} == {TODAY}
    _finish(qtbot, wizard)
    steps = [a for a in reg.decisions.actions(incident.id) if a.kind.startswith("staff_")]
    assert [a.due_date for a in steps] == [TODAY] * 4
    with pytest.raises(ValidationError):
        reg.incidents.set_status(incident.id, Status.CLOSED, "Afgerond")
    by_kind = {a.kind: a for a in steps}
    empty = _save(qtbot, reg, by_kind["staff_board"])
    assert empty.updated is None and empty.problem.text(), "done needs the moment the board was told"
    assert _save(qtbot, reg, by_kind["staff_board"], told_at="", told_by="M. de Vries").updated is not None
    saved = _save(qtbot, reg, by_kind["staff_inspector"], consulted_at="", reasonable_suspicion="yes",
                  inspector_advice="Aangifte doen, ouders vooraf inlichten")  # fmt: skip
    assert saved.updated is not None and saved.updated.outcome["reasonable_suspicion"] == "yes"
    assert _save(qtbot, reg, by_kind["staff_report"], board_decision="report",
                 decision_reason="Redelijk vermoeden volgens de vertrouwensinspecteur").updated  # fmt: skip
    with pytest.raises(ValidationError):
        reg.incidents.set_status(incident.id, Status.CLOSED, "Afgerond")
    paper = _pdf_text(reg, incident.id)
    assert "Routes buiten het protocol" in paper
    assert "Wet op het voortgezet onderwijs" in paper
    for words in ("Het bevoegd gezag inlichten", "overlegt met de vertrouwensinspecteur",
                  "besluit over aangifte", "De betrokkenen inlichten", "Ingelicht door: M. de Vries",
                  "Redelijk vermoeden: ja", "Besluit van het bevoegd gezag: aangifte",
                  "Evaluatiemomenten"):  # fmt: skip
        assert words in paper, words
    assert paper.count("16-03-2026") >= 4  # every step due the same day
    # Where the route stands, as the director reads it: what is open, by when, and why the case stays open.
    assert "3 van 4 stappen gedaan of niet nodig. Nog open: De betrokkenen inlichten" in paper
    assert "uiterlijk 16-03-2026. De zaak kan niet worden gesloten zolang een stap open is" in paper
    police = _pdf_text(reg, incident.id, "politie")
    assert "Besluit van het bevoegd gezag: aangifte" in police  # the reporting ...
    assert "Redelijk vermoeden volgens" not in police and "Meldcode" not in police  # ... not the deliberation
    informed = _save(qtbot, reg, by_kind["staff_informed"], status="not_needed")
    assert informed.updated is None, "not needed wants a reason"
    informed.reason.setText("Het bestuur heeft de betrokkenen zelf ingelicht")
    ok(qtbot, informed)
    assert informed.updated is not None, informed.problem.text()
    for a in reg.decisions.actions(incident.id):
        if a.status == "open":  # the protocol's own actions, settled elsewhere in this walkthrough
            assert not a.kind.startswith("staff_")
            reg.decisions.update_action(a.id, status="not_needed", reason="Elders al geregeld.")
    assert reg.incidents.set_status(incident.id, Status.CLOSED, "Afgerond").status == "closed"
    paper = _pdf_text(reg, incident.id)
    assert "Elke stap van deze route is gedaan of als niet nodig gemarkeerd." in paper
    assert "Niet nodig omdat: Het bestuur heeft de betrokkenen zelf ingelicht" in paper


def test_meldcode_walkthrough_records_the_five_questions_and_the_decision(qtbot, reg) -> None:  # type: ignore[no-untyped-def]
    pupil = reg.persons.create(PersonDraft(PersonKind.PUPIL, "Iris", "Vos", date_of_birth=date(2012, 3, 3)))
    incident = reg.incidents.create(
        IncidentDraft(title="Zorgen over thuis", category=Category.OTHER, reported_at=date(2026, 3, 13)),
        [(pupil.id, (Role.VICTIM,))],
    )
    wizard = _open(qtbot, reg, incident.id, violation=False, domestic=True)
    wizard.next()
    _finish(qtbot, wizard)
    actions = {a.kind: a for a in reg.decisions.actions(incident.id)}
    assert [k for k in actions if k.startswith("mc_")] == [
        "mc_signals", "mc_consult", "mc_talk", "mc_weigh", "mc_decide"
    ]  # fmt: skip
    answers = {"q1": "yes", "q2": "no", "q3": "yes", "q4": "yes", "q5": "yes"}
    reasons = {f"{q}_reason": f"Onderbouwing bij vraag {q[1]}" for q in answers}
    dialog = ActionDialog(reg.decisions, actions["mc_weigh"], TODAY)
    qtbot.addWidget(dialog)
    assert dialog.hint is not None
    for key, value in answers.items():
        dialog.fields[key].setCurrentIndex(dialog.fields[key].findData(value))
    assert "organise help" in dialog.hint.text() or "hulp organiseren" in dialog.hint.text()
    for key, value in reasons.items():
        dialog.fields[key].setPlainText(value)
    dialog.status.setCurrentIndex(dialog.status.findData("done"))
    ok(qtbot, dialog)
    assert dialog.updated is not None, dialog.problem.text()
    decided = _save(qtbot, reg, actions["mc_decide"], decision="organise_help",
                    decision_reason="Ouders werken mee; hulp via het wijkteam")  # fmt: skip
    assert decided.updated is not None
    paper = _pdf_text(reg, incident.id)
    assert "Wet verplichte meldcode huiselijk geweld en kindermishandeling" in paper
    # Each question with its answer, then its reasoning, as a director reads them.
    for question in ("1. Is er een vermoeden van huiselijk geweld of kindermishandeling? ja",
                     "2. Is er sprake van acute of structurele onveiligheid? nee",
                     "3. Kunnen wij effectieve hulp bieden of organiseren? ja",
                     "4. Aanvaarden de betrokkenen de hulp? ja",
                     "5. Leidt de hulp binnen de gewenste tijd tot duurzame veiligheid? ja"):  # fmt: skip
        at = paper.index(question)
        q = question[0]
        assert paper.index(f"Onderbouwing bij vraag {q}") == paper.index(":", at + len(question)) + 2, q
    assert "?:" not in paper
    assert "De antwoorden van het afwegingskader wijzen op: hulp organiseren" in paper
    assert "Besluit: hulp organiseren" in paper and "hulp via het wijkteam" in paper


def test_a_sharer_is_a_verspreider_and_brings_their_parents_in(qtbot, reg) -> None:  # type: ignore[no-untyped-def]
    victim = reg.persons.create(
        PersonDraft(PersonKind.PUPIL, "Noor", "Bakker", date_of_birth=date(2011, 1, 1))
    )
    sharer = reg.persons.create(
        PersonDraft(PersonKind.PUPIL, "Sem", "Wit", infix="de", date_of_birth=date(2011, 2, 2))
    )
    incident = reg.incidents.create(
        IncidentDraft(
            title="Foto doorgestuurd", category=Category.ONLINE_BULLYING, reported_at=date(2026, 3, 13)
        ),
        [(victim.id, (Role.VICTIM,)), (sharer.id, (Role.SHARER,))],
    )
    wizard = _open(qtbot, reg, incident.id)
    roles = wizard.persons_page.table.item(1, 2).text()
    assert roles in ("sharer", "verspreider")
    words = [box.title() for box in wizard.decision_page.findChildren(QGroupBox)]
    assert any("Sem de Wit" in w and ("parents" in w or "ouders" in w.lower()) for w in words)
    wizard.next()
    _finish(qtbot, wizard)
    parents = [a.person_name for a in reg.decisions.actions(incident.id) if a.kind == "parents"]
    assert parents == ["Noor Bakker", "Sem de Wit"]
    paper = _pdf_text(reg, incident.id)
    assert "verspreider" in paper
    assert "Ouders van Sem de Wit informeren — regel 3" in paper


def _screenshot() -> bytes:
    # Noise does not compress: every stretch of the file's bytes is its own.
    image = Image.frombytes("RGB", (64, 48), os.urandom(64 * 48 * 3))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _pieces(data: bytes) -> list[bytes]:
    """Three stretches of 32 bytes from the middle of ``data``, as ``readable_text`` lower-cases them."""
    middle = len(data) // 2
    return [data[i : i + 32].lower() for i in (middle - 400, middle, middle + 400)]


def _holding(folder: Path, key: bytes, pieces: list[bytes]) -> list[str]:
    return [name for name, text in readable_text(folder, key).items() if any(p in text for p in pieces)]


def test_two_screenshots_then_flagged_cannot_be_decided_until_destroyed(qtbot, reg, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    incident = _staff_case(reg)
    shots = [_screenshot(), _screenshot()]
    rows = [
        reg.evidence.intake(incident.id, f"snap{i}.png", data, EvidenceMeta(platform="Snapchat", description=f"Snap {i}"))
        for i, data in enumerate(shots)
    ]  # fmt: skip
    copies = [reg.evidence.content(r.id, "working") for r in rows]  # re-encoded for display
    assert [reg.evidence.content(r.id, "original") for r in rows] == shots
    pieces = [p for data in (*shots, *copies) for p in _pieces(data)]
    folder, key = reg.location.folder, reg.data_key
    objects = {p for p in (folder / "objects").rglob("*") if p.is_file()}
    assert objects, "the files are stored as encrypted objects beside the database"
    wizard = _open(qtbot, reg, incident.id, images=True)
    guard = wizard.decision_page.guard
    assert guard is not None and [f.filename for f in guard.files] == ["snap0.png", "snap1.png"]
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentId() == DecisionWizard.PAGE_DECISION, "the decision waits for the files"
    assert wizard.decision_page.problem.text()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled(), "Vastleggen cannot be pressed while files are stored"
    assert not reg.decisions.decisions(incident.id), "nothing recorded while files are stored"

    def confirm() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DestroyDialog)
        dialog.description.setText("Naaktfoto van een leerling, doorgestuurd")
        ok(qtbot, dialog)

    for _ in rows:
        QTimer.singleShot(0, confirm)
        guard.buttons[0].click()
    assert guard.files == ()
    wizard.next()
    _finish(qtbot, wizard)
    assert reg.decisions.decisions(incident.id)[0].answers.sexual_images_of_minor
    kept = reg.evidence.list(incident.id)
    assert [e.sha256 for e in kept] == [r.sha256 for r in rows]
    assert {e.meta.description for e in kept} == {"Naaktfoto van een leerling, doorgestuurd"}
    # Crypto-shredding: the objects' keys went with the rows, then the files themselves ...
    assert not objects & {p for p in (folder / "objects").rglob("*") if p.is_file()}
    with reg.engine.connect() as conn:
        ids = ",".join(str(r.id) for r in rows)
        assert (
            conn.exec_driver_sql(
                f"SELECT count(*) FROM evidence_objects WHERE evidence_id IN ({ids})"
            ).scalar()
            == 0
        )
    for r in rows:
        with pytest.raises(ValidationError):
            reg.evidence.content(r.id, "original")
    # ... and no file of the register folder, raw or as decrypted database pages, holds their bytes.
    assert _holding(folder, key, pieces) == [], "no file of the register folder holds a screenshot"
    paper = _pdf_text(reg, incident.id)
    assert rows[0].sha256 in paper and "Definitief vernietigd" in paper


def test_the_new_incident_form_asks_about_images_and_takes_further_categories(qtbot, reg) -> None:  # type: ignore[no-untyped-def]
    from udens_register.domain.model import IncidentFilter
    from udens_register.services.evidence import EvidenceRefused
    from udens_register.ui.incident_form import IncidentForm
    from udens_register.ui.incident_form import PersonDialog

    sharer = reg.persons.create(PersonDraft(PersonKind.PUPIL, "Sem", "Wit", infix="de"))
    picker = PersonDialog(reg.persons, TODAY)
    qtbot.addWidget(picker)
    assert Role.SHARER in picker.role_boxes  # the sharer's box is offered beside the others
    form = IncidentForm(reg.incidents, reg.persons, TODAY)
    qtbot.addWidget(form)
    form.show()
    form.title.setText("Naaktfoto doorgestuurd")
    form.category.setCurrentIndex(form.category.findData("online_bullying"))
    for row in range(form.further.count()):
        item = form.further.item(row)
        if item.data(256) in ("sexual_images_minor", "online_bullying"):
            item.setCheckState(item.checkState().Checked)
    assert form.further.values() == (Category.SEXUAL_IMAGES_MINOR,), "the main category is not a further one"
    form.add_involvement(sharer, (Role.SHARER,))
    assert form.images.yes.isChecked() and not form.images.no.isEnabled(), "the category answers it"
    ok(qtbot, form)
    assert form.created is not None
    detail = reg.incidents.get(form.created.id)
    assert detail.sexual_images_minor and detail.further_categories == ("sexual_images_minor",)
    assert [r.id for r in reg.incidents.page(IncidentFilter(role="sharer")).rows] == [detail.id]
    with pytest.raises(EvidenceRefused):  # no file is ever taken for such a case
        reg.evidence.intake(detail.id, "x.png", _screenshot(), EvidenceMeta())


def test_flagging_by_correction_shows_the_stored_files_to_destroy_first(qtbot, reg) -> None:  # type: ignore[no-untyped-def]
    from udens_register.ui.case_correction import IncidentCorrectionDialog

    incident = _staff_case(reg)
    shot = reg.evidence.intake(incident.id, "dm.png", _screenshot(), EvidenceMeta(platform="Instagram"))
    dialog = IncidentCorrectionDialog(
        reg.incidents, reg.incidents.get(incident.id), TODAY, None, reg.evidence
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.images.setChecked(True)
    assert dialog.stored_box is not None and [f.filename for f in dialog.stored_box.files] == ["dm.png"]
    for row in range(dialog.further.count()):
        if dialog.further.item(row).data(256) == "online_bullying":
            dialog.further.item(row).setCheckState(dialog.further.item(row).checkState().Checked)
    dialog.reason.setText("Het blijkt om naaktfoto's te gaan")
    ok(qtbot, dialog)
    assert dialog.updated is None and dialog.problem.text(), "the correction waits for the file"
    assert not reg.incidents.get(incident.id).sexual_images_minor

    def confirm() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, DestroyDialog)
        box.description.setText("Naaktfoto in een privébericht")
        ok(qtbot, box)

    QTimer.singleShot(0, confirm)
    dialog.stored_box.buttons[0].click()
    ok(qtbot, dialog)
    assert dialog.updated is not None
    detail = reg.incidents.get(incident.id)
    assert detail.sexual_images_minor and detail.further_categories == ("online_bullying",)
    (kept,) = reg.evidence.list(incident.id)
    assert kept.sha256 == shot.sha256 and kept.destroyed_at is not None


def _cut_off(dialog) -> list[str]:  # type: ignore[no-untyped-def]
    """The wrapped labels of ``dialog`` given less height than their lines need."""
    from PySide6.QtWidgets import QLabel

    return [
        label.text()[:40]
        for label in dialog.findChildren(QLabel)
        if label.wordWrap() and label.isVisible() and label.height() < label.heightForWidth(label.width())
    ]


def test_the_destroy_dialog_and_the_correction_box_show_their_whole_text(qtbot, reg) -> None:  # type: ignore[no-untyped-def]
    from udens_register.ui.case_correction import IncidentCorrectionDialog

    incident = _staff_case(reg)
    reg.evidence.intake(incident.id, "dm.png", _screenshot(), EvidenceMeta(platform="Instagram"))
    dialog = IncidentCorrectionDialog(
        reg.incidents, reg.incidents.get(incident.id), TODAY, None, reg.evidence
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.images.setChecked(True)  # the box appears in a dialog already shown
    qtbot.wait(50)
    assert dialog.stored_box is not None and dialog.stored_box.isVisible()
    assert _cut_off(dialog) == []
    (item,) = reg.evidence.stored_files(incident.id)
    destroy = DestroyDialog(reg.evidence, item)
    qtbot.addWidget(destroy)
    destroy.show()
    qtbot.wait(50)
    assert _cut_off(destroy) == []
    assert destroy.reason.cursorPosition() == 0, "the reason reads from its start"
