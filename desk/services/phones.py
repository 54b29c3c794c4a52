"""Phone numbers checked and stored in international form (E.164), with the desk's country as default."""

from __future__ import annotations

from functools import lru_cache

import phonenumbers

from desk.i18n import translate
from desk.services.errors import ValidationError


def normalise_phone(field: str, value: str | None, region: str, label: str) -> str | None:
    """'+237 6 99 12 34 56', '699123456' or '00237699123456' -> '+237699123456'; empty -> None."""
    text = (value or "").strip()
    if not text:
        return None
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        number = phonenumbers.parse(text, region or None)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise ValidationError(
            field,
            translate(
                "Errors", "{label}: '{value}' is not a valid phone number (e.g. 6 99 12 34 56, or +33 6 12 34 56 78)."
            ).format(label=label, value=text[:40]),
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


@lru_cache(maxsize=8192)  # a list of 100 rows re-read as the agent types a name letter by letter
def display_phone(e164: str | None) -> str:
    """'+237699123456' -> '+237 6 99 12 34 56'."""
    if not e164:
        return ""
    try:
        return phonenumbers.format_number(phonenumbers.parse(e164), phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    except phonenumbers.NumberParseException:
        return e164


def phone_digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())
