"""The attendance sheet: who sits in a session, a box a day to tick or sign, and the waiting list below.

It is signed in the room, so rows are tall enough to sign in and day boxes never get narrower than a
signature needs: a session longer than MAX_DAYS days is split into several tables, one after the other.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from desk.i18n import translate
from desk.services.documents.layout import EMPTY, FAMILY, INK, LABEL_FILL, MUTED, DeskPDF, ensure_printable
from desk.services.training_dto import RosterLine, SessionView

NOT_SEATED = ("waiting", "cancelled")
MAX_DAYS = 10
DAY_WIDTH = (11.0, 18.0)  # narrowest, widest
NAME_MIN = 55.0
ROW_HEIGHT = 9.0
WAITING_ROW_HEIGHT = 6.5
HEAD_HEIGHT = 7.5
SIZE = 9.0
SMALLEST = 7.5  # a long name shrinks down to this size before it wraps
NAME_LINE = 3.4
PAD = 1.6
GRID = 140
ZEBRA = 247


@dataclass(frozen=True)
class Column:
    title: str
    width: float
    align: str = "L"


def render_attendance_sheet(session: SessionView, roster: list[RosterLine], desk_name: str) -> bytes:
    """The sheet as PDF bytes; raises MissingGlyphs, before printing anything, if a text cannot be drawn."""
    title = translate("TrainingDocuments", "Attendance sheet")
    pdf = DeskPDF(desk_name, f"{title} · {session.course_code}", orientation="L")
    seated = [line for line in roster if line.status not in NOT_SEATED]
    waiting = sorted((line for line in roster if line.status == "waiting"), key=_rank)
    ensure_printable(pdf, *_texts(session, seated + waiting, desk_name))
    pdf.add_page()
    _heading(pdf, session, title)
    days = session.days
    size = math.ceil(len(days) / math.ceil(len(days) / MAX_DAYS)) if days else 1  # 12 days: 6 + 6, not 10 + 2
    for start in range(0, max(1, len(days)), size):
        if start:
            pdf.add_page()
        part = days[start : start + size]
        _note(pdf, start, len(part), len(days))
        _attendance_table(pdf, seated, part, last=start + size >= len(days))
    if waiting:
        _waiting_list(pdf, waiting)
    return bytes(pdf.output())


def _rank(line: RosterLine) -> tuple[int, str]:
    return (line.waiting_rank if line.waiting_rank is not None else 1_000_000, line.full_name)


def _texts(session: SessionView, lines: list[RosterLine], desk_name: str) -> Iterator[str | None]:
    """Every text the sheet prints, names first so the message points at the likeliest culprit."""
    yield from (line.full_name for line in lines)
    yield from (session.trainer, desk_name, session.course_name, session.course_code, session.provider, session.place)
    for line in lines:
        yield from (line.case_number, line.phone, line.sex)


def _heading(pdf: DeskPDF, session: SessionView, title: str) -> None:
    top = pdf.get_y()
    table_width = 118
    left = pdf.epw - table_width - 8
    pdf.set_font(FAMILY, "B", 17)
    pdf.set_text_color(INK)
    pdf.cell(left, 9, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FAMILY, "B", 12.5)
    pdf.multi_cell(left, 6, session.course_name, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FAMILY, "", 10)
    pdf.set_text_color(MUTED)
    code = translate("TrainingDocuments", "Course {code}").format(code=session.course_code)
    pdf.cell(left, 6, code, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(INK)
    left_bottom = pdf.get_y()
    pdf.set_y(top + 1)
    pdf.label_value_table(
        [
            (translate("TrainingDocuments", "Provider"), session.provider),
            (translate("TrainingDocuments", "Dates"), f"{session.starts_on:%d/%m/%Y} – {session.ends_on:%d/%m/%Y}"),
            (translate("TrainingDocuments", "Place"), session.place),
            (translate("TrainingDocuments", "Trainer"), session.trainer),
            (translate("TrainingDocuments", "Capacity"), str(session.capacity)),
        ],
        label_width=30,
        width=table_width,
        align="RIGHT",
    )
    pdf.set_xy(pdf.l_margin, max(left_bottom, pdf.get_y()) + 4)


def _note(pdf: DeskPDF, start: int, count: int, total: int) -> None:
    note = translate("TrainingDocuments", "Each participant ticks or signs the box of every day attended.")
    if count < total:
        days = translate("TrainingDocuments", "Days {first} to {last} of {total}.")
        note = days.format(first=start + 1, last=start + count, total=total) + " " + note
    pdf.small_note(note)
    pdf.ln(1.5)


def _attendance_table(pdf: DeskPDF, lines: list[RosterLine], days: list[date], last: bool) -> None:
    columns = [
        Column(translate("TrainingDocuments", "No."), 9, "C"),
        _fitted(pdf, translate("TrainingDocuments", "Case number"), (line.case_number for line in lines)),
        Column(translate("TrainingDocuments", "Name"), NAME_MIN),
        Column(translate("TrainingDocuments", "Sex"), 10, "C"),
        _fitted(pdf, translate("TrainingDocuments", "Phone"), (line.phone for line in lines)),
    ]
    tail = [Column(translate("TrainingDocuments", "Signature"), 30, "C")] if last else []
    room = pdf.epw - sum(column.width for column in columns + tail)  # for the name beyond NAME_MIN, and the days
    day_width = min(DAY_WIDTH[1], max(DAY_WIDTH[0], room / max(1, len(days))))
    columns[2] = Column(columns[2].title, NAME_MIN + room - day_width * len(days))
    columns += [Column(f"{day:%d/%m}", day_width, "C") for day in days] + tail
    _head_row(pdf, columns)
    for number, line in enumerate(lines, start=1):
        values = [str(number), line.case_number, line.full_name, line.sex, line.phone or EMPTY]
        _row(pdf, columns, values + [""] * (len(columns) - len(values)), ROW_HEIGHT, zebra=number % 2 == 0)
    if not lines:
        pdf.ln(2)
        pdf.small_note(translate("TrainingDocuments", "Nobody has a seat in this session yet."))


def _waiting_list(pdf: DeskPDF, lines: list[RosterLine]) -> None:
    columns = [
        Column(translate("TrainingDocuments", "Rank"), 12, "C"),
        _fitted(pdf, translate("TrainingDocuments", "Case number"), (line.case_number for line in lines)),
        Column(translate("TrainingDocuments", "Name"), 100),
        _fitted(pdf, translate("TrainingDocuments", "Phone"), (line.phone for line in lines)),
    ]
    pdf.section(translate("TrainingDocuments", "Waiting list"), keep_with=HEAD_HEIGHT + 2 * WAITING_ROW_HEIGHT)
    _head_row(pdf, columns)
    for line in lines:
        rank = str(line.waiting_rank) if line.waiting_rank is not None else EMPTY
        _row(pdf, columns, [rank, line.case_number, line.full_name, line.phone or EMPTY], WAITING_ROW_HEIGHT)


def _fitted(pdf: DeskPDF, title: str, texts: Iterable[str]) -> Column:
    """A column as wide as its widest text, so case numbers and phones never wrap."""
    pdf.set_font(FAMILY, "", SIZE)
    widest = max((pdf.get_string_width(text) for text in texts if text), default=0)
    pdf.set_font(FAMILY, "B", 8)
    return Column(title, max(widest, pdf.get_string_width(title), 14) + 2 * PAD + 0.5)


def _head_row(pdf: DeskPDF, columns: list[Column]) -> None:
    pdf.ensure_space(HEAD_HEIGHT + 2 * ROW_HEIGHT)
    pdf.set_font(FAMILY, "B", 8)
    pdf.set_text_color(INK)
    pdf.set_fill_color(LABEL_FILL)
    pdf.set_draw_color(GRID)
    pdf.set_line_width(0.2)
    margin, pdf.c_margin = pdf.c_margin, PAD
    for column in columns:
        pdf.cell(column.width, HEAD_HEIGHT, column.title, border=1, align=column.align, fill=True)
    pdf.c_margin = margin
    pdf.ln(HEAD_HEIGHT)


def _row(pdf: DeskPDF, columns: list[Column], values: list[str], height: float, zebra: bool = False) -> None:
    """One row; the name (third column) shrinks, then wraps and makes the row taller, rather than being cut."""
    margin, pdf.c_margin = pdf.c_margin, PAD
    name_width = columns[2].width
    size = _name_size(pdf, values[2], name_width - 2 * PAD)
    pdf.set_font(FAMILY, "", SMALLEST)
    wrapped = pdf.multi_cell(name_width, NAME_LINE, values[2], dry_run=True, output="LINES")
    lines = 1 if size or not isinstance(wrapped, list) else len(wrapped)
    height = max(height, lines * NAME_LINE + 2 * PAD)
    if pdf.get_y() + height > pdf.page_break_trigger:
        pdf.c_margin = margin  # the footer and header drawn by add_page keep their own
        pdf.add_page()
        _head_row(pdf, columns)
        pdf.c_margin = PAD
    x, y = pdf.l_margin, pdf.get_y()
    pdf.set_fill_color(ZEBRA if zebra else 255)
    pdf.set_draw_color(GRID)
    for index, (column, value) in enumerate(zip(columns, values, strict=True)):
        pdf.rect(x, y, column.width, height, style="DF")
        pdf.set_text_color(MUTED if index == 0 else INK)
        pdf.set_xy(x, y)
        if index == 2 and not size:
            pdf.set_font(FAMILY, "", SMALLEST)
            pdf.set_y(y + (height - lines * NAME_LINE) / 2)
            pdf.set_x(x)
            pdf.multi_cell(name_width, NAME_LINE, value, align="L")
        else:
            pdf.set_font(FAMILY, "", size if index == 2 and size else SIZE)
            pdf.cell(column.width, height, value, align=column.align)
        x += column.width
    pdf.c_margin = margin
    pdf.set_xy(pdf.l_margin, y + height)


def _name_size(pdf: DeskPDF, name: str, width: float) -> float | None:
    """The largest size from SIZE down to SMALLEST at which the name holds on one line, or None."""
    size = SIZE
    while size >= SMALLEST:
        pdf.set_font(FAMILY, "", size)
        if pdf.get_string_width(name) <= width:
            return size
        size -= 0.5
    return None
