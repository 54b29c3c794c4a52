"""Installing the compiled Qt Linguist translation (.qm) for the chosen language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desk.i18n import TRANSLATIONS, set_language

_installed: list[QTranslator] = []


def install_translator(language: str) -> None:
    """Replace the application's translators by those of `language` (English is the source language)."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    set_language(language)
    QLocale.setDefault(QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English))
    if language == "en":
        return
    ours = QTranslator(app)
    if ours.load(str(TRANSLATIONS / f"desk_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    qt_own = QTranslator(app)  # Qt's own buttons and dialogs (Yes/No, Cancel…)
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
