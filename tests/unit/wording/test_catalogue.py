"""The one wording catalogue: every entry has Dutch, the compiled catalogue is current, every code has words."""

from __future__ import annotations

import gettext
import inspect
import io

import pytest

from udens_register.domain import errors
from udens_register.domain.decisions import OUTCOME_FIELDS
from udens_register.domain.decisions import PARENT_CONTACT_WAYS
from udens_register.domain.decisions import POLICE_REPORT_TYPES
from udens_register.domain.decisions import ActionKind
from udens_register.domain.decisions import ActionStatus
from udens_register.domain.decisions import Route
from udens_register.domain.enums import Category
from udens_register.domain.enums import MeasureKind
from udens_register.domain.enums import PersonKind
from udens_register.domain.enums import Role
from udens_register.domain.enums import Status
from udens_register.protocol import THREATS
from udens_register.wording import _catalogue
from udens_register.wording import change_lines
from udens_register.wording import has_label
from udens_register.wording import label
from udens_register.wording import message
from udens_register.wording import outcome_lines
from udens_register.wording import text
from udens_register.wording import value_words
from udens_register.wording.source import ENTRIES

ALL = [(group, code) for group, table in ENTRIES.items() for code in table]


def test_every_entry_has_dutch() -> None:
    dutch = _catalogue("nl")
    missing = [f"{g}.{c}" for g, c in ALL if f"{g}.{c}\x04{ENTRIES[g][c]}" not in dutch._catalog]  # type: ignore[attr-defined]
    assert not missing, f"no Dutch for {missing}"


def _messages(mo: bytes) -> dict[object, object]:
    """The translations of a compiled catalogue, without its header entry."""
    table = dict(gettext.GNUTranslations(io.BytesIO(mo))._catalog)  # type: ignore[attr-defined]
    table.pop("", None)
    return table


def test_compiled_catalogue_is_current() -> None:
    tool = pytest.importorskip("udens_register.wording.tool")
    po = tool.LOCALE / "nl" / "LC_MESSAGES" / "udens_register.po"
    # Compare what the app reads, not bytes: Babel writes its own version into the header,
    # so a byte comparison fails whenever a newer Babel is installed.
    assert _messages(po.with_suffix(".mo").read_bytes()) == _messages(tool.compiled(po)), (
        "run: python -m udens_register.wording.tool"
    )
    extracted = {(m.context, m.id) for m in tool.template() if m.id}
    assert extracted == {(f"{g}.{c}", ENTRIES[g][c]) for g, c in ALL}


@pytest.mark.parametrize(
    ("group", "codes"),
    [
        ("category", [c.value for c in Category]),
        ("role", [r.value for r in Role]),
        ("kind", [k.value for k in PersonKind]),
        ("status", [s.value for s in Status]),
        ("measure", [m.value for m in MeasureKind]),
        ("action", [k.value for k in ActionKind]),
        ("action_status", [s.value for s in ActionStatus]),
        ("route_title", [r.value for r in Route]),
        ("route_advice", [r.value for r in Route]),
        ("outcome", [f for fields in OUTCOME_FIELDS.values() for f in fields]),
        ("outcome_value", [*PARENT_CONTACT_WAYS, *POLICE_REPORT_TYPES]),
        ("threat", list(THREATS)),
        ("role", ["sharer"]),
    ],
)
def test_every_code_has_words(group: str, codes: list[str]) -> None:
    missing = [c for c in codes if not has_label(group, c)]
    assert not missing, f"{group}: {missing}"
    for code in codes:
        assert label(group, code, "nl") and label(group, code, "en")


def test_every_register_error_has_a_message() -> None:
    codes = {
        cls.code
        for _, cls in inspect.getmembers(errors, inspect.isclass)
        if issubclass(cls, errors.RegisterError) and cls.code not in ("error", "invalid")
    }
    assert all(has_label("error", c) and has_label("cli", c) for c in codes), codes


def test_dutch_is_the_school_wording() -> None:
    assert label("role", "sharer", "nl") == "verspreider"
    assert label("role", "author", "nl") == "dader"
    assert text("page_of", "nl", page=2, pages=5) == "pagina 2 van 5"
    assert message("no_register", "nl", folder="/x") == "Geen register gevonden in /x."
    assert message("no_register", "en", folder="/x") == "No register found in /x."


def test_outcomes_and_changes_read_as_words() -> None:
    lines = outcome_lines({"contacted": "moeder", "how": "phone", "when": "2026-03-14", "reaction": ""}, "nl")
    assert lines == ["Contact met: moeder", "Hoe: telefoon", "Wanneer: 14-03-2026"]
    police = outcome_lines({"report_type": "report", "registration_number": "PL-12"}, "nl")
    assert police == ["Soort: aangifte", "Registratienummer: PL-12"]
    dates = outcome_lines({"follow_up_dates": ["2026-03-20", "2026-04-03"]}, "en")
    assert dates == ["Follow-up: 20-03-2026, 03-04-2026"]
    assert change_lines({"class_name": ["2B", "3B"], "category": ["other", "privacy_violation"]}, "nl") == [
        "Klas: 2B → 3B",
        "Categorie: Overig → Schending van privacy",
    ]
    assert value_words("sexual_images_minor", True, "nl") == "ja"
    assert value_words("roles", ["author", "sharer"], "nl") == "dader, verspreider"
