"""The command line: the same services as the window, for administrators, automation and tests.

Every subcommand takes --db (default: DESK_DATABASE_URL, else the embedded database), prints one
clear line on error and exits non-zero. Commands that read or change desk data act as a user
(--user, password from DESK_PASSWORD or a prompt), so permissions and the audit trail apply.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from desk import __version__
from desk.i18n import format_number, set_language, translate
from desk.paths import sqlite_url, user_paths
from desk.services.committee_service import SessionView
from desk.services.context import DeskContext
from desk.services.dto import Actor
from desk.services.errors import DeskError, ValidationError
from desk.services.labels import label
from desk.services.permissions import ROLES


class CliError(Exception):
    pass


def resolve_url(db: str | None, *, demo: bool = False) -> str:
    """--db, else DESK_DATABASE_URL, else the embedded (or demonstration) database file."""
    if db:
        return db if "://" in db else sqlite_url(Path(db).expanduser().resolve())
    if os.environ.get("DESK_DATABASE_URL") and not demo:
        return os.environ["DESK_DATABASE_URL"]
    paths = user_paths().ensure()
    return sqlite_url(paths.demo_database if demo else paths.database)


def _password(prompt: str, env: str = "DESK_PASSWORD", confirm: bool = False) -> str:
    if os.environ.get(env):
        return os.environ[env]
    if not sys.stdin.isatty():
        raise CliError(translate("Cli", "No password: set {env} or run the command in a terminal.").format(env=env))
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass(translate("Cli", "Again: ")) != first:
        raise CliError(translate("Cli", "The two passwords differ."))
    return first


def _open(args: argparse.Namespace, *, demo: bool = False) -> DeskContext:
    from desk.services.startup_checks import check_file, sqlite_file

    url = resolve_url(args.db, demo=demo)
    backups = user_paths().ensure().backups
    database = sqlite_file(url)
    if database is not None:  # a damaged file is said, never replaced by a new empty database
        check_file(database, backups)
    context = DeskContext(url)
    context.migrate(backups)
    return context


def _login(context: DeskContext, args: argparse.Namespace) -> Actor:
    if not args.user:
        raise CliError(translate("Cli", "This command acts as a user: give --user NAME."))
    return context.auth.authenticate(
        args.user, _password(translate("Cli", "Password for {user}: ").format(user=args.user))
    )


def cmd_init(args: argparse.Namespace) -> int:
    context = _open(args)
    info = context.desk.initialise(args.country, args.name)
    print(
        translate("Cli", "Database ready: {db} (schema {rev}), desk “{name}”, {country}, {currency}.").format(
            db=info.database, rev=info.schema_revision, name=info.name, country=info.country, currency=info.currency
        )
    )
    if not context.auth.has_users():
        username = args.admin or "admin"
        password = _password(
            translate("Cli", "Password for the first administrator {user}: ").format(user=username), confirm=True
        )
        context.auth.create_first_admin(username, args.admin_name or username, password)
        print(translate("Cli", "First administrator created: {user}.").format(user=username))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    url = resolve_url(args.db, demo=True)
    path = Path(url.removeprefix("sqlite:///")) if url.startswith("sqlite:///") else None
    if path is not None and path.exists() and args.replace:
        probe = DeskContext(url)
        try:
            probe.migrate(None)
            is_demo = probe.desk.info().is_demo or not probe.desk.is_initialised()
        finally:
            probe.close()
        if not is_demo:
            raise CliError(
                translate("Cli", "{path} is a real desk's database: it is never replaced by demo data.").format(
                    path=path
                )
            )
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    context = DeskContext(url)
    context.migrate(None)
    if context.desk.is_initialised() and not context.desk.info().is_demo:
        raise CliError(translate("Cli", "This database belongs to a real desk: demo data is never mixed into it."))
    context.desk.initialise(args.country, is_demo=True)

    def progress(done: int, total: int, _message: str) -> None:
        if sys.stderr.isatty() and total:
            print(f"\r{done:,}/{total:,}", end="", file=sys.stderr, flush=True)

    report = context.demo.generate(args.returnees, seed=args.seed, progress=progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(
        translate(
            "Cli",
            "Demo desk ready in {seconds} s: {persons} returnees, {cases} cases, "
            "users {users} (password “demo”). Database: {db}",
        ).format(
            seconds=format_number(report.seconds, 1),
            persons=format_number(report.persons),
            cases=format_number(report.cases),
            users=", ".join(report.users),
            db=context.label,
        )
    )
    return 0


def cmd_users(args: argparse.Namespace) -> int:
    context = _open(args)
    services = context.for_actor(_login(context, args))
    if args.users_command == "list":
        for user in services.accounts.list_users():
            state = "active" if user.active else "disabled"
            if user.locked:
                state += ",locked"
            print(f"{user.username}\t{user.role}\t{state}\t{user.full_name}")
    elif args.users_command == "add":
        password = _password(
            translate("Cli", "Temporary password for {user}: ").format(user=args.username),
            env="DESK_NEW_PASSWORD",
            confirm=True,
        )
        user = services.accounts.add_user(args.username, args.name, args.role, password, args.language)
        print(
            translate("Cli", "User {user} created ({role}); they choose their own password at first login.").format(
                user=user.username, role=user.role
            )
        )
    elif args.users_command == "disable":
        match = [u for u in services.accounts.list_users() if u.username == args.username.lower()]
        if not match:
            raise ValidationError("username", translate("Cli", "No user named {user}.").format(user=args.username))
        services.accounts.set_active(match[0].id, match[0].version, False)
        print(translate("Cli", "User {user} disabled.").format(user=match[0].username))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    context = _open(args)
    services = context.for_actor(_login(context, args))
    rows = services.registry.search(args.text, limit=args.limit)
    for row in rows:
        print(
            "\t".join(
                (
                    row.case_number,
                    f"{row.family_name.upper()} {row.given_names}",
                    row.birth or "-",
                    row.region or "-",
                    label("status", row.status),
                )
            )
        )
    if not rows:
        print(translate("Cli", "No returnee matches “{text}”.").format(text=args.text), file=sys.stderr)
    return 0


def _day(text: str | None, name: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CliError(
            translate("Cli", "{option}: “{value}” is not a date; write YYYY-MM-DD.").format(option=name, value=text)
        ) from None


# The options each kind of export takes (beyond OUT, --hxl and the common ones).
EXPORT_OPTIONS: dict[str, tuple[str, ...]] = {
    "ledger": ("--from", "--to", "--donor"),
    "followups": ("--from", "--to"),
    "returnees": ("--from", "--to", "--donor", "--columns", "--internal"),
    "indicators": ("--from", "--to", "--donor"),
    "committee": ("--session",),
}


def _export_options_given(args: argparse.Namespace) -> list[str]:
    given = {
        "--from": args.date_from,
        "--to": args.date_to,
        "--donor": args.donor,
        "--columns": args.columns,
        "--internal": args.internal,
        "--session": args.session,
    }
    return [option for option, value in given.items() if value]


def cmd_export(args: argparse.Namespace) -> int:
    for option in _export_options_given(args):
        if option not in EXPORT_OPTIONS[args.kind]:
            raise CliError(
                translate("Cli", "{option} does not apply to the {kind} export.").format(option=option, kind=args.kind)
            )
    if args.kind == "followups":
        return _export_followups(args)
    if args.kind == "returnees":
        return _export_returnees(args)
    if args.kind == "indicators":
        return _export_indicators(args)
    if args.kind == "committee":
        return _export_committee(args)
    context = _open(args)
    services = context.for_actor(_login(context, args))
    exports = services.ledger_exports
    f = exports.donor_filter(_day(args.date_from, "--from"), _day(args.date_to, "--to"), args.donor)
    count = exports.export_ledger(Path(args.out), f, hxl=args.hxl)
    print(translate("Cli", "{count} entries written to {path}.").format(count=format_number(count), path=args.out))
    return 0


def _export_followups(args: argparse.Namespace) -> int:
    first, last = _day(args.date_from, "--from"), _day(args.date_to, "--to")
    if first is None or last is None:
        raise CliError(
            translate("Cli", "The visits are exported for a period: give --from YYYY-MM-DD --to YYYY-MM-DD.")
        )
    context = _open(args)
    services = context.for_actor(_login(context, args))
    done = services.followup_reports.followup_export(Path(args.out), first, last, hxl=args.hxl)
    print(translate("Cli", "{count} visits written to {path}.").format(count=format_number(done.rows), path=args.out))
    if done.left_out:
        print(
            translate("Cli", "{count} visits of {persons} persons left out: their consent is not in force.").format(
                count=format_number(done.left_out), persons=format_number(done.left_out_persons)
            )
        )
    return 0


def _export_returnees(args: argparse.Namespace) -> int:
    first, last = _day(args.date_from, "--from"), _day(args.date_to, "--to")
    columns = [c.strip() for c in args.columns.split(",") if c.strip()] if args.columns else None
    if args.columns is not None and not columns:
        raise CliError(translate("Cli", "--columns: give column names separated by commas, e.g. case_number,sex."))
    context = _open(args)
    services = context.for_actor(_login(context, args))
    exports = services.exports
    f = exports.returnee_filter(first, last, args.donor)
    result = exports.export_returnees(Path(args.out), columns, f, for_partner=not args.internal, hxl=args.hxl)
    print(
        translate("Cli", "{count} returnees written to {path}.").format(count=format_number(result.rows), path=args.out)
    )
    if result.left_out:
        print(
            translate(
                "Cli",
                "{cases} cases ({persons} persons) left out: their consent to share with partners is not in force "
                "(--internal for a workbook that stays at the desk).",
            ).format(cases=format_number(result.left_out), persons=format_number(result.left_out_persons))
        )
    return 0


def _export_indicators(args: argparse.Namespace) -> int:
    first, last = _day(args.date_from, "--from"), _day(args.date_to, "--to")
    if first is None or last is None:
        raise CliError(
            translate("Cli", "The indicators are counted for a period: give --from YYYY-MM-DD --to YYYY-MM-DD.")
        )
    context = _open(args)
    services = context.for_actor(_login(context, args))
    out = Path(args.out)
    if out.suffix.lower() == ".pdf":  # the donor's report: key figures, tables and charts
        report = services.indicator_reports.indicator_report_pdf(out, first, last, args.donor)
    else:
        report = services.exports.export_indicators(out, first, last, args.donor, hxl=args.hxl)
        if args.pdf:  # the same figures as a PDF, counted once
            services.indicator_reports.write_pdf(Path(args.pdf), report)
            print(translate("Cli", "Indicator report written to {path}.").format(path=args.pdf))
    print(
        translate("Cli", "Indicators written to {path}: {registered} persons registered, {paid} paid.").format(
            path=args.out,
            registered=format_number(report.totals["registered"]),
            paid=format_number(report.totals["paid"]),
        )
    )
    return 0


def _export_committee(args: argparse.Namespace) -> int:
    if not args.session:
        raise CliError(
            translate(
                "Cli", "Which committee session? Give --session with its number or the day it was held (YYYY-MM-DD)."
            )
        )
    context = _open(args)
    services = context.for_actor(_login(context, args))
    session_id = _committee_session(services.committee.sessions(), args.session)
    count = services.exports.export_committee(Path(args.out), session_id, hxl=args.hxl)
    print(translate("Cli", "{count} decisions written to {path}.").format(count=format_number(count), path=args.out))
    return 0


def _committee_session(sessions: Sequence[SessionView], wanted: str) -> int:
    """--session: a session's number, or the day it was held when only one session was held that day."""
    wanted = wanted.strip()
    if wanted.isdigit():
        if not any(s.id == int(wanted) for s in sessions):
            raise CliError(translate("Cli", "No committee session has the number {number}.").format(number=wanted))
        return int(wanted)
    day = _day(wanted, "--session")
    held = [s for s in sessions if s.held_on == day]
    if not held:
        raise CliError(translate("Cli", "No committee session was held on {day}.").format(day=wanted))
    if len(held) > 1:
        raise CliError(
            translate(
                "Cli", "Several committee sessions were held on {day}: give one of their numbers ({numbers})."
            ).format(day=wanted, numbers=", ".join(str(s.id) for s in held))
        )
    return held[0].id


def _write_atomically(out: Path, data: bytes) -> None:
    temporary = out.with_name(out.name + ".part")
    temporary.write_bytes(data)
    temporary.replace(out)


def cmd_calendar(args: argparse.Namespace) -> int:
    """Your planned visits (or, for a manager, an operator's) as an iCalendar file for a phone."""
    context = _open(args)
    services = context.for_actor(_login(context, args))
    first, last = _day(args.date_from, "--from"), _day(args.date_to, "--to")
    reports = services.followup_reports
    if args.operator:
        wanted = args.operator.strip().casefold()
        match = [
            op
            for op in services.operators.list_operators()
            if wanted in (str(op.id), op.data.name.casefold(), (op.data.agreement_ref or "").casefold())
        ]
        if len(match) != 1:
            raise CliError(
                translate("Cli", "No operator has the id, name or agreement “{operator}”.").format(
                    operator=args.operator
                )
            )
        data = reports.ics_for_operator(match[0].id, first, last)
    else:
        data = reports.ics_for_user(services.actor.user_id, first, last)
    out = Path(args.out)
    _write_atomically(out, data)
    print(
        translate("Cli", "{count} visits written to {path}.").format(
            count=format_number(data.count(b"BEGIN:VEVENT")), path=out
        )
    )
    return 0


def cmd_receipts(args: argparse.Namespace) -> int:
    from desk.services.documents.receipt import render_receipts

    context = _open(args)
    services = context.for_actor(_login(context, args))
    today = date.today()
    first = _day(args.date_from, "--from") or today
    last = _day(args.date_to, "--to") or first
    ids = services.ledger_views.receipt_entries(first, last)
    if not ids:
        raise CliError(translate("Cli", "No receipt was issued on those days."))
    receipts = services.ledger_views.print_receipts(ids)
    data = render_receipts(receipts, context.desk.info().name)
    out = Path(args.out)
    _write_atomically(out, data)
    print(translate("Cli", "{count} receipts written to {path}.").format(count=format_number(len(ids)), path=out))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """Read and check a workbook; import its good rows unless --dry-run; write the rejected rows with --errors."""
    from desk.services.exchange.error_workbook import write_error_workbook

    context = _open(args)
    services = context.for_actor(_login(context, args))
    importer = services.importer(args.kind)
    check = importer.check(Path(args.file), sheet=args.sheet, profile=args.profile)
    for notice in check.result.notices:
        print(notice)
    print(check.summary())
    for row in check.result.rows_with_problems():
        for problem in row.problems():
            print(f"  {problem}", file=sys.stderr)
    for message in (*check.already.values(), *check.withdrawn.values()):
        print(f"  {message}", file=sys.stderr)
    for possible in check.possible:
        print(
            translate(
                "Cli", "  Row {row}: maybe {name} ({case}): {reasons}; to review in the Exchanges workspace."
            ).format(row=possible.row_no, name=possible.name, case=possible.case_number, reasons=possible.reasons),
            file=sys.stderr,
        )
    if args.errors:
        written = write_error_workbook(Path(args.errors), check.result)
        print(translate("Cli", "{count} rows with problems written to {path}.").format(count=written, path=args.errors))
    if args.dry_run:
        print(translate("Cli", "Dry run: nothing was imported."))
    elif check.new_rows or check.possible:
        importer.apply(check, profile=args.profile)
        print(
            translate(
                "Cli",
                "{count} rows imported ({updates} of them changed a record already there); "
                "{review} possible duplicates to review.",
            ).format(
                count=format_number(len(check.new_rows)),
                updates=format_number(sum(1 for r in check.new_rows if r.number in check.updates)),
                review=len(check.possible),
            )
        )
    return 0 if check.result.good or check.already else 1


def cmd_template(args: argparse.Namespace) -> int:
    """The empty workbook a partner fills in for one import kind."""
    from desk.services.exchange.templates import write_template

    context = _open(args)
    importer = context.for_actor(_login(context, args)).importer(args.kind)
    out = write_template(Path(args.out), importer.columns(), title=importer.title(), hxl=args.hxl)
    print(translate("Cli", "Empty workbook written to {path}.").format(path=out))
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    """Every check of the database (pages, foreign keys, guards, ledger, audit chain, schema): a summary line per
    check, then one line per problem. Shows no personal data, so it needs no login; never upgrades nor writes."""
    from desk.services.verify_service import VerifyService

    url = resolve_url(args.db)
    if url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).is_file():
        raise CliError(translate("Cli", "No database at {path}.").format(path=url.removeprefix("sqlite:///")))
    context = DeskContext(url)
    try:
        report = VerifyService(context.session_factory, context.engine, context.label, full=args.full).run()
    finally:
        context.close()
    for check in report.checks:
        print(check.summary)
        for problem in check.problems:
            print(f"  - {problem}")
    if report.ok:
        print(translate("Cli", "All checks passed in {seconds} s.").format(seconds=format_number(report.seconds, 1)))
        return 0
    print(
        translate("Cli", "desk verify: {count} problems found (see above).").format(count=len(report.problems)),
        file=sys.stderr,
    )
    return 2


IMPORT_KINDS = ("returnees", "operators", "attendance")


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db", help="database URL or SQLite file (default: DESK_DATABASE_URL, else the embedded database)"
    )
    common.add_argument("--user", help="act as this user (password from DESK_PASSWORD or a prompt)")
    parser = argparse.ArgumentParser(prog="desk", description="Guichet, the reintegration desk.", parents=[common])
    parser.add_argument("--version", action="version", version=f"Guichet {__version__}")
    parser.add_argument("--lang", choices=("fr", "en"), help="language of messages (default: DESK_LANG, else fr)")
    sub = parser.add_subparsers(dest="command")

    init = sub.add_parser("init", parents=[common], help="create or upgrade the database; create the first admin")
    init.add_argument("--country", default="CM", choices=("CM", "TG", "TN"))
    init.add_argument("--name", help="the desk's name")
    init.add_argument("--admin", help="first administrator's user name (default: admin)")
    init.add_argument("--admin-name", help="first administrator's full name")
    init.set_defaults(func=cmd_init)

    demo = sub.add_parser("demo", parents=[common], help="fill a demonstration database with synthetic data")
    demo.add_argument("--returnees", type=int, default=2000)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--country", default="CM", choices=("CM", "TG", "TN"))
    demo.add_argument("--replace", action="store_true", help="start again from an empty demonstration database")
    demo.set_defaults(func=cmd_demo)

    search = sub.add_parser("search", parents=[common], help="find returnees (name, case number, phone, ID number)")
    search.add_argument("text")
    search.add_argument("--limit", type=int, default=20)
    search.set_defaults(func=cmd_search)

    users = sub.add_parser("users", parents=[common], help="manage accounts (as an administrator)")
    users_sub = users.add_subparsers(dest="users_command", required=True)
    users_sub.add_parser("list", parents=[common])
    add = users_sub.add_parser("add", parents=[common])
    add.add_argument("username")
    add.add_argument("--name", required=True, help="full name")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--language", default="fr", choices=("fr", "en"))
    disable = users_sub.add_parser("disable", parents=[common])
    disable.add_argument("username")
    users.set_defaults(func=cmd_users)

    export = sub.add_parser(
        "export",
        parents=[common],
        help="export a workbook (ledger, followups, returnees, indicators, committee) for donors and partners",
    )
    export.add_argument("kind", choices=tuple(EXPORT_OPTIONS))
    export.add_argument("out", help="the .xlsx file to write (indicators: a .pdf gives the donor's report)")
    export.add_argument(
        "--from",
        dest="date_from",
        help="first day, YYYY-MM-DD: value date (ledger), due date (followups), return date (returnees), "
        "the period's start (indicators)",
    )
    export.add_argument("--to", dest="date_to", help="last day, YYYY-MM-DD (same meaning as --from)")
    export.add_argument("--donor", help="only this donor (its code): its entries, or the cases of its programmes")
    export.add_argument("--hxl", action="store_true", help="add a row of HXL hashtags under the header")
    export.add_argument(
        "--columns", help="returnees: the columns, comma-separated keys (e.g. case_number,sex,region); default set"
    )
    export.add_argument(
        "--internal",
        action="store_true",
        help="returnees: a workbook that stays at the desk (persons without consent to share included)",
    )
    export.add_argument("--session", help="committee: the session's number, or the day it was held (YYYY-MM-DD)")
    export.add_argument("--pdf", help="indicators: also the donor's report as this PDF, from the same figures")
    export.set_defaults(func=cmd_export)

    receipts = sub.add_parser("receipts", parents=[common], help="print the receipts of a day (or days) into one PDF")
    receipts.add_argument("out", help="the .pdf file to write")
    receipts.add_argument("--from", dest="date_from", help="first day, YYYY-MM-DD (default: today)")
    receipts.add_argument("--to", dest="date_to", help="last day, YYYY-MM-DD (default: the first day)")
    receipts.set_defaults(func=cmd_receipts)

    calendar = sub.add_parser(
        "calendar", parents=[common], help="write your planned visits (or an operator's) to an iCalendar .ics file"
    )
    calendar.add_argument("out", help="the .ics file to write")
    calendar.add_argument("--operator", help="an operator's visits instead (its id, name or agreement; managers)")
    calendar.add_argument("--from", dest="date_from", help="first day, YYYY-MM-DD (default: 30 days ago)")
    calendar.add_argument("--to", dest="date_to", help="last day, YYYY-MM-DD (default: a year from today)")
    calendar.set_defaults(func=cmd_calendar)

    verify = sub.add_parser(
        "verify",
        parents=[common],
        help="check the database: pages, foreign keys, append-only guards, the ledger, the audit chain, the schema",
    )
    verify.add_argument(
        "--full",
        action="store_true",
        help="compare every index with its table too (PRAGMA integrity_check: about a minute on a large desk; "
        "by default the pages are checked with quick_check)",
    )
    verify.set_defaults(func=cmd_verify)

    imports = sub.add_parser("import", parents=[common], help="import a workbook (returnees, operators, attendance)")
    imports.add_argument("kind", choices=IMPORT_KINDS)
    imports.add_argument("file", help="the .xlsx file to read")
    imports.add_argument("--sheet", help="the sheet to read (default: the first visible one)")
    imports.add_argument("--profile", help="a donor profile: its remembered column mapping, saved again after")
    imports.add_argument("--dry-run", action="store_true", help="read and check only; import nothing")
    imports.add_argument("--errors", help="write the rows with problems, and what is wrong, to this .xlsx")
    imports.set_defaults(func=cmd_import)

    template = sub.add_parser("template", parents=[common], help="write the empty workbook of an import kind")
    template.add_argument("kind", choices=IMPORT_KINDS)
    template.add_argument("out", help="the .xlsx file to write")
    template.add_argument("--hxl", action="store_true", help="add the HXL hashtag row under the headers")
    template.set_defaults(func=cmd_template)

    from desk.cli_backup import add_backup_commands  # imports desk.cli only inside its commands

    add_backup_commands(sub, common)
    return parser


def run(argv: Sequence[str], gui: Callable[[argparse.Namespace], int] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(list(argv))
    set_language(args.lang or os.environ.get("DESK_LANG", "fr"))
    if args.command is None:
        if gui is None:
            parser.print_help()
            return 0
        return gui(args)
    try:
        return int(args.func(args))
    except (DeskError, CliError) as exc:
        message = exc.message if isinstance(exc, DeskError) else str(exc)
        print(translate("Cli", "desk: error: {message}").format(message=message), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(translate("Cli", "desk: interrupted; the unfinished step changed nothing."), file=sys.stderr)
        return 130
