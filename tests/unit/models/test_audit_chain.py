"""The audit trail is a hash chain: gapless numbers in commit order, each row's hash over its fields and the
previous hash; concurrent writers never fork it; a desk that upgrades gets its existing rows chained."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import pytest
from alembic import command
from sqlalchemy import func, select, text

from desk.models.audit import AUDIT_COUNTER, GENESIS, AuditEntry, audit_hash
from desk.models.auditing import record_event
from desk.models.migrate import alembic_config
from desk.models.returnee import Counter
from desk.services.context import DeskContext
from desk.services.uow import reading, writing
from desk.services.verify_service import verify_audit
from tests.factories import PASSWORD, make_admin


def _rows(context) -> list[AuditEntry]:
    with context.session_factory() as s:
        return list(s.scalars(select(AuditEntry).order_by(AuditEntry.seq)))


def _verify(context):
    with reading(context.session_factory) as session:
        return verify_audit(session)


def _assert_chained(rows: list[AuditEntry]) -> None:
    prev = GENESIS
    for number, row in enumerate(rows, start=1):
        fields = {c: getattr(row, c) for c in ("seq", "at", "user_id", "username", "action", "entity", "entity_id")}
        fields |= {"changes": row.changes, "summary": row.summary}
        assert (row.seq, row.prev_hash) == (number, prev)
        assert row.hash == audit_hash(prev, fields)
        prev = row.hash


def test_every_change_is_numbered_and_chained(context):
    admin = make_admin(context)
    services = context.for_actor(admin)
    user = services.accounts.add_user("brigitte", "Brigitte Abéna", "agent", PASSWORD)
    services.accounts.update_user(user.id, user.version, full_name="Brigitte Abena", role="manager", language="fr")
    services.reference.add_item("sectors", "ZZTEST", "Essai", "Trial")
    rows = _rows(context)
    assert len(rows) >= 4
    _assert_chained(rows)
    report = _verify(context)
    assert report.ok and (report.rows, report.head_seq, report.head_hash) == (len(rows), len(rows), rows[-1].hash)
    with context.session_factory() as s:
        assert s.scalar(select(Counter.value).where(Counter.name == AUDIT_COUNTER)) == len(rows)
    # What the trail shows is unchanged by the chain: values, accents, sensitive fields hidden.
    update = [r for r in rows if r.entity == "users" and r.action == "update"][-1]
    assert update.changes["full_name"] == {"old": "Brigitte Abéna", "new": "Brigitte Abena"}


def test_rows_of_a_rolled_back_savepoint_or_transaction_are_not_written(context):
    admin = make_admin(context)
    before = len(_rows(context))
    with writing(context.session_factory, admin) as session:
        record_event(session, "export", "persons", None, summary="kept")
        savepoint = session.begin_nested()
        record_event(session, "export", "persons", None, summary="undone")
        savepoint.rollback()
        with session.begin_nested():
            record_event(session, "export", "persons", None, summary="kept too")
    with pytest.raises(RuntimeError), writing(context.session_factory, admin) as session:
        record_event(session, "export", "persons", None, summary="never")
        raise RuntimeError("crash before the commit")
    rows = _rows(context)
    assert [r.summary for r in rows[before:]] == ["kept", "kept too"]
    _assert_chained(rows)


def test_an_entry_added_by_hand_joins_the_chain(context):
    admin = make_admin(context)
    with writing(context.session_factory, admin) as session:
        session.add(AuditEntry(at=datetime.now(UTC), username="root", action="reveal", entity="persons", entity_id="7"))
    rows = _rows(context)
    assert (rows[-1].action, rows[-1].entity_id) == ("reveal", "7")
    _assert_chained(rows)


def test_concurrent_writers_never_fork_the_chain(context):
    """Threads with their own connections append at the same time (real concurrency on PostgreSQL)."""
    admin = make_admin(context)
    before = len(_rows(context))
    errors: list[BaseException] = []
    start = threading.Barrier(4)

    def work(worker: int) -> None:
        try:
            start.wait()
            for n in range(15):
                with writing(context.session_factory, admin) as session:
                    record_event(session, "export", "persons", None, summary=f"w{worker}-{n}")
                    record_event(session, "reveal", "persons", worker, summary=f"w{worker}-{n}b")
        except BaseException as exc:  # pragma: no cover - shown by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    rows = _rows(context)
    assert len(rows) == before + 4 * 15 * 2
    _assert_chained(rows)
    # The two rows of one transaction are consecutive: transactions append one after the other.
    for first, second in zip(rows[before::2], rows[before + 1 :: 2], strict=True):
        assert second.summary == f"{first.summary}b"


def _insert_old_row(conn, at: str, user_id, action: str, entity_id, changes: str | None, summary=None) -> None:
    conn.execute(
        text(
            "INSERT INTO audit_log (at, user_id, username, action, entity, entity_id, changes, summary)"
            " VALUES (:at, :user_id, 'root', :action, 'persons', :entity_id, :changes, :summary)"
        ),
        {
            "at": at,
            "user_id": user_id,
            "action": action,
            "entity_id": entity_id,
            "changes": changes,
            "summary": summary,
        },
    )


def test_a_desk_that_upgrades_gets_its_existing_rows_chained(empty_db_url):
    context = DeskContext(empty_db_url)
    try:
        cfg = alembic_config()
        with context.engine.begin() as conn:  # a desk on revision 0015, with a trail written by older code
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0015")
            at = "2026-10-01 08:00:00.250000"
            if context.backend == "postgresql":
                at += "+00"
            old = '{"family_name": {"old": null, "new": "Ngono"}, "given_names": {"old": null, "new": "A\\u00efcha"}}'
            _insert_old_row(conn, at, None, "create", "1", old)
            _insert_old_row(conn, at, None, "login_failed", None, None, summary="unknown account: x")
            _insert_old_row(conn, at, None, "update", "1", '{"phone": {"new": "699", "old": 1.5}}')
        context.migrate(None)
        rows = _rows(context)
        assert [r.seq for r in rows] == [1, 2, 3] and [r.id for r in rows] == sorted(r.id for r in rows)
        assert rows[0].changes["given_names"] == {"old": None, "new": "Aïcha"}  # same content, canonical text
        assert rows[0].at == datetime(2026, 10, 1, 8, 0, 0, 250000, tzinfo=UTC)
        _assert_chained(rows)
        assert _verify(context).ok
        make_admin(context)  # new rows chain on from the migrated ones
        rows = _rows(context)
        assert len(rows) > 3
        _assert_chained(rows)
        assert _verify(context).ok
        # The guards are back after the table was rebuilt.
        with pytest.raises(Exception, match="append-only"), context.engine.begin() as conn:
            conn.execute(text("UPDATE audit_log SET username = 'forger'"))
        with context.engine.begin() as conn:  # and the revision can be undone, keeping the rows
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0015")
            assert conn.scalar(text("SELECT count(*) FROM audit_log")) == len(rows)
            assert conn.scalar(text("SELECT count(*) FROM counters WHERE name = 'audit'")) == 0
        context.migrate(None)
        assert _verify(context).ok
        with context.session_factory() as s:
            assert s.scalar(select(func.count()).select_from(AuditEntry)) == len(rows)
    finally:
        context.close()


def _drop_guards(context) -> None:
    """What someone with direct access to the database file or server could do."""
    with context.engine.begin() as conn:
        if context.backend == "postgresql":
            conn.execute(text("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change"))
        else:
            conn.execute(text("DROP TRIGGER audit_log_no_update"))
            conn.execute(text("DROP TRIGGER audit_log_no_delete"))


@pytest.fixture
def trail(context):
    admin = make_admin(context)
    services = context.for_actor(admin)
    for n in range(4):
        services.reference.add_item("sectors", f"ZZ{n}", f"Secteur {n}", f"Sector {n}")
    rows = _rows(context)
    _drop_guards(context)
    return context, rows


def test_a_changed_row_is_named_by_id_and_date_without_its_content(trail):
    context, rows = trail
    target = rows[2]
    with context.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET username = 'forger' WHERE id = :id"), {"id": target.id})
    report = _verify(context)
    assert [p.row_id for p in report.problems] == [target.id]
    message = report.problems[0].message
    assert f"Audit row {target.id} (" in message and target.at.astimezone().strftime("%d/%m/%Y") in message
    assert "forger" not in message and "changed after it was written" in message


def test_changed_values_are_caught_even_when_the_text_is_rewritten(trail):
    context, rows = trail
    target = next(r for r in rows if r.entity == "sectors")
    with context.session_factory() as s:  # the same content stored differently is no tampering
        original = s.scalar(select(AuditEntry.changes).where(AuditEntry.id == target.id))
    cast = "CAST(:changes AS JSON)" if context.backend == "postgresql" else ":changes"
    import json

    with context.engine.begin() as conn:
        statement = text(f"UPDATE audit_log SET changes = {cast} WHERE id = :id")  # noqa: S608 - test SQL
        conn.execute(statement, {"changes": json.dumps(original, indent=2), "id": target.id})
    assert _verify(context).ok
    original["code"]["new"] = "FORGED"
    with context.engine.begin() as conn:
        conn.execute(statement, {"changes": json.dumps(original), "id": target.id})
    report = _verify(context)
    assert [p.row_id for p in report.problems] == [target.id]


def test_removed_and_inserted_rows_are_caught(trail):
    context, rows = trail
    with context.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE id = :id"), {"id": rows[1].id})
    report = _verify(context)
    assert "Audit rows numbered 2 to 2 are missing" in report.problems[0].message
    assert any(p.row_id == rows[2].id and "not linked" in p.message for p in report.problems)
    with context.engine.begin() as conn:  # cutting the end: only the counter tells
        conn.execute(text("DELETE FROM audit_log WHERE seq >= :seq"), {"seq": rows[-2].seq})
    report = _verify(context)
    assert any("its last rows were deleted" in p.message for p in report.problems)


def test_a_row_added_from_outside_is_caught(trail):
    context, rows = trail
    last = rows[-1]
    with context.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO audit_log (at, username, action, entity, seq, prev_hash, hash)"
                " VALUES (:at, 'ghost', 'login', 'users', :seq, :prev, :hash)"
            ),
            {"at": last.at, "seq": last.seq + 1, "prev": last.hash, "hash": "f" * 64},
        )
    report = _verify(context)
    messages = [p.message for p in report.problems]
    assert any("changed after it was written" in m for m in messages)
    assert any("rows were added from outside" in m for m in messages)


def test_rows_pending_in_a_session_closed_without_commit_are_forgotten(context):
    admin = make_admin(context)
    before = len(_rows(context))
    session = context.session_factory()
    record_event(session, "export", "persons", None, summary="abandoned")
    session.close()
    with session.begin():  # the same session, used again
        record_event(session, "export", "persons", None, summary="written")
    session.close()
    assert [r.summary for r in _rows(context)[before:]] == ["written"]
    assert _verify(context).ok and admin.username == "root"
