"""The committee's minutes (members and their institutions, every decision with its conditions, the synthesis by
sector and value chain) and the decision letters."""

from __future__ import annotations

from fpdf.fonts import FontFace

from desk.i18n import translate
from desk.services.committee_service import DECISION_LABELS, AgendaItem, SectorLine, SessionView
from desk.services.documents.layout import BODY_SIZE, FAMILY, LABEL_FILL, MUTED, RULE, DeskPDF, ensure_printable
from desk.services.money import format_money


def _decision(item: AgendaItem) -> str:
    if not item.decision:
        return ""
    label = translate("Committee", DECISION_LABELS[item.decision])
    if item.above_request:
        return translate("Minutes", "{decision}, above the request").format(decision=label)
    return label


def _sector(item: AgendaItem) -> str:
    return f"{item.sector} – {item.value_chain}" if item.value_chain else item.sector


def render_minutes(
    meeting: SessionView, agenda: list[AgendaItem], synthesis: list[SectorLine], desk_name: str
) -> bytes:
    pdf = DeskPDF(desk_name, translate("Minutes", "Minutes of the validation committee"), orientation="L")
    decided = [item for item in agenda if item.decision]
    ensure_printable(
        pdf,
        desk_name,
        meeting.place,
        *(m.name for m in meeting.members),
        *(m.institution for m in meeting.members),
        *(i.full_name for i in decided),
        *(i.comment for i in decided),
        *(i.conditions for i in decided),
        *(i.value_chain for i in decided),
    )
    pdf.add_page()
    pdf.set_font(FAMILY, "B", 16)
    pdf.multi_cell(
        0,
        8,
        translate("Minutes", "Validation committee of {date}").format(date=meeting.held_on.strftime("%d/%m/%Y")),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.paragraph(translate("Minutes", "Place: {place}.").format(place=meeting.place))
    pdf.ln(1)
    heading = FontFace(emphasis="BOLD", color=MUTED, fill_color=LABEL_FILL)
    pdf.section(translate("Minutes", "Members present"))
    pdf.set_font(FAMILY, "", BODY_SIZE)
    pdf.set_draw_color(RULE)
    with pdf.table(
        col_widths=(80, 90, 70), width=240, align="LEFT", headings_style=heading, line_height=7, padding=(1, 2)
    ) as table:
        table.row(
            [
                translate("Minutes", "Name"),
                translate("Minutes", "Institution"),
                translate("Minutes", "Signature"),
            ]
        )
        for member in meeting.members:
            table.row([member.name, member.institution or "–", ""])
    pdf.ln(3)
    currency = decided[0].currency if decided else "XAF"
    pdf.section(translate("Minutes", "Synthesis by sector and value chain"))
    pdf.set_font(FAMILY, "", BODY_SIZE)
    bold = FontFace(emphasis="BOLD")
    with pdf.table(
        col_widths=(70, 77, 24, 48, 48),
        headings_style=heading,
        line_height=4.6,
        padding=(1, 2),
    ) as table:
        table.row(
            [
                translate("Minutes", "Sector"),
                translate("Minutes", "Value chain"),
                translate("Minutes", "Plans"),
                translate("Minutes", "Requested"),
                translate("Minutes", "Approved"),
            ]
        )
        for line in synthesis:
            figures = [str(line.plans), format_money(line.requested, currency), format_money(line.approved, currency)]
            table.row([line.sector, translate("Minutes", "all value chains")] + figures, style=bold)
            for chain in line.value_chains:
                table.row(
                    [
                        "",
                        chain.value_chain,
                        str(chain.plans),
                        format_money(chain.requested, currency),
                        format_money(chain.approved, currency),
                    ]
                )
        table.row(
            [
                translate("Minutes", "All sectors"),
                "",
                str(sum(line.plans for line in synthesis)),
                format_money(sum(line.requested for line in synthesis), currency),
                format_money(sum(line.approved for line in synthesis), currency),
            ],
            style=bold,
        )
    pdf.ln(3)
    pdf.section(translate("Minutes", "Decisions"))
    pdf.set_font(FAMILY, "", BODY_SIZE - 0.5)
    with pdf.table(
        col_widths=(32, 55, 50, 25, 34, 34, 37),
        headings_style=heading,
        line_height=4.4,
        padding=(1, 1.5),
        text_align="LEFT",
    ) as table:
        table.row(
            [
                translate("Minutes", "Case"),
                translate("Minutes", "Name"),
                translate("Minutes", "Sector"),
                translate("Minutes", "Criteria"),
                translate("Minutes", "Requested"),
                translate("Minutes", "Approved"),
                translate("Minutes", "Decision"),
            ]
        )
        for item in decided:
            criteria = "/".join(
                str(item.criteria.get(c, "")) for c in ("profitability", "viability", "relevance", "feasibility")
            )
            table.row(
                [
                    item.case_number,
                    item.full_name,
                    _sector(item),
                    criteria,
                    format_money(item.requested, item.currency),
                    format_money(item.amount_approved or 0, item.currency),
                    _decision(item),
                ]
            )
    pdf.ln(2)
    pdf.small_note(
        translate(
            "Minutes", "Criteria: profitability / viability / relevance / technical feasibility, each from 1 to 5."
        )
    )
    noted = [i for i in decided if i.conditions or i.comment or i.above_request]
    if noted:
        pdf.ln(3)
        pdf.section(translate("Minutes", "Conditions and remarks"))
        pdf.set_font(FAMILY, "", BODY_SIZE - 0.5)
        with pdf.table(
            col_widths=(32, 55, 90, 90), headings_style=heading, line_height=4.4, padding=(1, 1.5), text_align="LEFT"
        ) as table:
            table.row(
                [
                    translate("Minutes", "Case"),
                    translate("Minutes", "Name"),
                    translate("Minutes", "Conditions"),
                    translate("Minutes", "Remarks"),
                ]
            )
            for item in noted:
                remarks = item.comment
                if item.above_request:
                    above = translate("Minutes", "Approved above the request ({requested}): {approved}.").format(
                        requested=format_money(item.requested, item.currency),
                        approved=format_money(item.amount_approved or 0, item.currency),
                    )
                    remarks = f"{above} {remarks}".strip()
                table.row([item.case_number, item.full_name, item.conditions or "–", remarks or "–"])
    return bytes(pdf.output())


def render_decision_letters(meeting: SessionView, agenda: list[AgendaItem], desk_name: str, signatory: str) -> bytes:
    """One letter per decided plan, in one document to print in one go."""
    decided = [item for item in agenda if item.decision]
    pdf = DeskPDF(desk_name, translate("Minutes", "Decision of the validation committee"))
    ensure_printable(
        pdf,
        desk_name,
        signatory,
        *(i.full_name for i in decided),
        *(i.comment for i in decided),
        *(i.conditions for i in decided),
        *(i.value_chain for i in decided),
    )
    for item in decided:
        pdf.add_page()
        pdf.set_font(FAMILY, "B", 11)
        pdf.multi_cell(0, 6, item.full_name, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(FAMILY, "", 10)
        pdf.cell(
            0, 6, translate("Minutes", "Case {number}").format(number=item.case_number), new_x="LMARGIN", new_y="NEXT"
        )
        pdf.ln(6)
        pdf.set_font(FAMILY, "B", 14)
        pdf.multi_cell(
            0,
            8,
            translate("Minutes", "Decision of the validation committee of {date}").format(
                date=meeting.held_on.strftime("%d/%m/%Y")
            ),
            new_x="LMARGIN",
            new_y="NEXT",
        )
        pdf.ln(2)
        pdf.paragraph(
            translate(
                "Minutes", "Your reintegration plan ({sector}) was examined by the committee. Decision: {decision}."
            ).format(sector=_sector(item) or "–", decision=_decision(item))
        )
        if item.decision == "approved":
            pdf.paragraph(
                translate(
                    "Minutes",
                    "Amount approved: {amount}. Your operator, {operator}, will tell you "
                    "when the first instalment is paid.",
                ).format(amount=format_money(item.amount_approved or 0, item.currency), operator=item.operator or "–")
            )
        if item.conditions:
            pdf.paragraph(
                translate("Minutes", "Conditions set by the committee: {conditions}").format(conditions=item.conditions)
            )
        if item.comment:
            pdf.paragraph(translate("Minutes", "The committee's remarks: {comment}").format(comment=item.comment))
        pdf.ln(14)
        pdf.cell(
            0, 6, translate("Minutes", "For the desk: {name}").format(name=signatory), new_x="LMARGIN", new_y="NEXT"
        )
    if not decided:
        pdf.add_page()
        pdf.paragraph(translate("Minutes", "No decision recorded in this session."))
    return bytes(pdf.output())
