"""``add-evidence --captured``: the moment a screenshot was made, stored as given; a bad one is one
Dutch line and nothing is added; without ``--platform`` the case's platform is taken."""

from __future__ import annotations

import io
from datetime import date
from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image

from tests.conftest import FAST_KDF
from tests.conftest import PASSPHRASE
from tests.integration.test_cli import run
from udens_register.domain.enums import Category
from udens_register.domain.model import IncidentDraft
from udens_register.services.register import create_register
from udens_register.services.register import open_register


def _png(path: Path) -> None:
    out = io.BytesIO()
    Image.new("RGB", (30, 20), (200, 10, 10)).save(out, "PNG")
    path.write_bytes(out.getvalue())


@pytest.mark.slow
def test_captured_is_stored_and_a_bad_one_is_refused_in_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "R"
    create_register(folder, PASSPHRASE, "Zorgcoördinator", kdf_seconds=FAST_KDF)
    with open_register(folder, PASSPHRASE) as reg:
        case = reg.incidents.create(
            IncidentDraft(
                title="Nepaccount",
                category=Category.PRIVACY_VIOLATION,
                reported_at=date(2026, 3, 2),
                platform="TikTok",
            )
        )
    shot = tmp_path / "shot.png"
    _png(shot)
    for bad in ("31-02-2026 10:00", "gisteren", "01-01-2099 10:00"):
        result = run(
            "--data-dir", str(folder), "add-evidence", case.case_number, str(shot), "--captured", bad
        )
        assert result.returncode == 2, result.stderr
        assert result.stderr.strip().splitlines() == [
            f"'{bad}' is geen tijdstip van vastleggen: schrijf dd-mm-jjjj uu:mm, niet later dan nu."
        ]
        assert "Traceback" not in result.stderr
    result = run(
        "--data-dir",
        str(folder),
        "add-evidence",
        case.case_number,
        str(shot),
        "--captured",
        "28-02-2026 21:15",
    )
    assert result.returncode == 0, result.stderr
    with open_register(folder, PASSPHRASE) as reg:
        (row,) = reg.evidence.list(case.id)
    assert row.meta.captured_at == datetime(2026, 2, 28, 21, 15).astimezone()
    assert row.meta.platform == "TikTok", "no --platform: the case's"


@pytest.mark.slow
def test_a_message_later_than_its_capture_is_refused_in_one_line(tmp_path: Path) -> None:
    """``--posted`` (the time of the message itself) after ``--captured``, or after now without
    ``--captured``: one Dutch line, exit 2, nothing added; a possible one is stored."""
    folder = tmp_path / "R"
    create_register(folder, PASSPHRASE, "Zorgcoördinator", kdf_seconds=FAST_KDF)
    with open_register(folder, PASSPHRASE) as reg:
        case = reg.incidents.create(
            IncidentDraft(
                title="Dreigbericht", category=Category.THREAT_OF_VIOLENCE, reported_at=date(2026, 3, 2)
            )
        )
    shot = tmp_path / "snap.png"
    _png(shot)
    late = "Het bericht kan niet later zijn dan het moment waarop het is vastgelegd: controleer het tijdstip van het bericht en het tijdstip van vastleggen."
    for extra, line in (
        (["--captured", "28-02-2026 21:15", "--posted", "28-02-2026 21:16"], late),
        (["--posted", "01-01-2099 10:00"], "'01-01-2099 10:00' is geen tijdstip van het bericht: schrijf dd-mm-jjjj uu:mm, niet later dan nu."),
        (["--posted", "gisteren"], "'gisteren' is geen tijdstip van het bericht: schrijf dd-mm-jjjj uu:mm, niet later dan nu."),
    ):  # fmt: skip
        result = run("--data-dir", str(folder), "add-evidence", case.case_number, str(shot), *extra)
        assert result.returncode == 2, result.stderr
        assert result.stderr.strip().splitlines() == [line]
    with open_register(folder, PASSPHRASE) as reg:
        assert reg.evidence.list(case.id) == [], "nothing added"
    result = run(
        "--data-dir", str(folder), "add-evidence", case.case_number, str(shot),
        "--captured", "28-02-2026 21:15", "--posted", "28-02-2026 20:58",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    with open_register(folder, PASSPHRASE) as reg:
        (row,) = reg.evidence.list(case.id)
    assert row.meta.posted_at == datetime(2026, 2, 28, 20, 58).astimezone()
