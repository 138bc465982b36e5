"""The AVG data-portability export: the whole register as one JSON document."""

from __future__ import annotations

import hashlib
import json
import zipfile
from dataclasses import asdict
from datetime import date
from datetime import datetime
from typing import Any
from typing import BinaryIO

from udens_register.domain.errors import RegisterDamaged
from udens_register.domain.routes import ROUTE_LAW
from udens_register.domain.routes import ROUTE_STEPS
from udens_register.domain.routes import route_of
from udens_register.services.clock import Clock
from udens_register.services.convert import event_row
from udens_register.services.convert import person_row
from udens_register.services.decision_view import DecisionView
from udens_register.services.decisions import decision_row
from udens_register.storage import evidence_objects as objects_repo
from udens_register.storage import repositories as repo
from udens_register.storage.disclosures import disclosures as disclosure_log
from udens_register.storage.objects import ObjectStore
from udens_register.storage.objects import StoredObject
from udens_register.storage.uow import UnitOfWork

FORMAT = "udens-register"
VERSION = 1
# Events about this register's own key slots: they stay with the register, not with its data.
KEY_EVENTS = ("register_created", "key_added", "key_removed", "passphrase_changed", "recovery_key_renewed")
COPY_CHUNK = 1024 * 1024
ZIP64_FROM = 1 << 30  # a larger member is written as ZIP64 from its first header


def decision_json(view: DecisionView) -> dict[str, Any]:
    """A decision as the export shows it: its lines with rule, person, mode, grounds and deviation."""
    return {
        "violation": view.violation,
        "rules": list(view.rules),
        "lines": [
            {
                "kind": x.kind.value,
                "rule": x.rule,
                "person_id": x.person.id if x.person else None,
                "person": x.person.name if x.person else None,
                "mode": x.mode.value if x.mode else None,
                "grounds": [g.value for g in x.grounds],
                "urgent": x.urgent,
                "deviation": x.deviation,
            }
            for x in view.lines
        ],
        "routes": [r.value for r in view.routes],
    }


def routes_json(decisions: Any) -> list[dict[str, Any]]:
    """The routes the case's decisions opened, with the source each rests on and its steps."""
    found: list[dict[str, Any]] = []
    for d in decisions:
        for route in dict(d.routes or {}).get("routes", []):
            found.append(
                {
                    "route": route,
                    "decision_id": d.id,
                    "source": ROUTE_LAW[route],
                    "steps": [s.kind for s in ROUTE_STEPS[route]],
                }
            )
    return found


def _iso(value: date | datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def evidence_path(evidence_id: int, filename: str) -> str:
    """Where an evidence file goes in the export ZIP: ``evidence/<id>/<original file name>``."""
    name = "".join("_" if ch in _UNSAFE or ord(ch) < 32 else ch for ch in filename).strip(" .")
    return f"evidence/{evidence_id}/{name or f'evidence-{evidence_id}'}"


_UNSAFE = set('/\\:*?"<>|')


def export_document(
    uow: UnitOfWork, clock: Clock, *, files: list[tuple[str, StoredObject]] | None = None
) -> dict[str, Any]:
    """Everything recorded, as a JSON-compatible dict.

    Args:
        files: when given, every evidence item whose original is kept names its place in the
            export (``"file"``), and the (place, object) pairs are appended here, read in the
            same transaction as the document.
    """
    with uow:
        s = uow.session
        originals = objects_repo.originals(s) if files is not None else {}
        parents: dict[int, list[int]] = {}
        relations: dict[int, dict[str, str]] = {}
        for g in repo.guardianships(s):
            parents.setdefault(g.child_id, []).append(g.parent_id)
            if g.relation:
                relations.setdefault(g.child_id, {})[str(g.parent_id)] = g.relation
        persons = []
        for p in sorted(repo.persons(s), key=lambda x: x.id):
            row = person_row(p)
            persons.append(
                {
                    "id": row.id,
                    "kind": row.kind,
                    "first_name": row.first_name,
                    "infix": row.infix,
                    "last_name": row.last_name,
                    "student_number": row.student_number or None,
                    "class": row.class_name,
                    "date_of_birth": _iso(row.date_of_birth),
                    "parents": sorted(parents.get(row.id, [])),
                    "relations": relations.get(row.id, {}),
                    "phone": row.phone,
                    "email": row.email,
                    "left_on": _iso(row.left_on),
                    "created_at": _iso(p.created_at),
                    "updated_at": _iso(p.updated_at),
                }
            )
        incidents: list[dict[str, Any]] = []
        labels = {c.id: c.label for c in repo.coordinators(s)}
        numbers: dict[int, str] = {}
        for i in repo.all_incidents_full(s):
            numbers[i.id] = i.case_number
            incidents.append(
                {
                    "id": i.id,
                    "case_number": i.case_number,
                    "reported_at": _iso(i.reported_at),
                    "occurred_at": _iso(i.occurred_at),
                    "platform": i.platform,
                    "category": i.category,
                    "further_categories": [c.category for c in i.further_categories],
                    "title": i.title,
                    "description": i.description,
                    "status": i.status,
                    "closing_rationale": i.closing_rationale,
                    "closed_at": _iso(i.closed_at),
                    "created_at": _iso(i.created_at),
                    "updated_at": _iso(i.updated_at),
                    "legal_hold": i.legal_hold,
                    "sexual_images_minor": i.sexual_images_minor,
                    "manager_consulted": i.manager_consulted,
                    "manager_consulted_on": _iso(i.manager_consulted_on),
                    "involvements": [
                        {
                            "person_id": v.person_id,
                            "roles": list(v.roles),
                            "removed_at": _iso(v.removed_at),
                            "removed_reason": v.removed_reason,
                            "created_at": _iso(v.created_at),
                        }
                        for v in i.involvements
                    ],
                    "evidence": [
                        {
                            "id": e.id,
                            "kind": e.kind,
                            "filename": e.filename,
                            "mime": e.mime,
                            "size": e.size,
                            "sha256": e.sha256,
                            "platform": e.platform,
                            "post_url": e.post_url,
                            "profile": e.profile,
                            "posted_at": _iso(e.posted_at),
                            "captured_at": _iso(e.captured_at),
                            "captured_by": e.captured_by,
                            "description": e.description,
                            "removed_at": _iso(e.removed_at),
                            "removed_reason": e.removed_reason,
                            "destroyed_at": _iso(e.destroyed_at),
                            "created_at": _iso(e.created_at),
                            **(
                                {"file": evidence_path(e.id, e.filename)}
                                # Sexual images of a minor are never copied out, not even with
                                # --with-evidence: their hashes and descriptions go, not the bytes.
                                if files is not None and e.id in originals and not i.sexual_images_minor
                                else {}
                            ),
                        }
                        for e in i.evidence
                    ],
                    "measures": [
                        {
                            "kind": m.kind,
                            "person_id": m.person_id,
                            "taken_on": _iso(m.taken_on),
                            "note": m.note,
                            "created_at": _iso(m.created_at),
                        }
                        for m in i.measures
                    ],
                    "communications": [
                        {
                            "informed": c.informed,
                            "what": c.what,
                            "informed_on": _iso(c.informed_on),
                            "created_at": _iso(c.created_at),
                        }
                        for c in i.communications
                    ],
                    "notes": [
                        {
                            "id": n.id,
                            "kind": n.kind,
                            "at": _iso(n.at),
                            "with_whom": n.with_whom,
                            "text": n.text,
                            "coordinator": n.coordinator.label if n.coordinator else "",
                            "created_at": _iso(n.created_at),
                            "removed_at": _iso(n.removed_at),
                            "removed_reason": n.removed_reason,
                        }
                        for n in i.notes
                    ],
                    "decisions": [
                        {
                            "id": d.id,
                            "created_at": _iso(d.created_at),
                            "coordinator": d.coordinator,
                            "protocol_version": d.protocol_version,
                            "answers": asdict(d.answers),
                            "persons": [asdict(p) for p in d.persons],
                            "decision": decision_json(d.view),
                            "record": {  # as stored, so import-json restores it exactly
                                "facts": r.facts,
                                "outcome": r.outcome,
                                "deviations": r.deviations,
                                "routes": r.routes,
                                "person_map": r.person_map,
                            },
                        }
                        for r, d in ((r, decision_row(r)) for r in i.decisions)
                    ],
                    "actions": [
                        {
                            "id": a.id,
                            "decision_id": a.decision_id,
                            "kind": a.kind,
                            "route": route_of(a.kind),
                            "person_id": a.person_id,
                            "responsible": a.responsible,
                            "due_date": _iso(a.due_date),
                            "urgent": a.urgent,
                            "status": a.status,
                            "status_reason": a.status_reason,
                            "outcome": dict(a.outcome or {}),
                            "completed_at": _iso(a.completed_at),
                            "created_at": _iso(a.created_at),
                            "updated_at": _iso(a.updated_at),
                            "review_id": a.review_id,
                            "description": a.description,
                        }
                        for a in i.actions
                    ],
                    "routes": routes_json(i.decisions),
                    "reviews": [
                        {
                            "id": r.id,
                            "created_at": _iso(r.created_at),
                            "coordinator": r.coordinator.label if r.coordinator else "",
                            "reviewer_name": r.reviewer_name,
                            "reviewer_role": r.reviewer_role,
                            "reviewed_on": _iso(r.reviewed_on),
                            "decision": r.decision,
                            "disclosure_id": r.disclosure_id,
                            "paper": {"evidence_id": r.evidence.id, "sha256": r.evidence.sha256}
                            if r.evidence is not None
                            else None,
                            "measure_action_ids": [a.id for a in i.actions if a.review_id == r.id],
                        }
                        for r in i.reviews
                    ],
                    "timeline": [
                        {
                            "at": _iso(ev.at),
                            "kind": ev.kind,
                            "coordinator": ev.coordinator,
                            "detail": ev.detail,
                        }
                        for ev in (event_row(e) for e in i.events)
                    ],
                }
            )
        if files is not None:
            files += [
                (item["file"], originals[item["id"]])
                for incident in incidents
                for item in incident["evidence"]
                if "file" in item
            ]
        disclosures = [
            {
                "id": d.id,
                "at": _iso(d.at),
                "case_numbers": d.case_numbers,
                "version": d.version,
                "recipient": d.recipient,
                "sha256": d.sha256,
                "protected": d.protected,
                "case": numbers.get(d.incident_id) if d.incident_id is not None else None,
                "coordinator": d.coordinator_id and labels.get(d.coordinator_id, ""),
            }
            for d in disclosure_log(s)
        ]
        history = [
            {"at": _iso(ev.at), "kind": ev.kind, "coordinator": ev.coordinator, "detail": ev.detail}
            for ev in (event_row(e) for e in repo.register_events(s, exclude=KEY_EVENTS))
        ]
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": clock().isoformat(timespec="seconds"),
        "persons": persons,
        "incidents": incidents,
        "disclosures": disclosures,
        "history": history,
    }


def _json_bytes(document: dict[str, Any]) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def export_json_bytes(uow: UnitOfWork, clock: Clock) -> bytes:
    """The export document, UTF-8, indented, ending in a newline."""
    return _json_bytes(export_document(uow, clock))


def export_zip(uow: UnitOfWork, clock: Clock, store: ObjectStore, out: BinaryIO) -> int:
    """The export with its evidence, as a ZIP streamed to ``out``; the number of files.

    ``register.json`` is the plain export where every kept evidence file is named by its
    place (``"file": "evidence/<id>/<file name>"``) beside its ``sha256``; the files follow,
    stored as they are (screenshots do not compress), a chunk at a time (ZIP64 for any size).

    Raises:
        RegisterDamaged: an object cannot be read back whole or differs from its hash (named).
    """
    files: list[tuple[str, StoredObject]] = []
    document = export_document(uow, clock, files=files)
    stamp = clock().astimezone().timetuple()[:6]
    with zipfile.ZipFile(out, "w", allowZip64=True) as zf:
        info = zipfile.ZipInfo("register.json", date_time=stamp)
        info.compress_type = zipfile.ZIP_DEFLATED
        zf.writestr(info, _json_bytes(document))
        for place, obj in files:
            info = zipfile.ZipInfo(place, date_time=stamp)
            info.compress_type = zipfile.ZIP_STORED
            info.file_size = obj.size
            digest = hashlib.sha256()
            with store.open(obj) as reader, zf.open(info, "w", force_zip64=obj.size > ZIP64_FROM) as target:
                while block := reader.read(COPY_CHUNK):
                    digest.update(block)
                    target.write(block)
            if digest.hexdigest() != obj.sha256:
                raise RegisterDamaged(f"{place}: sha256 differs")
    return len(files)
