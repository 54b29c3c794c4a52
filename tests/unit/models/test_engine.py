"""The SQLite engine's settings, which the desk's safety relies on."""

from __future__ import annotations

import threading

from sqlalchemy import text

from desk.models.db import make_engine, read_only


def test_sqlite_pragmas(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'x.sqlite'}")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
    engine.dispose()


def test_writers_queue_instead_of_failing_with_a_snapshot_error(tmp_path):
    """Two read-then-write transactions at once: with BEGIN IMMEDIATE the second waits, and both succeed."""
    engine = make_engine(f"sqlite:///{tmp_path / 'x.sqlite'}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE counter (n INTEGER)"))
        conn.execute(text("INSERT INTO counter VALUES (0)"))
    errors: list[BaseException] = []
    start = threading.Barrier(4)

    def bump() -> None:
        try:
            start.wait()
            for _ in range(25):
                with engine.begin() as conn:
                    n = conn.execute(text("SELECT n FROM counter")).scalar()
                    conn.execute(text("UPDATE counter SET n = :n"), {"n": n + 1})
        except BaseException as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=bump) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with engine.connect() as conn:
        assert conn.execute(text("SELECT n FROM counter")).scalar() == 100  # no lost update
    engine.dispose()


def test_read_only_sessions_do_not_block_writers(tmp_path):
    from sqlalchemy.orm import Session

    engine = make_engine(f"sqlite:///{tmp_path / 'x.sqlite'}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (n INTEGER)"))
    reader = read_only(Session(engine))
    reader.execute(text("SELECT count(*) FROM t")).scalar()
    with engine.begin() as conn:  # would wait 15 s if the reader held the write lock
        conn.execute(text("INSERT INTO t VALUES (1)"))
    reader.close()
    engine.dispose()
