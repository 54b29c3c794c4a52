"""What every PDF of the desk shares: DejaVu fonts, A4 pages, the desk's header, a numbered footer, tables.

fpdf2 only warns when a font has no glyph for a character and prints nothing in its place, so a name
could vanish from a signed document: `ensure_printable` refuses to print instead.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Container, Iterable
from datetime import datetime

from fpdf import FPDF
from fpdf.fonts import FontFace, TTFFont

from desk.i18n import translate
from desk.paths import APP_NAME, RESOURCES
from desk.services.errors import DeskError

FONTS = RESOURCES / "fonts"
FAMILY = "DejaVu"
FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf"}
MARGIN = 15.0
FOOTER_HEIGHT = 10.0
BODY_SIZE = 9.5
INK = 25
MUTED = 105
RULE = 190
LABEL_FILL = 244
EMPTY = "—"
TABLE_LINE = 4.4
TABLE_PADDING = (1.0, 2.0)  # vertical, horizontal
# Names and values are printed in regular and bold; the oblique face covers fewer scripts and only carries notes.
CHECKED_STYLES = ("", "B")


class MissingGlyphs(DeskError):
    """A text has characters the document's font cannot draw; `characters` lists them."""

    def __init__(self, text: str, characters: list[str]) -> None:
        super().__init__(
            translate(
                "Documents",
                "This document cannot print some characters of: {text}. Nothing was printed; tell the administrator.",
            ).format(text=text)
        )
        self.text = text
        self.characters = characters


class DeskPDF(FPDF):
    """An A4 page ("P"ortrait or "L"andscape) in DejaVu, the desk's name on top, "page N/M" and the print date below."""

    def __init__(self, desk_name: str, title: str = "", orientation: str = "P") -> None:
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.desk_name = desk_name
        self.document_title = title
        self.printed_at = datetime.now()  # one time on every page, even if printing crosses a minute
        for style, file in FONT_FILES.items():
            self.add_font(FAMILY, style, str(FONTS / file))
        self.set_margins(MARGIN, MARGIN + 9, MARGIN)
        self.set_auto_page_break(True, margin=MARGIN + FOOTER_HEIGHT)
        self.set_font(FAMILY, size=BODY_SIZE)
        self.set_text_color(INK)
        self.set_creator(APP_NAME)
        self.set_author(desk_name)
        if title:
            self.set_title(title)

    def header(self) -> None:
        self.set_xy(MARGIN, MARGIN)
        self.set_font(FAMILY, "B", 9)
        self.set_text_color(INK)
        self.cell(self.epw / 2, 5, self.desk_name)
        self.set_font(FAMILY, "", 9)
        self.set_text_color(MUTED)
        self.cell(self.epw / 2, 5, self.document_title, align="R")
        self._rule(MARGIN + 6.5)
        self.set_xy(MARGIN, self.t_margin)
        self.set_font(FAMILY, "", BODY_SIZE)
        self.set_text_color(INK)

    def footer(self) -> None:
        top = self.h - MARGIN - FOOTER_HEIGHT + 4
        self._rule(top)
        self.set_xy(MARGIN, top + 1.5)
        self.set_font(FAMILY, "", 8)
        self.set_text_color(MUTED)
        printed = self.printed_at.strftime("%d/%m/%Y %H:%M")
        self.cell(self.epw / 2, 4, translate("Documents", "Printed on {date}").format(date=printed))
        page = translate("Documents", "Page {page}/{pages}").format(page=self.page_no(), pages=self.str_alias_nb_pages)
        self.cell(self.epw / 2, 4, page, align="R")

    def _rule(self, y: float) -> None:
        self.set_draw_color(RULE)
        self.set_line_width(0.2)
        self.line(MARGIN, y, self.w - MARGIN, y)

    # -- blocks shared by the documents ---------------------------------------------------------

    def ensure_space(self, height: float) -> None:
        """Start a new page unless `height` mm still fit, so a block is not split from its title.

        A block taller than a page can only be kept with its first lines.
        """
        if height > self.page_break_trigger - self.t_margin:
            height = 30
        if self.get_y() + height > self.page_break_trigger:
            self.add_page()

    def section(self, title: str, keep_with: float = 22) -> None:
        """A bold title over a thin rule; `keep_with` mm of what follows must fit on the same page."""
        self.ensure_space(12 + keep_with)
        if self.get_y() > self.t_margin + 1:  # no gap under the header at the top of a page
            self.ln(4)
        self.set_font(FAMILY, "B", 11.5)
        self.set_text_color(INK)
        self.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        self._rule(self.get_y() + 0.5)
        self.ln(2.5)
        self.set_font(FAMILY, "", BODY_SIZE)

    def small_note(self, text: str, italic: bool = True) -> None:
        self.set_font(FAMILY, "I" if italic else "", 8.5)
        self.set_text_color(MUTED)
        self.multi_cell(0, 4.2, text, align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_font(FAMILY, "", BODY_SIZE)
        self.set_text_color(INK)

    def paragraph(self, text: str) -> None:
        self.set_font(FAMILY, "", BODY_SIZE)
        self.set_text_color(INK)
        self.multi_cell(0, 4.8, text, align="L", new_x="LMARGIN", new_y="NEXT")

    def label_value_table(
        self,
        rows: Iterable[tuple[str, str]],
        label_width: float = 52,
        width: float | None = None,
        strong: Container[str] = (),
        align: str = "LEFT",
    ) -> None:
        """Label | value rows with light grid lines; values of the labels in `strong` are bold."""
        width = width or self.epw
        label_style = FontFace(color=MUTED, fill_color=LABEL_FILL)
        self.set_font(FAMILY, "", BODY_SIZE)
        self.set_draw_color(RULE)
        self.set_line_width(0.2)
        with self.table(
            width=width,
            col_widths=(label_width, width - label_width),
            align=align,
            first_row_as_headings=False,
            text_align="LEFT",
            v_align="TOP",
            line_height=TABLE_LINE,
            padding=TABLE_PADDING,
        ) as table:
            for label, value in rows:
                row = table.row()
                row.cell(label, style=label_style)
                row.cell(value or EMPTY, style=FontFace(emphasis="BOLD") if label in strong else None)
        self.set_x(self.l_margin)

    def table_height(
        self, rows: Iterable[tuple[str, str]], label_width: float = 52, width: float | None = None
    ) -> float:
        """About how tall label_value_table will draw `rows`, to keep a short table whole on one page."""
        widths = (label_width, (width or self.epw) - label_width)
        self.set_font(FAMILY, "", BODY_SIZE)
        height = 0.0
        for row in rows:
            lines = max(
                self._line_count(w - 2 * TABLE_PADDING[1], text or EMPTY) for w, text in zip(widths, row, strict=True)
            )
            height += lines * TABLE_LINE + 2 * TABLE_PADDING[0]
        return height

    def _line_count(self, width: float, text: str) -> int:
        lines = self.multi_cell(width, TABLE_LINE, text, dry_run=True, output="LINES")
        return len(lines) if isinstance(lines, list) else 1


def _missing(font: object, text: str) -> list[str]:
    known = font.cmap if isinstance(font, TTFFont) else getattr(font, "cw", {})
    missing: list[str] = []
    for char in text:
        if char in missing or unicodedata.category(char) == "Cc":  # line breaks and tabs are layout, not glyphs
            continue
        if (ord(char) if isinstance(font, TTFFont) else char) not in known:
            missing.append(char)
    return missing


def check_glyphs(pdf: FPDF, text: str) -> list[str]:
    """The characters of `text` the current font cannot draw, each once, in order of appearance."""
    if pdf.current_font is None:
        raise ValueError("check_glyphs needs a font: call set_font first")
    return _missing(pdf.current_font, text)


def ensure_printable(pdf: FPDF, *texts: str | None, styles: Iterable[str] = CHECKED_STYLES) -> None:
    """Raise MissingGlyphs for the first text that the current family cannot draw in one of `styles`."""
    fonts = [pdf.fonts[key] for key in (pdf.font_family + style for style in styles) if key in pdf.fonts]
    if not fonts and pdf.current_font is not None:
        fonts = [pdf.current_font]
    for text in texts:
        if not text:
            continue
        missing = [char for font in fonts for char in _missing(font, text)]
        if missing:
            raise MissingGlyphs(text, list(dict.fromkeys(missing)))
