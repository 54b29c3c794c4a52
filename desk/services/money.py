"""Money as the desk reads it: integer amounts in the currency's minor unit, shown per language."""

from __future__ import annotations

from decimal import Decimal

from babel.numbers import format_currency

from desk.i18n import current_language

MINOR_UNITS = {"XAF": 0, "XOF": 0, "TND": 3, "EUR": 2, "USD": 2}


def format_money(amount: int, currency: str) -> str:
    """1300000 XAF -> '1 300 000 FCFA' in French, 'FCFA 1,300,000' in English."""
    units = MINOR_UNITS.get(currency, 2)
    value = Decimal(amount).scaleb(-units)
    locale = "fr_CM" if current_language() == "fr" else "en_CM"
    return format_currency(value, currency, locale=locale, format_type="standard")
