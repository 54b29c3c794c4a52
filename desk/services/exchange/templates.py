"""The empty workbook a partner downloads to fill in for an import kind.

One data sheet with the expected headers (French or English; required columns stand out), drop-down
lists on coded and yes/no columns, the date format on date columns and the text format on ID and phone
columns (so Excel never turns 0123 into 123 or a long number into 1.2E+16), an input hint on every
column; an "Instructions" sheet in French and English side by side (what each column means, whether it
is required, the formats accepted); and a "Lists" sheet with long lists of allowed values.

The instructions are bilingual on purpose, whatever the person's language: the workbook travels to
partners who read the other one. The reader accepts everything the template offers.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import xlsxwriter

from desk.i18n import current_language, translate
from desk.services.exchange.columns import ColumnSpec, Kind, column_letter
from desk.services.exchange.xlsx_writer import _as_export_failure, clean_text, sheet_name

DATA_ROWS = 1_048_575  # drop-downs and formats cover the whole sheet below the header
INLINE_LIST = 255  # Excel's limit for a list typed into the validation itself
HINT = 250  # Excel shows at most 255 characters of an input message

BOOL_CHOICES = {"fr": ("Oui", "Non"), "en": ("Yes", "No")}

# Each format in both languages: the instructions sheet shows them side by side.
FORMATS: dict[Kind, tuple[str, str]] = {
    Kind.TEXT: ("Texte", "Text"),
    Kind.INT: ("Nombre entier (ex. 3)", "Whole number (e.g. 3)"),
    Kind.NUMBER: (
        "Nombre ; espaces pour les milliers acceptées (ex. 12 500 ou 12 500,50)",
        "Number; spaces for thousands accepted (e.g. 12 500 or 12,500.50)",
    ),
    Kind.DATE: (
        "Date jj/mm/aaaa (ex. 28/11/2026) ; aussi aaaa-mm-jj ou une cellule date d'Excel",
        "Date dd/mm/yyyy (e.g. 28/11/2026); also yyyy-mm-dd or an Excel date cell",
    ),
    Kind.BOOL: ("Oui ou Non (aussi 1/0, X pour oui, Vrai/Faux)", "Yes or No (also 1/0, X for yes, True/False)"),
    Kind.CODE: ("Une valeur de la liste déroulante", "A value from the drop-down list"),
    Kind.CODES: (
        "Une ou plusieurs valeurs de la liste, séparées par des points-virgules (ex. CE; LT)",
        "One or more values from the list, separated by semicolons (e.g. CE; LT)",
    ),
    Kind.PHONE: (
        "Numéro de téléphone, de préférence avec l'indicatif (ex. +237 6 99 12 34 56)",
        "Phone number, preferably with the country code (e.g. +237 6 99 12 34 56)",
    ),
    Kind.ID_NUMBER: (
        "Numéro de pièce, tapé comme du texte (les zéros en tête comptent)",
        "ID number, typed as text (leading zeros matter)",
    ),
}

GENERAL = (
    (
        "Remplissez une ligne par personne (ou par élément) dans la feuille « {sheet} », à partir de la ligne 2. "
        "Ne modifiez pas les en-têtes ; l'ordre des colonnes peut changer.",
        "Fill in one row per person (or item) in the sheet “{sheet}”, from row 2. Do not change the headers; "
        "the order of the columns may change.",
    ),
    (
        "Les colonnes dont l'en-tête est foncé sont obligatoires ; les autres peuvent rester vides.",
        "Columns with a dark header are required; the others may stay empty.",
    ),
    (
        "Tapez les valeurs elles-mêmes : pas de formules, pas de cellules fusionnées dans le tableau.",
        "Type the values themselves: no formulas, no merged cells in the table.",
    ),
    (
        "Les lignes avec un problème ne sont pas importées : un classeur d'erreurs les rend avec, pour chacune, "
        "ce qu'il faut corriger.",
        "Rows with a problem are not imported: an error workbook gives them back, each with what to correct.",
    ),
)


def write_template(
    path: Path,
    specs: Sequence[ColumnSpec],
    *,
    title: str,
    language: str | None = None,
    hxl: bool = False,
) -> Path:
    """Write the empty workbook for an import kind to `path` (atomically); returns `path`.

    `title` names the data sheet (e.g. "Returnees"); `language` ("fr" or "en", the person's by default)
    chooses the headers; `hxl` adds the HXL hashtag row under them.
    Raises ExportFailed when the file cannot be written (nothing is left under `path` then).
    """
    path = Path(path)
    language = language if language in ("fr", "en") else current_language()
    tmp: Path | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        os.close(fd)
        tmp = Path(tmp_name)
        _write(tmp, specs, title=title, language=language, hxl=hxl)
        os.replace(tmp, path)
    except BaseException as exc:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
        failure = _as_export_failure(exc, path)
        if failure is not None:
            raise failure from exc
        raise
    return path


def _write(tmp: Path, specs: Sequence[ColumnSpec], *, title: str, language: str, hxl: bool) -> None:
    book = xlsxwriter.Workbook(
        str(tmp), {"strings_to_numbers": False, "strings_to_formulas": False, "strings_to_urls": False}
    )
    try:
        formats = _Formats(book)
        data_name = sheet_name(title)
        lists_name = sheet_name(translate("Import", "Lists"), [data_name, "Instructions"])
        data = book.add_worksheet(data_name)
        instructions = book.add_worksheet(sheet_name("Instructions", [data_name]))
        lists: Any = None
        lists_column = 0
        first_data = 2 if hxl else 1
        for col, spec in enumerate(specs):
            header = clean_text(spec.header(language))
            data.set_column(col, col, max(min(len(header) * 1.2 + 2, 40), _typical_width(spec)), formats.column(spec))
            data.write_string(0, col, header, formats.required if spec.required else formats.optional)
            if hxl:
                if spec.hxl:
                    data.write_string(1, col, spec.hxl[0], formats.hxl)
                else:
                    data.write_blank(1, col, None, formats.hxl)
            validation = _validation(spec, language)
            choices = _choices(spec, language)
            if choices is not None:
                inline = ",".join(choices)
                if len(inline) <= INLINE_LIST and not any("," in c or '"' in c for c in choices):
                    validation["source"] = list(choices)
                else:
                    if lists is None:
                        lists = book.add_worksheet(lists_name)
                    lists.write_string(0, lists_column, header, formats.optional)
                    for row, choice in enumerate(choices, start=1):
                        lists.write_string(row, lists_column, clean_text(choice))
                    lists.set_column(lists_column, lists_column, 30)
                    letter = column_letter(lists_column)
                    quoted = lists_name.replace("'", "''")
                    validation["source"] = f"='{quoted}'!${letter}$2:${letter}${len(choices) + 1}"
                    lists_column += 1
            data.data_validation(first_data, col, DATA_ROWS, col, validation)
        data.freeze_panes(first_data, 0)
        if specs:
            data.autofilter(first_data - 1, 0, first_data - 1, len(specs) - 1)
        _write_instructions(instructions, specs, formats, data_name)
        data.activate()
    finally:
        book.close()


class _Formats:
    def __init__(self, book: Any) -> None:
        self.book = book
        self.required = book.add_format(
            {"bold": True, "font_color": "#FFFFFF", "bg_color": "#1F4E79", "border": 1, "text_wrap": True}
        )
        self.optional = book.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True})
        self.hxl = book.add_format({"italic": True, "font_color": "#555555", "bottom": 1})
        self.title = book.add_format({"bold": True, "font_size": 14})
        self.wrap = book.add_format({"text_wrap": True, "valign": "top"})
        self.table_header = book.add_format(
            {"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True, "valign": "top"}
        )
        self._columns: dict[tuple[Kind, int | None], Any] = {}

    def column(self, spec: ColumnSpec) -> Any:
        key = (spec.kind, spec.decimals)
        if key not in self._columns:
            props: dict[str, Any] = {}
            if spec.kind is Kind.DATE:
                props["num_format"] = "dd/mm/yyyy"
            elif spec.kind in (Kind.ID_NUMBER, Kind.PHONE, Kind.TEXT, Kind.CODE):
                props["num_format"] = "@"  # text: Excel keeps leading zeros and every digit
            elif spec.kind is Kind.NUMBER:
                props["num_format"] = "#,##0" + ("." + "0" * spec.decimals if spec.decimals else "")
            elif spec.kind is Kind.INT:
                props["num_format"] = "0"
            self._columns[key] = self.book.add_format(props) if props else None
        return self._columns[key]


def _typical_width(spec: ColumnSpec) -> float:
    return {Kind.DATE: 12.0, Kind.BOOL: 8.0, Kind.INT: 8.0, Kind.PHONE: 18.0, Kind.ID_NUMBER: 18.0}.get(spec.kind, 16.0)


def _choices(spec: ColumnSpec, language: str) -> tuple[str, ...] | None:
    if spec.kind is Kind.BOOL:
        return BOOL_CHOICES[language]
    if spec.kind is not Kind.CODE:
        return None
    labels = [label for label in spec.codes.values()]
    if all(labels) and len(set(labels)) == len(labels):
        return tuple(labels)
    return tuple(spec.codes)


def _hint(spec: ColumnSpec, language: str) -> str:
    description = spec.description_fr if language == "fr" else spec.description_en
    text = description or spec.header(language)
    return text if len(text) <= HINT else text[: HINT - 1] + "…"


def _validation(spec: ColumnSpec, language: str) -> dict[str, Any]:
    """The data validation of a column: a list, a date range, or just the input hint."""
    hint = {"input_title": spec.header(language)[:32], "input_message": _hint(spec, language)}
    if spec.kind in (Kind.CODE, Kind.BOOL):
        return {
            "validate": "list",
            **hint,
            "error_type": "stop",
            "error_title": translate("Import", "Not in the list")[:32],
            "error_message": translate("Import", "Choose a value from the drop-down list."),
        }
    if spec.kind is Kind.DATE:
        validation: dict[str, Any] = {
            "validate": "date",
            "criteria": "between",
            "minimum": date(1900, 1, 1),
            "maximum": "=TODAY()" if spec.past_only else date(2100, 12, 31),
            **hint,
            "error_type": "stop",
            "error_title": translate("Import", "Not a date")[:32],
            "error_message": translate("Import", "Type a date as dd/mm/yyyy (e.g. 28/11/2026), not in the future.")
            if spec.past_only
            else translate("Import", "Type a date as dd/mm/yyyy (e.g. 28/11/2026)."),
        }
        return validation
    if spec.kind in (Kind.TEXT, Kind.ID_NUMBER) and spec.max_length:
        return {
            "validate": "length",
            "criteria": "<=",
            "value": spec.max_length,
            **hint,
            "error_type": "stop",
            "error_title": translate("Import", "Too long")[:32],
            "error_message": translate("Import", "At most {max} characters.").format(max=spec.max_length),
        }
    return {"validate": "any", **hint}


def _details(spec: ColumnSpec) -> tuple[str, str]:
    """The format of a column with its limits, in French and in English."""
    french, english = FORMATS[spec.kind]
    extra_fr: list[str] = []
    extra_en: list[str] = []
    if spec.max_length and spec.kind in (Kind.TEXT, Kind.ID_NUMBER):
        extra_fr.append(f"{spec.max_length} caractères au plus")
        extra_en.append(f"at most {spec.max_length} characters")
    if spec.digits:
        extra_fr.append(f"exactement {spec.digits} chiffres")
        extra_en.append(f"exactly {spec.digits} digits")
    if spec.kind is Kind.NUMBER and spec.decimals == 0:
        extra_fr.append("sans décimales")
        extra_en.append("no decimals")
    elif spec.kind is Kind.NUMBER and spec.decimals:
        extra_fr.append(f"{spec.decimals} décimales au plus")
        extra_en.append(f"at most {spec.decimals} decimals")
    if spec.min_value is not None:
        extra_fr.append(f"au moins {spec.min_value}")
        extra_en.append(f"at least {spec.min_value}")
    if spec.max_value is not None:
        extra_fr.append(f"au plus {spec.max_value}")
        extra_en.append(f"at most {spec.max_value}")
    if spec.past_only:
        extra_fr.append("pas dans le futur")
        extra_en.append("not in the future")
    if extra_fr:
        french += " ; " + ", ".join(extra_fr)
        english += "; " + ", ".join(extra_en)
    return french, english


def _allowed(spec: ColumnSpec, limit: int = 40) -> str:
    if spec.kind is Kind.BOOL:
        return "Oui / Non — Yes / No"
    if spec.kind not in (Kind.CODE, Kind.CODES):
        return ""
    items = [f"{code} = {label}" if label and label != code else code for code, label in spec.codes.items()]
    if len(items) > limit:
        return "; ".join(items[:limit]) + " …"
    return "; ".join(items)


def _write_instructions(sheet: Any, specs: Sequence[ColumnSpec], formats: _Formats, data_name: str) -> None:
    sheet.write_string(0, 0, "Mode d'emploi — Instructions", formats.title)
    row = 2
    for french, english in GENERAL:
        sheet.write_string(row, 0, french.format(sheet=data_name), formats.wrap)
        sheet.write_string(row, 1, english.format(sheet=data_name), formats.wrap)
        row += 1
    row += 1
    headers = (
        "Colonne",
        "Column",
        "Obligatoire / Required",
        "Format (FR)",
        "Format (EN)",
        "Description (FR)",
        "Description (EN)",
        "Valeurs permises / Allowed values",
        "Exemple / Example",
        "HXL",
    )
    widths = (28, 28, 14, 40, 40, 45, 45, 45, 18, 24)
    for col, (text, width) in enumerate(zip(headers, widths, strict=True)):
        sheet.write_string(row, col, text, formats.table_header)
        sheet.set_column(col, col, width)
    sheet.freeze_panes(row + 1, 0)
    for spec in specs:
        row += 1
        french, english = _details(spec)
        values = (
            spec.header("fr"),
            spec.header("en"),
            "Oui / Yes" if spec.required else "Non / No",
            french,
            english,
            spec.description_fr,
            spec.description_en,
            _allowed(spec),
            spec.example,
            " ".join(spec.hxl),
        )
        for col, text in enumerate(values):
            if text:
                sheet.write_string(row, col, clean_text(text), formats.wrap)
