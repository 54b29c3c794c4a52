"""Payment receipts: one page each, what they print, the duplicate mark, and names the font cannot draw."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from desk.i18n import set_language
from desk.services.documents.layout import MissingGlyphs
from desk.services.documents.receipt import ReceiptPDF, render_receipts
from desk.services.ledger_dto import ReceiptData

DESK = "Guichet de réintégration – Yaoundé"
ETHIOPIC = "ሰላም"
RECEIPT = ReceiptData(
    entry_id=41,
    receipt_no=123,
    value_date=date(2026, 11, 22),
    case_number="CM-2026-000123",
    beneficiary="NGONO MBALLA Aïcha",
    collector_name="NGONO MBALLA Aïcha",
    collector_is_proxy=False,
    collector_id_document="",
    kind="business_instalment",
    amount=1_250_000,
    currency="XAF",
    minor_units=0,
    modality="mobile_money",
    mobile_operator="Orange Money",
    phone="+237 6 77 00 12 34",
    bank_account="",
    supplier="",
    reference="MP261122.1432.C45871",
    programme="Programme d'aide à la réintégration économique",
    donor="Union européenne (FFU)",
    instalment="1/2",
    paid_by="Marie-Claire Atangana",
    duplicate=False,
)
BY_PROXY = replace(
    RECEIPT,
    receipt_no=124,
    collector_name="ESSOMBA Jean-Pierre",
    collector_is_proxy=True,
    collector_id_document="CNI 112233445",
    kind="pocket_money",
    amount=50_000,
    modality="cash",
    mobile_operator="",
    phone="",
    reference="",
    instalment="",
)
BY_BANK = replace(
    RECEIPT,
    receipt_no=125,
    case_number="TN-2026-000042",
    beneficiary="BEN SALAH Mériem",
    collector_name="BEN SALAH Mériem",
    amount=1_250_500,
    currency="TND",
    minor_units=3,
    modality="bank_transfer",
    mobile_operator="",
    phone="",
    bank_account="TN59 1000 6035 1835 9847 8831",
    reference="VIR-2026-11-0042",
)
IN_KIND = replace(
    RECEIPT,
    receipt_no=126,
    kind="in_kind",
    modality="in_kind",
    mobile_operator="",
    phone="",
    supplier="Quincaillerie du Centre SARL",
    reference="FAC-2026-00987",
    instalment="",
)


def page_count(data: bytes) -> int:
    """Page objects in a PDF as fpdf2 writes it (no object streams), without a PDF library."""
    return len(re.findall(rb"/Type /Page\b", data))  # not /Pages, the tree above them


def page_texts(data: bytes, tmp_path: Path) -> list[str]:
    """The text of each page (pypdf is one of the test dependencies)."""
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def flat(text: str) -> str:
    """Whitespace (line breaks of wrapped text, layout spaces, narrow no-break spaces) as single spaces."""
    return " ".join(text.split())


@pytest.fixture
def french() -> Iterator[None]:
    set_language("fr")
    yield
    set_language("en")


@pytest.fixture
def drawn(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every text the receipts hand to fpdf2 to draw: checks that need no PDF reader."""
    texts: list[str] = []
    for method in ("cell", "multi_cell", "text"):
        original = getattr(ReceiptPDF, method)

        def spy(self: ReceiptPDF, *args: Any, _original: Any = original, **kwargs: Any) -> Any:
            if not kwargs.get("dry_run"):
                texts.extend(value for value in (*args, kwargs.get("text")) if isinstance(value, str))
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(ReceiptPDF, method, spy)
    return texts


def test_one_receipt_is_a_one_page_pdf() -> None:
    data = render_receipts([RECEIPT], DESK)

    assert data.startswith(b"%PDF")
    assert page_count(data) == 1


def test_a_batch_has_one_page_per_receipt() -> None:
    long_texts = replace(
        BY_PROXY,
        beneficiary="NGONO MBALLA ÉBODÉ ATANGANA-ESSOMBA Aïcha Bérénice Marie-Françoise Ophélie Gaëlle Hélène",
        collector_name="MVONDO NKOLO BELINGA Ange-Désiré Théophile Jean-Baptiste Noël",
        supplier="Quincaillerie Générale du Centre et du Littoral SARL, fournisseur agréé de matériel agricole " * 2,
        programme="Programme d'appui à la réinsertion socio-économique des migrants de retour (PARSEM), volet 2",
        duplicate=True,
    )
    batch = [RECEIPT, BY_PROXY, BY_BANK, IN_KIND, long_texts] * 8

    assert page_count(render_receipts(batch, DESK)) == 40


def test_the_drawn_texts_hold_the_number_the_amount_in_words_and_no_duplicate_mark(drawn: list[str]) -> None:
    render_receipts([RECEIPT], DESK)

    assert "No. 000123" in drawn
    assert "One million two hundred and fifty thousand CFA francs" in drawn
    assert "DUPLICATA" not in drawn


def test_a_duplicate_is_marked_on_the_page_and_in_a_frame(drawn: list[str]) -> None:
    render_receipts([replace(RECEIPT, duplicate=True)], DESK)

    assert drawn.count("DUPLICATA") == 2  # the frame under the title and the diagonal watermark


def test_a_receipt_prints_who_was_paid_how_much_how_and_by_whom(tmp_path: Path) -> None:
    [text] = page_texts(render_receipts([RECEIPT], DESK), tmp_path)
    text = flat(text)

    assert "Payment receipt" in text and "No. 000123" in text
    assert "Paid on 22/11/2026" in text
    assert re.search(r"FCFA\s?1,250,000", text)
    assert "One million two hundred and fifty thousand CFA francs" in text
    for value in (
        "NGONO MBALLA Aïcha",
        "CM-2026-000123",
        "The beneficiary in person",
        "Business-creation instalment",
        "1/2",
        "Mobile money",
        "Orange Money · +237 6 77 00 12 34",
        "MP261122.1432.C45871",
        "Programme d'aide à la réintégration économique",
        "Union européenne (FFU)",
        "Marie-Claire Atangana",
        "I, the undersigned, NGONO MBALLA Aïcha, acknowledge that I have received the amount above.",
        "Beneficiary's signature",
        "Thumbprint",
        "Cashier's signature",
    ):
        assert value in text, value
    assert "DUPLICATA" not in text
    assert "Proxy" not in text


def test_duplicata_appears_on_the_duplicates_only(tmp_path: Path) -> None:
    batch = [RECEIPT, replace(BY_PROXY, duplicate=True), BY_BANK]
    pages = [flat(page) for page in page_texts(render_receipts(batch, DESK), tmp_path)]

    assert len(pages) == 3
    assert ["DUPLICATA" in page for page in pages] == [False, True, False]
    assert ["No. 000123" in pages[0], "No. 000124" in pages[1], "No. 000125" in pages[2]] == [True, True, True]


def test_a_proxy_signs_with_their_id_document_on_the_receipt(tmp_path: Path) -> None:
    [text] = page_texts(render_receipts([BY_PROXY], DESK), tmp_path)
    text = flat(text)

    assert "ESSOMBA Jean-Pierre, proxy of the beneficiary" in text
    assert "CNI 112233445" in text
    assert "Proxy's signature" in text and "Beneficiary's signature" not in text
    assert "on behalf of NGONO MBALLA Aïcha" in text
    assert "Cash" in text and "Arrival pocket money" in text
    assert "Mobile money account" not in text and "Instalment" not in text


def test_bank_transfers_and_purchases_name_the_account_and_the_supplier(tmp_path: Path) -> None:
    bank, purchase = (flat(page) for page in page_texts(render_receipts([BY_BANK, IN_KIND], DESK), tmp_path))

    assert "Bank account TN59 1000 6035 1835 9847 8831" in bank
    assert "One thousand two hundred and fifty dinars and five hundred millimes" in bank
    assert "Supplier Quincaillerie du Centre SARL" in purchase
    assert "Bank account" not in purchase and "Supplier" not in bank


def test_in_french_the_amount_is_spelt_in_french(french: None, tmp_path: Path) -> None:
    bank_transfer = replace(BY_BANK, receipt_no=7)
    pages = [flat(page) for page in page_texts(render_receipts([RECEIPT, bank_transfer], DESK), tmp_path)]

    assert "Un million deux cent cinquante mille francs CFA" in pages[0]
    assert "1 250 000 FCFA" in pages[0]
    assert "Mille deux cent cinquante dinars et cinq cents millimes" in pages[1]
    assert "000007" in pages[1]
    assert "22/11/2026" in pages[1]


@pytest.mark.parametrize(
    "broken",
    [
        replace(RECEIPT, beneficiary=ETHIOPIC),
        replace(BY_PROXY, collector_name=f"{ETHIOPIC} Tesfaye"),
        replace(IN_KIND, supplier=ETHIOPIC),
    ],
)
def test_a_name_the_font_cannot_draw_stops_the_whole_batch(broken: ReceiptData, drawn: list[str]) -> None:
    with pytest.raises(MissingGlyphs) as raised:
        render_receipts([RECEIPT, broken], DESK)

    assert raised.value.characters == list(ETHIOPIC)
    assert drawn == []  # checked before the first page: no partial batch
