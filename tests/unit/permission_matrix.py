"""Who may call which public service method: the expected matrix, one entry per method.

tests/unit/test_permission_matrix.py finds every public method of every service that ActorServices hands to the
screens and the command line (and the DeskContext services' methods that take an `actor`), and fails when one
has no entry here. To add a method, add a line ``"<ActorServices field>.<method>": allow(<roles>),``:

- `allow(A, M)`: agents and managers get past the permission checks, finance and the administrator get
  PermissionDenied. The test calls the method with placeholder arguments, so the method must check permissions
  before it looks at its arguments (as every service does: `require(...)` first);
- `allow(..., args=(...), kwargs={...})`: real arguments, when the check depends on them (which record's
  history, whether sensitive columns are asked for) or, exceptionally, comes after a validation of them;
- several `allow(...)` in a tuple: one per way of calling the method;
- `EVERYONE`: no check of its own, on purpose (a pure validation, a label, a lookup of a code);
- `HOOK`: a step of a checked method that takes the caller's open database session; the screens never hold a
  session (the layering contract), so it cannot be called from them. The test checks that it takes `session`.

Below the matrix: how the methods are found, shared with tests/unit/test_security.py.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, fields, is_dataclass
from functools import cached_property
from typing import Any, get_type_hints

from desk.services.context import ActorServices, DeskContext
from desk.services.dto import Actor
from desk.services.intake_dto import RegistryFilters

A, M, F, D = "agent", "manager", "finance", "admin"


@dataclass(frozen=True)
class Allow:
    roles: frozenset[str]
    args: tuple[Any, ...] | None = None  # None: one placeholder per required parameter
    kwargs: dict[str, Any] = field(default_factory=dict)


def allow(*roles: str, args: tuple[Any, ...] | None = None, kwargs: dict[str, Any] | None = None) -> Allow:
    return Allow(frozenset(roles), args, kwargs or {})


EVERYONE = allow(A, M, F, D)
HOOK = "hook"

Entry = Allow | tuple[Allow, ...] | str
AM, AMF, MF = (A, M), (A, M, F), (M, F)

EXPECTED: dict[str, Entry] = {
    # -- accounts: the administrator; everyone changes their own password ---------------------------------------
    "accounts.add_user": allow(D),
    "accounts.change_own_password": EVERYONE,
    "accounts.list_users": allow(D),
    "accounts.reset_password": allow(D),
    "accounts.set_active": allow(D),
    "accounts.update_user": allow(D),
    "auth.verify_unlock": EVERYONE,  # the same person unlocking their own workstation
    "desk.update_settings": allow(D),
    # -- each role's home page ----------------------------------------------------------------------------------------
    "data_protection.record_request": allow(M),
    "data_protection.request_for_case": allow(M),
    "data_protection.request_from_retention": allow(D),
    "data_protection.requests": allow(D),
    "data_protection.approve": allow(D),
    "data_protection.refuse": allow(D),
    "data_protection.execute": allow(D),
    "data_protection.retention_years": allow(D),
    "data_protection.set_retention_years": allow(D),
    "data_protection.flagged_cases": allow(D),
    "indicator_reports.indicator_report_pdf": allow(M, F),
    "indicator_reports.write_pdf": allow(M, F),
    "home.home": EVERYONE,  # the caller's own role's page: each one below checks its role
    "home.admin": allow(D),
    "home.agent": allow(*AM),
    "home.finance": allow(*MF),
    "home.manager": allow(M),
    # -- reference lists: everyone reads, the administrator edits ---------------------------------------------
    "reference.add_item": allow(D),
    "reference.list_items": EVERYONE,
    "reference.list_towns": EVERYONE,
    "reference.update_item": allow(D),
    # -- audit trail: a record's history needs the right to see that record -------------------------------------
    "audit.history": (
        allow(*AMF, args=("cases", 1)),
        allow(*AMF, args=("persons", 1)),
        allow(D, args=("users", 1)),
        allow(A, M, F, D, args=("sectors", 1)),
    ),
    "audit.recent": allow(M, D),
    # -- intake and the registry ---------------------------------------------------------------------------------------
    "intake.check_duplicates": allow(*AM),
    "intake.delete_draft": allow(*AM),
    "intake.list_drafts": allow(*AM),
    "intake.load_draft": allow(*AM),
    "intake.person_for_intake": allow(*AM),
    "intake.register_intake": allow(*AM),
    "intake.save_draft": allow(*AM),
    "intake.withdraw_consent": allow(*AM),
    "registry.may_see_vulnerabilities": EVERYONE,  # answers the question, shows nothing
    "registry.search": (
        allow(*AMF),
        allow(*AM, kwargs={"filters": RegistryFilters(vulnerable_only=True)}),  # finance never filters on them
    ),
    "case_files.case_file": allow(*AMF),  # finance's copy carries no vulnerability (test_permission_matrix)
    "case_files.currency": EVERYONE,
    "case_files.merge_persons": allow(M),
    "case_files.merges_of": allow(M),
    "case_files.photo": allow(*AMF),
    "case_files.reveal_sensitive": allow(A, M),  # each reveal is audited (test_security)
    "case_files.set_photo": allow(*AM),
    "case_files.undo_merge": allow(M),
    # -- operators -----------------------------------------------------------------------------------------------------
    "operators.arrival_groups": allow(M),
    "operators.caseload": allow(*AM),
    "operators.designate": allow(M),
    "operators.designate_many": allow(M),
    "operators.history": allow(*AMF),
    "operators.list_operators": allow(*AM),
    "operators.save_operator": allow(M),
    "operators.suggest": allow(M),
    "operators.validate_input": EVERYONE,  # checks a form, reads and writes nothing
    "operators.waiting_cases": allow(M),
    # -- training, employment, referrals, assessments, plans ---------------------------------------------------
    "training.cancel_enrolment": allow(*AM),
    "training.case_trainings": allow(*AMF),
    "training.delete_course": allow(M),
    "training.enrol": allow(*AM),
    "training.get_session": allow(*AM),
    "training.list_courses": allow(*AM),
    "training.list_sessions": allow(*AM),
    "training.record_attendance": allow(*AM),
    "training.requirements": allow(*AMF),
    "training.roster": allow(*AM),
    "training.save_course": allow(M),
    "training.save_session": allow(M),
    "training.set_outcome": allow(*AM),
    "employment.add_offer": allow(*AM),
    "employment.add_placement": allow(*AM),
    "employment.set_documents": allow(*AM),
    "employment.set_offer_outcome": allow(*AM),
    "employment.track": allow(*AMF),
    "referrals.for_case": allow(*AMF),
    "referrals.get": allow(*AMF),
    "referrals.letter_pdf": allow(*AMF),
    "referrals.refer": allow(*AM),
    "referrals.update": allow(*AM),
    "assessments.history": allow(*AMF),  # finance's copy carries no answers nor notes (test_permission_matrix)
    "assessments.instrument": allow(*AMF),
    "assessments.instrument_draft": allow(D),
    "assessments.instrument_version": allow(*AMF),
    "assessments.instrument_versions": allow(D),
    "assessments.questionnaire": allow(*AM),  # the answers themselves: sensitive
    "assessments.record": allow(*AM),
    "assessments.save_instrument": allow(D),
    "plans.current": allow(*AMF),
    "plans.save": allow(*AM),
    "plans.submit": allow(*AM),
    # -- committee -----------------------------------------------------------------------------------------------------
    "committee.agenda": allow(M),
    "committee.close_session": allow(M),
    "committee.decide": allow(M),
    "committee.open_session": allow(M),
    "committee.sessions": allow(M),
    "committee.synthesis": allow(M),
    # -- money: asked by agents and managers, approved by managers, paid and reversed by finance ----------------
    "ledger.approve": allow(M),
    "ledger.cancel": allow(*AM),
    "ledger.pay": allow(F),
    "ledger.record_interim_report": allow(*AM),
    "ledger.reject": allow(M),
    "ledger.request": allow(*AM),
    "ledger.reverse": allow(F),
    "ledger_views.can_pay": EVERYONE,  # answers the question, shows nothing
    "ledger_views.case_balance": allow(*AMF),
    "ledger_views.entries": allow(*MF),
    "ledger_views.print_receipts": allow(F),
    "ledger_views.receipt_entries": allow(F),
    "ledger_views.requests": allow(*AMF),
    "ledger_views.totals": allow(*MF),
    "periods.close": allow(F),
    # validates the period before LedgerViews.totals checks the role: called with a real period
    "periods.closing_totals": allow(*MF, args=("2026-01",)),
    "periods.periods": allow(*MF),
    "periods.verify": allow(*MF),
    "ledger_exports.closing_report_pdf": allow(*MF),
    "ledger_exports.closing_report_xlsx": allow(*MF),
    "ledger_exports.donor_filter": EVERYONE,  # turns a donor code into a filter
    "ledger_exports.export_ledger": allow(*MF),
    "reconciliation.confirm": allow(F),
    "reconciliation.import_statement": allow(F),
    "reconciliation.statements": allow(*MF),
    "reconciliation.view": allow(*MF),
    # -- exports -------------------------------------------------------------------------------------------------------
    "exports.donor_id": EVERYONE,  # turns a donor code into an id
    "exports.export_committee": allow(M),
    "exports.export_indicators": allow(*MF),
    "exports.export_returnees": (
        allow(*MF),
        allow(M, kwargs={"columns": ["case_number", "vulnerabilities"]}),  # sensitive columns: not finance
    ),
    "exports.indicators": allow(*MF),
    "exports.returnee_columns": allow(*MF),
    "exports.returnee_filter": EVERYONE,  # builds a filter from dates and a donor code
    # -- follow-up -----------------------------------------------------------------------------------------------------
    "followup.add_visit": allow(*AM),
    "followup.cancel": allow(*AM),
    "followup.close_case": allow(*AM),
    "followup.record": allow(*AM),
    "followup.renew": allow(*AM),
    "followup.reopen_case": allow(M),
    "followup.reschedule": allow(*AM),
    "followup.save_schedule": allow(D),
    "followup.schedule_of": EVERYONE,  # a programme's visit schedule: reference data
    "followup.set_unreachable_attempts": allow(D),
    "followup.start": allow(*AM),
    "followup_views.case_details": allow(*AMF),
    "followup_views.case_visits": allow(*AMF),
    "followup_views.closures": allow(*AMF),
    "followup_views.month_counts": allow(*AMF),
    "followup_views.my_day": allow(*AMF),
    "followup_views.overdue": allow(*AMF),
    "followup_views.overdue_by_operator": allow(*AMF),
    "followup_views.overdue_count": allow(*AMF),
    "followup_views.visit": allow(*AMF),
    "followup_views.visits": allow(*AMF),
    "followup_reports.export_followups": allow(*MF),
    "followup_reports.followup_export": allow(*MF),
    "followup_reports.ics_for_operator": allow(M),
    "followup_reports.ics_for_user": allow(M),
    "followup_reports.monitoring_report": allow(*AMF),
    "followup_reports.monitoring_report_pdf": allow(*AMF),
    "followup_reports.unreachable_attempts": EVERYONE,  # a desk setting
    # -- workbook imports (managers); the kind's steps run inside apply() with its session ------------------------
    **{
        f"{kind}.{method}": entry
        for kind in ("returnee_import", "operator_import", "attendance_import")
        for method, entry in {
            "apply": allow(M),
            "check": allow(M),
            "columns": allow(M),
            "profile_mapping": allow(M),
            "profiles": allow(M),
            "title": EVERYONE,
            "after_insert": HOOK,
            "insert": HOOK,
            "specs": HOOK,
            "validate": HOOK,
        }.items()
    },
    "returnee_import.decide": allow(M),
    "returnee_import.reviews": allow(M),
}


# -- finding the methods, reading what they return ---------------------------------------------------------------
@dataclass(frozen=True)
class Method:
    key: str  # "<service>.<method>"
    service: str
    name: str
    function: Callable[..., Any]
    on_context: bool  # a DeskContext service, given the actor as an argument

    def bound(self, context: DeskContext, actor: Actor) -> Callable[..., Any]:
        owner = getattr(context, self.service) if self.on_context else getattr(context.for_actor(actor), self.service)
        method = getattr(owner, self.name)
        return (lambda *args, **kwargs: method(*args, actor=actor, **kwargs)) if self.on_context else method

    def required(self) -> list[inspect.Parameter]:
        parameters = list(inspect.signature(self.function).parameters.values())
        if parameters and parameters[0].name == "self":
            parameters = parameters[1:]
        return [
            p
            for p in parameters
            if p.default is p.empty
            and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
            and not (self.on_context and p.name == "actor")
        ]


def _public_functions(cls: type) -> Iterator[tuple[str, Callable[..., Any]]]:
    for name, function in inspect.getmembers(cls, inspect.isfunction):
        if not name.startswith("_"):
            yield name, function


def public_methods() -> dict[str, Method]:
    """Every public method of the services ActorServices holds, and the DeskContext services' methods that act as
    a user (they take `actor`)."""
    found: dict[str, Method] = {}
    for service, cls in get_type_hints(ActorServices).items():
        if service == "actor":
            continue
        for name, function in _public_functions(cls):
            found[f"{service}.{name}"] = Method(f"{service}.{name}", service, name, function, False)
    for service, member in vars(DeskContext).items():
        if not isinstance(member, cached_property):
            continue
        cls = get_type_hints(member.func)["return"]
        for name, function in _public_functions(cls):
            if "actor" in inspect.signature(function).parameters:
                found[f"{service}.{name}"] = Method(f"{service}.{name}", service, name, function, True)
    return dict(sorted(found.items()))


def variants(entry: Entry) -> tuple[Allow, ...]:
    assert not isinstance(entry, str)
    return entry if isinstance(entry, tuple) else (entry,)


def dto_text(value: Any) -> str:
    """Everything a DTO holds, as text (nested dataclasses, lists and dicts included)."""
    if is_dataclass(value) and not isinstance(value, type):
        return " ".join(dto_text(getattr(value, f.name)) for f in fields(value))
    if isinstance(value, dict):
        return " ".join(dto_text(k) + " " + dto_text(v) for k, v in value.items())
    if isinstance(value, list | tuple | set | frozenset):
        return " ".join(dto_text(v) for v in value)
    return str(value)
