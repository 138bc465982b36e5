"""Before ``import-json`` writes anything: does the export agree with itself?

An export made by this program always does; one edited by hand, cut or put together from two may
not (a person twice, a review answering a disclosure that is not in it). Each such fault is one
named reason (:class:`JsonRefused` with a catalogue code and its values) instead of an integrity
error of the database halfway through the load.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from udens_register.domain.enums import images_category
from udens_register.domain.errors import RegisterError


class JsonRefused(RegisterError):
    """The document is not an export of this program, or the register is not empty."""

    def __init__(self, code: str, detail: str = "", **values: object) -> None:
        super().__init__(detail or code)
        self.code = code
        self.detail = detail
        self.values = values


def _key(value: Any) -> str:
    return str(value).strip()


def _once(code: str, values: Iterable[Any]) -> set[str]:
    """The keys of ``values``; :class:`JsonRefused` ``code`` naming the first that comes twice."""
    seen: set[str] = set()
    for value in values:
        if value is None:
            continue
        key = _key(value)
        if key in seen:
            raise JsonRefused(code, id=key)
        seen.add(key)
    return seen


def _items(owner: dict[str, Any], key: str) -> list[dict[str, Any]]:
    items = owner.get(key)
    return [x for x in items if isinstance(x, dict)] if isinstance(items, list) else []


def check_consistency(doc: dict[str, Any]) -> None:
    """:class:`JsonRefused` naming the first fault: an id or case number twice, or a reference
    to a person or disclosure the export does not hold."""
    persons = _once("json_person_twice", (p.get("id") for p in _items(doc, "persons")))
    incidents = _items(doc, "incidents")
    _once("json_incident_twice", (i.get("id") for i in incidents))
    _once("json_case_twice", (i.get("case_number") for i in incidents))
    _once("json_evidence_twice", (e.get("id") for i in incidents for e in _items(i, "evidence")))
    _once("json_decision_twice", (d.get("id") for i in incidents for d in _items(i, "decisions")))
    _once("json_action_twice", (a.get("id") for i in incidents for a in _items(i, "actions")))
    _once("json_review_twice", (r.get("id") for i in incidents for r in _items(i, "reviews")))
    disclosures = _once("json_disclosure_twice", (d.get("id") for d in _items(doc, "disclosures")))
    for p in _items(doc, "persons"):
        for parent in p.get("parents") or []:
            if _key(parent) not in persons:
                raise JsonRefused("json_no_parent", id=_key(parent), child=_key(p.get("id")))
    for i in incidents:
        case = _key(i.get("case_number"))
        for v in _items(i, "involvements"):
            if _key(v.get("person_id")) not in persons:
                raise JsonRefused("json_no_person", id=_key(v.get("person_id")), case=case)
        for m in (*_items(i, "measures"), *_items(i, "actions")):
            if m.get("person_id") is not None and _key(m["person_id"]) not in persons:
                raise JsonRefused("json_no_person", id=_key(m["person_id"]), case=case)
        for r in _items(i, "reviews"):
            if r.get("disclosure_id") is not None and _key(r["disclosure_id"]) not in disclosures:
                raise JsonRefused("json_no_disclosure", id=_key(r["disclosure_id"]), review=_key(r.get("id")))


def check_images(doc: dict[str, Any]) -> None:
    """:class:`JsonRefused` ``json_images_minor`` naming the first case flagged as sexual images of
    a minor whose export holds the bytes of any of its files (an export of an old register, made
    before the guard): keeping such images is an offence, so the register never takes them in;
    nothing is imported. Its files without bytes (destroyed, or an export without the files) are
    no images and load as they are."""
    for i in _items(doc, "incidents"):
        further = i.get("further_categories")
        flagged = i.get("sexual_images_minor") is True or images_category(
            str(i.get("category", "")), further if isinstance(further, list) else ()
        )
        if not flagged:
            continue
        files = [
            e
            for e in _items(i, "evidence")
            if e.get("kind") == "file" and ("file" in e or e.get("content_base64") is not None)
        ]
        if files:
            raise JsonRefused("json_images_minor", case=_key(i.get("case_number")), count=len(files))


def refusal(exc: Exception, where: tuple[str, str]) -> JsonRefused:
    """The reason, in the catalogue's words, for a fault found while writing the item ``where``
    (a catalogue code naming its kind, and its id): a field missing, a date that is none, a value
    of the wrong kind."""
    if isinstance(exc, KeyError):
        return JsonRefused("json_field_missing", field=str(exc.args[0] if exc.args else ""), where=where)
    found = re.search(r"isoformat string: '(.*)'", str(exc))
    if isinstance(exc, ValueError) and found:
        return JsonRefused("json_bad_date", value=found.group(1)[:40], where=where)
    return JsonRefused("json_bad_value", where=where)
