"""Who may do what: the role x action matrix, enforced by every service method.

The matrix is data, tested as a whole (tests/unit/services/test_permissions.py). Separation of duties
that depends on the record (the person who approved a disbursement cannot pay it) is checked by the
service concerned, on top of this matrix.
"""

from __future__ import annotations

from enum import StrEnum

from desk.i18n import QT_TRANSLATE_NOOP, translate
from desk.services.dto import Actor
from desk.services.errors import PermissionDenied

AGENT, MANAGER, FINANCE, ADMIN = "agent", "manager", "finance", "admin"
ROLES = (AGENT, MANAGER, FINANCE, ADMIN)
ROLE_LABELS = {
    AGENT: QT_TRANSLATE_NOOP("Roles", "Front-desk agent"),
    MANAGER: QT_TRANSLATE_NOOP("Roles", "Desk manager"),
    FINANCE: QT_TRANSLATE_NOOP("Roles", "Finance officer"),
    ADMIN: QT_TRANSLATE_NOOP("Roles", "Administrator"),
}


def role_label(role: str) -> str:
    return translate("Roles", ROLE_LABELS.get(role, role))


class Action(StrEnum):
    CASE_VIEW = "case.view"
    CASE_REGISTER = "case.register"
    CASE_EDIT = "case.edit"
    SENSITIVE_VIEW = "sensitive.view"
    PERSON_MERGE = "person.merge"
    ASSESSMENT_EDIT = "assessment.edit"
    REFERRAL_EDIT = "referral.edit"
    PLAN_EDIT = "plan.edit"
    OPERATOR_VIEW = "operator.view"
    OPERATOR_MANAGE = "operator.manage"
    OPERATOR_DESIGNATE = "operator.designate"
    COMMITTEE_RUN = "committee.run"
    TRAINING_ENROL = "training.enrol"
    TRAINING_MANAGE = "training.manage"
    FOLLOWUP_RECORD = "followup.record"
    DISBURSEMENT_REQUEST = "disbursement.request"
    DISBURSEMENT_APPROVE = "disbursement.approve"
    DISBURSEMENT_PAY = "disbursement.pay"
    LEDGER_VIEW = "ledger.view"
    LEDGER_REVERSE = "ledger.reverse"
    PERIOD_CLOSE = "period.close"
    EXCHANGE_IMPORT = "exchange.import"
    EXCHANGE_EXPORT = "exchange.export"
    DASHBOARD_VIEW = "dashboard.view"
    AUDIT_VIEW = "audit.view"
    REFERENCE_VIEW = "reference.view"
    REFERENCE_EDIT = "reference.edit"
    USERS_MANAGE = "users.manage"
    SETTINGS_EDIT = "settings.edit"
    BACKUP_RUN = "backup.run"
    ERASURE_REQUEST = "erasure.request"
    ERASURE_DECIDE = "erasure.decide"
    ERASURE_EXECUTE = "erasure.execute"
    RETENTION_REVIEW = "retention.review"


_AGENT = {
    Action.CASE_VIEW,
    Action.CASE_REGISTER,
    Action.CASE_EDIT,
    Action.SENSITIVE_VIEW,
    Action.ASSESSMENT_EDIT,
    Action.REFERRAL_EDIT,
    Action.PLAN_EDIT,
    Action.OPERATOR_VIEW,
    Action.TRAINING_ENROL,
    Action.FOLLOWUP_RECORD,
    Action.DISBURSEMENT_REQUEST,
    Action.REFERENCE_VIEW,
}
_MANAGER = _AGENT | {
    Action.PERSON_MERGE,
    Action.OPERATOR_MANAGE,
    Action.OPERATOR_DESIGNATE,
    Action.COMMITTEE_RUN,
    Action.TRAINING_MANAGE,
    Action.DISBURSEMENT_APPROVE,
    Action.LEDGER_VIEW,
    Action.EXCHANGE_IMPORT,
    Action.EXCHANGE_EXPORT,
    Action.DASHBOARD_VIEW,
    Action.AUDIT_VIEW,
    Action.ERASURE_REQUEST,  # records a person's request to be forgotten, on their case
}
# Finance pays and accounts; it finds the returnee but never sees vulnerability details.
_FINANCE = {
    Action.CASE_VIEW,
    Action.DISBURSEMENT_PAY,
    Action.LEDGER_VIEW,
    Action.LEDGER_REVERSE,
    Action.PERIOD_CLOSE,
    Action.EXCHANGE_EXPORT,
    Action.DASHBOARD_VIEW,
    Action.REFERENCE_VIEW,
}
# The administrator runs the system, not the cases: no access to returnees' files. Erasure is theirs to decide and
# carry out on a request naming the case (they see its number and the reason, never the person), and they review
# the cases the retention setting flags, from which they may open a request themselves (only on a flagged case).
_ADMIN = {
    Action.AUDIT_VIEW,
    Action.REFERENCE_VIEW,
    Action.REFERENCE_EDIT,
    Action.USERS_MANAGE,
    Action.SETTINGS_EDIT,
    Action.BACKUP_RUN,
    Action.ERASURE_DECIDE,
    Action.ERASURE_EXECUTE,
    Action.RETENTION_REVIEW,
}

MATRIX: dict[str, frozenset[Action]] = {
    AGENT: frozenset(_AGENT),
    MANAGER: frozenset(_MANAGER),
    FINANCE: frozenset(_FINANCE),
    ADMIN: frozenset(_ADMIN),
}


def can(role: str, action: Action) -> bool:
    return action in MATRIX.get(role, frozenset())


def require(actor: Actor, action: Action) -> None:
    """Raise PermissionDenied unless the actor's role allows the action."""
    if not can(actor.role, action):
        raise PermissionDenied(
            translate("Errors", "Your role ({role}) does not allow this action ({action}).").format(
                role=role_label(actor.role), action=action.value
            )
        )
