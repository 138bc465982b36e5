"""``verify``: SQLCipher page integrity, SQLite integrity, foreign keys, schema version."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy import text
from sqlalchemy.orm import Session

from udens_register.domain.errors import RegisterDamaged
from udens_register.services.evidence_upkeep import check_objects
from udens_register.services.evidence_upkeep import sweep_orphans
from udens_register.services.images_past import FlaggedCase
from udens_register.services.images_past import flagged_cases
from udens_register.services.register import Location
from udens_register.services.register import check_identity
from udens_register.services.register import unlock
from udens_register.storage import migrate
from udens_register.storage.audit import verify_chain
from udens_register.storage.engine import known_errors
from udens_register.storage.engine import make_engine
from udens_register.storage.objects import ObjectStore
from udens_register.storage.uow import unit_of_work_factory


@dataclass(frozen=True)
class Finding:
    """One problem verify found: a ``code`` the catalogue's verify_problem words with ``values``,
    and the same in plain English (``text``) for logs and tests."""

    code: str
    text: str
    values: dict[str, object] = field(default_factory=dict)


@dataclass
class Report:
    """What verify found: no ``findings`` means healthy."""

    checks: list[str] = field(default_factory=list)  # codes, worded by the catalogue's verify_check
    objects_checked: int = 0  # evidence objects read back by the evidence_objects check
    findings: list[Finding] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)  # orphaned objects removed
    # Cases flagged as sexual images of a minor that still hold stored files (each also a problem).
    flagged: list[FlaggedCase] = field(default_factory=list)

    def found(self, code: str, text: str, **values: object) -> None:
        """Record a problem."""
        self.findings.append(Finding(code, text, values))

    @property
    def problems(self) -> list[str]:
        """The problems in plain English, one line each."""
        return [f.text for f in self.findings]

    @property
    def healthy(self) -> bool:
        """No problems found."""
        return not self.findings


def verify_register(folder: Path, secret: str, *, repair: bool = False) -> Report:
    """Check a register without changing it (``repair``: remove orphaned evidence objects).

    Raises:
        NoRegister, WrongPassphrase: before anything is read from the database.
    """
    keyfile, unlocked = unlock(folder, secret)
    report = Report()
    db = Location(folder).db_path
    try:
        schema = migrate.current_revision(db, unlocked.data_key)
    except RegisterDamaged as exc:  # an unreadable page is a finding of the check, not a refusal
        report.found("damaged", f"damaged: {exc.detail}", detail=exc.detail)
        return report
    check_identity(db, keyfile, unlocked.data_key)
    if schema is None:  # a whole, readable database that holds no register: not this register's
        raise RegisterDamaged("the database holds no register")
    engine = make_engine(db, unlocked.data_key)
    try:
        with known_errors(), engine.connect() as conn:
            rows = conn.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall()
            report.checks.append("cipher_integrity")
            for r in rows:
                report.found("cipher", f"cipher: {r[0]}", detail=r[0])
            rows = conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
            report.checks.append("integrity")
            for r in rows:
                if r[0] != "ok":
                    report.found("integrity", f"integrity: {r[0]}", detail=r[0])
            rows = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            report.checks.append("foreign_keys")
            for r in rows:
                report.found(
                    "foreign_key",
                    f"foreign key: {r[0]} row {r[1]} -> {r[2]}",
                    table=r[0],
                    row=r[1],
                    parent=r[2],
                )
        if report.healthy:
            with known_errors(), Session(engine) as session:
                has_audit = session.execute(
                    text("SELECT count(*) FROM sqlite_master WHERE name = 'audit_log'")
                ).scalar()
                if has_audit:
                    problem = verify_chain(session)
                    report.checks.append("audit_chain")
                    if problem is not None:
                        report.found(
                            "audit",
                            f"audit: entry {problem.entry_id} {problem.kind}",
                            entry=problem.entry_id,
                            how=problem.kind,
                        )
        if report.healthy:
            _check_evidence(engine, folder, report, repair=repair)
        if report.healthy and schema == migrate.head_revision():
            _check_images(engine, report)
    except RegisterDamaged as exc:
        report.found("damaged", f"damaged: {exc.detail}", detail=exc.detail)
    finally:
        engine.dispose()
    if report.healthy:
        current = migrate.current_revision(db, unlocked.data_key)
        report.checks.append("schema")
        if current != migrate.head_revision():
            expected = migrate.head_revision()
            report.found(
                "schema", f"schema: at {current}, expected {expected}", current=current, expected=expected
            )
    return report


def _check_images(engine: Engine, report: Report) -> None:
    """Flagged cases still holding files: one problem per case, naming only its number."""
    with known_errors():
        report.flagged = list(flagged_cases(unit_of_work_factory(engine)))
    report.checks.append("images_of_minors")
    for case in report.flagged:
        report.found("images", images_problem(case), case=case.case_number, count=case.files)


def images_problem(case: FlaggedCase) -> str:
    """The English line of one flagged case that still holds files (the CLI words it in Dutch)."""
    return (
        f"images: case {case.case_number} is flagged as sexual images of a minor and still holds "
        f"{case.files} stored file(s)"
    )


def _check_evidence(engine: Engine, folder: Path, report: Report, *, repair: bool) -> None:
    """Every evidence object read back chunk by chunk; orphans named, or removed on ``repair``."""
    with known_errors(), engine.connect() as conn:
        has_objects = conn.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE name = 'evidence_objects'"
        ).scalar()
    if not has_objects:
        return
    units = unit_of_work_factory(engine)
    store = ObjectStore(folder)
    count, problems, orphans = check_objects(units, store)
    report.checks.append("evidence_objects")
    report.objects_checked = count
    for p in problems:
        report.found(
            "evidence",
            str(p),
            case=p.case_number,
            evidence=p.evidence_id,
            filename=p.filename,
            role=p.role,
            problem=p.problem,
        )
    if repair:
        report.repaired += sweep_orphans(units, store)
    else:
        for name in orphans:
            report.found(
                "orphan", f"evidence: orphaned object {name} (verify --repair removes it)", name=name
            )
