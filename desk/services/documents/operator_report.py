"""An operator's caseload for the monthly meeting: counts by stage and the cases in progress."""

from __future__ import annotations

from fpdf.fonts import FontFace

from desk.i18n import translate
from desk.services.documents.layout import BODY_SIZE, FAMILY, LABEL_FILL, MUTED, RULE, DeskPDF, ensure_printable
from desk.services.labels import label
from desk.services.money import format_money
from desk.services.operator_dto import Caseload


def render_operator_report(load: Caseload, desk_name: str) -> bytes:
    title = translate("OperatorReport", "Caseload")
    pdf = DeskPDF(desk_name, f"{title} · {load.operator}")
    ensure_printable(pdf, load.operator, desk_name, *(name for _, name, _, _ in load.cases))
    pdf.add_page()
    pdf.set_font(FAMILY, "B", 16)
    pdf.multi_cell(0, 8, load.operator, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.section(translate("OperatorReport", "In figures"))
    pdf.label_value_table(
        [
            (translate("OperatorReport", "Cases in progress"), f"{load.load} / {load.capacity}"),
            (translate("OperatorReport", "Plans approved by the committee"), str(load.approved_plans)),
            (
                translate("OperatorReport", "Paid on those plans"),
                ", ".join(format_money(amount, currency) for currency, amount in load.disbursed) or "0",
            ),
            (translate("OperatorReport", "Follow-up visits overdue"), str(load.overdue_visits)),
            (translate("OperatorReport", "Businesses running at the last visit"), load.running_share()),
            *((label("status", status), str(count)) for status, count in load.by_status),
        ],
        label_width=80,
        width=140,
    )
    pdf.ln(3)
    pdf.section(translate("OperatorReport", "Cases in progress"))
    if not load.cases:
        pdf.paragraph(translate("OperatorReport", "None."))
        return bytes(pdf.output())
    pdf.set_font(FAMILY, "", BODY_SIZE)
    pdf.set_draw_color(RULE)
    heading = FontFace(emphasis="BOLD", color=MUTED, fill_color=LABEL_FILL)
    with pdf.table(col_widths=(34, 80, 40, 26), headings_style=heading, line_height=4.6, padding=(1, 2)) as table:
        table.row(
            [
                translate("OperatorReport", "Case"),
                translate("OperatorReport", "Name"),
                translate("OperatorReport", "Stage"),
                translate("OperatorReport", "Since"),
            ]
        )
        for number, name, status, since in load.cases:
            table.row([number, name, label("status", status), since])
    return bytes(pdf.output())
