"""What the wizard and the case pane need in common: its service port, page ids, rule quotes, line words."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QLabel,
)

from udens_register.protocol import rule_text
from udens_register.services.dto import Answers, Deviation, Outcome, PlannedAction, Prepared

MIN_REASON = 10


class DecisionsPort(Protocol):
    """What the wizard needs of the decision service."""

    coordinator_label: str

    def prepare(self, incident_id: int) -> Prepared: ...
    def preview(self, prepared: Prepared, answers: Answers) -> Outcome: ...
    def planned_actions(self, outcome: Outcome, deviations: list[Deviation]) -> list[PlannedAction]: ...
    def record(
        self, incident_id: int, answers: Answers, deviations: list[Deviation], actions: list[PlannedAction]
    ) -> Any: ...


PAGE_PERSONS, PAGE_QUESTIONS, PAGE_DECISION, PAGE_ACTIONS = range(4)


def _t(text: str) -> str:
    return QCoreApplication.translate("DecisionWizard", text)


def _quote(code: str) -> QLabel:
    label = QLabel(_t("Protocol, rule %1:").replace("%1", code) + f"\n\u201c{rule_text(code)}\u201d")
    label.setWordWrap(True)
    label.setStyleSheet("color: #4a4a4a; font-style: italic;")
    label.setAccessibleName(_t("Protocol wording"))
    return label


def route_text(code: str) -> tuple[str, str]:
    """Title and explanation of a route outside the protocol."""
    texts = {
        "board_inspector": (
            _t("Staff member suspected of a sexual offence against a minor pupil"),
            _t(
                "The school must inform the board (bevoegd gezag) at once. The board consults the "
                "confidential inspector of the Inspectorate of Education straight away and, where "
                "there is a reasonable suspicion, reports the matter to the police."
            ),
        ),
        "meldcode": (
            _t("Signals of domestic violence or child abuse"),
            _t(
                "Follow the five steps of the Meldcode: 1 map the signals; 2 consult a colleague and, "
                "if needed, Veilig Thuis; 3 talk with the pupil and/or parents; 4 weigh the violence or "
                "abuse using the assessment framework; 5 decide: report to Veilig Thuis and/or "
                "organise help."
            ),
        ),
        "sexual_images": (
            _t("Sexual images of a minor"),
            _t(
                "Never copy, forward or store such images, not even as evidence. Record only a "
                "description and report the images to the police."
            ),
        ),
    }
    return texts.get(code, (code, ""))


def decision_lines(decision: dict[str, Any], names: dict[str, str]) -> list[tuple[str, str]]:
    """(item key, words) for every line of a decision, each citing its rule."""
    lines: list[tuple[str, str]] = []
    for entry in decision["parents"]:
        name = names.get(entry["person"], entry["person"])
        if entry["mode"] == "consent":
            text = _t("Involve the parents of %1 only with the pupil's consent (18 or older) — rule 3")
        else:
            text = _t("Inform the parents of %1 — rule 3")
        lines.append((f"parents:{entry['person']}", text.replace("%1", name)))
    police = decision["police"]
    if police["involve"]:
        cited = "; ".join(f"{g}: {rule_text(g)}" for g in police["grounds"])
        text = _t("Involve the police — rule 4") + (f" ({cited})" if cited else "")
        if police["urgent"]:
            text += " — " + _t("URGENT: call 112 now")
        lines.append(("police", text))
    for pid in decision["victim_guidance"]:
        lines.append(
            (
                f"guidance:{pid}",
                _t("Make sure %1 is guided as a victim — rule 5").replace("%1", names.get(pid, pid)),
            )
        )
    return lines
