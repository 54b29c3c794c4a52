"""Reading a bank or mobile-money statement (.xlsx) into StatementRow values, for reconciliation.

The shared import machinery reads it (``exchange.reader``: safety checks, header found in any row and
language, strict cells). What is a statement's own is here: its columns, amounts as integer minor units
(Decimal, never float; "-25 000", "(25 000)" and "25 000-" are money paid out; extra decimals rounded
half-even), a plausible year, no zero or absurd amount, long labels cut. All lines or none: any problem
raises ValidationError.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path

from desk.i18n import translate
from desk.services.errors import ValidationError
from desk.services.exchange.cells import CellContext, CellProblem, clean_text, make_converter, shown
from desk.services.exchange.columns import ColumnSpec, Kind, header_keys
from desk.services.exchange.reader import ImportResult, ImportRow, read_header, read_import
from desk.services.exchange.safety import ImportRefused, Refusal
from desk.services.ledger_dto import StatementRow

FIELD = "statement"
DATE, REFERENCE, AMOUNT, PHONE, LABEL = "value_date", "reference", "amount", "phone", "label"

MAX_REFERENCE = 80  # statement_lines.reference
MAX_LABEL = 200  # statement_lines.label (longer labels are cut: they are only shown)
MAX_AMOUNT = 10**15  # minor units; anything larger is a typing error, not a payment
MIN_YEAR, MAX_YEAR = 1990, 2099  # a "date" outside is a number typed in the wrong column
LISTED = 5  # problems quoted in the message
_KEYS = (DATE, REFERENCE, AMOUNT, PHONE, LABEL)

_ACCOUNTING = re.compile(r"^\((.+)\)$|^(.+?)\s*-$")  # "(25 000)" and "25 000-": a debit

_ALIASES = {  # other ways statements title the columns (accents, case and punctuation are ignored)
    DATE: "Date; Date valeur; Date de l'opération; Date d'opération; Date opération; Operation date; "
    "Transaction date; Date transaction; Date de transaction; Date de la transaction; Date et heure; Date heure; "
    "Date time; Booking date; Posting date; Date comptable",
    REFERENCE: "Ref; Références; Transaction ID; ID transaction; ID de transaction; ID de la transaction; "
    "N° transaction; No transaction; N° de transaction; No de transaction; Num transaction; Numéro transaction; "
    "Numéro de transaction; Numéro de la transaction; Transaction reference; Transaction ref; Transaction number; "
    "Transaction no; Référence transaction; Référence de la transaction; Référence opération; "
    "Référence de l'opération; Txn ID",
    AMOUNT: "Débit; Débits; Montant débit; Debit amount; Montant de la transaction; Montant transaction; "
    "Transaction amount",
    PHONE: "Tel; Phone number; Numéro; Numéro de téléphone; MSISDN; Mobile; Bénéficiaire numéro; Numéro bénéficiaire; "
    "Numéro du bénéficiaire; Beneficiary phone; Beneficiary number; Numéro destinataire; Numéro du destinataire; "
    "Recipient phone",
    LABEL: "Description; Motif; Détails; Narration; Objet",
}


def statement_columns(minor_units: int) -> tuple[ColumnSpec, ...]:
    """The columns of a statement whose currency has `minor_units` decimals (0 for XAF)."""

    def column(key: str, kind: Kind, fr: str, en: str, required: bool = False) -> ColumnSpec:
        return ColumnSpec(key, kind, fr, en, required, tuple(_ALIASES[key].split("; ")))

    return (
        column(DATE, Kind.DATE, "Date de valeur", "Value date", True),
        replace(column(REFERENCE, Kind.ID_NUMBER, "Référence", "Reference"), max_length=MAX_REFERENCE),
        replace(column(AMOUNT, Kind.NUMBER, "Montant", "Amount", True), decimals=minor_units),
        column(PHONE, Kind.PHONE, "Téléphone", "Phone"),
        column(LABEL, Kind.TEXT, "Libellé", "Label"),
    )


def read_statement(path: Path, minor_units: int, sheet: str | None = None) -> list[StatementRow]:
    """The statement's lines in file order, with their 1-based row numbers in the sheet.

    `minor_units` is the currency's number of decimals (0 for XAF, 3 for TND): amounts come back as
    positive integers in that unit. `sheet` names the sheet to read (the first visible one by default).
    Raises ValidationError saying what is wrong with the file, or the first rows and columns to correct.
    """
    if not 0 <= minor_units <= 6:
        raise ValueError(f"minor_units out of range: {minor_units}")
    specs = statement_columns(minor_units)
    try:
        result = _read(Path(path), specs, sheet)
    except ImportRefused as refusal:
        raise ValidationError(FIELD, refusal.message) from refusal
    if REFERENCE not in result.mapping.columns and PHONE not in result.mapping.columns:
        raise ValidationError(
            FIELD,
            translate(
                "Reconciliation",
                "Row {row} looks like the header row but has neither a reference column nor a phone column. "
                "Name one e.g. “Référence” or “Téléphone”, then import the file again.",
            ).format(row=result.header.row),
        )
    lines = _Lines(result, minor_units)
    problems = [problem for row in result.rows for problem in lines.problems(row)]  # repeated rows are lines too
    if problems:
        in_all = translate(
            "Import",
            "{count} problems in all: nothing was imported, since a statement is imported whole or not at all.",
        ).format(count=len(problems))
        messages = [message for _key, message in problems[:LISTED]] + ([in_all] if len(problems) > 1 else [])
        raise ValidationError(problems[0][0], "\n".join(messages))  # the field of the first, as a form would
    return lines.rows


def _read(path: Path, specs: tuple[ColumnSpec, ...], sheet: str | None) -> ImportResult:
    try:
        return read_import(path, specs, sheet=sheet)
    except ImportRefused as refusal:
        if refusal.reason not in (Refusal.AMBIGUOUS_COLUMNS, Refusal.DUPLICATED_HEADERS):
            raise
    # Bank statements often have two date columns ("Date opération", "Date valeur") or two amounts, and a
    # statement has no mapping screen to choose from: the leftmost one is read.
    header = read_header(path, specs, sheet=sheet).header
    mapping: dict[str, int | str | None] = {}
    for spec in specs:
        keys, taken = spec.header_keys(), set(mapping.values())
        found = [c.index for c in header.columns if c.index not in taken and keys.intersection(header_keys(c.header))]
        mapping[spec.key] = found[0] if found else None
    return read_import(path, specs, sheet=sheet, mapping=mapping, header_row=header.row)


class _Lines:
    """The reader's rows as StatementRows, with the rules that are a statement's own."""

    def __init__(self, result: ImportResult, minor_units: int) -> None:
        self.rows: list[StatementRow] = []
        self._result, self._minor_units = result, minor_units
        context = CellContext(today=date.today())
        self._strict = make_converter(next(s for s in result.specs if s.key == AMOUNT), context)
        self._loose = make_converter(ColumnSpec(AMOUNT, Kind.NUMBER), context)  # any number of decimals
        position = {column.index: n for n, column in enumerate(result.header.columns)}
        self._raw_at = {key: position[index] for key, index in result.mapping.columns.items()}

    def problems(self, row: ImportRow) -> list[tuple[str, str]]:
        """Add the row to `rows`, or return its problems (column key, message) in column order."""
        problems = {key: message for key, message in row.errors.items() if key != LABEL}  # a label is only shown
        day, amount, column = row.get(DATE), row.get(AMOUNT), self._result.column_title(AMOUNT)
        if isinstance(day, date) and not MIN_YEAR <= day.year <= MAX_YEAR:
            problems[DATE] = translate("Import", "Row {row}, column “{column}”: {problem}").format(
                row=row.number,
                column=self._result.column_title(DATE),
                problem=translate(
                    "Import",
                    "“{value}” is not a date. Type it as dd/mm/yyyy (e.g. 28/11/2026), then import the file again.",
                ).format(value=shown(self._raw(row, DATE))),
            )
        if AMOUNT in problems and (amount := self._debit(self._raw(row, AMOUNT))) is not None:
            del problems[AMOUNT]
        minor = _minor(amount, self._minor_units) if isinstance(amount, Decimal) else None
        if minor == 0:
            problems[AMOUNT] = translate(
                "Reconciliation",
                "Row {row}, column “{column}”: the amount is zero. Correct or remove the line, "
                "then import the file again.",
            ).format(row=row.number, column=column)
        elif minor is not None and minor >= MAX_AMOUNT:
            problems[AMOUNT] = translate(
                "Reconciliation",
                "Row {row}, column “{column}”: “{value}” is too large to be a payment. "
                "Correct the file and import it again.",
            ).format(row=row.number, column=column, value=shown(self._raw(row, AMOUNT)))
        if problems or not isinstance(day, date) or minor is None:
            return sorted(problems.items(), key=lambda item: _KEYS.index(item[0]))
        reference, phone, label = (str(row.get(key) or "") for key in (REFERENCE, PHONE, LABEL))
        # Phones as digits only (+237... -> 237...), as the ledger's are compared; long labels cut, not refused.
        label = " ".join(label.split())[:MAX_LABEL]
        self.rows.append(StatementRow(row.number, day, reference, minor, phone.removeprefix("+"), label))
        return []

    def _raw(self, row: ImportRow, key: str) -> object:
        return row.raw[self._raw_at[key]]  # the cell as read (rows are read with their cells kept)

    def _debit(self, raw: object) -> Decimal | None:
        """An amount the shared converter refused but a statement takes: "(25 000)" or "25 000-", or more
        decimals than the currency has (rounded half-even later); None when it is no amount after all."""
        if isinstance(raw, str):
            raw = clean_text(raw)
            if match := _ACCOUNTING.match(raw):
                raw = "-" + (match.group(1) or match.group(2))
        for convert in (self._strict, self._loose):  # strict first: it knows "12,500" is 12500 in XAF
            try:
                number = convert(raw)  # a formula, an Excel error, a date... raise CellProblem
            except CellProblem:
                continue
            return number if isinstance(number, Decimal) else None
        return None


def _minor(amount: Decimal, units: int) -> int:
    """|amount| in minor units, rounded half-even (12,5 XAF -> 12); MAX_AMOUNT when larger."""
    if abs(amount) >= Decimal(MAX_AMOUNT).scaleb(-units):
        return MAX_AMOUNT
    return int(abs(amount).quantize(Decimal(1).scaleb(-units), rounding=ROUND_HALF_EVEN).scaleb(units))
