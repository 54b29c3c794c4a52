"""Nothing leaked: sensitive fields stay out of lists, exports and logs; every change is in the audit trail;
error messages never show SQL, file paths or personal data.

Covered elsewhere, not repeated here: login lockout and its expiry (tests/unit/services/test_auth.py), the idle
lock (tests/ui/test_main_window.py), audit rows refused UPDATE/DELETE/TRUNCATE on both back-ends
(tests/unit/services/test_audit.py), sensitive roster columns needing the role and being audited
(tests/unit/services/test_exports.py), the role matrix (tests/unit/test_permission_matrix.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from desk.app import setup_logging
from desk.models.audit import CREATE, DELETE, REVEAL, STATUS, UPDATE, AuditEntry
from desk.models.auditing import _jsonable
from desk.models.base import TRACKING_COLUMNS, Base
from desk.models.intake import CaseVulnerability
from desk.models.returnee import Case, Person
from desk.paths import Paths, sqlite_url
from desk.services.assessment_service import AssessmentInput
from desk.services.context import ActorServices, DeskContext
from desk.services.dto import Actor
from desk.services.errors import DeskError
from desk.services.intake_dto import ConsentInput
from desk.services.labels import label
from desk.services.ledger_dto import LedgerFilter, RequestInput
from desk.services.uow import writing
from desk.ui.messages import error_text
from tests.factories import course_input, intake_input, make_user, operator_input, session_input
from tests.unit.permission_matrix import EXPECTED, HOOK, dto_text, public_methods, variants
from tests.unit.services.test_assessment import answers
from tests.unit.services.test_ledger import CASH, Desk
from tests.unit.services.test_plans import SALON

NOTES = "Suivi psychologique au CHU de Yaoundé, ne pas en parler devant la famille"
ASSESSMENT_NOTES = "Cauchemars fréquents, orientée vers le psychologue"
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 64
METHODS = public_methods()


def _vulnerable_case(services: ActorServices, family: str = "Essomba") -> int:
    intake = intake_input(family=family, vulnerabilities=["psychosocial", "trafficking"])
    case_id = services.intake.register_intake(replace(intake, vulnerability_notes=NOTES)).case_id
    services.assessments.record(case_id, AssessmentInput(answers(0), notes=ASSESSMENT_NOTES))
    return case_id


def _secrets() -> list[str]:
    return [NOTES, ASSESSMENT_NOTES, label("vulnerability", "psychosocial"), label("vulnerability", "trafficking")]


def _workbook_text(path: Path) -> str:
    book = load_workbook(path)
    return " ".join(str(c.value) for sheet in book.worksheets for row in sheet.iter_rows() for c in row)


# -- sensitive fields in lists and exports ------------------------------------------------------------------------
def _list_methods(role: str) -> Iterator[str]:
    """The methods this role may call that take no argument at all: the lists and the dashboards."""
    for key, method in METHODS.items():
        entry = EXPECTED.get(key)
        if method.on_context or entry is None or entry == HOOK or method.required():
            continue
        if any(role in allow.roles and allow.args is None and not allow.kwargs for allow in variants(entry)):
            yield key


def test_no_list_shows_vulnerability_details_to_anyone(context):
    agent = context.for_actor(make_user(context, "agent"))
    case_id = _vulnerable_case(agent)
    assert agent.case_files.reveal_sensitive(case_id).vulnerability_notes == NOTES  # there is something to hide
    for role in ("agent", "manager", "finance", "admin"):
        services = context.for_actor(agent.actor if role == "agent" else make_user(context, role))
        shown = {key: dto_text(METHODS[key].bound(context, services.actor)()) for key in _list_methods(role)}
        if role != "admin":
            shown["registry.search"] = dto_text(services.registry.search("Essomba"))
            assert "Essomba" in shown["registry.search"]
        leaks = {key: [s for s in _secrets() if s in text] for key, text in shown.items()}
        assert not {k: v for k, v in leaks.items() if v}, f"{role} sees vulnerability details in lists"
        assert len(shown) >= 3


def test_exports_leave_sensitive_fields_out_unless_asked_for(context, tmp_path):
    desk = Desk(context)
    case_id = desk.approved_case(family="Essomba")
    with writing(context.session_factory, desk.agent.actor) as s:  # the person turns out to be vulnerable
        s.add(CaseVulnerability(case_id=case_id, kind="psychosocial"))
        s.get(Case, case_id).vulnerability_notes = NOTES
    desk.paid_request(case_id)
    roster, ledger = tmp_path / "roster.xlsx", tmp_path / "ledger.xlsx"
    # The manager may see and export sensitive data, but only when asking for it.
    desk.manager.exports.export_returnees(roster, None, for_partner=False)
    desk.manager.ledger_exports.export_ledger(ledger, LedgerFilter())
    number = desk.manager.case_files.case_file(case_id).case_number
    for path in (roster, ledger):
        text = _workbook_text(path)
        assert number in text, path.name  # the case is in it
        assert not [s for s in _secrets() if s in text], f"{path.name} holds vulnerability details"
    asked = desk.manager.exports.export_returnees(roster, ["case_number", "vulnerability_notes"], for_partner=False)
    assert asked.sensitive == ("vulnerability_notes",) and NOTES in _workbook_text(roster)


# -- each reveal is recorded -----------------------------------------------------------------------------------------
def _reveals(context: DeskContext, user_id: int) -> list[AuditEntry]:
    with context.session_factory() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == REVEAL, AuditEntry.user_id == user_id)))


def test_each_reveal_of_vulnerabilities_is_audited(context):
    agent = context.for_actor(make_user(context, "agent"))
    case_id = _vulnerable_case(agent)
    file = agent.case_files.case_file(case_id)
    if file.vulnerabilities is None:  # masked by default: the screen asks for them explicitly
        file = agent.case_files.reveal_sensitive(case_id)  # the name the fix should give it
    assert file.vulnerability_notes == NOTES
    (entry,) = [e for e in _reveals(context, agent.actor.user_id) if e.entity == "cases"]
    assert entry.entity_id == str(case_id) and NOTES not in str(entry.changes) + str(entry.summary)


def test_each_reveal_of_assessment_answers_is_audited(context):
    agent = context.for_actor(make_user(context, "agent"))
    case_id = _vulnerable_case(agent)
    (assessment,) = agent.assessments.history(case_id)
    agent.assessments.questionnaire(assessment.id)
    assert [e.entity for e in _reveals(context, agent.actor.user_id)] == ["assessments"]


# -- audit completeness: every change performed has its audit row, with who and what ---------------------------
Snapshot = dict[str, dict[str, dict[str, Any]]]
AUDITED = sorted((m for m in Base.registry.mappers if m.class_.__audited__), key=lambda m: m.class_.__tablename__)
ROW_ACTIONS = (CREATE, UPDATE, STATUS, DELETE)


def _snapshot(context: DeskContext) -> Snapshot:
    """Every audited row, by table and primary key, without the columns the trail leaves out on purpose."""
    found: Snapshot = {}
    with context.session_factory() as s:
        for mapper in AUDITED:
            cls = mapper.class_
            attrs = [a for a in mapper.column_attrs if a.key not in TRACKING_COLUMNS | cls.__audit_ignore__]
            keys = [a.key for a in attrs]
            pk = [mapper.get_property_by_column(c).key for c in mapper.primary_key]
            rows = found.setdefault(cls.__tablename__, {})
            for values in s.execute(select(*[a.columns[0] for a in attrs])):
                row = dict(zip(keys, values, strict=True))
                rows[",".join(str(row[k]) for k in pk)] = row
    return found


def _last_audit_id(context: DeskContext) -> int:
    with context.session_factory() as s:
        return int(s.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1)) or 0)


def _check_trail(context: DeskContext, before: Snapshot, after: Snapshot, since: int, actor: Actor | None) -> None:
    with context.session_factory() as s:
        trail = list(
            s.scalars(
                select(AuditEntry)
                .where(AuditEntry.id > since, AuditEntry.action.in_(ROW_ACTIONS))
                .order_by(AuditEntry.id)
            )
        )
    by_record: dict[tuple[str, str], list[AuditEntry]] = {}
    for entry in trail:
        by_record.setdefault((entry.entity, entry.entity_id or ""), []).append(entry)
        assert actor is not None, f"a refused action left an audit row: {entry.action} {entry.entity}"
        assert (entry.user_id, entry.username) == (actor.user_id, actor.username), f"not by the actor: {entry}"

    changed: set[tuple[str, str]] = set()
    for mapper in AUDITED:
        cls, table = mapper.class_, mapper.class_.__tablename__
        old, new = before.get(table, {}), after.get(table, {})
        for key in old.keys() | new.keys():
            was, now = old.get(key), new.get(key)
            if was == now:
                continue
            changed.add((table, key))
            entries = by_record.get((table, key), [])
            actions = {e.action for e in entries}
            where = f"{table} {key}"
            if was is None:
                assert CREATE in actions, f"{where} was created without an audit row"
                fields = {k for k, v in now.items() if v is not None}
            elif now is None:
                assert DELETE in actions, f"{where} was deleted without an audit row"
                continue
            else:
                fields = {k for k in now if now[k] != was[k]}
                assert actions & {UPDATE, STATUS}, f"{where} changed ({sorted(fields)}) without an audit row"
                assert ("status" in fields) == (STATUS in actions), f"{where}: status changes are 'status' rows"
            told: dict[str, Any] = {}
            for entry in entries:
                told.update(entry.changes or {})
            assert fields <= set(told), f"{where}: {sorted(fields - set(told))} changed but not in the trail"
            for name in fields:
                if name in cls.__sensitive__:
                    assert told[name] == {"sensitive": True}, f"{where}: the value of {name} is in the trail"
                elif isinstance(now[name], str | int | bool):
                    assert told[name]["new"] == _jsonable(now[name]), f"{where}: {name} is not what the trail says"
    phantom = set(by_record) - changed
    assert not phantom, f"audit rows for records that did not change: {sorted(phantom)}"


@dataclass
class World:
    """The desk the random actions work on, kept across the examples of one test."""

    agent: ActorServices
    manager: ActorServices
    finance: ActorServices
    operator_id: int
    session_id: int
    institution_id: int
    cases: list[int] = field(default_factory=list)
    persons: list[int] = field(default_factory=list)
    enrolments: list[int] = field(default_factory=list)
    referrals: list[int] = field(default_factory=list)
    requests: list[int] = field(default_factory=list)


_worlds: dict[str, World] = {}


def _world(context: DeskContext) -> World:
    if context.url not in _worlds:
        manager = context.for_actor(make_user(context, "manager"))
        course_id = manager.training.save_course(course_input())
        _worlds[context.url] = World(
            agent=context.for_actor(make_user(context, "agent")),
            manager=manager,
            finance=context.for_actor(make_user(context, "finance")),
            operator_id=manager.operators.save_operator(operator_input()),
            session_id=manager.training.save_session(session_input(course_id, capacity=2)),
            institution_id=manager.reference.list_items("institutions")[0].id,
        )
    return _worlds[context.url]


def _pick(items: list[int], n: int) -> int:
    if not items:
        raise LookupError("nothing to act on yet")
    return items[n % len(items)]


def _register(w: World, n: int) -> Actor:
    intake = intake_input(
        family=f"Audit{n}", given="Random", phone=None, vulnerabilities=["psychosocial"] if n % 2 else []
    )
    intake = replace(intake, consent=replace(intake.consent, photo=n % 3 == 0, share_institutions=n % 2 == 0))
    done = w.agent.intake.register_intake(replace(intake, vulnerability_notes=f"note {n}" if n % 2 else None))
    w.cases.append(done.case_id)
    w.persons.append(done.person_id)
    return w.agent.actor


def _register_again(w: World, n: int) -> Actor:
    person_id = _pick(w.persons, n)
    intake = intake_input(
        family=f"Audit{n}", given="Again", phone=f"6990{n % 100000:05d}", existing_person_id=person_id
    )
    intake = replace(intake, consent=ConsentInput(processing=True, share_operators=True))
    w.cases.append(w.agent.intake.register_intake(intake).case_id)
    return w.agent.actor


def _designate(w: World, n: int) -> Actor:
    w.manager.operators.designate(_pick(w.cases, n), w.operator_id, reason=f"reason {n}", override_capacity=True)
    return w.manager.actor


def _save_plan(w: World, n: int) -> Actor:
    w.agent.plans.save(_pick(w.cases, n), replace(SALON, description=f"Plan {n}"))
    return w.agent.actor


def _submit_plan(w: World, n: int) -> Actor:
    w.agent.plans.submit(_pick(w.cases, n))
    return w.agent.actor


def _enrol(w: World, n: int) -> Actor:
    w.agent.training.enrol(w.session_id, [_pick(w.cases, n)])
    w.enrolments[:] = [line.enrolment_id for line in w.agent.training.roster(w.session_id)]
    return w.agent.actor


def _cancel_enrolment(w: World, n: int) -> Actor:
    w.agent.training.cancel_enrolment(_pick(w.enrolments, n))
    return w.agent.actor


def _refer(w: World, n: int) -> Actor:
    referral = w.agent.referrals.refer(_pick(w.cases, n), w.institution_id, f"reason {n}", date.today() + timedelta(7))
    w.referrals.append(referral)
    return w.agent.actor


def _answer_referral(w: World, n: int) -> Actor:
    referral = w.agent.referrals.get(_pick(w.referrals, n))
    w.agent.referrals.update(referral.id, referral.version, ("accepted", "declined")[n % 2], f"outcome {n}")
    return w.agent.actor


def _withdraw_consent(w: World, n: int) -> Actor:
    w.agent.intake.withdraw_consent(_pick(w.persons, n), f"reason {n}")
    return w.agent.actor


def _set_photo(w: World, n: int) -> Actor:
    w.agent.case_files.set_photo(_pick(w.persons, n), JPEG + bytes([n % 256]))
    return w.agent.actor


def _assess(w: World, n: int) -> Actor:
    w.agent.assessments.record(_pick(w.cases, n), AssessmentInput(answers(n % 2 - 1), notes=f"notes {n}"))
    return w.agent.actor


def _job_offer(w: World, n: int) -> Actor:
    w.agent.employment.add_offer(_pick(w.cases, n), f"Employer {n}", "Vendeuse", date.today())
    return w.agent.actor


def _request(w: World, n: int) -> Actor:
    w.requests.append(w.agent.ledger.request(RequestInput(_pick(w.cases, n), "pocket_money", 5_000, CASH)))
    return w.agent.actor


def _approve(w: World, n: int) -> Actor:
    w.manager.ledger.approve(_pick(w.requests, n))
    return w.manager.actor


def _pay(w: World, n: int) -> Actor:
    w.finance.ledger.pay(_pick(w.requests, n))
    return w.finance.actor


ACTIONS: dict[str, Callable[[World, int], Actor]] = {
    "register": _register,
    "register_again": _register_again,
    "designate": _designate,
    "save_plan": _save_plan,
    "submit_plan": _submit_plan,
    "enrol": _enrol,
    "cancel_enrolment": _cancel_enrolment,
    "refer": _refer,
    "answer_referral": _answer_referral,
    "withdraw_consent": _withdraw_consent,
    "set_photo": _set_photo,
    "assess": _assess,
    "job_offer": _job_offer,
    "request": _request,
    "approve": _approve,
    "pay": _pay,
}
STEPS = st.lists(st.tuples(st.sampled_from(sorted(ACTIONS)), st.integers(0, 10_000)), min_size=1, max_size=8)


def _perform(context: DeskContext, steps: list[tuple[str, int]]) -> None:
    world = _world(context)
    before = _snapshot(context)
    for name, n in [("register", 0), *steps]:
        since = _last_audit_id(context)
        actor: Actor | None = None
        try:
            actor = ACTIONS[name](world, n)
        except LookupError:  # nothing of that kind exists yet: no action
            pass
        except DeskError:  # refused by a rule: nothing may have changed, and nothing is in the trail
            pass
        after = _snapshot(context)
        _check_trail(context, before, after, since, actor)
        before = after


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=STEPS)
def test_every_change_made_by_case_work_is_in_the_audit_trail(context, steps):
    """Property: for any sequence of case-work actions, the audit trail holds each created, changed and deleted
    row, naming who did it and each changed field (with its new value, or only the fact for a sensitive one)."""
    _perform(context, steps)


def test_registering_a_drafted_intake_is_entirely_in_the_audit_trail(context):
    world = _world(context)
    draft_id = world.agent.intake.save_draft("Mme Audit", {"family_name": "Audit"})
    before, since = _snapshot(context), _last_audit_id(context)
    world.agent.intake.register_intake(replace(intake_input(family="Audit", phone=None), draft_id=draft_id))
    _check_trail(context, before, _snapshot(context), since, world.agent.actor)


def test_merging_two_persons_is_entirely_in_the_audit_trail(context):
    world = _world(context)
    _register(world, 1)
    _register(world, 2)
    before, since = _snapshot(context), _last_audit_id(context)
    world.manager.case_files.merge_persons(world.persons[0], world.persons[1], "same person, two records")
    _check_trail(context, before, _snapshot(context), since, world.manager.actor)


# -- error messages ---------------------------------------------------------------------------------------------------
PERSON = ("Nkoulou", "Bernadette-Zita", "677123498", "CM-ID-90817263")
NEVER_SHOWN = ("SELECT", "INSERT", "UPDATE ", "persons", "sqlite", "psycopg", "Traceback", "/tmp/", *PERSON)


def _shown(exc: BaseException, *also: str) -> str:
    text = error_text(exc)
    leaks = [word for word in (*NEVER_SHOWN, *also) if word.lower() in text.lower()]
    assert not leaks, f"the message shows {leaks}: {text}"
    return text


def _register_person(services: ActorServices) -> int:
    intake = intake_input(family=PERSON[0], given=PERSON[1], phone=PERSON[2], id_number=PERSON[3])
    return services.intake.register_intake(intake).person_id


def test_a_refused_database_change_is_told_without_sql_or_personal_data(context):
    agent = context.for_actor(make_user(context, "agent"))
    person_id = _register_person(agent)
    with pytest.raises(DeskError) as refused, writing(context.session_factory, agent.actor) as s:
        s.add(Person(id=person_id, family_name=PERSON[0], given_names=PERSON[1], sex="F", phone=PERSON[2]))
    assert isinstance(refused.value.__cause__, DBAPIError)  # an IntegrityError underneath, SQL and values in it
    assert "Nothing was saved" in _shown(refused.value)


def test_a_tampered_audit_trail_is_refused_without_sql(context):
    agent = context.for_actor(make_user(context, "agent"))
    _register_person(agent)
    with pytest.raises(DeskError) as refused, writing(context.session_factory, agent.actor) as s:
        s.execute(AuditEntry.__table__.delete())
    _shown(refused.value, "audit_log", "append-only")
    with context.session_factory() as s:
        assert s.scalar(select(AuditEntry.id).limit(1)) is not None


def test_an_unreachable_database_is_told_without_its_location(tmp_path, backend, request):
    if backend == "sqlite":
        hidden = tmp_path / "Nkoulou-files" / "missing" / "desk.sqlite"
        url, secret = sqlite_url(hidden), str(hidden.parent)
    else:
        server, why = request.getfixturevalue("pg_server")
        if server is None:
            pytest.skip(f"PostgreSQL not available: {why}")
        url, secret = server.url("desk_nkoulou_missing").replace("postgres@", "postgres:S3cret-pw@"), "S3cret-pw"
    context = DeskContext(url)
    try:
        agent = context.for_actor(Actor(1, "agent", "Agent", "agent"))
        with pytest.raises(DeskError) as failed:
            agent.registry.search("Nkoulou")
        _shown(failed.value, secret, "desk_nkoulou")
    finally:
        context.close()


def test_an_unreadable_import_file_is_told_by_its_name_only(context, tmp_path):
    manager = context.for_actor(make_user(context, "manager"))
    missing = tmp_path / "Dossiers de Mme Nkoulou" / "returnees.xlsx"
    with pytest.raises(DeskError) as refused:
        manager.returnee_import.check(missing)
    assert "returnees.xlsx" in _shown(refused.value, str(missing.parent))


def test_an_export_that_cannot_be_written_is_told_by_its_name_only(context, tmp_path):
    manager = context.for_actor(make_user(context, "manager"))
    out = tmp_path / "Dossiers de Mme Nkoulou" / "roster.xlsx"  # the folder does not exist
    with pytest.raises(DeskError) as failed:
        manager.exports.export_returnees(out, ["case_number"], for_partner=False)
    assert "roster.xlsx" in _shown(failed.value, str(out.parent), "Nkoulou")


def test_an_unexpected_error_is_never_shown_as_it_is():
    bug = RuntimeError(f"INSERT INTO persons VALUES ('{PERSON[0]}') -- /tmp/desk.sqlite")
    assert "application log" in _shown(bug)


def test_searching_a_long_word_that_matches_nobody_is_no_crash(context):
    agent = context.for_actor(make_user(context, "agent"))
    _register_person(agent)
    assert agent.registry.search("Zzyzxwvutsrq") == []
    assert agent.registry.search(PERSON[3])  # an ID number, found on both back-ends


# -- the application log ----------------------------------------------------------------------------------------------
@pytest.fixture
def guichet_log(tmp_path: Path) -> Iterator[Path]:
    """The application's own log file, as desk.app sets it up, turned up to DEBUG."""
    paths = Paths(data=tmp_path / "data", logs=tmp_path / "logs", backups=tmp_path / "backups").ensure()
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    setup_logging(paths)
    root.setLevel(logging.DEBUG)
    try:
        yield paths.logs / "guichet.log"
    finally:
        for handler in root.handlers[:]:
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(level)


def test_the_application_log_holds_no_personal_data(context, guichet_log, caplog, tmp_path):
    caplog.set_level(logging.DEBUG)
    desk = Desk(context)
    person_id = _register_person(desk.agent)
    assert desk.agent.registry.search(PERSON[0]) and desk.finance.registry.search(PERSON[2])
    case_id = next(r.case_id for r in desk.agent.registry.search(PERSON[0]))
    desk.manager.operators.designate(case_id, desk.manager.operators.save_operator(operator_input()))
    desk.paid_request(case_id)
    desk.manager.exports.export_returnees(tmp_path / "roster.xlsx", None, for_partner=False)
    with pytest.raises(DeskError), writing(context.session_factory, desk.agent.actor) as s:  # a failed save
        s.add(Person(id=person_id, family_name=PERSON[0], given_names=PERSON[1], sex="F", phone=PERSON[2]))
    with pytest.raises(DeskError):  # a failed login
        context.auth.authenticate(PERSON[1], "wrong-password")
    error_text(RuntimeError(PERSON[0]))  # an unexpected error is logged by its type

    for handler in logging.getLogger().handlers:
        handler.flush()
    written = guichet_log.read_text(encoding="utf-8")
    captured = "\n".join(
        f"{r.name} {r.getMessage()} {logging.Formatter().formatException(r.exc_info) if r.exc_info else ''}"
        for r in caplog.records
    )
    assert "integrity error" in written or "database error" in written  # the log did receive the events
    for text in (written, captured):
        leaks = [word for word in PERSON if word in text]
        assert not leaks, f"the application log holds {leaks}"
    # SQL with its parameters never reaches the file, even with the application log at DEBUG.
    assert logging.getLogger("sqlalchemy.engine").getEffectiveLevel() >= logging.WARNING
