"""Make the manual's screenshots from the real application on a fresh demo register.

Run from the repository root, on a 1366x768 X screen (the most common school laptop):

    xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb .venv/bin/python docs/make_screenshots.py

It makes a demo register in a temporary folder (fictional cases, nothing of yours is touched),
starts the real main window, drives it through its own widgets (unlock, select a case, open
each dialog the manual describes) and saves what the screen shows as PNG files in
``docs/screenshots/``. Run it again after every change so the manual shows the app as it is.
A shot that fails is named on standard error and the others are still made; the exit status
is then 1.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "paars kompas wandelt zeventig"  # fictional: the demo register lives in a temp folder
SIZE = (1366, 768)


def _isolate(home: Path) -> None:
    """Nothing of the user's own settings or data is read or written."""
    for var, sub in (("HOME", ""), ("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                     ("XDG_CACHE_HOME", "cache")):  # fmt: skip
        (home / sub).mkdir(parents=True, exist_ok=True)
        os.environ[var] = str(home / sub)
    os.environ.setdefault("UDENS_REGISTER_KDF_SECONDS", "0.05")
    os.environ.pop("UDENS_REGISTER_PASSPHRASE", None)


def _demo(folder: Path) -> None:
    """A demo register made as ``udens-register demo`` makes it (cases on their own dates)."""
    from udens_register.services.demo import DemoClock  # noqa: PLC0415
    from udens_register.services.demo import fill_demo  # noqa: PLC0415
    from udens_register.services.register import create_register  # noqa: PLC0415
    from udens_register.services.register import open_register  # noqa: PLC0415

    create_register(folder, PASSPHRASE, "Zorgcoördinator — M. de Vries", kdf_seconds=0.05)
    clock = DemoClock()
    with open_register(folder, PASSPHRASE, clock=clock) as register:
        fill_demo(register, clock=clock)


class Shooter:
    """Drives the application and saves the screen."""

    def __init__(self, out: Path) -> None:
        from PySide6.QtWidgets import QApplication  # noqa: PLC0415

        self.app = QApplication.instance() or QApplication([sys.argv[0]])
        self.out = out
        self.failed: list[str] = []
        self.made: list[str] = []
        # A question box ("discard your input?") must never hold the run up: answer it No.
        from PySide6.QtCore import QTimer  # noqa: PLC0415

        self._guard = QTimer()
        self._guard.timeout.connect(self._dismiss_questions)
        self._guard.start(500)

    def _dismiss_questions(self) -> None:
        from PySide6.QtWidgets import QApplication  # noqa: PLC0415
        from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415

        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            print(f"make_screenshots: answered a question: {box.text()[:80]}", file=sys.stderr)
            box.done(int(QMessageBox.StandardButton.No))

    def wait(self, ms: int = 300, until: Callable[[], bool] | None = None, timeout: float = 30.0) -> None:
        """Let the event loop run ``ms``, or until ``until()`` holds (at most ``timeout`` seconds)."""
        from PySide6.QtCore import QEventLoop  # noqa: PLC0415
        from PySide6.QtCore import QTimer  # noqa: PLC0415

        deadline = time.monotonic() + timeout
        while True:
            loop = QEventLoop()
            QTimer.singleShot(ms if until is None else 50, loop.quit)
            loop.exec()
            if until is None or until() or time.monotonic() > deadline:
                return

    def save(self, name: str) -> None:
        """The whole screen as ``name``.png."""
        from PySide6.QtGui import QGuiApplication  # noqa: PLC0415

        self.wait(400)
        screen = QGuiApplication.primaryScreen()
        pixmap = screen.grabWindow(0)
        target = self.out / f"{name}.png"
        if not pixmap.save(str(target), "PNG"):
            raise RuntimeError(f"could not write {target}")
        self.made.append(target.name)

    def shot(self, name: str, action: Callable[[], None]) -> None:
        """Run ``action`` (which opens what is to be seen and calls :meth:`save`); report failures."""
        try:
            action()
        except Exception:  # noqa: BLE001 - one failed shot must not stop the others
            self.failed.append(name)
            print(f"make_screenshots: {name} failed:\n{traceback.format_exc()}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots", help="folder for the PNGs")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="udens-shots-"))
    try:
        _isolate(work / "home")
        return _run(args.out, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _run(out: Path, work: Path) -> int:
    from datetime import UTC  # noqa: PLC0415
    from datetime import datetime  # noqa: PLC0415

    from PySide6.QtCore import Qt  # noqa: PLC0415
    from PySide6.QtGui import QGuiApplication  # noqa: PLC0415

    shooter = Shooter(out)
    app = shooter.app
    app.setApplicationName("Udens Register")
    from udens_register.services.clock import local_today  # noqa: PLC0415
    from udens_register.services.gateway import RegisterGateway  # noqa: PLC0415
    from udens_register.services.settings import Settings  # noqa: PLC0415
    from udens_register.ui.i18n import install_translators  # noqa: PLC0415

    translators = install_translators(app, "nl")  # noqa: F841 - kept alive for the run
    # As ui/main.py does: every window and dialog opens fitted inside the screen.
    from udens_register.paths import default_config_dir  # noqa: PLC0415
    from udens_register.services.settings import WindowSizeStore  # noqa: PLC0415
    from udens_register.ui.window_fit import WindowFitter  # noqa: PLC0415

    fitter = WindowFitter(WindowSizeStore(default_config_dir()), app)
    app.installEventFilter(fitter)
    from udens_register.ui.actions import ActionsView  # noqa: PLC0415
    from udens_register.ui.decision import DecisionWizard  # noqa: PLC0415
    from udens_register.ui.incident_form import IncidentForm  # noqa: PLC0415
    from udens_register.ui.main_window import MainWindow  # noqa: PLC0415
    from udens_register.ui.notes import NoteDialog  # noqa: PLC0415
    from udens_register.ui.pdf_export import CaseFileDialog  # noqa: PLC0415
    from udens_register.ui.pdf_export import PeriodReportDialog  # noqa: PLC0415
    from udens_register.ui.pupil_import import ImportDialog  # noqa: PLC0415
    from udens_register.ui.protocol_view import ProtocolDialog  # noqa: PLC0415
    from udens_register.ui.settings_dialog import SettingsDialog  # noqa: PLC0415
    from udens_register.ui.setup_wizard import SetupWizard  # noqa: PLC0415

    screen = QGuiApplication.primaryScreen().availableGeometry()
    print(f"make_screenshots: screen {screen.width()}x{screen.height()}, demo register in {work}")

    # -- first use: the setup wizard on an empty folder --------------------------------------------
    def setup_wizard() -> None:
        wizard = SetupWizard(RegisterGateway(work / "new-register", kdf_seconds=0.05))
        wizard.show()
        shooter.save("setup-welcome")
        wizard.next()
        page = wizard.passphrase_page
        page.label.setText("Zorgcoördinator — M. de Vries")
        page.passphrase.setText(PASSPHRASE)
        page.repeat.setText(PASSPHRASE)
        shooter.save("setup-passphrase")
        wizard.next()
        shooter.save("setup-recovery")
        wizard.done(0)
        wizard.deleteLater()

    shooter.shot("setup", setup_wizard)

    folder = work / "register"
    _demo(folder)
    settings = Settings()
    window = MainWindow(RegisterGateway(folder, kdf_seconds=0.05), settings)
    window.setGeometry(screen)
    window.show()
    shooter.wait(500)

    def unlock() -> None:
        shooter.save("unlock")
        window.unlock_widget.secret.setText(PASSPHRASE)
        window.unlock_widget.try_unlock()
        shooter.wait(until=lambda: window.incident_list.model.rowCount() > 0, timeout=60)

    shooter.shot("unlock", unlock)
    register = window.register
    if register is None:
        print("make_screenshots: the demo register did not open", file=sys.stderr)
        return 1
    today = local_today(register.clock)
    proxy = window.incident_list.proxy

    def select(row: int) -> int:
        window.incident_list.table.setCurrentIndex(proxy.index(row, 0))
        shooter.wait(until=lambda: "<h2>" in window.case_pane.detail.toHtml() or True, timeout=5)
        shooter.wait(600)
        incident_id = window.current_incident_id()
        assert incident_id is not None
        return incident_id

    # A case being worked on, with notes, actions and evidence: the first "in behandeling" row.
    work_row = next(
        (r for r in range(proxy.rowCount()) if proxy.index(r, 4).data() in ("In behandeling", "In progress")),
        0,
    )

    def main_window() -> None:
        select(work_row)
        shooter.save("main-window")

    shooter.shot("main-window", main_window)

    def notes_tab() -> None:
        window.case_pane.setCurrentWidget(window.case_pane.notes_panel)
        shooter.save("case-notes")
        dialog = NoteDialog(
            register.notes, window.current_incident_id() or 0, datetime.now(UTC), None, window
        )
        dialog.with_whom.setText("moeder van de leerling")
        dialog.text.setPlainText("Moeder teruggebeld: de berichten zijn gestopt. Volgende week evaluatie.")
        dialog.show()
        shooter.save("case-note-new")
        dialog.done(0)
        window.case_pane.setCurrentWidget(window.case_pane.detail)

    shooter.shot("case-notes", notes_tab)

    def evidence_tab() -> None:
        window.case_pane.setCurrentWidget(window.case_pane.evidence_panel)
        shooter.save("evidence")
        window.case_pane.setCurrentWidget(window.case_pane.detail)

    shooter.shot("evidence", evidence_tab)

    def search() -> None:
        window.incident_list.search.setText("moeder")
        shooter.wait(until=lambda: not window.incident_list.table.isColumnHidden(6), timeout=10)
        shooter.save("search")
        window.incident_list.search.clear()
        shooter.wait(until=lambda: window.incident_list.table.isColumnHidden(6), timeout=10)

    shooter.shot("search", search)

    def new_incident() -> None:
        form = IncidentForm(register.incidents, register.persons, today, window)
        form.title.setText("Nepaccount met foto van leerling")
        form.title.deselect()
        if hasattr(form.platform, "setCurrentText"):
            form.platform.setCurrentText("Instagram")
        category = form.category.findData("privacy_violation")
        if category >= 0:
            form.category.setCurrentIndex(category)
        form.description.setPlainText(
            "Sinds gisteren staat er een Instagramaccount met de naam en de schoolfoto van een leerling "
            "uit 2H1; er worden vanaf dit account berichten naar klasgenoten gestuurd. Gemeld door de mentor."
        )
        form.show()
        shooter.save("new-incident")
        form.done(0)

    shooter.shot("new-incident", new_incident)

    # A threat case being worked on shows the police line of the decision.
    threat_row = next(
        (
            r
            for r in range(proxy.rowCount())
            if str(proxy.index(r, 3).data()).startswith("Dreiging")
            and proxy.index(r, 4).data() == "In behandeling"
        ),
        work_row,
    )

    def decision() -> None:
        incident_id = select(threat_row)
        wizard = DecisionWizard(register.decisions, incident_id, window)
        wizard.show()
        shooter.save("decision-persons")
        wizard.next()
        shooter.save("decision-questions")
        q = wizard.questions_page
        q.violation.yes.setChecked(True)
        for box in q.threats.values():
            box.setChecked(False)
        next(iter(q.threats.values())).setChecked(True)
        for pair in (q.sexual, q.accusation, q.danger, q.domestic, q.images):
            pair.no.setChecked(True)
        wizard.next()
        shooter.save("decision-outcome")
        wizard.done(0)

    shooter.shot("decision", decision)

    def actions() -> None:
        view = ActionsView(register.decisions, today, window, overdue=True)
        view.show()
        shooter.save("actions-overdue")
        view.done(0)

    shooter.shot("actions", actions)

    def pdf() -> None:
        incident_id = window.current_incident_id() or 0
        dialog = CaseFileDialog(register, incident_id, "nl", "", window)
        dialog.audience.setCurrentIndex(dialog.audience.findData("politie"))
        dialog.show()
        shooter.save("pdf-export")
        dialog.done(0)
        # The preview the dialog opens next: the director's version, made from memory.
        from udens_register.paths import resources_dir  # noqa: PLC0415
        from udens_register.reporting.case_pdf import CaseFileRenderer  # noqa: PLC0415
        from udens_register.ui.pdf_export import PdfPreviewDialog  # noqa: PLC0415

        bundle = register.casefiles.case_file(incident_id, "directie")
        data = CaseFileRenderer(resources_dir() / "fonts", "nl").render(bundle)
        preview = PdfPreviewDialog(data, "dossier.pdf", str(work), None, window)
        preview.show()
        shooter.wait(1500)
        shooter.save("pdf-preview")
        preview.done(0)

    shooter.shot("pdf-export", pdf)

    def report() -> None:
        dialog = PeriodReportDialog(register, "nl", today, "", window)
        dialog.show()
        shooter.save("period-report")
        dialog.done(0)
        from udens_register.paths import resources_dir  # noqa: PLC0415
        from udens_register.reporting.period_pdf import render_period_report  # noqa: PLC0415
        from udens_register.ui.pdf_export import PdfPreviewDialog  # noqa: PLC0415

        report = register.casefiles.period_report(today.replace(year=today.year - 1), today)
        data = render_period_report(report, resources_dir() / "fonts", "nl")
        preview = PdfPreviewDialog(data, "periodeoverzicht.pdf", str(work), None, window)
        preview.show()
        shooter.wait(1500)
        shooter.save("period-report-preview")
        preview.done(0)

    shooter.shot("period-report", report)

    def import_pupils() -> None:
        dialog = ImportDialog(register.importer, window, parents_port=register.parent_importer)
        csv = work / "leerlingen.csv"
        csv.write_text(
            "Stamnummer;Roepnaam;Tussenvoegsel;Achternaam;Klas;Geboortedatum\n"
            "310001;Lotte;van;Dijk;2H1;14-03-2012\n310002;Milan;;Bakker;2H1;02-11-2011\n",
            encoding="utf-8",
        )
        dialog.load(csv)
        dialog.show()
        shooter.wait(until=lambda: dialog.plan is not None, timeout=20)
        shooter.save("import")
        dialog.done(0)

    shooter.shot("import", import_pupils)

    def settings_dialog() -> None:
        dialog = SettingsDialog(settings, window)
        dialog.show()
        shooter.save("settings")
        dialog.done(0)

    shooter.shot("settings", settings_dialog)

    def protocol() -> None:
        dialog = ProtocolDialog(window)
        dialog.show()
        shooter.save("protocol")
        dialog.done(0)

    shooter.shot("protocol", protocol)

    def locked() -> None:
        window.lock()
        shooter.wait(300)
        shooter.save("locked")

    shooter.shot("locked", locked)
    window.close()
    shooter.wait(200)
    app.processEvents()
    del Qt
    print(f"make_screenshots: {len(shooter.made)} screenshots in {out}: {', '.join(shooter.made)}")
    if shooter.failed:
        print(f"make_screenshots: failed: {', '.join(shooter.failed)}", file=sys.stderr)
    return 1 if shooter.failed else 0


if __name__ == "__main__":
    sys.exit(main())
