"""A first-edition register opened in the app: its evidence moves out of the database into the
object store on the unlock worker while a small dialog counts the items, the window stays
responsive, and a move killed half-way carries on at the next open in the app."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from sqlalchemy import select

from tests.conftest import FAST_KDF
from tests.conftest import PASSPHRASE
from tests.integration.test_evidence_crash import OPEN
from tests.integration.test_evidence_crash import _first_edition
from tests.integration.test_evidence_crash import _kill_after
from udens_register.services.gateway import RegisterGateway
from udens_register.services.verify import verify_register
from udens_register.storage.models import Evidence
from udens_register.storage.uow import UnitOfWork
from udens_register.ui.unlock import UnlockWidget


def _unlock_watching(qtbot, folder: Path):  # type: ignore[no-untyped-def]
    """Unlock in the widget; (register, counts the dialog showed, timer ticks seen while it moved)."""
    widget = UnlockWidget(RegisterGateway(folder, kdf_seconds=FAST_KDF).open, str(folder))
    qtbot.addWidget(widget)
    widget.show()
    counts: list[str] = []
    live: list[bool] = []

    def look() -> None:  # a timer on the UI thread: it only fires when the window is not frozen
        dialog = widget.move_dialog
        if dialog is not None and dialog.isVisible():
            counts.append(dialog.count.text())
            live.append(widget.is_busy)

    timer = QTimer(widget)
    timer.setInterval(5)
    timer.timeout.connect(look)
    timer.start()
    widget.secret.setText(PASSPHRASE)
    with qtbot.waitSignal(widget.unlocked, timeout=120_000) as blocker:
        qtbot.keyClick(widget.secret, Qt.Key.Key_Return)
    timer.stop()
    assert widget.move_dialog is None, "the dialog closes when the register is open"
    return blocker.args[0], counts, live


def _assert_all_moved(register, digests: dict[int, str]) -> None:  # type: ignore[no-untyped-def]
    for evidence_id, sha in digests.items():
        with register.evidence.open_content(evidence_id, "original") as reader:
            assert hashlib.sha256(reader.read()).hexdigest() == sha, evidence_id
    with UnitOfWork(register.engine, read_only=True) as uow:
        assert uow.session.scalars(select(Evidence.id).where(Evidence.original.is_not(None))).all() == []


@pytest.mark.slow
def test_the_move_shows_its_count_in_a_dialog_and_the_window_stays_responsive(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "R"
    digests = _first_edition(folder, 40)
    register, counts, live = _unlock_watching(qtbot, folder)
    try:
        assert counts, "a dialog showed the move"
        assert any(live), "the UI thread ran while the move was still going (not frozen)"
        assert all(text.endswith(("of 40", "van 40")) for text in counts), counts
        _assert_all_moved(register, digests)
    finally:
        register.close()
    assert verify_register(folder, PASSPHRASE).healthy


@pytest.mark.slow
def test_a_move_killed_half_way_carries_on_in_the_app(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "R"
    digests = _first_edition(folder, 30)
    printed = _kill_after([OPEN, str(folder), PASSPHRASE], 6, 0.0)
    assert "open" not in printed, "killed during the move"
    done_before = max(int(line.split()[1]) for line in printed if line.startswith("moved"))
    assert 0 < done_before < 30
    register, counts, _ = _unlock_watching(qtbot, folder)
    try:
        assert counts, "the dialog showed the rest of the move"
        left = int(counts[-1].split()[-1])
        assert left <= 30 - done_before, "only what was left is moved again"
        _assert_all_moved(register, digests)
    finally:
        register.close()
    assert verify_register(folder, PASSPHRASE).healthy


def test_the_move_dialog_cannot_be_closed_while_it_runs(qtbot) -> None:  # type: ignore[no-untyped-def]
    from udens_register.ui.evidence_move import EvidenceMoveDialog

    dialog = EvidenceMoveDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.moved(3, 120)
    assert dialog.count.text().endswith(("3 of 120", "3 van 120")) and dialog.bar.value() == 3
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.close()
    dialog.reject()
    assert dialog.isVisible(), "stopping is safe but not from here: the move carries on"
    dialog.finish()
    assert not dialog.isVisible()
