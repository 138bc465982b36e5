"""Case files for their readers: complete for the director, facts and evidence for the police,
one person's right of access (AVG) with every other pupil replaced by "Leerling A", "Leerling B".

Redaction happens here, on the data, before anything is rendered: names are replaced in the
persons list and in every free text (titles, descriptions, reasons, notes, evidence details).
"""

from __future__ import annotations

import itertools
import statistics
from collections import Counter
from collections.abc import Callable
from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from functools import partial
from string import ascii_uppercase
from typing import Any

from udens_register.domain.enums import ANALYSIS_GROUP
from udens_register.domain.enums import AnalysisGroup
from udens_register.domain.enums import Audience
from udens_register.domain.enums import Category
from udens_register.domain.enums import PersonKind
from udens_register.domain.enums import Role
from udens_register.domain.errors import ValidationError
from udens_register.domain.events import EventKind
from udens_register.domain.model import age_on
from udens_register.domain.model import display_name
from udens_register.protocol import is_adult
from udens_register.services.clock import Clock
from udens_register.services.clock import local_today
from udens_register.services.convert import incident_detail
from udens_register.services.convert import person_row
from udens_register.services.decision_view import PersonRef
from udens_register.services.decisions import actions_of
from udens_register.services.decisions import decision_row
from udens_register.services.dto import ActionRow
from udens_register.services.dto import CaseFile
from udens_register.services.dto import CaseFileBundle
from udens_register.services.dto import CaseFileEvidence
from udens_register.services.dto import CaseFilePerson
from udens_register.services.dto import DecisionRow
from udens_register.services.dto import EventRow
from udens_register.services.dto import IncidentDetail
from udens_register.services.dto import PeriodReport
from udens_register.services.dto import Picture
from udens_register.services.evidence import evidence_row
from udens_register.services.family import case_contacts
from udens_register.services.incidents import communication_row
from udens_register.services.incidents import measure_row
from udens_register.services.lookups import existing_incident
from udens_register.services.notes import note_row
from udens_register.services.recording import CoordinatorService
from udens_register.services.redaction import OMITTED
from udens_register.services.redaction import Redacted
from udens_register.services.redaction import Redactor
from udens_register.services.reviews import review_row
from udens_register.storage import case_facts
from udens_register.storage import repositories as repo
from udens_register.storage.models import Person
from udens_register.storage.objects import ObjectStore
from udens_register.storage.ports import AbstractUnitOfWork
from udens_register.storage.uow import UnitOfWorkFactory
from udens_register.wording.dates import fmt_month_key

AUDIENCES = tuple(a.value for a in Audience)


def _name(p: Person) -> str:
    return display_name(p.first_name, p.infix, p.last_name)


PSEUDONYM_PREFIX = {"pupil": "Leerling", "parent": "Ouder", "staff": "Medewerker", "other": "Persoon"}


class _Pseudonyms:
    """``Leerling A``, ``Leerling B``, ``Ouder A`` ... in the order persons are met."""

    def __init__(self) -> None:
        self._counts: Counter[str] = Counter()

    def next(self, kind: str) -> str:
        prefix = PSEUDONYM_PREFIX.get(kind, "Persoon")
        index = self._counts[prefix]
        self._counts[prefix] += 1
        return f"{prefix} {ascii_uppercase[index % 26]}{index // 26 + 1 if index >= 26 else ''}"


class CaseFileService(CoordinatorService):
    """Gathers and redacts what a case file shows."""

    def __init__(
        self,
        uow: UnitOfWorkFactory,
        clock: Clock,
        prepared_by: str,
        coordinator_id: int | None = None,
        store: ObjectStore | None = None,
    ) -> None:
        super().__init__(uow, coordinator_id, clock)
        self._store = store
        self._prepared_by = prepared_by

    def incident_id(self, case_number: str) -> int:
        """The id of the case with ``case_number``."""
        with self._uow() as uow:
            found = uow.incidents.ids_by_number([case_number.strip()]).get(case_number.strip())
        if found is None:
            raise ValidationError("case_number", f"no case {case_number}")
        return int(found)

    def _file(
        self,
        uow: AbstractUnitOfWork,
        incident_id: int,
        audience: str,
        redactor: Redactor | None,
        subject_id: int | None,
        pseudonyms: _Pseudonyms | None = None,
        name_staff: bool = False,
        include_notes: bool = False,
    ) -> CaseFile:
        """One case file, read inside the caller's unit of work (one snapshot for the whole bundle)."""
        incident = existing_incident(uow, incident_id, full=True)
        detail: IncidentDetail = incident_detail(incident)
        people = {v.person_id: v.person for v in incident.involvements}
        # Pictures go in at their working size, read from the object store only as the PDF draws
        # them; the inzage version shows no pictures of others' cases, and no version ever shows a
        # picture of a case about sexual images of a minor (one still stored from before the flag
        # would otherwise be copied into a document that leaves the laptop).
        store = self._store
        pictures = (
            {i: Picture(partial(store.open, obj)) for i, obj in uow.evidence.pictures(incident_id).items()}
            if audience != Audience.INZAGE and store is not None and not incident.sexual_images_minor
            else {}
        )
        evidence_ids = [e.id for e in incident.evidence]
        if redactor is not None:
            own_parents = (
                {p.id for p in uow.persons.parents_of(subject_id)} if subject_id is not None else set()
            )
            for pid, person in people.items():
                if pid == subject_id or pid in own_parents:
                    continue
                if name_staff and person.kind in (PersonKind.STAFF, PersonKind.OTHER):
                    continue  # the coordinator chose to name the school's staff
                # Staff and other adults are named by role too: an inzage goes to a pupil or parent.
                if person.id not in redactor.labels:
                    redactor.add(person_row(person), (pseudonyms or _Pseudonyms()).next(person.kind))
        labels = {
            pid: (redactor.labels.get(pid) if redactor else None) or _name(p) for pid, p in people.items()
        }
        # Everything the file shows comes from this one transaction: one consistent snapshot.
        include_internal = audience != Audience.POLITIE
        evidence_rows = [evidence_row(e) for e in uow.evidence.of_incident(incident_id)]
        decisions = (
            tuple(decision_row(d) for d in uow.decisions.of_incident(incident_id)) if include_internal else ()
        )
        actions = tuple(actions_of(uow, incident_id, local_today(self._clock)))
        if not include_internal:
            # The police see the reporting, not the deliberation behind it.
            actions = tuple(_reporting_only(a) for a in actions if a.kind in REPORTING_FIELDS)
        measures = (
            tuple(measure_row(m) for m in uow.incidents.measures(incident_id)) if include_internal else ()
        )
        communications = (
            tuple(communication_row(c) for c in uow.incidents.communications(incident_id))
            if include_internal
            else ()
        )
        red = redactor.text if redactor is not None else (lambda t: t)
        case_reviews = (
            tuple(review_row(r, actions) for r in uow.reviews.of_incident(incident_id))
            if include_internal
            else ()
        )
        if redactor is not None:
            # The director is named by role only, like the school's staff, unless staff are named.
            case_reviews = tuple(
                replace(
                    r,
                    reviewer_name=r.reviewer_name if name_staff else r.reviewer_role,
                    decision=red(r.decision),
                    measures=tuple(
                        replace(m, description=red(m.description), responsible=red(m.responsible))
                        for m in r.measures
                    ),
                    paper_filename=red(r.paper_filename),
                )
                for r in case_reviews
            )
        persons = tuple(
            CaseFilePerson(
                key=inv.person.id,
                label=labels.get(inv.person.id, inv.person.name),
                kind=inv.person.kind,
                roles=inv.roles,
                class_name="" if redactor and inv.person.id in redactor.labels else inv.person.class_name,
                removed=inv.removed,
                minor=_minor(
                    inv.person.kind, inv.person.date_of_birth, detail.occurred_at or detail.reported_at
                ),
            )
            for inv in detail.involvements
        )
        evidence = tuple(
            CaseFileEvidence(
                kind=e.kind,
                filename=red(e.filename),
                mime=e.mime,
                size=e.size,
                sha256=e.sha256,
                meta=replace(
                    e.meta,
                    description=red(e.meta.description),
                    # Profiles and post addresses name accounts: the inzage version leaves them out.
                    profile=(OMITTED if e.meta.profile else "") if redactor else e.meta.profile,
                    post_url=(OMITTED if e.meta.post_url else "") if redactor else e.meta.post_url,
                ),
                removed_reason=red(e.removed_reason),
                picture=pictures.get(e.id) if not e.removed_at else None,
                destroyed_at=e.destroyed_at,
            )
            for e in evidence_rows
            if e.id in evidence_ids
        )
        if redactor is not None:
            decisions = tuple(_redacted_decision(d, labels, red) for d in decisions)
        if redactor is not None:
            actions = tuple(
                replace(
                    a,
                    person_name=red(a.person_name),
                    description=red(a.description),
                    status_reason=red(a.status_reason),
                    outcome=dict(redactor.deep(a.outcome)),  # type: ignore[call-overload]
                    responsible=red(a.responsible),
                )
                for a in actions
            )
        if redactor is not None:
            measures = tuple(replace(m, person_name=red(m.person_name), note=red(m.note)) for m in measures)
            communications = tuple(
                replace(c, informed=red(c.informed), what=red(c.what)) for c in communications
            )
        # Case notes are internal deliberation: the police see them only when the coordinator chooses.
        notes = (
            tuple(note_row(n) for n in uow.notes.of_incident(incident_id) if n.removed_at is None)
            if include_internal or include_notes
            else ()
        )
        if redactor is not None:
            notes = tuple(replace(n, with_whom=red(n.with_whom), text=red(n.text)) for n in notes)
        timeline: tuple[EventRow, ...] = detail.events if include_internal else ()
        if redactor is not None:
            timeline = tuple(replace(ev, detail=dict(redactor.deep(ev.detail))) for ev in timeline)  # type: ignore[call-overload]
            if not name_staff:
                timeline = tuple(_director_by_role(ev) for ev in timeline)
        pupils, contacts = case_contacts(uow, detail.involvements, audience, subject_id)
        return CaseFile(
            audience=audience,
            case_number=detail.case_number,
            title=red(detail.title),
            category=detail.category,
            platform=detail.platform,
            status=detail.status,
            reported_at=detail.reported_at,
            occurred_at=detail.occurred_at,
            description=red(detail.description),
            closing_rationale=red(detail.closing_rationale) if include_internal else "",
            closed_at=detail.closed_at,
            sexual_images_minor=detail.sexual_images_minor,
            manager_consulted=detail.manager_consulted if include_internal else "",
            further_categories=detail.further_categories,
            persons=persons,
            evidence=evidence,
            decisions=decisions,
            actions=actions,
            measures=measures,
            communications=communications,
            timeline=timeline,
            person_labels=labels,
            notes=notes,
            reviews=case_reviews,
            contacts=contacts,
            contact_pupils=pupils,
        )

    def case_file(
        self,
        incident_id: int,
        audience: str = Audience.DIRECTIE,
        person_id: int | None = None,
        *,
        name_staff: bool = False,
        withheld: tuple[str, ...] = (),
        include_notes: bool = False,
    ) -> CaseFileBundle:
        """One case for ``audience``; ``inzage`` needs the ``person_id`` whose access it answers
        (staff and other adults are named by role in it unless ``name_staff``). The police
        version holds the case notes only with ``include_notes``; the director's always does."""
        if audience not in AUDIENCES:
            raise ValidationError("audience", f"{audience!r} is not one of {', '.join(AUDIENCES)}")
        if audience == Audience.INZAGE:
            if person_id is None:
                raise ValidationError("person", "the access version needs the person it is for")
            return self.access_export(person_id, only=[incident_id], name_staff=name_staff, withheld=withheld)
        with self._uow(read_only=True) as uow:
            file = self._file(uow, incident_id, audience, None, None, include_notes=include_notes)
        return CaseFileBundle(
            audience=audience,
            files=(file,),
            prepared_by=self._prepared_by,
            generated_at=self._clock(),
        )

    def access_export(
        self,
        person_id: int,
        only: list[int] | None = None,
        *,
        name_staff: bool = False,
        withheld: tuple[str, ...] = (),
    ) -> CaseFileBundle:
        """The AVG right-of-access version: every incident of the person, others pseudonymised;
        ``withheld`` is further text the coordinator marked in the review, removed everywhere."""
        return self._access(person_id, only, name_staff, withheld)[0]

    def access_review(
        self,
        person_id: int,
        only: list[int] | None = None,
        *,
        name_staff: bool = False,
        withheld: tuple[str, ...] = (),
    ) -> tuple[Redacted, ...]:
        """Every text of the inzage version that had something removed, with its replacements."""
        return self._access(person_id, only, name_staff, withheld)[1]

    def _access(
        self, person_id: int, only: list[int] | None, name_staff: bool, withheld: tuple[str, ...]
    ) -> tuple[CaseFileBundle, tuple[Redacted, ...]]:
        # One transaction for the person and every case of the bundle: the access version is one
        # consistent snapshot even when the register changes while it is being made.
        with self._uow(read_only=True) as uow:
            person = uow.persons.get(person_id)
            if person is None:
                raise ValidationError("person", f"no person {person_id}")
            subject = _name(person)
            subject_person = person_row(person)  # a DTO: the redactor outlives this session
            ids = [i.id for i, _ in uow.persons.incidents_of(person_id)]
            ids = list(reversed(ids))  # oldest first
            if only is not None:
                if not set(only) <= set(ids):
                    raise ValidationError("person", "this person is not part of that case")
                ids = [i for i in ids if i in only]
            redactor = Redactor(subject=subject_person)
            for words in withheld:
                redactor.withhold(words)
            pseudonyms = _Pseudonyms()
            files = tuple(
                self._file(uow, i, Audience.INZAGE, redactor, person_id, pseudonyms, name_staff) for i in ids
            )
        bundle = CaseFileBundle(
            audience=Audience.INZAGE,
            files=files,
            prepared_by=self._prepared_by,
            generated_at=self._clock(),
            subject=subject,
        )
        return bundle, tuple(redactor.reviewed)

    def record_export(
        self, bundle: CaseFileBundle, protected: bool, recipient: str = "", sha256: str = ""
    ) -> None:
        """Note in each case's timeline that a case file left the register, for whom and how."""
        with self._uow() as uow:
            self.add_export_events(uow, bundle, protected, recipient, sha256)
            uow.commit()

    def add_export_events(
        self, uow: AbstractUnitOfWork, bundle: CaseFileBundle, protected: bool, recipient: str, sha256: str
    ) -> None:
        """Add to ``uow`` each case's timeline entry that its case file left the register (its
        caller commits, with the disclosure log's rows in the same transaction)."""
        ids = uow.incidents.ids_by_number([f.case_number for f in bundle.files])
        for f in bundle.files:
            uow.events.add(
                self._event(
                    EventKind.CASE_EXPORTED,
                    incident_id=ids.get(f.case_number),
                    detail={"audience": bundle.audience, "protected": protected}
                    | ({"recipient": recipient, "sha256": sha256} if recipient else {}),
                )
            )

    def period_report(self, date_from: date, date_to: date) -> PeriodReport:
        """Anonymous figures for school leadership and the participation council."""
        if date_to < date_from:
            raise ValidationError("date_to", "before the start of the period")
        with self._uow() as uow:
            s = uow.session
            rows = repo.incidents_reported_between(s, date_from, date_to)
            ids = [r[0] for r in rows]
            months: Counter[str] = Counter(fmt_month_key(r[1]) for r in rows)
            further = case_facts.further_categories_of(s, ids)
            # A case counts once in each of its categories and once in each group they fall in.
            categories: Counter[str] = Counter()
            groups: Counter[str] = Counter()
            for r in rows:
                cats = [r[2], *further.get(r[0], [])]
                categories.update(cats)
                groups.update({ANALYSIS_GROUP[Category(c)].value for c in cats})
            roles: Counter[str] = Counter()
            for of_one in case_facts.roles_of_incidents(s, ids):
                roles.update(of_one)
            platforms: Counter[str] = Counter(r[3] or "—" for r in rows)
            rules: Counter[str] = Counter()
            for outcome in repo.latest_decision_outcomes(s, ids):
                for rule in decision_row_rules(outcome):
                    rules[rule] += 1
            days = [
                (r[4].date() - r[1]).days for r in rows if r[4] is not None and (r[4].date() - r[1]).days >= 0
            ]
            overdue = repo.overdue_actions_of(s, ids, local_today(self._clock))
            years, victims = class_years_and_victims(case_facts.involved_of_incidents(s, ids))
            actions = case_facts.action_facts_of(s, ids)
        police = len({a[0] for a in actions if a[1] == "police"})
        open_actions = sum(1 for a in actions if a[2] == "open")
        month_keys = []
        cursor = date(date_from.year, date_from.month, 1)
        while cursor <= date_to:
            month_keys.append(fmt_month_key(cursor))
            cursor = date(cursor.year + (cursor.month == 12), cursor.month % 12 + 1, 1)
        return PeriodReport(
            date_from=date_from,
            date_to=date_to,
            generated_at=self._clock(),
            total=len(rows),
            per_month=tuple((m, months.get(m, 0)) for m in month_keys),
            per_category=tuple(sorted(categories.items(), key=lambda kv: (-kv[1], kv[0]))),
            per_platform=tuple(sorted(platforms.items(), key=lambda kv: (-kv[1], kv[0]))),
            rules_applied=tuple((r, rules.get(r, 0)) for r in ("3", "4", "5")),
            closed=len(days),
            median_days_to_close=float(statistics.median(days)) if days else None,
            overdue_actions=overdue,
            per_group=tuple((g.value, groups.get(g.value, 0)) for g in AnalysisGroup),
            per_role=tuple((r.value, roles.get(r.value, 0)) for r in Role),
            per_class_year=tuple(sorted(years.items())),
            per_victim_kind=tuple((k, victims.get(k, 0)) for k in ("pupil", "staff")),
            police_involved=police,
            open_actions=open_actions,
            days_to_close=tuple(sorted(days)),
        )


def class_years_and_victims(involved: Any) -> tuple[Counter[str], Counter[str]]:
    """Incidents per class year of their pupils (``2H1`` is year 2) and per kind of victim."""
    years: dict[str, set[int]] = {}
    victims: dict[str, set[int]] = {}
    for incident_id, roles, kind, class_name in involved:
        digits = "".join(itertools.takewhile(str.isdigit, str(class_name or "").strip()))
        if kind == "pupil":
            years.setdefault(digits or "—", set()).add(int(incident_id))
        if Role.VICTIM in roles:
            victims.setdefault(str(kind), set()).add(int(incident_id))
    return (Counter({k: len(v) for k, v in years.items()}), Counter({k: len(v) for k, v in victims.items()}))


#: The actions the police version shows, and the outcome fields of each it shows.
REPORTING_FIELDS: dict[str, tuple[str, ...]] = {
    "police": ("date", "station", "registration_number", "report_type"),
    "si_police": ("date", "station", "registration_number"),
    "staff_report": ("board_decision", "reported_at"),
}


def _reporting_only(a: ActionRow) -> ActionRow:
    """An action as the police version shows it: who reported what when, no reasons."""
    shown = REPORTING_FIELDS[a.kind]
    return replace(a, outcome={k: v for k, v in a.outcome.items() if k in shown}, status_reason="")


def decision_row_rules(outcome: Mapping[str, Any]) -> list[str]:
    """The rules a stored decision applied (from its stored outcome)."""
    return [str(r) for r in outcome.get("rules", [])]


def _director_by_role(ev: EventRow) -> EventRow:
    """A timeline entry of the inzage version with the director named by role: the reviewer is no
    person of the register, so the redactor does not know the name."""
    if ev.kind == "review_recorded":
        return replace(ev, detail={**ev.detail, "reviewer": ev.detail.get("role", OMITTED)})
    changes = ev.detail.get("changes")
    if ev.detail.get("entity") == "review" and isinstance(changes, dict) and "reviewer_name" in changes:
        return replace(ev, detail={**ev.detail, "changes": {**changes, "reviewer_name": [OMITTED, OMITTED]}})
    return ev


def _redacted_decision(d: DecisionRow, labels: Mapping[int, str], red: Callable[[str], str]) -> DecisionRow:
    """``d`` with every person by their label for this reader and every reason redacted."""

    def ref(person: PersonRef | None) -> PersonRef | None:
        return None if person is None else replace(person, name=labels.get(person.id, red(person.name)))

    lines = tuple(
        replace(x, person=ref(x.person), deviation=None if x.deviation is None else red(x.deviation))
        for x in d.view.lines
    )
    persons = tuple(replace(p, name=labels.get(p.person_id, red(p.name))) for p in d.persons)
    return replace(d, view=replace(d.view, lines=lines), persons=persons)


def _minor(kind: str, date_of_birth: date | None, day: date) -> bool:
    """Under the age of majority on ``day``; a pupil without a known birth date counts as one."""
    age = age_on(date_of_birth, day)
    if age is None:
        return kind == PersonKind.PUPIL
    return not is_adult(age)
