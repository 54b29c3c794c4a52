"""A throwaway PostgreSQL cluster for the test session, or the server named by DESK_TEST_POSTGRES_URL."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import psycopg


@dataclass
class PgServer:
    """Where to reach the server: a libpq base URL without database name."""

    admin_url: str  # postgresql+psycopg://user@/postgres?host=...  (SQLAlchemy form)
    process_dir: Path | None = None
    pg_ctl: str | None = None
    run_as: list[str] | None = None

    def url(self, database: str) -> str:
        base, _, query = self.admin_url.partition("?")
        base = base.rsplit("/", 1)[0]
        return f"{base}/{database}" + (f"?{query}" if query else "")

    def dsn(self, database: str = "postgres") -> str:
        return self.url(database).replace("postgresql+psycopg://", "postgresql://")

    def execute(self, sql: str) -> None:
        with psycopg.connect(self.dsn(), autocommit=True) as conn:
            conn.execute(sql)

    def stop(self) -> None:
        if self.pg_ctl and self.process_dir:
            subprocess.run(
                [*(self.run_as or []), self.pg_ctl, "-D", str(self.process_dir / "data"), "-m", "immediate", "stop"],
                capture_output=True,
                check=False,
            )
            shutil.rmtree(self.process_dir, ignore_errors=True)


def find_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)
    return candidates[0] if candidates else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server() -> tuple[PgServer | None, str]:
    """(server, "") or (None, why not): the reason is shown by the skipped tests."""
    url = os.environ.get("DESK_TEST_POSTGRES_URL")
    if url:
        if url.startswith("postgresql://"):
            url = url.replace("postgresql://", "postgresql+psycopg://", 1)
        return PgServer(admin_url=url), ""
    initdb, pg_ctl = find_bin("initdb"), find_bin("pg_ctl")
    if not initdb or not pg_ctl:
        return None, "PostgreSQL binaries not found (install postgresql, or set DESK_TEST_POSTGRES_URL)"
    run_as: list[str] = []
    workdir = Path(tempfile.mkdtemp(prefix="desk-pg-"))
    if os.geteuid() == 0:  # initdb refuses root: run the cluster as the postgres system user
        if not shutil.which("runuser"):
            return None, "running as root without runuser: cannot start a PostgreSQL cluster"
        run_as = ["runuser", "-u", "postgres", "--"]
        shutil.chown(workdir, "postgres")
        os.chmod(workdir, 0o755)
    data, sock = workdir / "data", workdir
    port = _free_port()
    subprocess.run(
        [*run_as, initdb, "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync"],
        check=True,
        capture_output=True,
    )
    options = f"-k {sock} -p {port} -c listen_addresses='' -c fsync=off -c full_page_writes=off"
    subprocess.run(
        [*run_as, pg_ctl, "-D", str(data), "-o", options, "-l", str(workdir / "log"), "-w", "start"],
        check=True,
        capture_output=True,
    )
    server = PgServer(
        admin_url=f"postgresql+psycopg://postgres@/postgres?host={sock}&port={port}",
        process_dir=workdir,
        pg_ctl=pg_ctl,
        run_as=run_as,
    )
    for _ in range(50):
        try:
            server.execute("SELECT 1")
            break
        except psycopg.OperationalError:
            time.sleep(0.1)
    return server, ""
