"""``import-json``: an ``export-json`` document loaded into a new, empty register.

For a move to a new laptop without a backup, or a successor starting from a handed-over export.
Everything the export holds comes back as it was: ids of persons, incidents, evidence, decisions
and actions, every timestamp, the timelines with their coordinators (by label), the decisions as
stored, the disclosure log and the persons' history, so ``export-json`` afterwards gives the same
document (apart from ``exported_at``). What the export does not hold stays with the old register:
its key slots, its signing key (PDFs issued before are checked against the old certificate) and
its audit trail, which here starts anew with one entry naming the import.

All or nothing, in one transaction; every text passes the register's text rule on the way in.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import zipfile
from collections.abc import Callable
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from datetime import datetime
from typing import Any

from udens_register.domain.enums import images_category
from udens_register.domain.enums import role_order
from udens_register.domain.errors import ValidationError
from udens_register.domain.events import AuditAction
from udens_register.domain.events import AuditNote
from udens_register.services.clock import Clock
from udens_register.services.evidence_files import MIME
from udens_register.services.evidence_files import sniff
from udens_register.services.evidence_upkeep import derive_objects
from udens_register.services.export import FORMAT
from udens_register.services.export import KEY_EVENTS
from udens_register.services.export import VERSION
from udens_register.services.register_import_check import JsonRefused
from udens_register.services.register_import_check import check_consistency
from udens_register.services.register_import_check import check_images
from udens_register.services.register_import_check import refusal
from udens_register.storage import evidence_objects as objects_repo
from udens_register.storage import repositories as repo
from udens_register.storage.models import Action
from udens_register.storage.models import CaseNote
from udens_register.storage.models import Communication
from udens_register.storage.models import Coordinator
from udens_register.storage.models import DecisionRecord
from udens_register.storage.models import Disclosure
from udens_register.storage.models import Event
from udens_register.storage.models import Evidence
from udens_register.storage.models import Guardianship
from udens_register.storage.models import Incident
from udens_register.storage.models import IncidentCategory
from udens_register.storage.models import Involvement
from udens_register.storage.models import Measure
from udens_register.storage.models import Person
from udens_register.storage.models import Review
from udens_register.storage.objects import ObjectStore
from udens_register.storage.objects import StoredObject
from udens_register.storage.uow import UnitOfWorkFactory

# The bytes of one evidence file of the export: given the evidence item, its original bytes, or None.
EvidenceSource = Callable[[dict[str, Any]], bytes | None]


@dataclass(frozen=True)
class Loaded:
    """What was loaded."""

    persons: int
    incidents: int
    disclosures: int
    evidence_files: int


def _dt(value: Any) -> datetime | None:
    try:
        return None if value is None else datetime.fromisoformat(str(value))
    except ValueError as exc:  # "month must be in 1..12" names no value: the refusal names it
        raise ValueError(f"Invalid isoformat string: {str(value)!r}") from exc


def _day(value: Any) -> date | None:
    try:
        return None if value is None else date.fromisoformat(str(value))
    except ValueError as exc:
        raise ValueError(f"Invalid isoformat string: {str(value)!r}") from exc


def base64_evidence(item: dict[str, Any]) -> bytes | None:
    """The original bytes of an evidence item of an ``--with-evidence`` JSON export (base64)."""
    content = item.get("content_base64")
    if content is None:
        return None
    try:
        return base64.b64decode(str(content), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise JsonRefused("json_invalid", f"evidence {item.get('id')}: not base64") from exc


def zip_evidence(archive: zipfile.ZipFile) -> EvidenceSource:
    """The original bytes of an evidence item of an ``export-json --with-evidence`` ZIP: the
    member its ``"file"`` names (``evidence/<id>/<file name>``), one file at a time."""

    def read(item: dict[str, Any]) -> bytes | None:
        place = item.get("file")
        if place is None:
            return base64_evidence(item)  # an export of the first edition
        try:
            return archive.read(str(place))
        except KeyError as exc:
            raise JsonRefused("json_invalid", f"evidence {item.get('id')}: {place} missing") from exc

    return read


def check_document(doc: object) -> dict[str, Any]:
    """The document, when it is an export of this program's format; otherwise :class:`JsonRefused`."""
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise JsonRefused("json_invalid", "format")
    if doc.get("version") != VERSION:
        raise JsonRefused("json_invalid", f"version {doc.get('version')}")
    for key in ("persons", "incidents", "disclosures"):
        if not isinstance(doc.get(key), list):
            raise JsonRefused("json_invalid", key)
    return doc


class RegisterImporter:
    """Loads an export into this register, which must hold no data yet."""

    def __init__(
        self,
        uow: UnitOfWorkFactory,
        coordinator_id: int | None,
        label: str,
        clock: Clock,
        store: ObjectStore | None = None,
    ) -> None:
        self._uow = uow
        self._store = store
        self._written: list[StoredObject] = []  # objects of this load, removed if it fails
        self._coordinator_id = coordinator_id
        self._label = label
        self._clock = clock
        self._where: tuple[str, str] = ("json_at_person", "")  # the item being written, for a refusal

    def is_empty(self) -> bool:
        """No persons, incidents, disclosures or persons' history yet (only the register's own keys)."""
        with self._uow() as uow:
            return repo.holds_no_data(uow.session, KEY_EVENTS)

    def load(self, doc: dict[str, Any], evidence: EvidenceSource = base64_evidence) -> Loaded:
        """Write everything of ``doc``, or nothing."""
        doc = check_document(doc)
        check_consistency(doc)
        check_images(doc)  # before anything is written: not one image of a minor is taken in
        now = self._clock()
        self._written = []
        try:
            return self._load(doc, evidence, now)
        except BaseException:
            # All or nothing: the files written for rows that never committed go too.
            if self._store is not None:
                self._store.delete(o.name for o in self._written)
            raise

    def _load(self, doc: dict[str, Any], evidence: EvidenceSource, now: datetime) -> Loaded:
        with self._uow() as uow:
            s = uow.session
            if not repo.holds_no_data(s, KEY_EVENTS):
                raise JsonRefused("json_not_empty")
            coordinators = self._coordinators(s, doc, now)

            def who(label: Any) -> int | None:
                return coordinators.get(str(label)) if label else None

            try:
                files = self._write(s, doc, who, evidence)
            except (KeyError, TypeError, ValueError) as exc:
                if isinstance(exc, ValidationError):
                    raise
                raise refusal(exc, self._where) from exc
            # The new trail's first word about the data: from which export (its moment) it came.
            uow.events.add(
                AuditNote(AuditAction.REGISTER_IMPORTED, self._label, str(doc.get("exported_at", ""))[:40])
            )
            uow.commit()
        return Loaded(len(doc["persons"]), len(doc["incidents"]), len(doc["disclosures"]), files)

    def _coordinators(self, s: Any, doc: dict[str, Any], now: datetime) -> dict[str, int]:
        labels: dict[str, int] = {}
        current = s.get(Coordinator, self._coordinator_id) if self._coordinator_id is not None else None
        if current is not None:
            labels[current.label] = current.id
        for c in repo.coordinators(s):
            labels.setdefault(c.label, c.id)
        for label in sorted(set(_labels(doc)) - set(labels)):
            # A coordinator of the old register: named in its history, without a key slot here.
            row = Coordinator(slot_id=hashlib.sha256(label.encode()).hexdigest()[:32], label=label,
                              created_at=now, removed_at=now)  # fmt: skip
            s.add(row)
            s.flush()
            labels[label] = row.id
        return labels

    def _write(
        self, s: Any, doc: dict[str, Any], who: Callable[[Any], int | None], evidence: EvidenceSource
    ) -> int:
        for p in doc["persons"]:
            self._where = ("json_at_person", str(p.get("id")))
            s.add(Person(
                id=int(p["id"]), kind=p["kind"], first_name=p["first_name"], infix=p["infix"],
                last_name=p["last_name"], student_number=p.get("student_number"), class_name=p["class"],
                date_of_birth=_day(p.get("date_of_birth")), phone=p.get("phone", ""), email=p.get("email", ""),
                left_on=_day(p.get("left_on")), created_at=_dt(p.get("created_at")) or self._clock(),
                updated_at=_dt(p.get("updated_at")) or self._clock(),
            ))  # fmt: skip
        s.flush()
        for p in doc["persons"]:
            self._where = ("json_at_person", str(p.get("id")))
            relations = p.get("relations") or {}
            for parent in p.get("parents", []):
                s.add(Guardianship(parent_id=int(parent), child_id=int(p["id"]),
                                   relation=relations.get(str(parent), "")))  # fmt: skip
        files = 0
        for i in doc["incidents"]:
            self._where = ("json_at_case", str(i.get("case_number")))
            files += self._incident(s, i, who, evidence)
        for d in doc["disclosures"]:
            self._where = ("json_at_disclosure", str(d.get("id")))
            case = d.get("case")
            s.add(Disclosure(
                id=d.get("id"), at=_dt(d["at"]), incident_id=repo.incident_id_by_number(s, case) if case else None,
                case_numbers=d["case_numbers"], version=d["version"], recipient=d["recipient"],
                sha256=d["sha256"], protected=bool(d["protected"]), coordinator_id=who(d.get("coordinator")),
            ))  # fmt: skip
        s.flush()
        for i in doc["incidents"]:  # after the disclosures they answer and the evidence they keep
            self._where = ("json_at_case", str(i.get("case_number")))
            self._reviews(s, i, who)
        self._where = ("json_at_history", "")
        for ev in doc.get("history", []):
            s.add(Event(at=_dt(ev["at"]), kind=ev["kind"], coordinator_id=who(ev.get("coordinator")),
                        incident_id=None, detail=dict(ev.get("detail") or {})))  # fmt: skip
        s.flush()
        return files

    def _incident(
        self, s: Any, i: dict[str, Any], who: Callable[[Any], int | None], evidence: EvidenceSource
    ) -> int:
        year, seq = str(i["case_number"]).split("-")
        incident = Incident(
            id=i.get("id"), case_year=int(year), case_seq=int(seq), case_number=i["case_number"],
            reported_at=_day(i["reported_at"]), occurred_at=_day(i.get("occurred_at")), platform=i["platform"],
            category=i["category"], title=i["title"], description=i["description"], status=i["status"],
            closing_rationale=i["closing_rationale"], closed_at=_dt(i.get("closed_at")),
            created_at=_dt(i["created_at"]), updated_at=_dt(i.get("updated_at")) or _dt(i["created_at"]),
            sexual_images_minor=bool(i["sexual_images_minor"]) or images_category(i["category"], i.get("further_categories", [])),
            legal_hold=bool(i.get("legal_hold", False)),
            manager_consulted=i.get("manager_consulted", ""),
            manager_consulted_on=_day(i.get("manager_consulted_on")),
        )  # fmt: skip
        s.add(incident)
        s.flush()
        for position, category in enumerate(i.get("further_categories", [])):
            s.add(IncidentCategory(incident_id=incident.id, category=category, position=position))
        for v in i["involvements"]:
            roles = tuple(r.value for r in role_order(v["roles"]))  # an unknown role: a ValueError, refused
            s.add(Involvement(
                incident_id=incident.id, person_id=int(v["person_id"]), roles=roles,
                removed_at=_dt(v.get("removed_at")), removed_reason=v.get("removed_reason", ""),
                created_at=_dt(v.get("created_at")) or incident.created_at,
            ))  # fmt: skip
        files = 0
        for e in i["evidence"]:
            data = evidence(e) if e["kind"] == "file" else None
            objects: dict[str, StoredObject] = {}
            duration = None
            if data is not None:
                if hashlib.sha256(data).hexdigest() != e["sha256"]:
                    raise JsonRefused("json_invalid", f"evidence {e['id']}: SHA-256 differs")
                kind = sniff(data[:64])
                if kind is None or MIME[kind] != e["mime"]:
                    raise JsonRefused("json_invalid", f"evidence {e['id']}: not {e['mime']}")
                if self._store is None:
                    raise JsonRefused("json_invalid", "no object store for the evidence files")
                # Into the object store before the rows commit, as intake does.
                objects["original"] = self._store.write_bytes(data)
                self._written.append(objects["original"])
                made, duration = derive_objects(self._store, kind, objects["original"])
                self._written += made.values()
                objects |= made
                files += 1
            s.add(Evidence(
                id=int(e["id"]), incident_id=incident.id, kind=e["kind"], filename=e["filename"], mime=e["mime"],
                size=int(e["size"]), sha256=e["sha256"], duration_ms=duration,
                platform=e["platform"], post_url=e["post_url"], profile=e["profile"],
                posted_at=_dt(e.get("posted_at")), captured_at=_dt(e.get("captured_at")),
                captured_by=e["captured_by"], description=e["description"], removed_at=_dt(e.get("removed_at")),
                removed_reason=e.get("removed_reason", ""), created_at=_dt(e.get("created_at")) or incident.created_at,
                destroyed_at=_dt(e.get("destroyed_at")),
            ))  # fmt: skip
            s.flush()
            for role, obj in objects.items():
                objects_repo.add_object(s, int(e["id"]), role, obj)
        for m in i["measures"]:
            s.add(Measure(incident_id=incident.id, person_id=m.get("person_id"), kind=m["kind"],
                          taken_on=_day(m["taken_on"]), note=m["note"],
                          created_at=_dt(m.get("created_at")) or incident.created_at))  # fmt: skip
        for c in i["communications"]:
            s.add(Communication(incident_id=incident.id, informed=c["informed"], what=c["what"],
                                informed_on=_day(c["informed_on"]),
                                created_at=_dt(c.get("created_at")) or incident.created_at))  # fmt: skip
        for n in i.get("notes", []):
            s.add(CaseNote(
                id=int(n["id"]), incident_id=incident.id, kind=n["kind"], at=_dt(n["at"]), with_whom=n["with_whom"],
                text=n["text"], coordinator_id=who(n.get("coordinator")),
                created_at=_dt(n.get("created_at")) or incident.created_at, removed_at=_dt(n.get("removed_at")),
                removed_reason=n.get("removed_reason", ""),
            ))  # fmt: skip
        for d in i["decisions"]:
            record = d["record"]
            s.add(DecisionRecord(
                id=int(d["id"]), incident_id=incident.id, created_at=_dt(d["created_at"]),
                coordinator_id=who(d.get("coordinator")), protocol_version=d["protocol_version"],
                facts=record["facts"], outcome=record["outcome"], deviations=record["deviations"],
                routes=record["routes"], person_map=record["person_map"],
            ))  # fmt: skip
        s.flush()
        for a in i["actions"]:
            s.add(Action(
                id=int(a["id"]), incident_id=incident.id, decision_id=a.get("decision_id"), kind=a["kind"],
                person_id=a.get("person_id"), responsible=a["responsible"], due_date=_day(a["due_date"]),
                urgent=bool(a["urgent"]), status=a["status"], status_reason=a["status_reason"],
                outcome=dict(a.get("outcome") or {}), completed_at=_dt(a.get("completed_at")),
                created_at=_dt(a.get("created_at")) or incident.created_at,
                updated_at=_dt(a.get("updated_at")) or incident.created_at, description=a.get("description", ""),
            ))  # fmt: skip
        for ev in i["timeline"]:
            s.add(Event(at=_dt(ev["at"]), kind=ev["kind"], coordinator_id=who(ev.get("coordinator")),
                        incident_id=incident.id, detail=dict(ev.get("detail") or {})))  # fmt: skip
        s.flush()
        return files

    @staticmethod
    def _reviews(s: Any, i: dict[str, Any], who: Callable[[Any], int | None]) -> None:
        """The director's reviews of a case, with the file each answers, its signed page and
        its further measures (actions of the case, already written)."""
        incident_id = repo.incident_id_by_number(s, i["case_number"])
        for r in i.get("reviews", []):
            paper = r.get("paper") or {}
            s.add(Review(
                id=int(r["id"]), incident_id=incident_id, created_at=_dt(r["created_at"]),
                coordinator_id=who(r.get("coordinator")), reviewer_name=r["reviewer_name"],
                reviewer_role=r["reviewer_role"], reviewed_on=_day(r["reviewed_on"]), decision=r["decision"],
                disclosure_id=r.get("disclosure_id"), evidence_id=paper.get("evidence_id"),
            ))  # fmt: skip
            s.flush()
            for action_id in r.get("measure_action_ids", []):
                action = s.get(Action, int(action_id))
                if action is None or action.incident_id != incident_id:
                    raise JsonRefused("json_invalid", f"review {r['id']}: action {action_id} missing")
                action.review_id = int(r["id"])


def _labels(doc: dict[str, Any]) -> Iterable[str]:
    for i in doc["incidents"]:
        for ev in i.get("timeline", []):
            if ev.get("coordinator"):
                yield str(ev["coordinator"])
        for d in (*i.get("decisions", []), *i.get("notes", []), *i.get("reviews", [])):
            if d.get("coordinator"):
                yield str(d["coordinator"])
    for d in doc["disclosures"]:
        if d.get("coordinator"):
            yield str(d["coordinator"])
    for ev in doc.get("history", []):
        if ev.get("coordinator"):
            yield str(ev["coordinator"])
