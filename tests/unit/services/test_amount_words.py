"""Amounts in words, as receipts spell them: French and English, singular and plural, currencies with and without
a minor unit."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk.services.amount_words import amount_in_words


@pytest.mark.parametrize(
    ("amount", "currency", "minor_units", "expected"),
    [
        (1_250_000, "XAF", 0, "un million deux cent cinquante mille francs CFA"),
        (1, "XAF", 0, "un franc CFA"),
        (0, "XAF", 0, "zéro franc CFA"),  # French: singular for 0 and 1
        (2, "XAF", 0, "deux francs CFA"),
        (80, "XAF", 0, "quatre-vingts francs CFA"),
        (21_000, "XOF", 0, "vingt et un mille francs CFA"),
        (1_250_000, "XOF", 0, "un million deux cent cinquante mille francs CFA"),
        (2_000_000, "XAF", 0, "deux millions de francs CFA"),  # "de" after a round million
        (1_250_500, "TND", 3, "mille deux cent cinquante dinars et cinq cents millimes"),
        (1_000, "TND", 3, "un dinar"),  # no "et zéro millime"
        (1_001, "TND", 3, "un dinar et un millime"),
        (750, "TND", 3, "sept cent cinquante millimes"),
        (125_050, "EUR", 2, "mille deux cent cinquante euros et cinquante centimes"),
        (100, "EUR", 2, "un euro"),
        (100_000_000, "EUR", 2, "un million d'euros"),
        (1_000_000_000, "XAF", 0, "un milliard de francs CFA"),
        (-1_250_000, "XAF", 0, "moins un million deux cent cinquante mille francs CFA"),
        (1_250, "GBP", 0, "mille deux cent cinquante GBP"),
        (125_050, "GBP", 2, "mille deux cent cinquante virgule cinq GBP"),
    ],
)
def test_french(amount: int, currency: str, minor_units: int, expected: str) -> None:
    assert amount_in_words(amount, currency, minor_units, "fr") == expected


@pytest.mark.parametrize(
    ("amount", "currency", "minor_units", "expected"),
    [
        (1_250_000, "XAF", 0, "one million two hundred and fifty thousand CFA francs"),
        (1, "XAF", 0, "one CFA franc"),
        (0, "XAF", 0, "zero CFA francs"),
        (2_000_000, "XOF", 0, "two million CFA francs"),
        (1_250_500, "TND", 3, "one thousand two hundred and fifty dinars and five hundred millimes"),
        (1_001, "TND", 3, "one dinar and one millime"),
        (125_050, "EUR", 2, "one thousand two hundred and fifty euros and fifty cents"),
        (101, "EUR", 2, "one euro and one cent"),
        (2_500, "USD", 2, "twenty-five dollars"),
        (-1, "XAF", 0, "minus one CFA franc"),
        (1_250, "GBP", 0, "one thousand two hundred and fifty GBP"),
        (125_005, "GBP", 2, "one thousand two hundred and fifty point zero five GBP"),
    ],
)
def test_english(amount: int, currency: str, minor_units: int, expected: str) -> None:
    assert amount_in_words(amount, currency, minor_units, "en") == expected


def test_nothing_is_capitalised_so_the_caller_decides() -> None:
    for language in ("fr", "en"):
        text = amount_in_words(1_250_000, "XAF", 0, language)
        assert text[0].islower()


def test_an_unknown_language_falls_back_to_french_like_the_desk() -> None:
    assert amount_in_words(1, "XAF", 0, "de") == "un franc CFA"


def test_negative_minor_units_are_refused() -> None:
    with pytest.raises(ValueError):
        amount_in_words(1, "XAF", -1, "fr")


@given(
    amount=st.integers(min_value=0, max_value=10**9),
    currency=st.sampled_from(["XAF", "XOF", "TND", "EUR", "USD", "GBP"]),
    language=st.sampled_from(["fr", "en"]),
)
def test_every_amount_up_to_a_billion_has_words(amount: int, currency: str, language: str) -> None:
    minor_units = {"XAF": 0, "XOF": 0, "TND": 3}.get(currency, 2)
    text = amount_in_words(amount, currency, minor_units, language)
    assert text.strip() and text == text.strip()
    assert "," not in text and "  " not in text
    assert not any(char.isdigit() for char in text)
