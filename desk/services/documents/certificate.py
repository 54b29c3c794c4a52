"""Certificates of training: one landscape page for each participant who completed a session.

Each page is handed over on its own, so it carries no running header, page number or print date; the desk's
name heads it instead, as the issuer.
"""

from __future__ import annotations

from collections.abc import Iterator

from desk.i18n import translate
from desk.services.documents.layout import FAMILY, INK, MUTED, DeskPDF, ensure_printable
from desk.services.errors import ValidationError
from desk.services.training_dto import RosterLine, SessionView

ACCENT = (38, 60, 92)  # slate blue: calm, and still dark once printed in grey
OUTER, INNER = 10.0, 13.2  # insets of the double border
TEXT_INSET = 30.0
PT = 0.3528  # mm per point
SIGNATURE_WIDTH = 82.0
SIGNATURE_LINE_Y = 174.0


class CertificatePDF(DeskPDF):
    def header(self) -> None:
        pass

    def footer(self) -> None:
        pass


def render_certificates(session: SessionView, lines: list[RosterLine], desk_name: str, signatory: str) -> bytes:
    """One page per completed participant, as PDF bytes.

    Raises ValidationError when nobody completed the session, and MissingGlyphs, before printing anything,
    if a text cannot be drawn.
    """
    completed = [line for line in lines if line.status == "completed"]
    if not completed:
        raise ValidationError(
            "enrolments",
            translate("Documents", "No participant has completed this session: no certificate to print."),
        )
    pdf = CertificatePDF(desk_name, translate("TrainingDocuments", "Certificate of training"), orientation="L")
    pdf.set_auto_page_break(False)  # the layout is fixed: a long name shrinks rather than spill onto a new page
    ensure_printable(pdf, *_texts(session, completed, desk_name, signatory))
    for line in completed:
        pdf.add_page()
        _page(pdf, session, line, desk_name, signatory)
    return bytes(pdf.output())


def _texts(session: SessionView, lines: list[RosterLine], desk_name: str, signatory: str) -> Iterator[str | None]:
    """Every text the certificates print, names first so the message points at the likeliest culprit."""
    yield from (line.full_name for line in lines)
    yield from (session.trainer, signatory, desk_name, desk_name.upper())
    yield from (session.course_name, session.provider, session.place)
    for line in lines:
        yield from (line.case_number, line.certificate_number)


def _page(pdf: CertificatePDF, session: SessionView, line: RosterLine, desk_name: str, signatory: str) -> None:
    _border(pdf)
    pdf.set_char_spacing(1.2)
    y = _centered(pdf, 27, desk_name.upper(), 10, color=MUTED)
    pdf.set_char_spacing(0)
    y = _centered(pdf, y + 8, translate("TrainingDocuments", "Certificate of training"), 30, "B", ACCENT, smallest=20)
    _ornament(pdf, y + 4)
    y = _centered(pdf, y + 14, translate("TrainingDocuments", "This is to certify that"), 12.5, color=MUTED)
    y = _centered(pdf, y + 4, line.full_name, 26, "B", smallest=15)
    case = translate("TrainingDocuments", "case {case_number}").format(case_number=line.case_number)
    y = _centered(pdf, y, case, 10, color=MUTED)
    y = _centered(pdf, y + 8, translate("TrainingDocuments", "has completed the training"), 12.5, color=MUTED)
    y = _centered(pdf, y + 3, session.course_name, 19, "B", smallest=13)
    y = _centered(pdf, y + 4, _when_and_where(session), 11.5)
    if session.provider:
        provided = translate("TrainingDocuments", "provided by {provider}").format(provider=session.provider)
        _centered(pdf, y + 0.5, provided, 11.5)
    _seal(pdf, line, session)
    trainer = (
        translate("TrainingDocuments", "The trainer: {trainer}").format(trainer=session.trainer)
        if session.trainer
        else translate("TrainingDocuments", "The trainer")
    )
    desk = (
        translate("TrainingDocuments", "For the desk: {signatory}").format(signatory=signatory)
        if signatory
        else translate("TrainingDocuments", "For the desk")
    )
    _signature(pdf, TEXT_INSET, trainer)
    _signature(pdf, pdf.w - TEXT_INSET - SIGNATURE_WIDTH, desk)


def _when_and_where(session: SessionView) -> str:
    start, end = f"{session.starts_on:%d/%m/%Y}", f"{session.ends_on:%d/%m/%Y}"
    days = len(session.days)
    if days == 1:
        text = translate("TrainingDocuments", "1 day, on {date}, in {place}")
        return text.format(date=start, place=session.place)
    text = translate("TrainingDocuments", "{duration} days, from {start} to {end}, in {place}")
    return text.format(duration=days, start=start, end=end, place=session.place)


def _centered(
    pdf: CertificatePDF,
    y: float,
    text: str,
    size: float,
    style: str = "",
    color: int | tuple[int, int, int] = INK,
    smallest: float | None = None,
) -> float:
    """Centred text from y, shrunk down to `smallest` to hold on one line, else wrapped; returns the y below it."""
    width = pdf.w - 2 * TEXT_INSET
    smallest = smallest or size
    pdf.set_font(FAMILY, style, size)
    while size > smallest and pdf.get_string_width(text) > width:
        size = max(smallest, size - 1)
        pdf.set_font(FAMILY, style, size)
    pdf.set_text_color(*(color if isinstance(color, tuple) else (color, color, color)))
    pdf.set_xy(TEXT_INSET, y)
    pdf.multi_cell(width, size * PT * 1.45, text, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(INK)
    return pdf.get_y()


def _border(pdf: CertificatePDF) -> None:
    pdf.set_draw_color(*ACCENT)
    pdf.set_line_width(0.9)
    pdf.rect(OUTER, OUTER, pdf.w - 2 * OUTER, pdf.h - 2 * OUTER)
    pdf.set_line_width(0.3)
    pdf.rect(INNER, INNER, pdf.w - 2 * INNER, pdf.h - 2 * INNER)


def _ornament(pdf: CertificatePDF, y: float) -> None:
    """Two short rules and a small diamond under the title."""
    middle = pdf.w / 2
    pdf.set_draw_color(*ACCENT)
    pdf.set_fill_color(*ACCENT)
    pdf.set_line_width(0.3)
    pdf.line(middle - 38, y, middle - 4, y)
    pdf.line(middle + 4, y, middle + 38, y)
    pdf.polygon([(middle - 1.8, y), (middle, y - 1.8), (middle + 1.8, y), (middle, y + 1.8)], style="F")


def _seal(pdf: CertificatePDF, line: RosterLine, session: SessionView) -> None:
    """The certificate number and completion date, centred between the two signatures."""
    completed = line.completed_on or session.ends_on
    x = TEXT_INSET + SIGNATURE_WIDTH
    width = pdf.w - 2 * x
    pdf.set_xy(x, SIGNATURE_LINE_Y - 4)
    if line.certificate_number:
        pdf.set_font(FAMILY, "B", 10)
        number = translate("TrainingDocuments", "No. {number}").format(number=line.certificate_number)
        pdf.cell(width, 5, number, align="C", new_x="LEFT", new_y="NEXT")
    pdf.set_font(FAMILY, "", 9.5)
    pdf.set_text_color(MUTED)
    done = translate("TrainingDocuments", "Completed on {date}").format(date=f"{completed:%d/%m/%Y}")
    pdf.cell(width, 5, done, align="C")
    pdf.set_text_color(INK)


def _signature(pdf: CertificatePDF, x: float, title: str) -> None:
    """A line to sign on, with who signs under it; the space above the line is for the signature and stamp."""
    pdf.set_draw_color(MUTED)
    pdf.set_line_width(0.3)
    pdf.line(x, SIGNATURE_LINE_Y, x + SIGNATURE_WIDTH, SIGNATURE_LINE_Y)
    pdf.set_xy(x, SIGNATURE_LINE_Y + 1.5)
    pdf.set_font(FAMILY, "", 10)
    pdf.set_text_color(INK)
    pdf.multi_cell(SIGNATURE_WIDTH, 4.8, title, align="C")
