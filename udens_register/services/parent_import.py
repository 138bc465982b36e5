"""Parents (and guardians) from the administration's export: the child's student number, names,
relation (moeder, vader, verzorger), phone and e-mail; read, checked and applied as the pupil
import is (all or nothing, never erasing, each change a correction in the parent's history).

A parent is the same person when linked to that child under the same name, or named the same
with the same e-mail address or phone number (a parent of two pupils is one person, linked twice).
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field
from datetime import date

from udens_register.domain.enums import PersonKind
from udens_register.domain.enums import Relation
from udens_register.domain.events import EventKind
from udens_register.domain.model import display_name
from udens_register.services.clock import local_today
from udens_register.services.convert import plain_value
from udens_register.services.family import add_link
from udens_register.services.family import link_names
from udens_register.services.import_columns import PARENT_FIELDS
from udens_register.services.import_columns import PARENT_REQUIRED
from udens_register.services.import_columns import norm
from udens_register.services.import_columns import recognise
from udens_register.services.importer import LIMITS
from udens_register.services.importer import ImportOptions
from udens_register.services.importer import ListImporter
from udens_register.services.importer import cell_values
from udens_register.services.importer import import_reason
from udens_register.services.importer import number_key
from udens_register.services.importer import safe_name
from udens_register.services.tabular import MAX_REPORTED
from udens_register.services.tabular import ImportRefused
from udens_register.services.tabular import Problem
from udens_register.services.tabular import problem
from udens_register.services.tabular import read_table
from udens_register.storage.models import Person

RELATIONS: dict[str, str] = {
    **dict.fromkeys(("moeder", "mother", "mama", "mam"), Relation.MOTHER.value),
    **dict.fromkeys(("vader", "father", "papa", "pap"), Relation.FATHER.value),
    **dict.fromkeys(("verzorger", "verzorgster", "voogd", "pleegouder", "pleegmoeder", "pleegvader",
                     "guardian", "carer", "caregiver", "fosterparent"), Relation.GUARDIAN.value),
    **dict.fromkeys(("", "ouder", "ouderverzorger", "parent", "parentguardian"), ""),
}  # fmt: skip

_CONTACT = ("first_name", "infix", "phone", "email")


@dataclass(frozen=True)
class ParentRow:
    """One valid row: a parent of the pupil with ``student_number``."""

    line: int
    student_number: str
    first_name: str
    infix: str
    last_name: str
    relation: str
    phone: str
    email: str
    fields: frozenset[str]

    def same_person(self, other: ParentRow | Person) -> bool:
        """Named the same, with the same e-mail address or phone number."""
        if (norm(self.first_name), norm(self.last_name)) != (norm(other.first_name), norm(other.last_name)):
            return False
        mail = bool(self.email) and self.email.lower() == (other.email or "").lower()
        phone = bool(self.phone) and norm(self.phone) == norm(other.phone or "")
        return mail or phone


@dataclass
class ParentPlan:
    """What a parents import would do."""

    rows: list[ParentRow]
    new: list[ParentRow] = field(default_factory=list)
    changed: list[tuple[ParentRow, int, dict[str, tuple[object, object]]]] = field(default_factory=list)
    links: int = 0
    unchanged: int = 0
    children: dict[int, tuple[str, str]] = field(default_factory=dict)  # line → the child's (name, number)
    unused: tuple[str, ...] = ()
    empty_kept: list[tuple[int, str]] = field(default_factory=list)
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""
    sheets: tuple[str, ...] = ()
    header: tuple[str, ...] = ()


# Dutch name particles (tussenvoegsels), and the forms of address an administration may put first.
_PARTICLES = frozenset(
    "van de der den het 't te ter ten in op aan bij onder uit voor over la le les du des d' di da del "
    "della dos das von zu vom zum 's 'n".split()
)
_TITLES = frozenset("dhr dhr. mevr mevr. mw mw. mevrouw meneer heer mr. dr. ir. drs. ing.".split())


def split_name(whole: str) -> tuple[str, str, str]:
    """A whole name as (first name, infix, last name), the way Dutch names are written:
    ``Ineke van der Berg``, ``Anna Maria de Vries``, ``J. Jansen``, ``Berg, Ineke van der``
    (the administration's "last name, first name" form) and a last name alone."""
    text = " ".join(whole.split())
    if "," in text:
        last_part, _, first_part = text.partition(",")
        last_words, first_words = last_part.split(), first_part.split()
        lead = _particle_run(last_words, 0)  # "van der Berg, Ineke"
        tail = len(first_words)  # "Berg, Ineke van der"
        while tail > 0 and first_words[tail - 1].lower() in _PARTICLES:
            tail -= 1
        infix = " ".join(last_words[:lead] + first_words[tail:])
        return " ".join(first_words[:tail]), infix, " ".join(last_words[lead:])
    words = text.split()
    if len(words) > 2 and [w.lower() for w in words[:2]] == ["de", "heer"]:
        words = words[2:]
    while len(words) > 1 and words[0].lower() in _TITLES:
        words = words[1:]
    for start in range(len(words) - 1):
        end = _particle_run(words, start)
        if start < end < len(words):
            return " ".join(words[:start]), " ".join(words[start:end]), " ".join(words[end:])
    if len(words) <= 1:
        return "", "", " ".join(words)
    return " ".join(words[:-1]), "", words[-1]


def _particle_run(words: list[str], start: int) -> int:
    """The end of the run of name particles from ``start`` (``start`` itself when there is none)."""
    end = start
    while end < len(words) and words[end].lower() in _PARTICLES:
        end += 1
    return end


def parse_parents(raw: bytes, today: date, options: ImportOptions) -> tuple[list[ParentRow], ParentPlan]:
    """Rows of a parents file; raises :class:`ImportRefused` naming lines and reasons."""
    table = read_table(raw, options.filename, options.sheet)
    columns = recognise(table.header, PARENT_FIELDS, PARENT_REQUIRED, options.mapping)
    if columns.missing:
        names = {"student_number": "Stamnummer/Leerlingnummer", "last_name": "Achternaam"}
        raise ImportRefused(
            [problem(table.header_line, "missing_column", column=names[m]) for m in columns.missing]
        )
    problems: list[Problem] = []
    rows: list[ParentRow] = []
    for line, record in table.rows:
        values, row_problems = cell_values(table, columns, line, record, today)
        number = str(values.get("student_number", ""))
        if not number:
            row_problems.append(problem(line, "number_empty"))
        whole = values.pop("full_name", None)
        if whole is not None:
            column = table.header[columns.index["full_name"]].strip()
            values.update(zip(("first_name", "infix", "last_name"), split_name(str(whole)), strict=True))
            if not whole:
                row_problems.append(problem(line, "name_empty", column=column))
            for key in ("first_name", "infix", "last_name"):
                if len(str(values[key])) > LIMITS[key]:
                    row_problems.append(problem(line, "value_long", column=column, limit=LIMITS[key]))
                    break
        elif not values.get("last_name"):
            row_problems.append(problem(line, "last_empty"))
        relation_text = str(values.get("relation", ""))
        relation = RELATIONS.get(norm(relation_text))
        if relation is None:
            row_problems.append(problem(line, "relation_unknown", value=relation_text))
        if row_problems:
            problems.extend(row_problems)
            continue
        present = frozenset(k for k in values if k != "student_number")
        rows.append(ParentRow(
            line, number, str(values.get("first_name", "")), str(values.get("infix", "")),
            str(values.get("last_name", "")), relation or "", str(values.get("phone", "")),
            str(values.get("email", "")), present,
        ))  # fmt: skip
    if problems:
        raise ImportRefused(problems[:MAX_REPORTED], len({p.line for p in problems}))
    if not rows:
        raise ImportRefused([problem(table.header_line, "no_pupils")])
    plan = ParentPlan(rows, unused=columns.unused, encoding=table.source, delimiter=table.delimiter,
                      sheet=table.sheet, sheets=table.sheets, header=table.header)  # fmt: skip
    return rows, plan


class ParentImporter(ListImporter):
    """Plan and apply a parents import in one transaction (the same file checks as for a pupil list)."""

    FIELDS: tuple[str, ...] = PARENT_FIELDS
    REQUIRED: tuple[str, ...] = PARENT_REQUIRED

    def plan(self, raw: bytes, options: ImportOptions | None = None) -> ParentPlan:
        """Parse and compare with the register; changes nothing."""
        return self._run(raw, options or ImportOptions(), write=False)

    def apply(self, raw: bytes, options: ImportOptions | None = None) -> ParentPlan:
        """Import every row, or nothing."""
        return self._run(raw, options or ImportOptions(), write=True)

    def _run(self, raw: bytes, options: ImportOptions, *, write: bool) -> ParentPlan:
        rows, plan = parse_parents(raw, local_today(self._clock), options)
        now = self._clock()
        reason = import_reason(safe_name(options.filename), local_today(self._clock))
        with self._uow() as uow:
            pupils: dict[str, Person] = {}
            for number, known in sorted(uow.persons.pupils_by_number().items(), key=lambda x: x[1].id):
                pupils.setdefault(number_key(number), known)
            problems = [
                problem(r.line, "child_unknown", number=r.student_number)
                for r in rows
                if number_key(r.student_number) not in pupils
            ]
            if problems:
                raise ImportRefused(problems[:MAX_REPORTED], len(problems))
            parents = list(uow.persons.find(kind=PersonKind.PARENT.value))
            made: list[tuple[ParentRow, Person]] = []  # parents new in this file, by their first row
            for row in rows:
                child = pupils[number_key(row.student_number)]
                plan.children[row.line] = (
                    display_name(child.first_name, child.infix, child.last_name),
                    child.student_number or "",
                )
                linked = {p.id: p for p in uow.persons.parents_of(child.id)}
                person: Person | None = next(
                    (p for p in linked.values()
                     if (norm(p.first_name), norm(p.last_name)) == (norm(row.first_name), norm(row.last_name))
                     or (not row.first_name and norm(p.last_name) == norm(row.last_name))),
                    None,
                ) or next((p for p in parents if row.same_person(p)), None) or next(
                    (p for r, p in made if row.same_person(r) or (
                        number_key(r.student_number) == number_key(row.student_number)
                        and (norm(r.first_name), norm(r.last_name)) == (norm(row.first_name), norm(row.last_name)))),
                    None,
                )  # fmt: skip
                if person is None:
                    plan.new.append(row)
                    person = Person(kind=PersonKind.PARENT.value, first_name=row.first_name, infix=row.infix,
                                    last_name=row.last_name, phone=row.phone, email=row.email,
                                    created_at=now, updated_at=now)  # fmt: skip
                    made.append((row, person))
                    if write:
                        uow.persons.add(person)
                    diff: dict[str, tuple[object, object]] = {}
                else:
                    diff = self._diff(plan, row, person, options.empty_clears)
                    if (
                        diff
                        and person.id is not None
                        and all(pid != person.id for _r, pid, _d in plan.changed)
                    ):
                        plan.changed.append((row, person.id, diff))
                    if write and diff:
                        for key, (_old, new) in diff.items():
                            setattr(person, key, new)
                        person.updated_at = now
                        changes = {k: [plain_value(o), plain_value(n)] for k, (o, n) in diff.items()}
                        uow.events.add(
                            self._event(
                                EventKind.CORRECTED,
                                detail={
                                    "entity": "person",
                                    "person_id": person.id,
                                    "changes": changes,
                                    "reason": reason,
                                    "import": safe_name(options.filename),
                                },
                            )
                        )
                link = uow.persons.link(person.id, child.id) if person.id is not None else None
                if link is None:
                    plan.links += 1
                    if write:
                        add_link(uow, self._event, person, child, row.relation,
                                 {"reason": reason, "import": safe_name(options.filename)})  # fmt: skip
                elif row.relation and link.relation != row.relation:
                    if write:
                        uow.events.add(
                            self._event(
                                EventKind.PARENT_LINK_CORRECTED,
                                detail={
                                    "person_id": child.id,
                                    "parent_id": person.id,
                                    "child_id": child.id,
                                    **link_names(person, child),
                                    "reason": reason,
                                    "changes": {"relation": [link.relation, row.relation]},
                                    "import": safe_name(options.filename),
                                },
                            )
                        )
                        link.relation = row.relation
                    if not diff:
                        plan.changed.append((row, person.id, {"relation": (link.relation, row.relation)}))
                elif not diff and person.id is not None:
                    plan.unchanged += 1
            if write and (plan.new or plan.changed or plan.links):
                uow.events.add(
                    self._event(
                        EventKind.PERSONS_IMPORTED,
                        detail={
                            "parents_new": len(plan.new),
                            "updated": len(plan.changed),
                            "links": plan.links,
                        },
                    )
                )
                uow.commit()
        return plan

    @staticmethod
    def _diff(
        plan: ParentPlan, row: ParentRow, person: Person, empty_clears: bool
    ) -> dict[str, tuple[object, object]]:
        diff: dict[str, tuple[object, object]] = {}
        for key in _CONTACT:
            if key not in row.fields:
                continue
            old, new = getattr(person, key), getattr(row, key)
            if old == new:
                continue
            if not new and not empty_clears:
                plan.empty_kept.append((row.line, key))
                continue
            diff[key] = (old, new)
        return diff
