"""`desk backup [DEST]` and `desk restore FILE`: the backup service on the command line, as an administrator.

    desk backup --user ADMIN                 a verified backup into the desk's backup folder, copied to the second
                                             destination when one is set, then the rotation
    desk backup D:\\Sauvegardes --user ADMIN  a verified backup into that folder only
    desk restore FILE --user ADMIN           check FILE completely, keep the current database as a backup, then
                                             replace it (SQLite: refused while Guichet has it open elsewhere)

On PostgreSQL both wrap pg_dump / pg_restore (see desk/services/backup_pg.py). Errors are one line, exit code 1.
A backup whose copy to the second destination failed still succeeds (exit 0) and says so on stderr.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desk.i18n import translate
from desk.paths import user_paths
from desk.services.backup_service import backup_service


def add_backup_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    """Register `backup` and `restore` on the subparsers of desk/cli.py."""
    backup = sub.add_parser(
        "backup",
        parents=[common],
        help="make a verified backup: into DEST, or the desk's backup folder (then the second destination)",
    )
    backup.add_argument("dest", nargs="?", help="a folder (default: the desk's backup folder)")
    backup.set_defaults(func=cmd_backup)
    restore = sub.add_parser(
        "restore",
        parents=[common],
        help="replace the database by a backup, once checked; the current database is backed up first",
    )
    restore.add_argument("file", help="the backup: a .sqlite file, or a .dump file on PostgreSQL")
    restore.set_defaults(func=cmd_restore)


def _progress(done: int, total: int, message: str) -> None:
    if sys.stderr.isatty() and total:
        print(f"\r{done * 100 // total:3d} % {message:<70.70}", end="", file=sys.stderr, flush=True)


def _end_progress() -> None:
    if sys.stderr.isatty():
        print(file=sys.stderr)


def cmd_backup(args: argparse.Namespace) -> int:
    from desk import cli  # here, not at import time: desk.cli imports this module

    destination = Path(args.dest).expanduser().resolve() if args.dest else None
    if destination is not None and destination.exists() and not destination.is_dir():
        message = translate("Cli", "{dest} is a file: give a folder to write the backup into.")
        raise cli.CliError(message.format(dest=args.dest))
    context = cli._open(args)
    try:
        service = backup_service(context, cli._login(context, args), user_paths().ensure().backups)
        try:
            result = service.back_up_now(destination, progress=_progress)
        finally:
            _end_progress()
    finally:
        context.close()
    print(translate("Cli", "Backup written and verified: {path}").format(path=result.backup.path))
    if result.backup.fingerprint:
        print(translate("Cli", "Ledger fingerprint: {fingerprint}").format(fingerprint=result.backup.fingerprint))
    if result.second_copy is not None:
        print(translate("Cli", "Copied and verified on the second destination: {path}").format(path=result.second_copy))
    if result.removed:
        print(translate("Cli", "{count} older backups removed by the rotation.").format(count=result.removed))
    if result.second_problem:
        print(translate("Cli", "desk: warning: {message}").format(message=result.second_problem), file=sys.stderr)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from desk import cli

    backup = Path(args.file).expanduser().resolve()
    if not backup.is_file():
        raise cli.CliError(translate("Cli", "{file}: no such file.").format(file=args.file))
    context = cli._open(args)
    try:
        service = backup_service(context, cli._login(context, args), user_paths().ensure().backups)
        try:
            result = service.restore(backup, progress=_progress)
        finally:
            _end_progress()
    finally:
        context.close()
    print(result.summary())
    if result.safety_backup is not None:
        print(translate("Cli", "The database as it was: {path}").format(path=result.safety_backup))
    return 0
