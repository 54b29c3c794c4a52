"""Field checks shared by the services: each failure names the field and says what to do."""

from __future__ import annotations

import functools
import re
import unicodedata

from desk.i18n import translate
from desk.services.errors import ValidationError

_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")
MIN_PASSWORD = 8


def clean_text(field: str, value: str | None, *, max_length: int, required: bool = True, label: str = "") -> str:
    """Trimmed text without control characters, within `max_length`; empty only when not required."""
    label = label or field
    text = unicodedata.normalize("NFC", (value or "").strip())
    if not text:
        if required:
            raise ValidationError(field, translate("Errors", "{label}: this field is required.").format(label=label))
        return ""
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co") for ch in text):
        raise ValidationError(
            field,
            translate("Errors", "{label}: remove the invisible control characters (often pasted by accident).").format(
                label=label
            ),
        )
    if len(text) > max_length:
        raise ValidationError(
            field,
            translate("Errors", "{label}: at most {max} characters (you typed {count}).").format(
                label=label, max=max_length, count=len(text)
            ),
        )
    return text


def clean_username(value: str | None) -> str:
    username = (value or "").strip().lower()
    if not _USERNAME.match(username):
        raise ValidationError(
            "username",
            translate(
                "Errors",
                "User name: 2 to 32 characters, lower-case letters, digits, dot, dash or underscore, "
                "starting with a letter or digit.",
            ),
        )
    return username


def check_password(value: str | None, field: str = "password") -> str:
    password = value or ""
    if len(password) < MIN_PASSWORD:
        raise ValidationError(
            field, translate("Errors", "Password: at least {min} characters.").format(min=MIN_PASSWORD)
        )
    if password.strip() != password or any(unicodedata.category(ch) == "Cc" for ch in password):
        raise ValidationError(field, translate("Errors", "Password: no spaces at the ends and no control characters."))
    return password


@functools.lru_cache(maxsize=65_536)  # names repeat: an import of 50,000 rows folds the registry's 100,000 once
def fold(text: str) -> str:
    """Lower-case, accents removed: 'Aïcha NGONO' -> 'aicha ngono' (what searches compare)."""
    if text.isascii():  # nothing to decompose
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
