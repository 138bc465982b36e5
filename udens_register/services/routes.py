"""The actions a decision opens beyond its own lines: the steps of every route outside the protocol
the facts lead to, and the review moments of each victim's guidance.

Pure planning over the typed decision view; :mod:`udens_register.services.decisions` stores them.
"""

from __future__ import annotations

from datetime import date

from udens_register.domain.decisions import ActionKind
from udens_register.domain.decisions import DuePolicy
from udens_register.domain.routes import GUIDANCE_REVIEW
from udens_register.domain.routes import ROUTE_STEPS
from udens_register.services.decision_view import DecisionView
from udens_register.services.decision_view import Deviation
from udens_register.services.decision_view import LineKey
from udens_register.services.dto import PlannedAction


def step_plans(
    view: DecisionView, deviations: list[Deviation], decided_on: date, responsible: str, policy: DuePolicy
) -> list[PlannedAction]:
    """The route steps and guidance reviews a decision opens, in order after the lines' actions.

    A route's step is never left out by a deviation (the law, not the protocol, asks it); a
    review belongs to a guidance line that is followed. Acute danger brings every route step
    to the same day. The police step of the images checklist is left out when the decision's
    own police line (rule 4) is followed: one report, not two.
    """
    skipped = {d.item for d in deviations}
    urgent = any(line.urgent for line in view.of_kind(ActionKind.POLICE))
    police_followed = any(line.key not in skipped for line in view.of_kind(ActionKind.POLICE))
    plans: list[PlannedAction] = []
    for route in view.routes:
        for step in ROUTE_STEPS[route.value]:
            kind = ActionKind(step.kind)
            if kind is ActionKind.SI_POLICE and police_followed:
                continue
            plans.append(
                PlannedAction(
                    item=LineKey(kind),
                    kind=kind,
                    person_id=None,
                    responsible=responsible,
                    due_date=policy.step_due(step.days, decided_on, urgent=urgent),
                    urgent=urgent,
                )
            )
    for line in view.of_kind(ActionKind.GUIDANCE):
        if line.key in skipped or line.person is None:
            continue
        for number, due in enumerate(policy.review_dates(decided_on), start=1):
            plans.append(
                PlannedAction(
                    item=LineKey(ActionKind(GUIDANCE_REVIEW.kind), line.person.id),
                    kind=ActionKind.GUIDANCE_REVIEW,
                    person_id=line.person.id,
                    responsible=responsible,
                    due_date=due,
                    seq=number,
                )
            )
    return plans


def plan_key(plan: PlannedAction) -> tuple[LineKey, int]:
    """What makes a planned action one of its decision: its line (or step) and its number."""
    return plan.item, plan.seq
