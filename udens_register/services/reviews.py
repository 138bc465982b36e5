"""The director's review comes back: who reviewed a case, on which day, the decision, the further
measures (each a tracked follow-up action with a responsible person and a due date) and,
optionally, the signed paper page kept as evidence.

Nothing is deleted: a correction changes a review in place and keeps the old values, who, when
and why in the case's timeline, as every correction in the register does.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from udens_register.domain.decisions import ActionKind
from udens_register.domain.errors import ValidationError
from udens_register.domain.events import EventKind
from udens_register.domain.text import check_text
from udens_register.services.clock import Clock
from udens_register.services.clock import local_today
from udens_register.services.convert import plain_value
from udens_register.services.decisions import actions_of
from udens_register.services.decisions import open_action
from udens_register.services.dto import ActionRow
from udens_register.services.dto import EvidenceMeta
from udens_register.services.dto import ReviewDraft
from udens_register.services.dto import ReviewRow
from udens_register.services.evidence import EvidenceService
from udens_register.services.lookups import existing_incident
from udens_register.services.recording import CoordinatorService
from udens_register.services.recording import refuse_correction
from udens_register.storage.models import Review
from udens_register.storage.uow import UnitOfWorkFactory

NAME_MAX = 200
CORRECTABLE = ("reviewer_name", "reviewer_role", "reviewed_on", "decision")


def review_row(r: Review, actions: Sequence[ActionRow]) -> ReviewRow:
    """The DTO of a stored review; ``actions`` are the case's actions (its measures among them)."""
    paper = r.evidence
    issued = r.disclosure
    return ReviewRow(
        id=r.id,
        incident_id=r.incident_id,
        created_at=r.created_at,
        coordinator=r.coordinator.label if r.coordinator else "",
        reviewer_name=r.reviewer_name,
        reviewer_role=r.reviewer_role,
        reviewed_on=r.reviewed_on,
        decision=r.decision,
        measures=tuple(a for a in actions if a.review_id == r.id),
        file_issued_at=issued.at if issued else None,
        file_sha256=issued.sha256 if issued else "",
        paper_evidence_id=paper.id if paper else None,
        paper_filename=paper.filename if paper else "",
        paper_sha256=paper.sha256 if paper else "",
    )


def _check(draft: ReviewDraft, today: date) -> None:
    """Every rule of a review, before anything is stored (the paper page included)."""
    # The text rule here too (the storage checks it again): the signed page must not be kept as
    # evidence of a review that is then refused.
    check_text("decision", draft.decision, multiline=True)
    for field, value in (("reviewer_name", draft.reviewer_name), ("reviewer_role", draft.reviewer_role)):
        check_text(field, value, multiline=False)
        if not value.strip():
            raise ValidationError(field, "required")
        if len(value.strip()) > NAME_MAX:
            raise ValidationError(field, f"longer than {NAME_MAX} characters")
    if draft.reviewed_on > today:
        raise ValidationError("reviewed_on", "in the future")
    if not draft.decision.strip():
        raise ValidationError("decision", "required")
    for m in draft.measures:
        check_text("measure", m.description, multiline=True)
        check_text("responsible", m.responsible, multiline=False)
        if not m.description.strip():
            raise ValidationError("measure", "required")
        if not m.responsible.strip():
            raise ValidationError("responsible", "required")
        if len(m.responsible.strip()) > NAME_MAX:
            raise ValidationError("responsible", f"longer than {NAME_MAX} characters")
        if m.due_date < draft.reviewed_on:
            raise ValidationError("due_date", "before the day of the review")


class ReviewService(CoordinatorService):
    """Reviews of one open register, recorded on behalf of one coordinator."""

    def __init__(
        self, uow: UnitOfWorkFactory, coordinator_id: int | None, clock: Clock, evidence: EvidenceService
    ) -> None:
        super().__init__(uow, coordinator_id, clock)
        self._evidence = evidence

    def record(self, incident_id: int, draft: ReviewDraft) -> ReviewRow:
        """Record a review with its measures as actions, and the signed page as evidence when given.

        Raises:
            ValidationError: naming the first field that breaks a rule (nothing is stored).
            EvidenceRefused: the paper page cannot be kept (nothing is stored).
        """
        today = local_today(self._clock)
        _check(draft, today)
        with self._uow(read_only=True) as uow:
            existing_incident(uow, incident_id)
        paper_id: int | None = None
        # Through the evidence service: its checks, its hash, its storage, its timeline entry.
        meta = EvidenceMeta(description=draft.paper_note.strip(), captured_at=self._clock())
        if draft.paper_path is not None:
            paper_id = self._evidence.intake_file(incident_id, draft.paper_path, meta).id
        elif draft.paper:
            name = draft.paper_name or "beoordeling.pdf"
            paper_id = self._evidence.intake(incident_id, name, draft.paper, meta).id
        now = self._clock()
        with self._uow() as uow:
            issued = uow.reviews.latest_directie_file(incident_id)
            review = Review(
                incident_id=incident_id,
                created_at=now,
                coordinator_id=self._coordinator_id,
                reviewer_name=draft.reviewer_name.strip(),
                reviewer_role=draft.reviewer_role.strip(),
                reviewed_on=draft.reviewed_on,
                decision=draft.decision.strip(),
                disclosure_id=issued.id if issued else None,
                evidence_id=paper_id,
            )
            uow.reviews.add(review)
            uow.events.add(
                self._event(
                    EventKind.REVIEW_RECORDED,
                    incident_id=incident_id,
                    detail={
                        "review_id": review.id,
                        "reviewer": review.reviewer_name,
                        "role": review.reviewer_role,
                        "reviewed_on": review.reviewed_on.isoformat(),
                        "measures": len(draft.measures),
                        **({"evidence_id": paper_id} if paper_id else {}),
                    },
                )
            )
            for m in draft.measures:
                open_action(
                    uow,
                    self._event,
                    now,
                    incident_id=incident_id,
                    review_id=review.id,
                    kind=ActionKind.MEASURE,
                    description=m.description.strip(),
                    responsible=m.responsible.strip(),
                    due_date=m.due_date,
                )
            uow.commit()
            return review_row(review, actions_of(uow, incident_id, today))

    def correct(self, review_id: int, changes: dict[str, Any], reason: str) -> ReviewRow:
        """Change what a review says; the previous values, who, when and why are kept.

        Raises:
            ValidationError: no reason, an unknown field, or a value that breaks a rule.
        """
        refuse_correction(reason, changes, CORRECTABLE)
        today = local_today(self._clock)
        with self._uow() as uow:
            review = uow.reviews.get(review_id)
            if review is None:
                raise ValidationError("review", f"no review {review_id}")
            cleaned = {k: v.strip() if isinstance(v, str) else v for k, v in changes.items()}
            day = cleaned.get("reviewed_on", review.reviewed_on)
            if not isinstance(day, date):
                raise ValidationError("reviewed_on", "not a date")
            _check(
                ReviewDraft(
                    reviewer_name=str(cleaned.get("reviewer_name", review.reviewer_name)),
                    reviewer_role=str(cleaned.get("reviewer_role", review.reviewer_role)),
                    reviewed_on=day,
                    decision=str(cleaned.get("decision", review.decision)),
                ),
                today,
            )
            diff = {
                k: [plain_value(getattr(review, k)), plain_value(v)]
                for k, v in cleaned.items()
                if getattr(review, k) != v
            }
            if diff:
                for key in diff:
                    setattr(review, key, cleaned[key])
                uow.events.add(
                    self._event(
                        EventKind.CORRECTED,
                        incident_id=review.incident_id,
                        detail={
                            "entity": "review",
                            "review_id": review.id,
                            "changes": diff,
                            "reason": reason.strip(),
                        },
                    )
                )
                uow.commit()
            return review_row(review, actions_of(uow, review.incident_id, today))

    def reviews(self, incident_id: int) -> list[ReviewRow]:
        """Every review of a case, oldest first, each with its measures."""
        today = local_today(self._clock)
        with self._uow(read_only=True) as uow:
            actions = actions_of(uow, incident_id, today)
            return [review_row(r, actions) for r in uow.reviews.of_incident(incident_id)]
