"""The monitoring report of one case for its funder, interim or final: the person and the case, what was planned
and approved, what was paid, what the follow-up visits saw, the sustainability scores then and now, and (final)
how the support ended. Signed by the desk and the operator."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from fpdf.fonts import FontFace

from desk.i18n import QT_TRANSLATE_NOOP, format_number, translate
from desk.services.documents.layout import (
    BODY_SIZE,
    EMPTY,
    FAMILY,
    INK,
    LABEL_FILL,
    MUTED,
    RULE,
    TABLE_LINE,
    TABLE_PADDING,
    DeskPDF,
    ensure_printable,
)
from desk.services.followup_reports import MonitoringReport, PaymentLine, VisitFinding
from desk.services.money import format_money

PLAN_TYPES = {
    "business": QT_TRANSLATE_NOOP("Plan", "Business creation"),
    "employment": QT_TRANSLATE_NOOP("Plan", "Employment"),
    "social": QT_TRANSLATE_NOOP("Plan", "Social"),
}
SIGNATURE_BOX = (84.0, 24.0)
HEADING = FontFace(emphasis="BOLD", color=MUTED, fill_color=LABEL_FILL)
TOTAL = FontFace(emphasis="BOLD")
# A business seen in these states at the last visit is flagged in the conclusion.
AT_RISK = ("struggling", "suspended", "closed")


def _day(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def _score(value: float | None) -> str:
    return EMPTY if value is None else format_number(value, 2)


def _change(before: float | None, after: float | None) -> str:
    if before is None or after is None:
        return EMPTY
    delta = after - before
    return ("+" if delta > 0.005 else "") + format_number(delta, 2)


def _title(report: MonitoringReport) -> str:
    return (
        translate("Monitoring", "Final monitoring report")
        if report.final
        else translate("Monitoring", "Interim monitoring report")
    )


def render_monitoring_report(report: MonitoringReport) -> bytes:
    """The report as PDF bytes; raises MissingGlyphs, before printing anything, if a text cannot be drawn."""
    pdf = DeskPDF(report.desk_name, f"{_title(report)} · {report.case_number}")
    ensure_printable(pdf, *_texts(report))
    pdf.add_page()
    _heading(pdf, report)
    _person(pdf, report)
    _planned(pdf, report)
    _paid(pdf, report)
    _seen(pdf, report)
    _scored(pdf, report)
    if report.final:
        _conclusion(pdf, report)
    else:
        _next(pdf, report)
    _signatures(pdf, report)
    return bytes(pdf.output())


def _texts(report: MonitoringReport) -> Iterator[str]:
    """Every text typed by someone that the report prints, names first."""
    yield from (report.full_name, report.prepared_by, report.operator, report.desk_name)
    yield from (report.region, report.town, report.programme, report.donor, report.sector, report.value_chain)
    yield from (report.place, report.description, report.conditions, report.closure_note)
    for visit in report.visits:
        yield from (visit.problems, visit.advice)
    for payment in report.payments:
        yield payment.reference
    for line in report.scores:
        yield line.dimension


def _heading(pdf: DeskPDF, report: MonitoringReport) -> None:
    top = pdf.get_y()
    pdf.set_font(FAMILY, "", 12)
    pdf.set_text_color(MUTED)
    pdf.cell(82, 6, _title(report), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FAMILY, "B", 20)
    pdf.set_text_color(INK)
    pdf.cell(82, 10, report.case_number, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FAMILY, "B", 12)
    pdf.multi_cell(82, 6, report.full_name, new_x="LMARGIN", new_y="NEXT")
    left_bottom = pdf.get_y()
    pdf.set_y(top + 1)
    since = report.approved_on or report.opened_on
    pdf.label_value_table(
        [
            (translate("Monitoring", "Report date"), _day(report.prepared_on)),
            (
                translate("Monitoring", "Period covered"),
                translate("Monitoring", "{start} to {end}").format(
                    start=_day(since), end=_day(report.closed_on or report.prepared_on)
                ),
            ),
            (translate("Monitoring", "Prepared by"), report.prepared_by),
        ],
        label_width=35,
        width=98,
        align="RIGHT",
    )
    pdf.set_xy(pdf.l_margin, max(left_bottom, pdf.get_y()) + 1)


def _table_section(pdf: DeskPDF, title: str, rows: list[tuple[str, str]], strong: tuple[str, ...] = ()) -> None:
    pdf.section(title, keep_with=min(pdf.table_height(rows), 60))
    pdf.label_value_table(rows, strong=strong)


def _grid(pdf: DeskPDF, pairs: list[tuple[str, str]]) -> None:
    """Label | value pairs two by two across the page: a short identity block that takes half the height."""
    label_style = FontFace(color=MUTED, fill_color=LABEL_FILL)
    pdf.set_font(FAMILY, "", BODY_SIZE)
    pdf.set_draw_color(RULE)
    pdf.set_line_width(0.2)
    with pdf.table(
        col_widths=(30, 58, 38, 54),
        first_row_as_headings=False,
        text_align="LEFT",
        v_align="TOP",
        line_height=TABLE_LINE,
        padding=TABLE_PADDING,
    ) as table:
        for start in range(0, len(pairs), 2):
            row = table.row()
            for name, value in pairs[start : start + 2]:
                row.cell(name, style=label_style)
                row.cell(value or EMPTY)
            if len(pairs[start : start + 2]) == 1:
                row.cell("", colspan=2)
    pdf.set_x(pdf.l_margin)


def _person(pdf: DeskPDF, report: MonitoringReport) -> None:
    programme = report.programme
    if report.donor:
        programme = translate("Monitoring", "{programme} (funder: {donor})").format(
            programme=report.programme or EMPTY, donor=report.donor
        )
    pdf.section(translate("Monitoring", "The person and the case"), keep_with=28)
    _grid(
        pdf,
        [
            (translate("Monitoring", "Sex"), report.sex),
            (translate("Monitoring", "Programme"), programme),
            (translate("Monitoring", "Born"), report.born),
            (translate("Monitoring", "Operator"), report.operator),
            (translate("Monitoring", "Lives in"), ", ".join(p for p in (report.town, report.region) if p)),
            (translate("Monitoring", "Case opened on"), _day(report.opened_on)),
            (translate("Monitoring", "Returned on"), _day(report.return_date)),
            (translate("Monitoring", "Status of the case"), report.status),
        ],
    )


def _planned(pdf: DeskPDF, report: MonitoringReport) -> None:
    title = translate("Monitoring", "What was planned")
    if not report.plan_type:
        pdf.section(title)
        pdf.paragraph(translate("Monitoring", "No reintegration plan was drafted for this case."))
        return
    money = report.currency
    sector = " – ".join(p for p in (report.sector, report.value_chain) if p)
    approved = translate("Monitoring", "Not approved")
    if report.approved:
        approved = format_money(report.approved, money)
        if report.approved_on:
            approved = translate("Monitoring", "{amount}, committee of {date}").format(
                amount=approved, date=_day(report.approved_on)
            )
    rows = [
        (
            translate("Monitoring", "Type of plan"),
            translate("Plan", PLAN_TYPES.get(report.plan_type, report.plan_type)),
        ),
        (translate("Monitoring", "Sector"), sector),
        (translate("Monitoring", "Place"), report.place),
        (translate("Monitoring", "The project"), report.description),
        (translate("Monitoring", "Budget"), format_money(report.budget_total, money)),
        (translate("Monitoring", "Own contribution"), format_money(report.own_contribution, money)),
        (translate("Monitoring", "Requested from the programme"), format_money(report.requested, money)),
        (translate("Monitoring", "Approved by the committee"), approved),
    ]
    if report.conditions:
        rows.append((translate("Monitoring", "Conditions set by the committee"), report.conditions))
    strong = (translate("Monitoring", "Approved by the committee"),)
    # the description can be long: only the first rows have to stay with the title
    pdf.section(title, keep_with=min(pdf.table_height(rows[:3]) + 20, 60))
    pdf.label_value_table(rows, strong=strong)


def _payment_kind(payment: PaymentLine) -> str:
    if payment.reverses_receipt is not None:
        return translate("Monitoring", "{kind} (reversal of receipt {receipt})").format(
            kind=payment.kind, receipt=payment.reverses_receipt
        )
    return payment.kind


def _paid(pdf: DeskPDF, report: MonitoringReport) -> None:
    pdf.section(translate("Monitoring", "What was paid"), keep_with=20)
    currency = report.currency or (report.payments[0].currency if report.payments else "XAF")
    if not report.payments:
        pdf.paragraph(translate("Monitoring", "Nothing was paid on this case yet."))
    else:
        pdf.set_font(FAMILY, "", BODY_SIZE - 0.5)
        pdf.set_draw_color(RULE)
        pdf.set_line_width(0.2)
        with pdf.table(
            col_widths=(22, 19, 67, 30, 42),
            text_align=("LEFT", "RIGHT", "LEFT", "LEFT", "RIGHT"),
            headings_style=HEADING,
            line_height=4.3,
            padding=(1, 1.5),
        ) as table:
            table.row(
                [
                    translate("Monitoring", "Date"),
                    translate("Monitoring", "Receipt"),
                    translate("Monitoring", "Kind"),
                    translate("Monitoring", "Modality"),
                    translate("Monitoring", "Amount"),
                ]
            )
            for payment in report.payments:
                table.row(
                    [
                        _day(payment.value_date),
                        str(payment.receipt_no) if payment.receipt_no else EMPTY,
                        _payment_kind(payment),
                        payment.modality,
                        format_money(payment.amount, payment.currency),
                    ]
                )
            total = table.row(style=TOTAL)
            total.cell(translate("Monitoring", "Total paid (net of reversals)"), colspan=4)
            total.cell(format_money(report.paid_net, currency))
        pdf.ln(1.5)
    if report.approved:
        other = report.paid_net - report.paid_on_plan
        text = translate(
            "Monitoring", "Against the plan: {paid} paid of the {approved} approved, {left} left to pay."
        ).format(
            paid=format_money(report.paid_on_plan, currency),
            approved=format_money(report.approved, currency),
            left=format_money(max(report.approved - report.paid_on_plan, 0), currency),
        )
        if other:
            text += " " + translate("Monitoring", "Other support (arrival, transport, care…): {amount}.").format(
                amount=format_money(other, currency)
            )
        pdf.paragraph(text)


def _finding_row(visit: VisitFinding, today: date) -> list[str]:
    done = visit.status == "done"
    status = visit.outcome or visit.status_label
    if visit.status == "planned" and visit.due_on < today:
        status = translate("Monitoring", "Overdue by {days} days").format(days=(today - visit.due_on).days)
    if visit.assess:
        status += "\n" + translate("Monitoring", "(questionnaire)")
    return [
        _day(visit.due_on),
        visit.kind,
        status,
        _day(visit.done_on) or EMPTY,
        (visit.project_label or EMPTY) if done else "",
        (visit.income_band or EMPTY) if done else "",
        (str(visit.jobs_created) if visit.jobs_created is not None else EMPTY) if done else "",
        (visit.employment or EMPTY) if done else "",
    ]


def _seen(pdf: DeskPDF, report: MonitoringReport) -> None:
    # the summary line, the table's header and its first row stay with the title
    pdf.section(translate("Monitoring", "What the follow-up visits saw"), keep_with=26)
    if not report.visits:
        pdf.paragraph(translate("Monitoring", "No follow-up visit is scheduled for this case."))
        return
    done = sum(1 for v in report.visits if v.status == "done")
    recorded = sum(1 for v in report.visits if v.status != "planned")
    pdf.paragraph(
        translate("Monitoring", "{done} of {recorded} visits recorded took place; {planned} still planned.").format(
            done=done, recorded=recorded, planned=len(report.visits) - recorded
        )
    )
    pdf.ln(1)
    pdf.set_font(FAMILY, "", BODY_SIZE - 1.5)
    pdf.set_draw_color(RULE)
    pdf.set_line_width(0.2)
    with pdf.table(
        col_widths=(19, 22, 25, 19, 20, 30, 15, 30),
        text_align=("LEFT", "LEFT", "LEFT", "LEFT", "LEFT", "LEFT", "RIGHT", "LEFT"),
        headings_style=HEADING,
        line_height=3.9,
        padding=(0.8, 1.2),
    ) as table:
        table.row(
            [
                translate("Monitoring", "Due"),
                translate("Monitoring", "Kind"),
                translate("Monitoring", "Outcome"),
                translate("Monitoring", "Done on"),
                translate("Monitoring", "Project"),
                translate("Monitoring", "Income"),
                translate("Monitoring", "Jobs"),
                translate("Monitoring", "Work"),
            ]
        )
        for visit in report.visits:
            table.row(_finding_row(visit, report.prepared_on))
    notes = [
        (
            f"{_day(v.done_on or v.due_on)} · {v.kind}",
            "\n".join(
                text
                for text in (
                    translate("Monitoring", "Problems: {text}").format(text=v.problems) if v.problems else "",
                    translate("Monitoring", "Advice given: {text}").format(text=v.advice) if v.advice else "",
                )
                if text
            ),
        )
        for v in report.visits
        if v.problems or v.advice
    ]
    pdf.set_font(FAMILY, "", BODY_SIZE)
    if notes:
        pdf.ln(3)
        pdf.set_font(FAMILY, "B", BODY_SIZE)
        pdf.ensure_space(10 + pdf.table_height(notes[:1], label_width=40))
        pdf.cell(0, 5, translate("Monitoring", "Problems seen and advice given"), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        pdf.label_value_table(notes, label_width=40)


def _scored(pdf: DeskPDF, report: MonitoringReport) -> None:
    pdf.section(translate("Monitoring", "Sustainability scores"), keep_with=35)
    if report.baseline_composite is None and report.latest_composite is None:
        pdf.paragraph(translate("Monitoring", "The sustainability questionnaire was not administered."))
        return
    baseline = translate("Monitoring", "Baseline")
    if report.baseline_on:
        baseline += "\n" + _day(report.baseline_on)
    latest = translate("Monitoring", "Follow-up")
    if report.latest_on:
        latest += "\n" + _day(report.latest_on)
    pdf.set_font(FAMILY, "", BODY_SIZE)
    pdf.set_draw_color(RULE)
    pdf.set_line_width(0.2)
    with pdf.table(
        col_widths=(84, 32, 32, 32),
        text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"),
        headings_style=HEADING,
        line_height=4.4,
        padding=(1, 2),
    ) as table:
        table.row([translate("Monitoring", "Dimension"), baseline, latest, translate("Monitoring", "Change")])
        for line in report.scores:
            table.row([line.dimension, _score(line.baseline), _score(line.latest), _change(line.baseline, line.latest)])
        table.row(
            [
                translate("Monitoring", "Composite score"),
                _score(report.baseline_composite),
                _score(report.latest_composite),
                _change(report.baseline_composite, report.latest_composite),
            ],
            style=TOTAL,
        )
    pdf.ln(1.5)
    notes = [translate("Monitoring", "Scores run from 0 (weak) to 1 (strong).")]
    if report.latest_composite is None:
        notes.append(translate("Monitoring", "The follow-up questionnaire has not been administered yet."))
    if not report.same_version:
        notes.append(
            translate(
                "Monitoring",
                "The two questionnaires were answered with different versions: compare the scores with care.",
            )
        )
    pdf.small_note(" ".join(notes))


def _last_seen_rows(report: MonitoringReport) -> list[tuple[str, str]]:
    last = report.last_seen
    if last is None:
        return [
            (translate("Monitoring", "The business at the last visit"), translate("Monitoring", "No visit took place."))
        ]
    return [
        (translate("Monitoring", "Last visit"), f"{_day(last.done_on)} · {last.kind}"),
        (translate("Monitoring", "The business at the last visit"), last.project_label),
        (translate("Monitoring", "Income"), last.income_band),
        (translate("Monitoring", "Jobs created"), str(last.jobs_created) if last.jobs_created is not None else ""),
        (translate("Monitoring", "The person's work"), last.employment),
    ]


def _conclusion(pdf: DeskPDF, report: MonitoringReport) -> None:
    rows = _last_seen_rows(report)
    if report.closed:
        rows.append(
            (
                translate("Monitoring", "Case closed"),
                translate("Monitoring", "{date}: {reason}").format(
                    date=_day(report.closed_on), reason=report.closure_reason
                ),
            )
        )
        if report.closure_note:
            rows.append((translate("Monitoring", "Note on the closing"), report.closure_note))
    else:
        rows.append(
            (translate("Monitoring", "Case closed"), translate("Monitoring", "Not yet: the case is still open."))
        )
    strong = (translate("Monitoring", "The business at the last visit"), translate("Monitoring", "Case closed"))
    _table_section(pdf, translate("Monitoring", "Conclusion"), rows, strong=strong)
    last = report.last_seen
    if last is not None and last.project_status in AT_RISK:
        pdf.ln(1.5)
        pdf.small_note(
            translate("Monitoring", "At the last visit the business was not running normally: see the advice given."),
            italic=False,
        )


def _next(pdf: DeskPDF, report: MonitoringReport) -> None:
    rows = _last_seen_rows(report)
    upcoming = [v for v in report.visits if v.status == "planned"]
    if upcoming:
        first = min(upcoming, key=lambda v: v.due_on)
        late = first.due_on < report.prepared_on
        rows.append(
            (
                translate("Monitoring", "Next visit"),
                (
                    translate("Monitoring", "{date} · {kind} (overdue)")
                    if late
                    else translate("Monitoring", "{date} · {kind}")
                ).format(date=_day(first.due_on), kind=first.kind),
            )
        )
        rows.append((translate("Monitoring", "End of the follow-up"), _day(max(v.due_on for v in report.visits))))
    _table_section(pdf, translate("Monitoring", "Where the project stands"), rows)


def _signatures(pdf: DeskPDF, report: MonitoringReport) -> None:
    width, height = SIGNATURE_BOX
    pdf.section(translate("Monitoring", "Signatures"), keep_with=height + 2)
    top = pdf.get_y()
    titles = (
        translate("Monitoring", "For the desk: {name}").format(name=report.prepared_by),
        translate("Monitoring", "For the operator: {name}").format(name=report.operator or EMPTY),
    )
    for x, title in zip((pdf.l_margin, pdf.w - pdf.r_margin - width), titles, strict=True):
        pdf.set_draw_color(MUTED)
        pdf.set_line_width(0.3)
        pdf.rect(x, top, width, height)
        pdf.set_xy(x + 2, top + 1.5)
        pdf.set_font(FAMILY, "B", 8.5)
        pdf.set_text_color(INK)
        pdf.multi_cell(width - 4, 4, title, max_line_height=4)
        pdf.set_font(FAMILY, "", 8.5)
        pdf.set_xy(x + 2, top + height - 6.5)
        pdf.cell(0, 5, translate("Monitoring", "Date and signature:"))
    pdf.set_xy(pdf.l_margin, top + height)
    pdf.set_font(FAMILY, "", BODY_SIZE)
