"""What the Exports tab can write and how: the kinds this version has and the role may use, and for each the
service call to run in the background with the sentence that says what it wrote.

The returnees, indicators and committee exports come from ``services.exports`` (written beside this screen): a
kind whose service method is missing is simply not offered.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from desk.i18n import QT_TRANSLATE_NOOP, format_number, translate
from desk.services.context import ActorServices
from desk.services.permissions import Action, can

LEDGER, FOLLOWUPS, RETURNEES, INDICATORS, COMMITTEE = "ledger", "followups", "returnees", "indicators", "committee"
NEEDS_PERIOD = {FOLLOWUPS, INDICATORS}
HAS_PERIOD = {LEDGER, FOLLOWUPS, RETURNEES, INDICATORS}
HAS_DONOR = {LEDGER, RETURNEES, INDICATORS}

# key -> (name, what the workbook holds, start of the suggested file name)
KINDS: dict[str, tuple[str, str, str]] = {
    LEDGER: (
        QT_TRANSLATE_NOOP("Exchange", "Payments (the ledger)"),
        QT_TRANSLATE_NOOP(
            "Exchange", "One row per ledger entry paid in the period: case number, sex and region, never names."
        ),
        QT_TRANSLATE_NOOP("Exchange", "payments"),
    ),
    FOLLOWUPS: (
        QT_TRANSLATE_NOOP("Exchange", "Follow-up visits"),
        QT_TRANSLATE_NOOP(
            "Exchange", "The visits due in the period, with what was seen: case numbers, sex and region only."
        ),
        QT_TRANSLATE_NOOP("Exchange", "visits"),
    ),
    RETURNEES: (
        QT_TRANSLATE_NOOP("Exchange", "Returnees (roster)"),
        QT_TRANSLATE_NOOP(
            "Exchange",
            "One row per case returned in the period, with the columns you choose. Personal data: every export is "
            "recorded in the audit trail.",
        ),
        QT_TRANSLATE_NOOP("Exchange", "returnees"),
    ),
    INDICATORS: (
        QT_TRANSLATE_NOOP("Exchange", "Indicators"),
        QT_TRANSLATE_NOOP(
            "Exchange",
            "Persons registered, assessed, referred, trained, with an approved plan, paid and followed up in the "
            "period, by sex, age, region, programme, aid level and sector. No names.",
        ),
        QT_TRANSLATE_NOOP("Exchange", "indicators"),
    ),
    COMMITTEE: (
        QT_TRANSLATE_NOOP("Exchange", "Committee decisions"),
        QT_TRANSLATE_NOOP(
            "Exchange", "A session's decisions and its synthesis by sector and value chain: case numbers only."
        ),
        QT_TRANSLATE_NOOP("Exchange", "committee"),
    ),
}


@dataclass(frozen=True)
class ExportKind:
    key: str

    @property
    def name(self) -> str:
        return translate("Exchange", KINDS[self.key][0])

    @property
    def about(self) -> str:
        return translate("Exchange", KINDS[self.key][1])

    def file_name(self, first: date | None, last: date | None) -> str:
        span = "-".join(d.isoformat() for d in (first, last) if d) or date.today().isoformat()
        return f"{translate('Exchange', KINDS[self.key][2])}-{span}.xlsx"


def available_kinds(services: ActorServices) -> list[ExportKind]:
    """The exports this version has and this role may use, in the order the list shows them."""
    role = services.actor.role
    exports = getattr(services, "exports", None)
    offered = {
        LEDGER: hasattr(services.ledger_exports, "export_ledger") and can(role, Action.LEDGER_VIEW),
        FOLLOWUPS: hasattr(services.followup_reports, "export_followups"),
        RETURNEES: hasattr(exports, "export_returnees") and can(role, Action.CASE_VIEW),
        INDICATORS: hasattr(exports, "export_indicators"),
        COMMITTEE: hasattr(exports, "export_committee") and can(role, Action.COMMITTEE_RUN),
    }
    return [ExportKind(key) for key, ok in offered.items() if ok]


@dataclass(frozen=True)
class ExportRequest:
    kind: str
    path: Path
    date_from: date | None = None
    date_to: date | None = None
    donor: str | None = None  # a donor's code
    hxl: bool = False
    columns: list[str] = field(default_factory=list)  # the roster's columns
    for_partner: bool = True  # the roster leaves the desk: consented persons only
    session_id: int | None = None  # the committee session
    pdf: bool = False  # indicators: also the donor's report as a PDF beside the workbook, from the same figures


Job = Callable[..., Any]  # (progress=, cancel=) -> what the service returns
Describe = Callable[[Any], str]


def export_job(services: ActorServices, request: ExportRequest) -> tuple[Job, Describe]:
    """The service call to run in the background, and the sentence that says what it wrote."""
    r, where = request, str(request.path)
    if r.kind == LEDGER:
        ledger = services.ledger_exports
        return (
            lambda progress, cancel: ledger.export_ledger(
                r.path,
                ledger.donor_filter(r.date_from, r.date_to, r.donor),
                hxl=r.hxl,
                progress=progress,
                cancel=cancel,
            ),
            lambda count: translate("Exchange", "{count} entries exported to {path}.").format(
                count=format_number(count), path=where
            ),
        )
    if r.kind == FOLLOWUPS:
        reports = services.followup_reports
        assert r.date_from is not None and r.date_to is not None  # the screen asks for both
        first, last = r.date_from, r.date_to
        return (
            lambda progress, cancel: reports.followup_export(
                r.path, first, last, hxl=r.hxl, progress=progress, cancel=cancel
            ),
            lambda done: (
                translate("Exchange", "{count} visits exported to {path}.").format(
                    count=format_number(done.rows), path=where
                )
                + (
                    " "
                    + translate("Exchange", "{count} visits left out: those persons' consent is not in force.").format(
                        count=format_number(done.left_out)
                    )
                    if done.left_out
                    else ""
                )
            ),
        )
    exports: Any = getattr(services, "exports", None)
    if r.kind == RETURNEES:
        return (
            lambda progress, cancel: exports.export_returnees(
                r.path,
                r.columns,
                exports.returnee_filter(r.date_from, r.date_to, r.donor),
                for_partner=r.for_partner,
                hxl=r.hxl,
                progress=progress,
                cancel=cancel,
            ),
            lambda result: _roster_sentence(result, where),
        )
    if r.kind == INDICATORS:
        reports, pdf = services.indicator_reports, r.path.with_suffix(".pdf")

        def indicators(progress: Any, cancel: Any) -> Any:
            report = exports.export_indicators(
                r.path, r.date_from, r.date_to, r.donor, hxl=r.hxl, progress=progress, cancel=cancel
            )
            if r.pdf:
                reports.write_pdf(pdf, report, progress=progress, cancel=cancel)
            return report

        return (
            indicators,
            lambda report: (
                translate(
                    "Exchange",
                    "Indicators exported to {path}: {registered} persons registered, {paid} paid in the period.",
                ).format(
                    path=where,
                    registered=format_number(report.totals.get("registered", 0)),
                    paid=format_number(report.totals.get("paid", 0)),
                )
                + (" " + translate("Exchange", "The report with its charts: {path}.").format(path=pdf) if r.pdf else "")
            ),
        )
    return (
        lambda progress, cancel: exports.export_committee(
            r.path, r.session_id, hxl=r.hxl, progress=progress, cancel=cancel
        ),
        lambda count: translate("Exchange", "{count} decisions exported to {path}.").format(
            count=format_number(count), path=where
        ),
    )


def _roster_sentence(result: Any, where: str) -> str:
    text = translate("Exchange", "{count} returnees exported to {path}.").format(
        count=format_number(result.rows), path=where
    )
    if result.left_out:
        text += " " + translate(
            "Exchange", "{cases} cases left out: the person's consent to share with partners is not in force."
        ).format(cases=format_number(result.left_out))
    return text
