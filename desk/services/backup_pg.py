"""PostgreSQL backups: `pg_dump -Fc` and `pg_restore`, wrapped so they are verified and described like SQLite ones.

How it works, for an administrator:
- The client programs `pg_dump`, `pg_restore` (and preferably `psql`) must be installed on the workstation that
  makes or restores a backup, in a version at least that of the server: they are looked for on the PATH, then in
  /usr/lib/postgresql/<version>/bin (Debian, Ubuntu) and C:\\Program Files\\PostgreSQL\\<version>\\bin (Windows).
  Without them the backup screen and `desk backup` say so plainly and nothing is attempted.
- A backup is `pg_dump --format=custom` run on a snapshot exported by a read-only REPEATABLE READ transaction:
  the row counts, ledger fingerprint and schema revision written into the manifest are those of exactly the data
  dumped. The archive is then listed back with `pg_restore --list` (every table's data must be in it) and hashed.
- A restore checks the archive first (hash against its manifest, table of contents, schema revision not newer than
  the code), refuses while other sessions are connected to the database (other workstations: close them first),
  dumps the database as it is ("before-restore"), then loads the archive in ONE transaction: the archive is first
  turned whole into an SQL script (`pg_restore --clean --if-exists -f script`, which reads every block, so a
  damaged archive fails here), then run by `psql --single-transaction -v ON_ERROR_STOP=1` together with dropping
  the tables the archive does not know (without psql: `pg_restore --single-transaction`). If anything fails, the
  database is as it was.
- Daily and on-exit backups are not made from workstations on PostgreSQL: schedule `desk backup` (or pg_dump) on
  the server, e.g. with cron or the Windows task scheduler, once a day.
- By hand: `pg_dump -Fc -f desk.dump "postgresql://user@host/desk"`, and to restore into an empty database:
  `createdb desk2 && pg_restore --no-owner -d desk2 desk.dump`.
"""

from __future__ import annotations

import glob
import logging
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import IO

from sqlalchemy import Connection, Engine, text
from sqlalchemy.engine import URL

from desk.i18n import translate
from desk.models.backup import (
    PARTIAL_SUFFIX,
    BackupInvalid,
    DatabaseFacts,
    Tick,
    backup_name,
    discard,
    file_sha256,
    finish_backup,
    make_manifest,
    manifest_path,
    partial_path,
)
from desk.services.backup_dto import BackupError

log = logging.getLogger(__name__)
TOOLS = ("pg_dump", "pg_restore")
TABLE_DATA = re.compile(r"\bTABLE DATA (\S+) (\S+)")


def _version_key(path: str) -> tuple[int, ...]:
    numbers = re.findall(r"(?:postgresql|PostgreSQL)[\\/](\d+)(?:\.(\d+))?", path)
    return tuple(int(n) for n in numbers[0] if n) if numbers else (0,)


def find_tool(name: str) -> str | None:
    """The newest `name` (pg_dump, pg_restore, psql) found on the PATH or in the usual install folders."""
    found = shutil.which(name)
    if found:
        return found
    patterns = [f"/usr/lib/postgresql/*/bin/{name}", f"C:/Program Files/PostgreSQL/*/bin/{name}.exe"]
    candidates = [p for pattern in patterns for p in glob.glob(pattern)]
    return max(candidates, key=_version_key) if candidates else None


def tools_problem() -> str:
    """Why PostgreSQL backups cannot run on this workstation ("" when they can)."""
    missing = [name for name in TOOLS if find_tool(name) is None]
    if not missing:
        return ""
    return translate(
        "Backup",
        "The PostgreSQL programs {tools} are not installed on this workstation: install the PostgreSQL client "
        "programs (the same version as the server or newer), or back up on the server itself.",
    ).format(tools=", ".join(missing))


def _tool(name: str) -> str:
    found = find_tool(name)
    if found is None:
        raise BackupError(tools_problem())
    return found


def _first(value: str | Sequence[str] | None) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return value[0] if value else None


def client_env(url: URL) -> dict[str, str]:
    """libpq settings for the client programs: through the environment, so no password shows in a process list."""
    env = dict(os.environ)
    host = url.host or _first(url.query.get("host"))
    port = url.port or _first(url.query.get("port"))
    for key, value in (
        ("PGHOST", host),
        ("PGPORT", str(port) if port else None),
        ("PGUSER", url.username),
        ("PGPASSWORD", url.password),
        ("PGDATABASE", url.database),
        ("PGSSLMODE", _first(url.query.get("sslmode"))),
    ):
        if value:
            env[key] = str(value)
    return env


def _failed(what: str, detail: bytes) -> BackupError:
    last = detail.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
    log.warning("%s failed: %s", what, last[0][:300])
    return BackupError(
        translate("Backup", "{program} failed; nothing was changed. The details are in the application log.").format(
            program=what
        )
    )


def run(args: list[str], env: dict[str, str], tick: Tick, *, stdin: IO[bytes] | None = None) -> bytes:
    """Run a client program, calling `tick` while it works (raising from it stops the program); its output."""
    process = subprocess.Popen(args, env=env, stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    while True:
        try:
            out, err = process.communicate(timeout=0.25)
            break
        except subprocess.TimeoutExpired:
            try:
                tick("copy", 0, 0)
            except BaseException:
                process.kill()
                process.wait()
                raise
    if process.returncode != 0:
        raise _failed(Path(args[0]).stem, err)
    return out


def facts_of(conn: Connection) -> DatabaseFacts:
    """Rows per table, schema revision and ledger fingerprint, read in the connection's transaction."""
    tables = list(
        conn.execute(
            text(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"
            )
        ).scalars()
    )
    counts = {str(t): int(conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one()) for t in tables}
    revision = entries = head = None
    if "alembic_version" in counts:
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    if "ledger_entries" in counts:
        entries = counts["ledger_entries"]
        head = conn.execute(text("SELECT hash FROM ledger_entries ORDER BY seq DESC LIMIT 1")).scalar() or "0" * 64
    return DatabaseFacts("ok", revision, counts, entries, head)


def dump(engine: Engine, partial: Path, tick: Tick) -> DatabaseFacts:
    """pg_dump the database into `partial` on an exported snapshot; the facts are those of the snapshot."""
    pg_dump = _tool("pg_dump")
    with engine.connect() as conn:
        conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            conn.exec_driver_sql("SET TRANSACTION READ ONLY")
            snapshot = conn.exec_driver_sql("SELECT pg_export_snapshot()").scalar_one()
            facts = facts_of(conn)
            run(
                [pg_dump, "--format=custom", "--no-password", f"--snapshot={snapshot}", f"--file={partial}"],
                client_env(engine.url),
                tick,
            )
    return facts


def archive_tables(archive: Path, tick: Tick) -> set[str]:
    """The tables whose data the archive holds (from its table of contents); BackupError when it is no archive."""
    try:
        listing = run([_tool("pg_restore"), "--list", str(archive)], dict(os.environ), tick)
    except BackupError:
        message = translate(
            "Backup", "{name} is not a PostgreSQL backup made by pg_dump, or it is damaged. Nothing was changed."
        )
        raise BackupError(message.format(name=archive.name)) from None
    return {m[2] for m in TABLE_DATA.finditer(listing.decode("utf-8", "replace"))}


def archive_revision(archive: Path, tick: Tick) -> str | None:
    """The schema revision stored in the archive (the data of its alembic_version table)."""
    out = run(
        [_tool("pg_restore"), "--data-only", "--table=alembic_version", "--file=-", str(archive)],
        dict(os.environ),
        tick,
    ).decode("utf-8", "replace")
    lines = out.splitlines()
    for i, line in enumerate(lines):
        if line.startswith("COPY ") and "alembic_version" in line and i + 1 < len(lines):
            value = lines[i + 1].strip()
            return None if value == "\\." else value
    return None


def other_sessions(engine: Engine) -> int:
    with engine.connect() as conn:
        count = conn.execute(
            text(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'"
            )
        ).scalar_one()
    return int(count)


def current_tables(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return set(facts_of(conn).tables)


def script(archive: Path, folder: Path, tick: Tick) -> Path:
    """The whole archive as an SQL script in a temporary file (the caller removes it): reading every block proves
    the archive is complete and undamaged before anything is changed. Written into the backup folder (readable by
    this user only), where copies of the data already are, rather than a shared temporary folder."""
    folder.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=".restore-", suffix=".sql", dir=folder)
    os.close(fd)
    path = Path(name)
    options = ["--clean", "--if-exists", "--no-owner", "--no-privileges"]
    try:
        run([_tool("pg_restore"), *options, f"--file={path}", str(archive)], dict(os.environ), tick)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return path


def load(engine: Engine, archive: Path, sql: Path, extra_tables: set[str], tick: Tick) -> None:
    """Replace the database's content by the archive's (`sql`: its script), in one transaction: all or nothing.

    Tables the archive does not know (a backup from an older schema) are dropped in the same transaction, so the
    next start's upgrade finds the schema the archive describes."""
    env = client_env(engine.url)
    psql = find_tool("psql")
    if psql is None:
        if extra_tables:
            raise BackupError(
                translate(
                    "Backup",
                    "Restoring a backup of an older version on PostgreSQL needs the psql program: install the "
                    "PostgreSQL client programs. Nothing was changed.",
                )
            )
        options = ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction"]
        run(
            [_tool("pg_restore"), *options, "--exit-on-error", f"--dbname={env['PGDATABASE']}", str(archive)], env, tick
        )
        return
    drop = "".join(f'DROP TABLE IF EXISTS "{t}" CASCADE;' for t in sorted(extra_tables)) or "SELECT 1;"
    run(
        [psql, "--no-psqlrc", "--quiet", "-v", "ON_ERROR_STOP=1", "--single-transaction", "-c", drop, "-f", str(sql)],
        env,
        tick,
    )


def dump_to_folder(engine: Engine, folder: Path, kind: str, created: datetime, tick: Tick) -> Path:
    """A verified pg_dump archive of the database in `folder`, with its manifest; returns its final path."""
    folder.mkdir(parents=True, exist_ok=True)
    stem = str(engine.url.database)
    final = folder / backup_name(stem, kind, created, ".dump")
    partial = partial_path(final)
    try:
        facts = dump(engine, partial, tick)
        held = archive_tables(partial, tick)
        if set(facts.tables) - held:
            raise BackupInvalid("integrity", "tables missing from the archive")
        manifest = make_manifest(
            partial,
            kind=kind,
            label=kind,
            created=created,
            source=stem,
            backend="postgresql",
            facts=facts,
            sha256=file_sha256(partial, tick),
        )
        manifest["file"] = final.name
        finish_backup(partial, final, manifest)
    except BaseException:
        discard(partial, manifest_path(final).with_name(manifest_path(final).name + PARTIAL_SUFFIX))
        raise
    return final
