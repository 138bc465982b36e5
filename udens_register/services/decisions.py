"""Protocol decisions (rules 3-5): prepare facts, preview, record once, and the actions after.

The outcome is always recomputed here from the incident as stored and the coordinator's
answers: what the wizard showed is a preview, never trusted input.
"""

from __future__ import annotations

from datetime import date
from datetime import datetime
from datetime import timedelta
from typing import Any

from udens_register.domain.decisions import ActionKind
from udens_register.domain.decisions import ActionStatus
from udens_register.domain.decisions import DuePolicy
from udens_register.domain.decisions import routes_for
from udens_register.domain.decisions import validate_outcome
from udens_register.domain.enums import PersonKind
from udens_register.domain.enums import Status
from udens_register.domain.errors import ValidationError
from udens_register.domain.events import EventKind
from udens_register.domain.model import age_on
from udens_register.domain.model import display_name
from udens_register.protocol import PROTOCOL_VERSION
from udens_register.protocol import decide
from udens_register.services.clock import Clock
from udens_register.services.clock import local_today
from udens_register.services.decision_view import DecisionView
from udens_register.services.decision_view import Deviation
from udens_register.services.decision_view import PersonRef
from udens_register.services.decision_view import deviations_from_json
from udens_register.services.decision_view import deviations_to_json
from udens_register.services.decision_view import view_of
from udens_register.services.dto import ActionRow
from udens_register.services.dto import ActionView
from udens_register.services.dto import Answers
from udens_register.services.dto import DecisionRow
from udens_register.services.dto import PlannedAction
from udens_register.services.dto import Prepared
from udens_register.services.dto import PreparedPerson
from udens_register.services.dto_family import ParentContact
from udens_register.services.family import contacts_of
from udens_register.services.lookups import existing_incident
from udens_register.services.recording import CoordinatorService
from udens_register.services.recording import Stamp
from udens_register.services.routes import plan_key
from udens_register.services.routes import step_plans
from udens_register.storage.models import Action
from udens_register.storage.models import DecisionRecord
from udens_register.storage.ports import AbstractUnitOfWork
from udens_register.storage.uow import UnitOfWorkFactory

MIN_REASON = 10


def facts_from(prepared: Prepared, answers: Answers) -> tuple[dict[str, Any], dict[str, PersonRef]]:
    """The facts shaped as the decision contract states, and who each of its person ids is.

    The contract names persons by string; this is the one place such ids are made, and the
    returned mapping is the only way back to the register's persons.
    """
    persons: list[dict[str, Any]] = []
    who: dict[str, PersonRef] = {}
    for p in prepared.persons:
        pid = str(p.person_id)
        who[pid] = PersonRef(p.person_id, p.name)
        entry: dict[str, Any] = {"id": pid, "kind": p.kind, "roles": list(p.roles)}
        if p.age is not None:
            entry["age"] = p.age
        persons.append(entry)
    facts = {
        "persons": persons,
        "protocol_violation": answers.protocol_violation,
        "threat_of_violence": list(answers.threat_of_violence),
        "sexual_intimidation": answers.sexual_intimidation,
        "accusation_of_sexual_intimidation": answers.accusation_of_sexual_intimidation,
        "immediate_danger": answers.immediate_danger,
    }
    return facts, who


def preview(prepared: Prepared, answers: Answers) -> DecisionView:
    """What the protocol asks for these answers, line by line, and the routes outside it."""
    facts, who = facts_from(prepared, answers)
    routes = routes_for(
        facts["persons"],
        sexual_intimidation=answers.sexual_intimidation,
        accusation=answers.accusation_of_sexual_intimidation,
        domestic_violence_signals=answers.domestic_violence_signals,
        sexual_images_of_minor=answers.sexual_images_of_minor,
    )
    return view_of(decide(facts), who, routes)


def planned_actions(
    view: DecisionView, deviations: list[Deviation], decided_on: date, responsible: str, policy: DuePolicy
) -> list[PlannedAction]:
    """One action for every line of the decision that is not deviated from, then the steps of the
    routes the facts lead to and the review moments of each guidance (see :mod:`.routes`)."""
    skipped = {d.item for d in deviations}
    lines = [
        PlannedAction(
            item=line.key,
            kind=line.kind,
            person_id=line.person.id if line.person else None,
            responsible=responsible,
            due_date=policy.due(line.kind, decided_on, urgent=line.urgent),
            urgent=line.urgent,
        )
        for line in view.lines
        if line.key not in skipped
    ]
    return lines + step_plans(view, deviations, decided_on, responsible, policy)


def _stored_facts(prepared: Prepared, answers: Answers) -> dict[str, Any]:
    """The facts as stored: the contract's shape, persons by register id."""
    facts, who = facts_from(prepared, answers)
    facts["persons"] = [{**p, "id": who[p["id"]].id} for p in facts["persons"]]
    return facts


def open_action(
    uow: AbstractUnitOfWork, event: Stamp, now: datetime, *, kind: ActionKind, due_date: date, **fields: Any
) -> Action:
    """A new open follow-up action, with ``action_created`` in the case's timeline."""
    action = Action(
        kind=kind.value,
        due_date=due_date,
        status=ActionStatus.OPEN.value,
        created_at=now,
        updated_at=now,
        **fields,
    )
    uow.actions.add(action)
    uow.events.add(
        event(
            EventKind.ACTION_CREATED,
            incident_id=action.incident_id,
            detail={"action_id": action.id, "kind": action.kind, "due": due_date.isoformat()},
        )
    )
    return action


def actions_of(
    uow: AbstractUnitOfWork,
    incident_id: int | None,
    today: date,
    *,
    open_only: bool = False,
    view: ActionView | None = None,
) -> list[ActionRow]:
    """Actions of one incident (or all), open ones first by due date, within the caller's
    transaction; ``view`` narrows them to the coordinator's own, the overdue or this week's."""
    responsible = due_from = due_to = None
    if view is not None:
        responsible = view.responsible or None
        if view.overdue:
            open_only, due_to = True, today - timedelta(days=1)
        if view.this_week:
            due_from = today - timedelta(days=today.weekday())
            due_to = due_from + timedelta(days=6)
    rows = uow.actions.listed(
        incident_id, open_only=open_only, responsible=responsible, due_from=due_from, due_to=due_to
    )
    found = contacts_of(uow, {a.person_id for a in rows if a.kind == ActionKind.PARENTS and a.person_id})
    return [_action_row(a, today, found.get(a.person_id or 0, ())) for a in rows]


def _action_row(a: Action, today: date, contacts: tuple[ParentContact, ...] = ()) -> ActionRow:
    person = a.person
    return ActionRow(
        id=a.id,
        incident_id=a.incident_id,
        case_number=a.incident.case_number,
        kind=a.kind,
        person_name=display_name(person.first_name, person.infix, person.last_name) if person else "",
        responsible=a.responsible,
        due_date=a.due_date,
        urgent=a.urgent,
        status=a.status,
        status_reason=a.status_reason,
        outcome=dict(a.outcome or {}),
        overdue=a.status == ActionStatus.OPEN and a.due_date < today,
        created_at=a.created_at,
        review_id=a.review_id,
        person_id=a.person_id,
        contacts=contacts,
        description=a.description,
    )


def decision_row(d: DecisionRecord) -> DecisionRow:
    """The DTO of a stored decision, its view built once from the record."""
    facts: dict[str, Any] = dict(d.facts or {})
    routes: dict[str, Any] = dict(d.routes or {})
    signals: dict[str, Any] = dict(routes.get("signals", {}))
    names = {int(x["id"]): str(x["name"]) for x in d.person_map or []}
    answers = Answers(
        protocol_violation=bool(facts.get("protocol_violation", False)),
        threat_of_violence=tuple(facts.get("threat_of_violence", [])),
        sexual_intimidation=bool(facts.get("sexual_intimidation", False)),
        accusation_of_sexual_intimidation=bool(facts.get("accusation_of_sexual_intimidation", False)),
        immediate_danger=bool(facts.get("immediate_danger", False)),
        domestic_violence_signals=bool(signals.get("domestic_violence", False)),
        sexual_images_of_minor=bool(signals.get("sexual_images_of_minor", False)),
    )
    persons = tuple(
        PreparedPerson(
            person_id=int(p["id"]),
            name=names.get(int(p["id"]), ""),
            kind=str(p["kind"]),
            roles=tuple(p["roles"]),
            age=p.get("age"),
        )
        for p in facts.get("persons", [])
    )
    view = DecisionView.from_json(
        d.outcome or {}, names, routes.get("routes", []), deviations_from_json(d.deviations or [])
    )
    return DecisionRow(
        id=d.id,
        incident_id=d.incident_id,
        created_at=d.created_at,
        coordinator=d.coordinator.label if d.coordinator else "",
        protocol_version=d.protocol_version,
        answers=answers,
        persons=persons,
        view=view,
    )


class DecisionService(CoordinatorService):
    """Decisions and follow-up actions of one open register."""

    def __init__(
        self,
        uow: UnitOfWorkFactory,
        coordinator_id: int | None,
        coordinator_label: str,
        clock: Clock,
        policy: DuePolicy,
    ) -> None:
        super().__init__(uow, coordinator_id, clock)
        self.coordinator_label = coordinator_label
        self.policy = policy

    def today(self) -> date:
        """Today on this machine."""
        return local_today(self._clock)

    # -- deciding ---------------------------------------------------------------------
    def prepare(self, incident_id: int) -> Prepared:
        """The incident's persons as decision facts; ages on the incident's date."""
        with self._uow() as uow:
            incident = existing_incident(uow, incident_id, full=True)
            day = incident.occurred_at or incident.reported_at
            persons = tuple(
                PreparedPerson(
                    person_id=v.person_id,
                    name=display_name(v.person.first_name, v.person.infix, v.person.last_name),
                    kind=v.person.kind,
                    roles=v.roles,
                    age=age_on(v.person.date_of_birth, day),
                )
                for v in incident.involvements
                if v.removed_at is None
            )
            pupils = [p.person_id for p in persons if p.kind == PersonKind.PUPIL.value]
            return Prepared(
                incident.id,
                incident.case_number,
                day,
                persons,
                contacts_of(uow, pupils),
                sexual_images_minor=bool(incident.sexual_images_minor),
            )

    def preview(self, prepared: Prepared, answers: Answers) -> DecisionView:
        """What the protocol asks (no side effects)."""
        return preview(prepared, answers)

    def planned_actions(self, view: DecisionView, deviations: list[Deviation]) -> list[PlannedAction]:
        """Default actions for the lines not deviated from."""
        return planned_actions(view, deviations, self.today(), self.coordinator_label, self.policy)

    def record(
        self, incident_id: int, answers: Answers, deviations: list[Deviation], actions: list[PlannedAction]
    ) -> DecisionRow:
        """Store one immutable decision record and its actions (the wizard's Finish).

        Raises:
            ValidationError: a deviation without a reason, or actions that do not match.
        """
        prepared = self.prepare(incident_id)
        for deviation in deviations:
            if len(deviation.reason.strip()) < MIN_REASON:
                raise ValidationError("deviation", "a deviation needs a written reason")
        deviations = [Deviation(d.item, d.reason.strip()) for d in deviations]
        view = preview(prepared, answers).with_deviations(deviations)
        expected = {plan_key(p) for p in self.planned_actions(view, deviations)}
        if {plan_key(a) for a in actions} != expected or len(actions) != len(expected):
            raise ValidationError("actions", "the actions do not match the decision")
        now = self._clock()
        with self._uow() as uow:
            if answers.sexual_images_of_minor and uow.incidents.stored_files(incident_id):
                # Keeping sexual images of a minor is itself an offence: every stored file of the
                # case is destroyed for good before the decision that flags it is recorded.
                raise ValidationError("evidence", "destroy every stored file of this case first")
            record = DecisionRecord(
                incident_id=incident_id,
                created_at=now,
                coordinator_id=self._coordinator_id,
                protocol_version=PROTOCOL_VERSION,
                facts=_stored_facts(prepared, answers),
                outcome=view.to_json(),
                deviations=deviations_to_json(view.deviations),
                routes={
                    "routes": [r.value for r in view.routes],
                    "signals": {
                        "domestic_violence": answers.domestic_violence_signals,
                        "sexual_images_of_minor": answers.sexual_images_of_minor,
                    },
                },
                person_map=[{"id": p.person_id, "name": p.name} for p in prepared.persons],
            )
            uow.decisions.add(record)
            uow.events.add(
                self._event(
                    EventKind.DECISION_RECORDED,
                    incident_id=incident_id,
                    detail={
                        "decision_id": record.id,
                        "rules": list(view.rules),
                        "deviations": [
                            {"kind": d.item.kind.value, "person_id": d.item.person_id}
                            for d in view.deviations
                        ],
                    },
                )
            )
            for plan in actions:
                if not plan.responsible.strip():
                    raise ValidationError("responsible", "required")
                open_action(
                    uow,
                    self._event,
                    now,
                    incident_id=incident_id,
                    decision_id=record.id,
                    kind=ActionKind(plan.kind),
                    # The line the action belongs to names the person; the plan cannot point elsewhere.
                    person_id=plan.item.person_id,
                    responsible=plan.responsible.strip(),
                    due_date=plan.due_date,
                    urgent=plan.urgent,
                )
            for route in view.routes:
                uow.events.add(
                    self._event(
                        EventKind.ROUTE_OPENED,
                        incident_id=incident_id,
                        detail={"decision_id": record.id, "route": route.value},
                    )
                )
            incident = uow.incidents.get(incident_id)
            if incident is not None and answers.sexual_images_of_minor:
                incident.sexual_images_minor = True
            if incident is not None and incident.status == Status.OPEN:
                incident.status = Status.IN_PROGRESS
                incident.updated_at = now
            uow.commit()
            uow.refresh(record)
            return decision_row(record)

    def decisions(self, incident_id: int) -> list[DecisionRow]:
        """Every decision of an incident, oldest first (the history stays)."""
        with self._uow(read_only=True) as uow:
            return [decision_row(d) for d in uow.decisions.of_incident(incident_id)]

    # -- actions ----------------------------------------------------------------------
    def actions(
        self, incident_id: int | None = None, *, open_only: bool = False, view: ActionView | None = None
    ) -> list[ActionRow]:
        """Actions of one incident, or of all; open ones first by due date (``view``: see :func:`actions_of`)."""
        today = self.today()
        with self._uow(read_only=True) as uow:
            return actions_of(uow, incident_id, today, open_only=open_only, view=view)

    def overdue_count(self) -> int:
        """Open actions past their due date, over all incidents."""
        with self._uow() as uow:
            return uow.actions.overdue(self.today())

    def update_action(
        self,
        action_id: int,
        *,
        status: str,
        reason: str = "",
        outcome: dict[str, Any] | None = None,
        responsible: str | None = None,
        due_date: date | None = None,
        change_reason: str = "",
    ) -> ActionRow:
        """Record progress or the outcome of an action; the previous values go to the timeline.

        Filling in what was empty is progress; changing what was already recorded (the
        responsible person, the due date, an outcome value) is a correction and needs
        ``change_reason``.
        """
        now = self._clock()
        with self._uow() as uow:
            action = uow.actions.get(action_id)
            if action is None:
                raise ValidationError("action", f"no action {action_id}")
            new_status = ActionStatus(status)
            cleaned = validate_outcome(ActionKind(action.kind), new_status, reason, outcome or {})
            previous: dict[str, Any] = dict(action.outcome or {})
            before = {
                "status": action.status,
                "status_reason": action.status_reason,
                "outcome": previous,
                "responsible": action.responsible,
                "due_date": action.due_date.isoformat(),
            }
            corrected = [k for k, v in previous.items() if v not in ("", None, []) and cleaned.get(k) != v]
            if responsible is not None and responsible.strip() != action.responsible:
                corrected.append("responsible")
            if due_date is not None and due_date != action.due_date:
                corrected.append("due_date")
            if corrected and not change_reason.strip():
                raise ValidationError(
                    "change_reason", "a reason is required to change " + ", ".join(corrected)
                )
            action.status = new_status.value
            action.status_reason = reason.strip()
            action.outcome = cleaned
            if responsible is not None:
                if not responsible.strip():
                    raise ValidationError("responsible", "required")
                action.responsible = responsible.strip()
            if due_date is not None:
                action.due_date = due_date
            action.updated_at = now
            action.completed_at = now if new_status != ActionStatus.OPEN else None
            after = {**cleaned, "responsible": action.responsible, "due_date": action.due_date.isoformat()}
            old = {**previous, "responsible": before["responsible"], "due_date": before["due_date"]}
            uow.events.add(
                self._event(
                    EventKind.ACTION_UPDATED,
                    incident_id=action.incident_id,
                    detail={
                        "action_id": action.id,
                        "kind": action.kind,
                        "before": before,
                        "status": action.status,
                        "corrected": corrected,
                        # Old and new value of every corrected field, as incident corrections record them.
                        "changes": {k: [old.get(k), after.get(k)] for k in corrected},
                        "reason": change_reason.strip(),
                    },
                )
            )
            uow.commit()
            uow.refresh(action)
            return _action_row(action, self.today())
