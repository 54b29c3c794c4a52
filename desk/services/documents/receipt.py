"""Payment receipts: one A4 page per payment, signed by whoever collects the money and by the cashier, then filed.

A receipt is a filed document on its own, so each one has its page (A4 portrait, like every document of the desk:
DeskPDF knows no other size and the desk's printers hold A4). A reprint is marked DUPLICATA twice: a framed mark
under the title, which any photocopy keeps, and a light diagonal word across the page that leaves the text legible.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from desk.i18n import current_language, translate
from desk.services.amount_words import amount_in_words
from desk.services.documents.layout import (
    BODY_SIZE,
    EMPTY,
    FAMILY,
    INK,
    LABEL_FILL,
    MARGIN,
    MUTED,
    RULE,
    TABLE_LINE,
    TABLE_PADDING,
    DeskPDF,
    ensure_printable,
)
from desk.services.labels import label
from desk.services.ledger_dto import ReceiptData
from desk.services.money import format_money

ACCENT = (38, 60, 92)  # the certificates' slate blue: calm, and still dark once printed in grey
AMOUNT_FILL = (240, 243, 247)
LABEL_WIDTH = 58.0
SIGNATURE_HEIGHT = 40.0
THUMB_WIDTH = 36.0
GAP = 5.0
NAME_LINE = 3.8
PT = 0.3528  # mm per point


class ReceiptPDF(DeskPDF):
    """DeskPDF whose footer names the receipt instead of counting pages: each page is filed on its own."""

    receipt_number = ""

    def footer(self) -> None:
        top = self.h - MARGIN - 6
        self._rule(top)
        self.set_xy(MARGIN, top + 1.5)
        self.set_font(FAMILY, "", 8)
        self.set_text_color(MUTED)
        printed = self.printed_at.strftime("%d/%m/%Y %H:%M")
        self.cell(self.epw / 2, 4, translate("Documents", "Printed on {date}").format(date=printed))
        self.cell(self.epw / 2, 4, self.receipt_number, align="R")


def render_receipts(receipts: Sequence[ReceiptData], desk_name: str) -> bytes:
    """One page per receipt, in the order given, as one PDF.

    Raises MissingGlyphs, before printing anything, if a name or another text cannot be drawn.
    """
    pdf = ReceiptPDF(desk_name, translate("Receipt", "Payment receipt"))
    ensure_printable(pdf, desk_name, *(text for receipt in receipts for text in _texts(receipt)))
    language = current_language()
    for receipt in receipts:
        pdf.add_page()  # draws the previous page's footer: the number changes after it
        pdf.receipt_number = _number(receipt)
        _receipt(pdf, receipt, language)
    return bytes(pdf.output())


def _texts(receipt: ReceiptData) -> Iterator[str]:
    """The texts a receipt prints that come from people rather than from the program, names first."""
    yield from (receipt.beneficiary, receipt.collector_name, receipt.collector_id_document, receipt.case_number)
    yield from (receipt.mobile_operator, receipt.phone, receipt.bank_account, receipt.supplier, receipt.reference)
    yield from (receipt.programme, receipt.donor, receipt.instalment, receipt.paid_by)


def _number(receipt: ReceiptData) -> str:
    return translate("Receipt", "No. {number}").format(number=f"{receipt.receipt_no:06d}")


def _receipt(pdf: ReceiptPDF, receipt: ReceiptData, language: str) -> None:
    _title(pdf, receipt)
    _amount(pdf, receipt, language)
    pdf.section(translate("Receipt", "Beneficiary"))
    _rows(pdf, _beneficiary_rows(receipt))
    pdf.section(translate("Receipt", "Payment"))
    _rows(pdf, _payment_rows(receipt))
    _acknowledgement(pdf, receipt)
    _signatures(pdf, receipt)
    if receipt.duplicate:
        _watermark(pdf)


def _title(pdf: ReceiptPDF, receipt: ReceiptData) -> None:
    """The title on the left, the duplicate mark under it; the number and the date of payment on the right."""
    top = pdf.get_y() + 1
    pdf.set_xy(MARGIN, top)
    pdf.set_font(FAMILY, "B", 19)
    pdf.set_text_color(*ACCENT)
    pdf.cell(pdf.epw * 0.6, 9, translate("Receipt", "Payment receipt"))
    pdf.set_xy(MARGIN + pdf.epw * 0.4, top)
    pdf.set_font(FAMILY, "B", 14)
    pdf.set_text_color(INK)
    pdf.cell(pdf.epw * 0.6, 9, pdf.receipt_number, align="R", new_x="LEFT", new_y="NEXT")
    pdf.set_font(FAMILY, "", 10)
    pdf.set_text_color(MUTED)
    paid_on = translate("Receipt", "Paid on {date}").format(date=f"{receipt.value_date:%d/%m/%Y}")
    pdf.cell(pdf.epw * 0.6, 5, paid_on, align="R")
    if receipt.duplicate:
        _duplicate_box(pdf, top + 10.5)
    pdf.set_text_color(INK)
    pdf.set_xy(MARGIN, top + 19)


def _duplicate_box(pdf: ReceiptPDF, y: float) -> None:
    """DUPLICATA in a frame under the title: a photocopy keeps it, unlike the light watermark."""
    text = translate("Receipt", "DUPLICATA")
    pdf.set_font(FAMILY, "B", 10)
    pdf.set_char_spacing(1.5)
    width = pdf.get_string_width(text) + 6
    pdf.set_draw_color(*ACCENT)
    pdf.set_text_color(*ACCENT)
    pdf.set_line_width(0.5)
    pdf.set_xy(MARGIN, y)
    pdf.cell(width, 6.5, text, border=1, align="C")
    pdf.set_char_spacing(0)


def _amount(pdf: ReceiptPDF, receipt: ReceiptData, language: str) -> None:
    """The amount in figures, large, and in words under it, in a tinted frame."""
    words = amount_in_words(receipt.amount, receipt.currency, receipt.minor_units, language)
    words = words[:1].upper() + words[1:]
    inset = 5.0
    width = pdf.epw - 2 * inset
    pdf.set_font(FAMILY, "", 11)
    words_height = len(_lines(pdf, words, width)) * 5.2
    top = pdf.get_y()
    height = 4 + 4.5 + 10 + words_height + 4
    pdf.set_fill_color(*AMOUNT_FILL)
    pdf.set_draw_color(*ACCENT)
    pdf.set_line_width(0.3)
    pdf.rect(MARGIN, top, pdf.epw, height, style="DF")
    pdf.set_fill_color(255)
    pdf.set_xy(MARGIN + inset, top + 4)
    pdf.set_font(FAMILY, "", 8.5)
    pdf.set_text_color(MUTED)
    pdf.cell(width, 4.5, translate("Receipt", "Amount received"), new_x="LEFT", new_y="NEXT")
    pdf.set_font(FAMILY, "B", 20)
    pdf.set_text_color(INK)
    pdf.cell(width, 10, format_money(receipt.amount, receipt.currency), new_x="LEFT", new_y="NEXT")
    pdf.set_font(FAMILY, "", 11)
    pdf.multi_cell(width, 5.2, words, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FAMILY, "", 9.5)
    pdf.set_xy(MARGIN, top + height + 1)


Row = tuple[str, str, bool]  # label, value, value in bold


def _beneficiary_rows(receipt: ReceiptData) -> list[Row]:
    rows = [
        (translate("Receipt", "Beneficiary"), receipt.beneficiary, True),
        (translate("Receipt", "Case number"), receipt.case_number, False),
    ]
    if receipt.collector_is_proxy:
        proxy = translate("Receipt", "{name}, proxy of the beneficiary").format(name=receipt.collector_name)
        rows.append((translate("Receipt", "Collected by"), proxy, False))
        rows.append((translate("Receipt", "Proxy's ID document"), receipt.collector_id_document, False))
    else:
        rows.append((translate("Receipt", "Collected by"), translate("Receipt", "The beneficiary in person"), False))
    return rows


def _payment_rows(receipt: ReceiptData) -> list[Row]:
    rows = [(translate("Receipt", "Paid for"), label("ledger_kind", receipt.kind), False)]
    if receipt.instalment:
        rows.append((translate("Receipt", "Instalment"), receipt.instalment, False))
    rows.append((translate("Receipt", "Modality"), label("modality", receipt.modality), False))
    # The account the money went to: the one the modality needs, and any other the ledger recorded.
    if receipt.modality == "mobile_money" or receipt.mobile_operator or receipt.phone:
        wallet = " · ".join(text for text in (receipt.mobile_operator, receipt.phone) if text)
        rows.append((translate("Receipt", "Mobile money account"), wallet, False))
    if receipt.modality == "bank_transfer" or receipt.bank_account:
        rows.append((translate("Receipt", "Bank account"), receipt.bank_account, False))
    if receipt.modality == "in_kind" or receipt.supplier:
        rows.append((translate("Receipt", "Supplier"), receipt.supplier, False))
    rows += [
        (translate("Receipt", "Transaction reference"), receipt.reference, True),
        (translate("Receipt", "Programme"), receipt.programme, False),
        (translate("Receipt", "Donor"), receipt.donor, False),
        (translate("Receipt", "Paid by"), receipt.paid_by, False),
    ]
    return rows


def _rows(pdf: ReceiptPDF, rows: list[Row]) -> None:
    """Label | value rows drawn like DeskPDF.label_value_table, without fpdf2's table machinery.

    The generic table lays out every cell through the line breaker, which took three quarters of the time of a
    batch of receipts; here only a text too wide for its cell goes through it.
    """
    pad_v, pad_h = TABLE_PADDING
    value_width = pdf.epw - LABEL_WIDTH
    pdf.set_draw_color(RULE)
    pdf.set_line_width(0.2)
    pdf.set_fill_color(LABEL_FILL)
    for name, value, strong in rows:
        pdf.set_font(FAMILY, "", BODY_SIZE)
        names = _lines(pdf, name, LABEL_WIDTH - 2 * pad_h)
        pdf.set_font(FAMILY, "B" if strong else "", BODY_SIZE)
        values = _lines(pdf, value or EMPTY, value_width - 2 * pad_h)
        height = max(len(names), len(values)) * TABLE_LINE + 2 * pad_v
        pdf.ensure_space(height)
        top = pdf.get_y()
        pdf.rect(MARGIN, top, LABEL_WIDTH, height, style="DF")
        pdf.rect(MARGIN + LABEL_WIDTH, top, value_width, height)
        pdf.set_text_color(MUTED)
        pdf.set_font(FAMILY, "", BODY_SIZE)
        for index, line in enumerate(names):
            pdf.set_xy(MARGIN + pad_h, top + pad_v + index * TABLE_LINE)
            pdf.cell(LABEL_WIDTH - 2 * pad_h, TABLE_LINE, line)
        pdf.set_text_color(INK)
        pdf.set_font(FAMILY, "B" if strong else "", BODY_SIZE)
        for index, line in enumerate(values):
            pdf.set_xy(MARGIN + LABEL_WIDTH + pad_h, top + pad_v + index * TABLE_LINE)
            pdf.cell(value_width - 2 * pad_h, TABLE_LINE, line)
        pdf.set_xy(MARGIN, top + height)
    pdf.set_font(FAMILY, "", BODY_SIZE)


def _lines(pdf: ReceiptPDF, text: str, width: float) -> list[str]:
    """The text cut into lines of `width` mm in the current font; most texts hold on one line and skip the cutting."""
    if "\n" not in text and pdf.get_string_width(text) <= width - 2 * pdf.c_margin:
        return [text]
    lines = pdf.multi_cell(width, TABLE_LINE, text, dry_run=True, output="LINES")
    return [str(line) for line in lines] if isinstance(lines, list) else [text]


def _acknowledgement(pdf: ReceiptPDF, receipt: ReceiptData) -> None:
    if receipt.collector_is_proxy:
        text = translate(
            "Receipt",
            "I, the undersigned, {collector}, acknowledge that I have received the amount above on behalf of "
            "{beneficiary}.",
        ).format(collector=receipt.collector_name or EMPTY, beneficiary=receipt.beneficiary)
    else:
        text = translate(
            "Receipt", "I, the undersigned, {beneficiary}, acknowledge that I have received the amount above."
        ).format(beneficiary=receipt.beneficiary)
    pdf.set_font(FAMILY, "", BODY_SIZE)
    height = 7 + len(_lines(pdf, text, pdf.epw)) * 4.8 + 4 + SIGNATURE_HEIGHT
    pdf.ensure_space(height)  # the acknowledgement stays on the page of the boxes it is signed in
    pdf.ln(7)
    pdf.paragraph(text)


def _signatures(pdf: ReceiptPDF, receipt: ReceiptData) -> None:
    """Three frames side by side: whoever collects signs, the thumbprint if they cannot, the cashier signs."""
    pdf.ln(4)
    top = pdf.get_y()
    wide = (pdf.epw - THUMB_WIDTH - 2 * GAP) / 2
    collector = receipt.collector_name if receipt.collector_is_proxy else receipt.beneficiary
    signer = (
        translate("Receipt", "Proxy's signature")
        if receipt.collector_is_proxy
        else translate("Receipt", "Beneficiary's signature")
    )
    _box(pdf, MARGIN, top, wide, signer, collector)
    _box(pdf, MARGIN + wide + GAP, top, THUMB_WIDTH, translate("Receipt", "Thumbprint"), "")
    _box(
        pdf,
        MARGIN + wide + GAP + THUMB_WIDTH + GAP,
        top,
        wide,
        translate("Receipt", "Cashier's signature"),
        receipt.paid_by,
    )
    pdf.set_xy(MARGIN, top + SIGNATURE_HEIGHT)


def _box(pdf: ReceiptPDF, x: float, y: float, width: float, title: str, name: str) -> None:
    """A frame with who signs on top, muted, and their name at the bottom."""
    pdf.set_draw_color(RULE)
    pdf.set_line_width(0.3)
    pdf.set_fill_color(LABEL_FILL)
    pdf.rect(x, y, width, 6.5, style="DF")
    pdf.rect(x, y, width, SIGNATURE_HEIGHT)
    pdf.set_xy(x, y + 1)
    pdf.set_font(FAMILY, "", 8.5)
    pdf.set_text_color(MUTED)
    pdf.cell(width, 4.5, title, align="C")
    if name:  # at the bottom, on as many lines as it needs: the box is signed above it
        pdf.set_font(FAMILY, "", 8.5)
        pdf.set_text_color(INK)
        lines = _lines(pdf, name, width - 4)
        pdf.set_xy(x + 2, y + SIGNATURE_HEIGHT - 1.5 - len(lines) * NAME_LINE)
        pdf.multi_cell(width - 4, NAME_LINE, "\n".join(lines), align="C")
    pdf.set_text_color(INK)


def _watermark(pdf: ReceiptPDF) -> None:
    """DUPLICATA across the page, light and translucent, drawn last so no frame or fill hides it."""
    text = translate("Receipt", "DUPLICATA")
    size = 88.0
    pdf.set_font(FAMILY, "B", size)
    width = pdf.get_string_width(text)
    middle_x, middle_y = pdf.w / 2, pdf.h / 2
    with pdf.local_context(fill_opacity=0.13), pdf.rotation(38, middle_x, middle_y):
        pdf.set_text_color(*ACCENT)
        pdf.text(middle_x - width / 2, middle_y + size * PT * 0.35, text)
    pdf.set_text_color(INK)
