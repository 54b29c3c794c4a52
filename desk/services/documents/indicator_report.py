"""The donor indicator report (PDF): who produced it for which period and donor, the key figures, then for each
disaggregation a table of the seven indicators and a bar chart, and what each indicator counts.

The same figures as the indicators workbook (``exchange.export_indicators``); services stay Qt-free, so the charts
are drawn with fpdf2's rectangles, in the colours of the screen's charts (Okabe–Ito blue and orange).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from fpdf.fonts import FontFace

from desk.i18n import format_number, translate
from desk.services.documents.layout import (
    BODY_SIZE,
    FAMILY,
    INK,
    LABEL_FILL,
    MUTED,
    RULE,
    DeskPDF,
    ensure_printable,
)
from desk.services.exchange.export_indicators import (
    INDICATORS,
    Disaggregation,
    IndicatorReport,
    indicator_definitions,
    indicator_headers,
)

# The two indicators each chart compares: how many were reached, how many received the aid.
CHART_INDICATORS = ("registered", "paid")
CHART_COLOURS = ((0, 114, 178), (230, 159, 0))  # Okabe–Ito blue and orange, as on screen
CHARTED = ("sex", "age_band", "region", "programme", "aid_level", "sector")  # sex × age band: a table only
TILE_FILL = 240
FIGURE_COLOUR = (0, 84, 140)  # a darker blue than the bars: big numbers stay crisp on a grey printer
HEADING = FontFace(color=MUTED, fill_color=LABEL_FILL, size_pt=7.0)  # small, not bold: "Enregistrées" fits
TOTAL = FontFace(emphasis="BOLD", fill_color=248)
COUNT_WIDTH = 19.0  # mm per indicator column: seven of them leave 47 mm for the group's name
BAR_HEIGHT = 3.0
GROUP_GAP = 2.2
CHART_LABEL_WIDTH = 52.0
VALUE_ROOM = 18.0
CUT_BEYOND = 4.0  # "not recorded" over 4 times the largest recorded group: the chart is scaled on the recorded ones


@dataclass(frozen=True)
class ReportHeading:
    """What the title block says besides the figures."""

    desk_name: str
    donor: str  # "EU — European Union", or "all donors"
    produced_by: str
    produced_at: datetime


def _day(value: date) -> str:
    return value.strftime("%d/%m/%Y")


def _count(value: int) -> str:
    return format_number(value)


def short_headers() -> dict[str, str]:
    """The indicators as table columns (narrow): the full names are in the key figures and the definitions."""
    return {
        "registered": translate("IndicatorReport", "Registered"),
        "assessed": translate("IndicatorReport", "Assessed"),
        "referred": translate("IndicatorReport", "Referred"),
        "trained": translate("IndicatorReport", "Trained"),
        "approved": translate("IndicatorReport", "Plan approved"),
        "paid": translate("IndicatorReport", "Paid"),
        "followed_up": translate("IndicatorReport", "Followed up"),
    }


def document_title() -> str:
    return translate("IndicatorReport", "Indicator report")


def is_empty(report: IndicatorReport) -> bool:
    return not any(report.totals.values())


def render_indicator_report(report: IndicatorReport, heading: ReportHeading) -> bytes:
    """The report as PDF bytes; raises MissingGlyphs, before drawing anything, if a name cannot be printed."""
    period = translate("IndicatorReport", "{start} to {end}").format(
        start=_day(report.date_from), end=_day(report.date_to)
    )
    pdf = DeskPDF(heading.desk_name, f"{document_title()} · {period}")
    ensure_printable(pdf, *_texts(report, heading))
    pdf.add_page()
    _title_block(pdf, report, heading, period)
    if is_empty(report):
        _nothing(pdf, report)
    else:
        _key_figures(pdf, report)
        for part in report.disaggregations:
            _disaggregation(pdf, report, part)
    _definitions(pdf, report)
    return bytes(pdf.output())


def _texts(report: IndicatorReport, heading: ReportHeading) -> Iterator[str]:
    yield from (heading.desk_name, heading.donor, heading.produced_by)
    for part in report.disaggregations:
        for line in part.lines:
            yield from line.labels


# -- the first page -----------------------------------------------------------------------------------------------
def _title_block(pdf: DeskPDF, report: IndicatorReport, heading: ReportHeading, period: str) -> None:
    pdf.set_font(FAMILY, "B", 18)
    pdf.set_text_color(INK)
    pdf.cell(0, 10, document_title(), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FAMILY, "", 12)
    pdf.set_text_color(MUTED)
    pdf.cell(0, 6, period, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_text_color(INK)
    pdf.label_value_table(
        [
            (translate("IndicatorReport", "Desk"), heading.desk_name),
            (translate("IndicatorReport", "Donor"), heading.donor),
            (translate("IndicatorReport", "Period"), period),
            (translate("IndicatorReport", "Produced by"), heading.produced_by),
            (translate("IndicatorReport", "Produced on"), heading.produced_at.strftime("%d/%m/%Y %H:%M")),
        ],
        label_width=40,
        strong=(translate("IndicatorReport", "Donor"), translate("IndicatorReport", "Period")),
    )


def _nothing(pdf: DeskPDF, report: IndicatorReport) -> None:
    pdf.section(translate("IndicatorReport", "No data for this period"))
    text = (
        translate(
            "IndicatorReport",
            "Nothing was recorded for this donor's programmes between these dates: no case opened, no assessment, "
            "referral, training, committee approval, payment or follow-up visit. Every indicator is zero.",
        )
        if report.donor
        else translate(
            "IndicatorReport",
            "Nothing was recorded between these dates: no case opened, no assessment, referral, training, "
            "committee approval, payment or follow-up visit. Every indicator is zero.",
        )
    )
    pdf.paragraph(text)
    pdf.ln(1)
    pdf.small_note(
        translate(
            "IndicatorReport",
            "Check the period and the donor chosen. Work recorded after the report was produced is not in it.",
        )
    )


def _key_figures(pdf: DeskPDF, report: IndicatorReport) -> None:
    """The seven totals as big numbers, four to a row."""
    pdf.section(translate("IndicatorReport", "Key figures"), keep_with=60)
    headers = indicator_headers()
    columns, gap, height = 4, 3.0, 25.0
    width = (pdf.epw - gap * (columns - 1)) / columns
    top = pdf.get_y()
    for index, indicator in enumerate(INDICATORS):
        row, column = divmod(index, columns)
        x = pdf.l_margin + column * (width + gap)
        y = top + row * (height + gap)
        pdf.set_fill_color(TILE_FILL)
        pdf.set_draw_color(RULE)
        pdf.rect(x, y, width, height, style="DF")
        pdf.set_xy(x, y + 2.5)
        pdf.set_font(FAMILY, "B", 20)
        pdf.set_text_color(*FIGURE_COLOUR)
        pdf.cell(width, 10, _count(report.totals[indicator]), align="C")
        pdf.set_xy(x + 2, y + 13.5)
        pdf.set_font(FAMILY, "", 8.5)
        pdf.set_text_color(INK)
        pdf.multi_cell(width - 4, 4, headers[indicator], align="C")
    pdf.set_fill_color(255)  # fpdf2's tables fill their cells with the current colour
    rows = (len(INDICATORS) + columns - 1) // columns
    pdf.set_xy(pdf.l_margin, top + rows * (height + gap))
    pdf.small_note(
        translate(
            "IndicatorReport",
            "Numbers of persons: a person with several cases is counted once per indicator. "
            "Tables and charts by group follow; each indicator is defined on the last page.",
        )
    )


# -- a disaggregation ---------------------------------------------------------------------------------------------
def _disaggregation(pdf: DeskPDF, report: IndicatorReport, part: Disaggregation) -> None:
    # a table short enough to fit on a page starts on a new one rather than be split (heading + rows + total)
    pdf.section(part.title, keep_with=20 + 6.2 * len(part.lines))
    if not part.lines:
        pdf.paragraph(translate("IndicatorReport", "No data for this period"))
        return
    _table(pdf, report, part)
    if part.overlapping:
        pdf.ln(1)
        pdf.small_note(
            translate(
                "Export",
                "A person recommended several aid levels is counted on each of their lines: "
                "the lines add up to more than the total.",
            )
        )
    if part.code in CHARTED:
        _chart(pdf, part)


def _table(pdf: DeskPDF, report: IndicatorReport, part: Disaggregation) -> None:
    keys = len(part.key_headers)
    name_width = pdf.epw - COUNT_WIDTH * len(INDICATORS)
    key_widths = (name_width,) if keys == 1 else (name_width * 0.42, name_width * 0.58)
    short = short_headers()
    pdf.set_font(FAMILY, "", BODY_SIZE - 1)
    pdf.set_draw_color(RULE)
    pdf.set_line_width(0.2)
    with pdf.table(
        col_widths=(*key_widths, *(COUNT_WIDTH,) * len(INDICATORS)),
        text_align=(*("LEFT",) * keys, *("RIGHT",) * len(INDICATORS)),
        headings_style=HEADING,
        line_height=4.0,
        padding=(0.8, 1.0),
        v_align="TOP",
    ) as table:
        table.row([*part.key_headers, *(short[i] for i in INDICATORS)])
        for line in part.lines:
            table.row([*line.labels, *(_count(line.counts[i]) for i in INDICATORS)])
        total = table.row(style=TOTAL)
        total.cell(translate("Export", "Total (each person counted once)"), colspan=keys)
        for indicator in INDICATORS:
            total.cell(_count(report.totals[indicator]))
    pdf.set_font(FAMILY, "", BODY_SIZE)
    pdf.set_x(pdf.l_margin)


def _chart(pdf: DeskPDF, part: Disaggregation) -> None:
    """Horizontal bars: per group, the persons registered and the persons paid, on one scale for the chart."""
    headers = indicator_headers()
    group_height = BAR_HEIGHT * len(CHART_INDICATORS) + GROUP_GAP
    pdf.ln(3)
    pdf.ensure_space(8 + group_height * len(part.lines))  # a chart on one page when it fits on one
    # the legend, which also says what is drawn
    pdf.set_font(FAMILY, "", 8.5)
    x = pdf.l_margin + CHART_LABEL_WIDTH
    y = pdf.get_y()
    for colour, indicator in zip(CHART_COLOURS, CHART_INDICATORS, strict=True):
        pdf.set_fill_color(*colour)
        pdf.rect(x, y + 1, 3.2, 3.2, style="F")
        pdf.set_xy(x + 4.5, y)
        text = headers[indicator]
        pdf.set_text_color(INK)
        pdf.cell(pdf.get_string_width(text) + 2, 5.2, text)
        x += pdf.get_string_width(text) + 12
    pdf.set_xy(pdf.l_margin, y + 7)
    maximum = _chart_scale(part)
    bar_room = pdf.epw - CHART_LABEL_WIDTH - VALUE_ROOM
    cut = False
    for line in part.lines:
        if pdf.get_y() + group_height > pdf.page_break_trigger:
            pdf.add_page()
        top = pdf.get_y()
        pdf.set_font(FAMILY, "", 8.5)
        pdf.set_text_color(INK)
        label = " · ".join(line.labels)
        while pdf.get_string_width(label) > CHART_LABEL_WIDTH - 3 and len(label) > 2:
            label = label[:-2] + "…"
        pdf.set_xy(pdf.l_margin, top)
        pdf.cell(CHART_LABEL_WIDTH - 3, group_height - GROUP_GAP, label, align="R")
        x = pdf.l_margin + CHART_LABEL_WIDTH
        for index, (colour, indicator) in enumerate(zip(CHART_COLOURS, CHART_INDICATORS, strict=True)):
            value = line.counts[indicator]
            length = bar_room * min(value, maximum) / maximum if maximum else 0.0
            y = top + index * BAR_HEIGHT
            if length > 0:
                pdf.set_fill_color(*colour)
                pdf.rect(x, y + 0.25, max(length, 0.4), BAR_HEIGHT - 0.5, style="F")
            if value > maximum:
                _break_mark(pdf, x + length - 7, y + 0.25, BAR_HEIGHT - 0.5)
                cut = True
            pdf.set_font(FAMILY, "B" if value > maximum else "", 7.5)
            pdf.set_text_color(MUTED if value == 0 else INK)
            pdf.set_xy(x + length + 1, y)
            pdf.cell(VALUE_ROOM - 1, BAR_HEIGHT, _count(value))
        pdf.set_draw_color(150)  # the baseline the bars start from
        pdf.set_line_width(0.2)
        pdf.line(x, top - 0.5, x, top + group_height - 1.5)
        pdf.set_xy(pdf.l_margin, top + group_height)
    pdf.set_fill_color(255)  # fpdf2's tables fill their cells with the current colour
    if cut:
        pdf.small_note(
            translate(
                "IndicatorReport",
                "A bar with a break is longer than drawn: the chart is scaled on the groups whose value is "
                "recorded, so that they stay readable; its figure is exact.",
            )
        )
    pdf.set_text_color(INK)
    pdf.set_font(FAMILY, "", BODY_SIZE)


def _chart_scale(part: Disaggregation) -> float:
    """The value drawn full width. When "not recorded" (or "no plan") dwarfs the recorded groups, the scale is
    theirs and the larger bars are cut: otherwise a chart of sectors shows one bar and fourteen dots."""
    values = [line.counts[i] for line in part.lines for i in CHART_INDICATORS]
    recorded = [line.counts[i] for line in part.lines if any(line.codes) for i in CHART_INDICATORS]
    everything, known = max(values, default=0), max(recorded, default=0)
    return float(known if known > 0 and everything > known * CUT_BEYOND else everything)


def _break_mark(pdf: DeskPDF, x: float, y: float, height: float) -> None:
    """Two white slanted strokes across a bar: it goes on beyond the scale."""
    pdf.set_draw_color(255)
    pdf.set_line_width(0.7)
    for offset in (0.0, 1.4):
        pdf.line(x + offset, y + height + 0.3, x + offset + 1.2, y - 0.3)
    pdf.set_line_width(0.2)


# -- what the figures count ---------------------------------------------------------------------------------------
def _definitions(pdf: DeskPDF, report: IndicatorReport) -> None:
    pdf.section(translate("IndicatorReport", "What each indicator counts"), keep_with=50)
    headers, definitions = indicator_headers(), indicator_definitions()
    pdf.label_value_table([(headers[i], definitions[i]) for i in INDICATORS], label_width=55)
    pdf.ln(2)
    notes = [
        translate(
            "IndicatorReport",
            "Each indicator counts persons, not cases: a person with several cases counts once on each line.",
        ),
        translate(
            "IndicatorReport",
            "Age band: age at return (at registration when the return date is unknown). Aid level: the latest "
            "baseline assessment's recommendation. Sector: the sector of the current plan.",
        ),
        translate(
            "IndicatorReport",
            "“Not recorded” groups the persons for whom the desk has no value. "
            "The report holds no names or personal data.",
        ),
    ]
    if report.donor:
        notes.append(
            translate("IndicatorReport", "Donor: only the cases of the programmes this donor funds are counted.")
        )
    for note in notes:
        pdf.small_note(note, italic=False)
        pdf.ln(0.5)
