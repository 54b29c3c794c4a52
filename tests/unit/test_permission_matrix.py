"""Every public service method against every role: the permission matrix as the services enforce it.

The expected matrix is tests/unit/permission_matrix.py. The methods are found, not listed: a method added to a
service without an entry there fails `test_every_public_service_method_has_an_entry`, which names it.

The role checks come before any query, so they run on one SQLite database for the whole module; the tests of
record-dependent rules (separation of duties, what finance sees) run on both back-ends like the others.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

from desk.models.account import User
from desk.paths import sqlite_url
from desk.services.assessment_service import AssessmentInput
from desk.services.context import ActorServices, DeskContext
from desk.services.dto import Actor
from desk.services.errors import PermissionDenied
from desk.services.labels import label
from desk.services.ledger_dto import RequestInput
from desk.services.ledger_service import Refused
from desk.services.permissions import ROLES
from tests.factories import intake_input, make_user
from tests.unit.permission_matrix import EXPECTED, HOOK, Allow, Method, dto_text, public_methods, variants
from tests.unit.services.test_assessment import answers
from tests.unit.services.test_ledger import CASH, Desk

MATRIX_FILE = "tests/unit/permission_matrix.py"


METHODS = public_methods()


def test_every_public_service_method_has_an_entry():
    missing = [key for key in METHODS if key not in EXPECTED]
    stale = [key for key in EXPECTED if key not in METHODS]
    problems = []
    if missing:
        problems.append(
            f"No entry in {MATRIX_FILE} for: {', '.join(missing)}. Add one line per method, "
            '"<service>.<method>": allow(<roles allowed>), as explained at the top of that file.'
        )
    if stale:
        problems.append(f"Entries in {MATRIX_FILE} for methods that no longer exist: {', '.join(stale)}.")
    assert not problems, "\n".join(problems)


def test_the_matrix_finds_the_services():
    """The discovery itself works: it sees methods of every kind of service, and the context's settings."""
    assert {"ledger.pay", "intake.register_intake", "exports.export_returnees", "desk.update_settings"} <= set(METHODS)
    assert len({m.service for m in METHODS.values()}) >= 20


# -- calling them as each role -------------------------------------------------------------------------------------
class PlaceholderUsed(Exception):
    pass


class Placeholder:
    """Stands for any argument. Using it in any way fails, so a method that looks at its arguments before it
    checks the role shows up as not refusing a forbidden role."""

    def __getattr__(self, name: str) -> Any:
        raise PlaceholderUsed(name)

    def _used(self, *_: Any) -> Any:
        raise PlaceholderUsed("operator")

    __iter__ = __len__ = __bool__ = __int__ = __index__ = __float__ = __str__ = __format__ = __fspath__ = _used
    __lt__ = __le__ = __gt__ = __ge__ = __add__ = __sub__ = __getitem__ = __contains__ = _used

    def __repr__(self) -> str:
        return "<placeholder>"


@dataclass
class MatrixDesk:
    context: DeskContext
    actors: dict[str, Actor]


@pytest.fixture(scope="module")
def matrix_desk(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[MatrixDesk]:
    target = tmp_path_factory.mktemp("matrix") / "desk.sqlite"
    shutil.copy(sqlite_template, target)
    context = DeskContext(sqlite_url(target))
    yield MatrixDesk(context, {role: make_user(context, role) for role in ROLES})
    context.close()


def _call(method: Method, desk: MatrixDesk, role: str, allow: Allow) -> BaseException | None:
    """What calling the method as `role` raised (None: it returned)."""
    bound = method.bound(desk.context, desk.actors[role])
    if allow.args is None:
        positional, keywords = [], {p.name: Placeholder() for p in method.required()}
        keywords.update(allow.kwargs)
    else:
        positional, keywords = list(allow.args), dict(allow.kwargs)
    try:
        bound(*positional, **keywords)
    except Exception as exc:  # anything but PermissionDenied means "let through the permission check"
        return exc
    return None


@pytest.mark.parametrize("key", list(METHODS))
def test_permission_matrix(matrix_desk: MatrixDesk, key: str) -> None:
    method = METHODS[key]
    if key not in EXPECTED:
        pytest.fail(f"{key} has no entry in {MATRIX_FILE}: add one (see the top of that file).")
    entry = EXPECTED[key]
    if entry == HOOK:
        names = [p.name for p in method.required()]
        assert "session" in names, f"{key} is marked HOOK but takes no database session: give it its roles"
        return
    wrong = []
    for allow in variants(entry):
        call = f"{key}({', '.join(map(repr, allow.args or ()))}{', ' if allow.args and allow.kwargs else ''}" + (
            ", ".join(f"{k}={v!r}" for k, v in allow.kwargs.items()) + ")"
        )
        for role in ROLES:
            raised = _call(method, matrix_desk, role, allow)
            refused = isinstance(raised, PermissionDenied)
            if role in allow.roles and refused:
                wrong.append(f"{call} refused {role}, who should be allowed: {raised}")
            elif role not in allow.roles and not refused:
                how = (
                    f"it used its arguments before checking the role ({raised!r})"
                    if isinstance(raised, PlaceholderUsed)
                    else f"it {'returned' if raised is None else 'raised ' + repr(raised)}"
                )
                wrong.append(f"{call} let {role} through, who should get PermissionDenied: {how}")
    assert not wrong, "\n".join(wrong)


# -- separation of duties ------------------------------------------------------------------------------------------
@pytest.fixture
def desk(context):
    return Desk(context)


def _as_finance(context: DeskContext, actor: Actor) -> ActorServices:
    """The same person later given the finance role (a move between offices, a promotion)."""
    with context.session_factory.begin() as session:
        session.execute(update(User).where(User.id == actor.user_id).values(role="finance"))
    return context.for_actor(replace(actor, role="finance"))


def test_whoever_approved_a_disbursement_cannot_pay_it(desk, context):
    case_id = desk.approved_case()
    request_id = desk.agent.ledger.request(RequestInput(case_id, "pocket_money", 20_000, CASH))
    desk.manager.ledger.approve(request_id)
    with pytest.raises(Refused, match="separation of duties"):
        _as_finance(context, desk.manager.actor).ledger.pay(request_id)
    assert desk.finance.ledger_views.case_balance(case_id).paid_on_plan == 0
    entry_id, _ = desk.finance.ledger.pay(request_id)  # another person pays
    assert entry_id


def test_whoever_asked_for_a_disbursement_cannot_pay_it(desk, context):
    case_id = desk.approved_case()
    request_id = desk.agent.ledger.request(RequestInput(case_id, "pocket_money", 20_000, CASH))
    desk.manager.ledger.approve(request_id)
    with pytest.raises(Refused, match="separation of duties"):
        _as_finance(context, desk.agent.actor).ledger.pay(request_id)
    desk.finance.ledger.pay(request_id)


# -- finance never sees vulnerability details ---------------------------------------------------------------------
NOTES = "Suivi psychologique au CHU de Yaoundé, ne pas en parler devant la famille"
ASSESSMENT_NOTES = "Cauchemars fréquents, orientée vers le psychologue"


def _case_reads(services: ActorServices, case_id: int) -> Iterator[tuple[str, Any]]:
    """Every finance-allowed method that reads one case (its only required argument is the case's id)."""
    for key, method in METHODS.items():
        entry = EXPECTED.get(key)
        if method.on_context or entry == HOOK or entry is None:
            continue
        if not any("finance" in allow.roles and allow.args is None for allow in variants(entry)):
            continue
        required = method.required()
        if not required or required[0].name != "case_id":
            continue
        others = {p.name: False for p in required[1:] if p.annotation in (bool, "bool")}
        if len(others) != len(required) - 1:
            continue
        yield key, getattr(getattr(services, method.service), method.name)(case_id, **others)


def test_finance_never_sees_vulnerability_details(context):
    agent = context.for_actor(make_user(context, "agent"))
    finance = context.for_actor(make_user(context, "finance"))
    intake = replace(intake_input(family="Essomba", vulnerabilities=["psychosocial", "trafficking"]))
    intake = replace(intake, vulnerability_notes=NOTES)
    case_id = agent.intake.register_intake(intake).case_id
    agent.assessments.record(case_id, AssessmentInput(answers(0), notes=ASSESSMENT_NOTES))

    # The agent sees them (so the test would notice if there were nothing to hide).
    seen = agent.case_files.reveal_sensitive(case_id)
    assert seen.vulnerability_notes == NOTES and seen.vulnerabilities
    assert agent.assessments.history(case_id)[0].notes == ASSESSMENT_NOTES

    secrets = [NOTES, ASSESSMENT_NOTES, label("vulnerability", "psychosocial"), label("vulnerability", "trafficking")]
    reads = dict(_case_reads(finance, case_id))
    assert {"case_files.case_file", "assessments.history", "plans.current"} <= set(reads)
    for key, result in reads.items():
        text = dto_text(result)
        assert not [s for s in secrets if s in text], f"{key} shows finance vulnerability details"
    file, (assessment,) = reads["case_files.case_file"], reads["assessments.history"]
    assert file.vulnerabilities is None and file.vulnerability_notes is None
    assert assessment.answers is None and assessment.notes is None
    rows = finance.registry.search("Essomba")
    assert rows and not [s for s in secrets if s in dto_text(rows)]
    with pytest.raises(PermissionDenied):
        finance.assessments.questionnaire(assessment.id)
