"""The workspaces of the main window, and which role sees which (from the permission matrix)."""

from __future__ import annotations

from dataclasses import dataclass

from desk.i18n import QT_TRANSLATE_NOOP, translate
from desk.services.permissions import Action, can


@dataclass(frozen=True)
class WorkspaceSpec:
    key: str
    label: str  # source text, translated in context "Workspaces"
    any_of: tuple[Action, ...]  # shown when the role may do at least one of these
    purpose: str  # what the workspace is for, shown while it is being built

    def title(self) -> str:
        return translate("Workspaces", self.label)

    def visible_to(self, role: str) -> bool:
        return not self.any_of or any(can(role, action) for action in self.any_of)


WORKSPACES: tuple[WorkspaceSpec, ...] = (
    WorkspaceSpec("home", QT_TRANSLATE_NOOP("Workspaces", "Home"), (), ""),
    WorkspaceSpec(
        "registry",
        QT_TRANSLATE_NOOP("Workspaces", "Registry"),
        (Action.CASE_VIEW,),
        QT_TRANSLATE_NOOP(
            "Workspaces", "Find any returnee by name, case number, phone or ID number and open the case file."
        ),
    ),
    WorkspaceSpec(
        "intake",
        QT_TRANSLATE_NOOP("Workspaces", "Intake interview"),
        (Action.CASE_REGISTER,),
        QT_TRANSLATE_NOOP(
            "Workspaces", "Register a walk-in returnee, check for an earlier file, record consent and vulnerabilities."
        ),
    ),
    WorkspaceSpec(
        "assessment",
        QT_TRANSLATE_NOOP("Workspaces", "Assessment"),
        (Action.ASSESSMENT_EDIT,),
        QT_TRANSLATE_NOOP("Workspaces", "Needs assessment, referrals to institutions and the reintegration plan."),
    ),
    WorkspaceSpec(
        "operators",
        QT_TRANSLATE_NOOP("Workspaces", "Operators"),
        (Action.OPERATOR_VIEW, Action.OPERATOR_DESIGNATE),
        QT_TRANSLATE_NOOP(
            "Workspaces", "The operators who coach the projects, and the designation of an operator for each case."
        ),
    ),
    WorkspaceSpec(
        "committee",
        QT_TRANSLATE_NOOP("Workspaces", "Committee"),
        (Action.COMMITTEE_RUN,),
        QT_TRANSLATE_NOOP(
            "Workspaces", "Validation sessions: approve, amend, postpone or reject plans; minutes and letters."
        ),
    ),
    WorkspaceSpec(
        "training",
        QT_TRANSLATE_NOOP("Workspaces", "Trainings"),
        (Action.TRAINING_ENROL, Action.TRAINING_MANAGE),
        QT_TRANSLATE_NOOP("Workspaces", "Training catalogue, sessions, enrolment, attendance and certificates."),
    ),
    WorkspaceSpec(
        "ledger",
        QT_TRANSLATE_NOOP("Workspaces", "Disbursements"),
        (Action.LEDGER_VIEW, Action.DISBURSEMENT_REQUEST, Action.DISBURSEMENT_PAY),
        QT_TRANSLATE_NOOP(
            "Workspaces", "Instalments: requests, approvals, payments, receipts, reversals and period closing."
        ),
    ),
    WorkspaceSpec(
        "followup",
        QT_TRANSLATE_NOOP("Workspaces", "Follow-up"),
        (Action.FOLLOWUP_RECORD,),
        QT_TRANSLATE_NOOP("Workspaces", "The calendar of follow-up visits over the year after the project starts."),
    ),
    WorkspaceSpec(
        "exchange",
        QT_TRANSLATE_NOOP("Workspaces", "Exchanges"),
        (Action.EXCHANGE_IMPORT, Action.EXCHANGE_EXPORT),
        QT_TRANSLATE_NOOP(
            "Workspaces", "Workbooks from and for donors and partners: validated imports, faithful exports."
        ),
    ),
    WorkspaceSpec(
        "admin",
        QT_TRANSLATE_NOOP("Workspaces", "Administration"),
        (Action.USERS_MANAGE, Action.REFERENCE_EDIT),
        "",
    ),
)


def workspaces_for(role: str) -> list[WorkspaceSpec]:
    return [spec for spec in WORKSPACES if spec.visible_to(role)]
