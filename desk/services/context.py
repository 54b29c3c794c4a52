"""One open desk database and the services bound to it: what the GUI and the CLI are handed."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from desk.i18n import translate
from desk.models.db import make_engine, make_session_factory
from desk.models.migrate import DatabaseTooNew, MigrationReport, upgrade
from desk.services.account_service import AccountService, AuthService
from desk.services.assessment_service import AssessmentService
from desk.services.audit_service import AuditService
from desk.services.case_file_service import CaseFileService
from desk.services.committee_service import CommitteeService
from desk.services.data_protection import DataProtectionService
from desk.services.demo_service import DemoService
from desk.services.desk_service import DeskService
from desk.services.dto import Actor
from desk.services.employment_service import EmploymentService
from desk.services.errors import StorageError
from desk.services.exchange.attendance_import import AttendanceImport
from desk.services.exchange.operators_import import OperatorImport
from desk.services.exchange.returnees_import import ReturneeImport
from desk.services.exchange.row_import import RowImport
from desk.services.exports_service import ExportService
from desk.services.followup_reports import FollowupReports
from desk.services.followup_service import FollowupService
from desk.services.followup_views import FollowupViews
from desk.services.home_service import HomeService
from desk.services.indicator_report_service import IndicatorReports
from desk.services.intake_service import IntakeService
from desk.services.ledger_export_service import LedgerExports
from desk.services.ledger_periods import LedgerPeriods
from desk.services.ledger_service import LedgerService
from desk.services.ledger_views import LedgerViews
from desk.services.operator_service import OperatorService
from desk.services.plan_service import PlanService
from desk.services.reconciliation_service import ReconciliationService
from desk.services.reference_service import ReferenceService
from desk.services.referral_service import ReferralService
from desk.services.registry_service import RegistryService
from desk.services.training_service import TrainingService
from desk.services.verify_service import VerifyService


def describe_url(url: str) -> str:
    """The database as shown to people: a file path, or server/database without the password."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return f"{parsed.get_backend_name()}://{parsed.host or 'localhost'}/{parsed.database}"


@dataclass(frozen=True)
class ActorServices:
    """The services acting as one logged-in user."""

    actor: Actor
    accounts: AccountService
    reference: ReferenceService
    audit: AuditService
    intake: IntakeService
    registry: RegistryService
    case_files: CaseFileService
    operators: OperatorService
    training: TrainingService
    employment: EmploymentService
    referrals: ReferralService
    assessments: AssessmentService
    plans: PlanService
    committee: CommitteeService
    ledger: LedgerService
    ledger_views: LedgerViews
    periods: LedgerPeriods
    ledger_exports: LedgerExports
    exports: ExportService
    reconciliation: ReconciliationService
    followup: FollowupService
    followup_views: FollowupViews
    followup_reports: FollowupReports
    returnee_import: ReturneeImport
    operator_import: OperatorImport
    attendance_import: AttendanceImport
    home: HomeService
    data_protection: DataProtectionService
    indicator_reports: IndicatorReports

    def importer(self, kind: str) -> RowImport:
        """The import of one kind: returnees, operators or attendance."""
        importers: dict[str, RowImport] = {
            "returnees": self.returnee_import,
            "operators": self.operator_import,
            "attendance": self.attendance_import,
        }
        return importers[kind]


class DeskContext:
    """Engine, session factory and service factories for one database URL."""

    def __init__(self, url: str, engine: Engine | None = None) -> None:
        self.url = url
        self.engine = engine or make_engine(url)
        self.session_factory = make_session_factory(self.engine)
        self.label = describe_url(url)

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    def migrate(self, backup_dir: Path | None) -> MigrationReport:
        """Bring the schema to the code's version (backing up a SQLite file first)."""
        try:
            return upgrade(self.engine, backup_dir)
        except DatabaseTooNew as exc:
            raise StorageError(
                translate(
                    "Errors",
                    "This database was used by a newer version of Guichet (schema {revision}). "
                    "Install that version or newer; nothing was changed.",
                ).format(revision=exc.revision)
            ) from exc

    @cached_property
    def auth(self) -> AuthService:
        return AuthService(self.session_factory)

    @cached_property
    def desk(self) -> DeskService:
        return DeskService(self.session_factory, self.label, self.backend)

    @cached_property
    def verify(self) -> VerifyService:
        """Every integrity check of the database (no personal data: no actor needed)."""
        return VerifyService(self.session_factory, self.engine, self.label)

    @cached_property
    def demo(self) -> DemoService:
        return DemoService(self.session_factory)

    def for_actor(self, actor: Actor) -> ActorServices:
        sf = self.session_factory
        return ActorServices(
            actor=actor,
            accounts=AccountService(sf, actor),
            reference=ReferenceService(sf, actor),
            audit=AuditService(sf, actor),
            intake=IntakeService(sf, actor),
            registry=RegistryService(sf, actor),
            case_files=CaseFileService(sf, actor),
            operators=OperatorService(sf, actor),
            training=TrainingService(sf, actor),
            employment=EmploymentService(sf, actor),
            referrals=ReferralService(sf, actor),
            assessments=AssessmentService(sf, actor),
            plans=PlanService(sf, actor),
            committee=CommitteeService(sf, actor),
            ledger=LedgerService(sf, actor),
            ledger_views=LedgerViews(sf, actor),
            periods=LedgerPeriods(sf, actor),
            ledger_exports=LedgerExports(sf, actor),
            exports=ExportService(sf, actor),
            reconciliation=ReconciliationService(sf, actor),
            followup=FollowupService(sf, actor),
            followup_views=FollowupViews(sf, actor),
            followup_reports=FollowupReports(sf, actor),
            returnee_import=ReturneeImport(sf, actor),
            operator_import=OperatorImport(sf, actor),
            attendance_import=AttendanceImport(sf, actor),
            home=HomeService(sf, actor),
            data_protection=DataProtectionService(sf, actor),
            indicator_reports=IndicatorReports(sf, actor),
        )

    def close(self) -> None:
        self.engine.dispose()
