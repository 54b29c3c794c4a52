"""The period closing report: totals per donor, programme and modality of a closed month, and the ledger's
fingerprint at closing (what lets an auditor prove, later, that no entry was changed or cut since)."""

from __future__ import annotations

from fpdf.fonts import FontFace

from desk.i18n import translate
from desk.services.documents.layout import BODY_SIZE, FAMILY, LABEL_FILL, MUTED, RULE, DeskPDF, ensure_printable
from desk.services.labels import label
from desk.services.ledger_dto import PeriodView, TotalLine
from desk.services.money import format_money


def render_period_closing(period: PeriodView, totals: dict[str, list[TotalLine]], desk_name: str) -> bytes:
    pdf = DeskPDF(desk_name, translate("PeriodClosing", "Period closing report") + f" · {period.period}")
    ensure_printable(pdf, desk_name, period.closed_by)
    pdf.add_page()
    pdf.set_font(FAMILY, "B", 16)
    pdf.multi_cell(
        0,
        8,
        translate("PeriodClosing", "Closing of the period {period}").format(period=period.period),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    closed_at = period.closed_at.astimezone().strftime("%d/%m/%Y %H:%M") if period.closed_at else "—"
    pdf.label_value_table(
        [
            (translate("PeriodClosing", "Closed by"), period.closed_by),
            (translate("PeriodClosing", "Closed on"), closed_at),
            (translate("PeriodClosing", "Entries in the period"), str(period.entries)),
            (translate("PeriodClosing", "Ledger length at closing"), str(period.last_seq or 0)),
        ]
    )
    pdf.ln(2)
    heading = FontFace(emphasis="BOLD", color=MUTED, fill_color=LABEL_FILL)
    for group, title in (
        ("donor", translate("PeriodClosing", "Totals per donor")),
        ("programme", translate("PeriodClosing", "Totals per programme")),
        ("modality", translate("PeriodClosing", "Totals per modality")),
    ):
        pdf.section(title)
        pdf.set_font(FAMILY, "", BODY_SIZE)
        pdf.set_draw_color(RULE)
        with pdf.table(
            col_widths=(46, 26, 36, 36, 36),
            text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
            headings_style=heading,
            line_height=4.6,
            padding=(1, 2),
        ) as table:
            table.row(
                [
                    translate("PeriodClosing", "Code"),
                    translate("PeriodClosing", "Entries"),
                    translate("PeriodClosing", "Paid"),
                    translate("PeriodClosing", "Reversed"),
                    translate("PeriodClosing", "Net"),
                ]
            )
            for line in totals.get(group, []):
                name = label("modality", line.key[0]) if group == "modality" else (line.key[0] or "—")
                table.row(
                    [
                        name,
                        str(line.entries),
                        format_money(line.paid, line.currency),
                        format_money(line.reversed, line.currency),
                        format_money(line.net, line.currency),
                    ]
                )
        pdf.ln(2)
    pdf.section(translate("PeriodClosing", "Fingerprint of the ledger at closing"))
    pdf.paragraph(
        translate(
            "PeriodClosing",
            "Keep this page. The fingerprint below is the SHA-256 of the last entry of the ledger when the period "
            "was closed; each entry's fingerprint covers its own fields and the one before it. If any entry up to "
            "there is later changed, removed or cut, “desk verify” will no longer find this value.",
        )
    )
    pdf.ln(1)
    pdf.set_font("Courier", "B", 10)
    pdf.cell(0, 6, period.fingerprint, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FAMILY, "", BODY_SIZE)
    return bytes(pdf.output())
