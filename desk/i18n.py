"""Translation without Qt: translate(context, text) for services, the CLI and documents.

The source strings in the code are English; French (the default) comes from
resources/translations/desk_fr.ts, the same Qt Linguist file that is compiled to .qm
for the widgets. Reading the .ts here keeps services Qt-free and gives the CLI the
same messages as the window.
"""

from __future__ import annotations

import threading
from pathlib import Path

from defusedxml import ElementTree

from desk.paths import RESOURCES

TRANSLATIONS = RESOURCES / "translations"
LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"

_lock = threading.Lock()
_language = DEFAULT_LANGUAGE
_catalogs: dict[str, dict[tuple[str, str], str]] = {}


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"desk_{language}.ts"


def load_catalog(language: str) -> dict[tuple[str, str], str]:
    """(context, source) -> translation for the finished entries of a .ts file."""
    path = ts_file(language)
    catalog: dict[tuple[str, str], str] = {}
    if not path.exists():
        return catalog
    root = ElementTree.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if translation.text:
                catalog[(name, source)] = translation.text
    return catalog


def set_language(language: str) -> None:
    global _language
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    _language = language


def current_language() -> str:
    return _language


def _catalog(language: str) -> dict[tuple[str, str], str]:
    with _lock:
        if language not in _catalogs:
            _catalogs[language] = load_catalog(language)
        return _catalogs[language]


def translate(context: str, text: str) -> str:
    """The text in the current language (English source when no translation exists)."""
    if _language == "en":
        return text
    return _catalog(_language).get((context, text), text)


def format_number(value: float, decimals: int = 0) -> str:
    """A number as people read it in the current language: 100 000 in French, 100,000 in English."""
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale="fr_FR" if _language == "fr" else "en_GB")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate recognises
    """Marks a string for extraction where it is translated later (labels in tables of constants)."""
    return text
