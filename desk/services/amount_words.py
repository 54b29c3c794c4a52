"""Amounts in words, as a receipt spells them out beside the figures: "un million deux cent cinquante mille francs CFA".

The currency names are domain vocabulary written here for each language, not Qt translations: the language is an
argument, so a receipt can be spelt in either language whatever the screen shows.
"""

from __future__ import annotations

from typing import NamedTuple

from num2words import num2words


class Unit(NamedTuple):
    singular: str
    plural: str


class CurrencyNames(NamedTuple):
    major: Unit
    minor: Unit | None  # None when the currency has no minor unit in use (CFA francs)


CURRENCIES: dict[str, dict[str, CurrencyNames]] = {
    "fr": {
        "XAF": CurrencyNames(Unit("franc CFA", "francs CFA"), None),
        "XOF": CurrencyNames(Unit("franc CFA", "francs CFA"), None),
        "TND": CurrencyNames(Unit("dinar", "dinars"), Unit("millime", "millimes")),
        "EUR": CurrencyNames(Unit("euro", "euros"), Unit("centime", "centimes")),
        "USD": CurrencyNames(Unit("dollar", "dollars"), Unit("cent", "cents")),
    },
    "en": {
        "XAF": CurrencyNames(Unit("CFA franc", "CFA francs"), None),
        "XOF": CurrencyNames(Unit("CFA franc", "CFA francs"), None),
        "TND": CurrencyNames(Unit("dinar", "dinars"), Unit("millime", "millimes")),
        "EUR": CurrencyNames(Unit("euro", "euros"), Unit("cent", "cents")),
        "USD": CurrencyNames(Unit("dollar", "dollars"), Unit("cent", "cents")),
    },
}
MINUS = {"fr": "moins", "en": "minus"}
AND = {"fr": "et", "en": "and"}
POINT = {"fr": "virgule", "en": "point"}
DEFAULT_LANGUAGE = "fr"  # as desk.i18n: the desk speaks French unless told otherwise


def amount_in_words(amount: int, currency: str, minor_units: int, language: str) -> str:
    """`amount` (in the currency's minor unit, `minor_units` digits of it) in words, in lower case.

    1250000 XAF -> "un million deux cent cinquante mille francs CFA"; 1250500 TND (3 digits) -> "mille deux cent
    cinquante dinars et cinq cents millimes". A currency missing from the table is spelt as a number followed by
    its code ("mille deux cent cinquante virgule cinq GBP"). `language` is "fr" or "en" (anything else: French).
    """
    language = language if language in CURRENCIES else DEFAULT_LANGUAGE
    if minor_units < 0:
        raise ValueError(f"minor_units must be 0 or more, not {minor_units}")
    sign = f"{MINUS[language]} " if amount < 0 else ""
    major, minor = divmod(abs(amount), 10**minor_units)
    names = CURRENCIES[language].get(currency.upper())
    if names is None:
        return f"{sign}{_number(major, language)}{_decimals(minor, minor_units, language)} {currency}"
    text = _with_unit(major, names.major, language)
    if minor:
        minor_unit = names.minor or Unit(currency, currency)
        minor_text = _with_unit(minor, minor_unit, language)
        text = minor_text if major == 0 else f"{text} {AND[language]} {minor_text}"
    return sign + text


def _number(value: int, language: str) -> str:
    # num2words writes "one million, two hundred and fifty thousand": an amount on a receipt reads without commas.
    return str(num2words(value, lang=language)).replace(",", "")


def _with_unit(value: int, unit: Unit, language: str) -> str:
    words = _number(value, language)
    if language == "fr":
        # French: singular for 0 and 1; "de" after a round million or milliard ("deux millions d'euros").
        noun = unit.singular if value <= 1 else unit.plural
        if words.endswith(("million", "millions", "milliard", "milliards")):
            link = "d'" if noun[0] in "aeiouyéè" else "de "
            return f"{words} {link}{noun}"
        return f"{words} {noun}"
    return f"{words} {unit.singular if value == 1 else unit.plural}"


def _decimals(minor: int, minor_units: int, language: str) -> str:
    """The minor part of a currency the table does not name, as decimals (" virgule cinq"); "" when it is 0."""
    if not minor:
        return ""
    digits = f"{minor:0{minor_units}d}".rstrip("0")
    if language == "en":  # English reads decimals digit by digit: "point zero five"
        return f" {POINT[language]} " + " ".join(_number(int(d), language) for d in digits)
    zeros = len(digits) - len(digits.lstrip("0"))  # French: "virgule zéro cinq", "virgule vingt-cinq"
    return f" {POINT[language]} " + " ".join(["zéro"] * zeros + [_number(int(digits), language)])
