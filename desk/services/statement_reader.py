"""Reading a bank or mobile-money statement (.xlsx) into StatementRow values, for reconciliation.

Qt-free and database-free. The workbook is checked before openpyxl sees it (an .xlsx is a zip: a
malicious one can unpack to gigabytes), the header row is found among the first rows whatever the
language, accents or case of its titles, and every cell is converted strictly: dates from real dates,
Excel serial numbers or dd/mm/yyyy text; amounts to integer minor units with Decimal, never floats.
Each problem raises ValidationError naming the row and the column and saying what to do.
"""

from __future__ import annotations

import math
import re
import unicodedata
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from pathlib import Path

from desk.i18n import translate
from desk.services.errors import ValidationError
from desk.services.ledger_dto import StatementRow
from desk.services.validation import fold

FIELD = "statement"

# Zip-bomb guard (checked on the zip's directory before openpyxl reads anything; Python's zipfile
# also never unpacks more than a member's declared size, so the declared sizes are what count).
MAX_MEMBER_SIZE = 200 * 1024 * 1024  # bytes, uncompressed, per member
MAX_TOTAL_SIZE = 400 * 1024 * 1024  # bytes, uncompressed, all members together
MAX_RATIO = 100  # uncompressed / compressed, per member ...
RATIO_FLOOR = 1024 * 1024  # ... for members larger than this (tiny members may compress very well)

HEADER_SEARCH_ROWS = 10
MAX_REFERENCE = 80  # statement_lines.reference
MAX_LABEL = 200  # statement_lines.label (longer labels are cut: they are only shown)
MAX_AMOUNT = 10**15  # minor units; anything larger is a typing error, not a payment
MIN_PHONE_DIGITS = 6
MAX_PHONE_DIGITS = 15  # E.164
MIN_YEAR, MAX_YEAR = 1990, 2099  # a "date" outside is a number typed in the wrong column
SHOWN = 40  # characters of a wrong value quoted in a message

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the old binary .xls format

# Header titles, folded (accents and case removed, punctuation turned into spaces).
_DATE = "value_date"
_REFERENCE = "reference"
_AMOUNT = "amount"
_PHONE = "phone"
_LABEL = "label"
_HEADERS: dict[str, frozenset[str]] = {
    _DATE: frozenset(
        {
            "date",
            "date valeur",
            "date de valeur",
            "value date",
            "date de l operation",
            "date d operation",
            "date operation",
            "operation date",
            "transaction date",
            "date transaction",
            "date de transaction",
            "date de la transaction",
            "date et heure",
            "date heure",
            "date time",
            "booking date",
            "posting date",
            "date comptable",
        }
    ),
    _REFERENCE: frozenset(
        {
            "reference",
            "ref",
            "references",
            "transaction id",
            "id transaction",
            "id de transaction",
            "id de la transaction",
            "n transaction",
            "no transaction",
            "n de transaction",
            "no de transaction",
            "num transaction",
            "numero transaction",
            "numero de transaction",
            "numero de la transaction",
            "transaction reference",
            "transaction ref",
            "transaction number",
            "transaction no",
            "reference transaction",
            "reference de la transaction",
            "reference operation",
            "reference de l operation",
            "txn id",
        }
    ),
    _AMOUNT: frozenset(
        {
            "montant",
            "amount",
            "debit",
            "debits",
            "montant debit",
            "debit amount",
            "montant de la transaction",
            "montant transaction",
            "transaction amount",
        }
    ),
    _PHONE: frozenset(
        {
            "telephone",
            "tel",
            "phone",
            "phone number",
            "numero",
            "numero de telephone",
            "msisdn",
            "mobile",
            "beneficiaire numero",
            "numero beneficiaire",
            "numero du beneficiaire",
            "beneficiary phone",
            "beneficiary number",
            "numero destinataire",
            "numero du destinataire",
            "recipient phone",
        }
    ),
    _LABEL: frozenset({"libelle", "description", "label", "motif", "details", "narration", "objet"}),
}

_SPACES = re.compile(r"[\s\u00a0\u2007\u2009\u202f\u2008\u200a]+")
_PARENTHESES = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_NUMBER = re.compile(r"^\d+(?:[.,]\d+)*$")
_TIME = r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
_DAY_FIRST = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})" + _TIME + "$")
_YEAR_FIRST = re.compile(r"^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})" + _TIME + "$")
_PHONE_TEXT = re.compile(r"^\+?[\d\s().\-/]+$")


@dataclass(frozen=True)
class _Header:
    row_no: int
    columns: dict[str, int]  # field -> 0-based column index
    titles: dict[str, str]  # field -> the title as written in the file


def read_statement(path: Path, minor_units: int, sheet: str | None = None) -> list[StatementRow]:
    """The statement's lines in file order, with their 1-based row numbers in the sheet.

    `minor_units` is the statement currency's number of decimals (0 for XAF, 3 for TND): amounts come
    back as integers in that unit, positive for money paid out (debits written negative are turned
    positive). `sheet` names the sheet to read; the first one by default.
    """
    if not 0 <= minor_units <= 6:
        raise ValueError(f"minor_units out of range: {minor_units}")
    path = Path(path)
    _check_container(path)
    rows = _load_rows(path, sheet)
    header = _find_header(rows, path.name)
    result: list[StatementRow] = []
    for index in range(header.row_no, len(rows)):
        values = rows[index]
        if all(_is_blank(value) for value in values):
            continue
        result.append(_read_row(index + 1, values, header, minor_units))
    if not result:
        raise ValidationError(
            FIELD,
            translate(
                "Reconciliation",
                "“{name}” has a header row (row {row}) but no lines below it. "
                "Check that you chose the right file and sheet, then import it again.",
            ).format(name=path.name, row=header.row_no),
        )
    return result


# --- the file ---------------------------------------------------------------------------------------


def _check_container(path: Path) -> None:
    """Refuse what is not an .xlsx zip, and zips that would unpack to far too much."""
    name = path.name
    try:
        with path.open("rb") as handle:
            magic = handle.read(8)
    except OSError as error:
        raise ValidationError(
            FIELD,
            translate(
                "Reconciliation",
                "The file “{name}” cannot be opened. Check that it still exists and that you may read it.",
            ).format(name=name),
        ) from error
    if magic == _OLE_MAGIC:
        raise ValidationError(
            FIELD,
            translate(
                "Reconciliation",
                "“{name}” is in the old Excel format (.xls). Open it in Excel or LibreOffice, "
                "save it as an Excel workbook (.xlsx) and import it again.",
            ).format(name=name),
        )
    not_xlsx = ValidationError(
        FIELD,
        translate(
            "Reconciliation",
            "“{name}” is not an Excel workbook (.xlsx). Save the statement as an Excel workbook (.xlsx) "
            "and import it again.",
        ).format(name=name),
    )
    if not zipfile.is_zipfile(path):
        raise not_xlsx
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise not_xlsx from error
    names = {member.filename for member in members}
    if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
        raise not_xlsx
    total = 0
    for member in members:
        total += member.file_size
        if member.file_size > MAX_MEMBER_SIZE or total > MAX_TOTAL_SIZE:
            limit = MAX_MEMBER_SIZE if member.file_size > MAX_MEMBER_SIZE else MAX_TOTAL_SIZE
            raise ValidationError(
                FIELD,
                translate(
                    "Reconciliation",
                    "“{name}” is refused: unpacked, it would take more than {size} MB, far more than a statement "
                    "needs. Export the statement again, for a shorter period if need be.",
                ).format(name=name, size=limit // (1024 * 1024)),
            )
        if member.file_size > RATIO_FLOOR and member.file_size > MAX_RATIO * max(member.compress_size, 1):
            raise ValidationError(
                FIELD,
                translate(
                    "Reconciliation",
                    "“{name}” is refused: a part of it unpacks to more than {ratio} times its size, which only "
                    "damaged or malicious files do. Export the statement again from the bank or the operator.",
                ).format(name=name, ratio=MAX_RATIO),
            )


def _load_rows(path: Path, sheet: str | None) -> list[tuple[object, ...]]:
    import openpyxl  # imported here: only reconciliation needs it

    damaged = ValidationError(
        FIELD,
        translate(
            "Reconciliation",
            "“{name}” could not be read as an Excel workbook: it may be damaged. Open it in Excel or "
            "LibreOffice, save it again as .xlsx and import it again.",
        ).format(name=path.name),
    )
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds (zip, XML, KeyError...) on a broken file
        raise damaged from error
    try:
        if sheet is None:
            if not workbook.worksheets:
                raise damaged
            worksheet = workbook.worksheets[0]
        elif sheet in workbook.sheetnames:
            worksheet = workbook[sheet]
        else:
            raise ValidationError(
                FIELD,
                translate("Reconciliation", "“{name}” has no sheet named “{sheet}” (it has: {sheets}).").format(
                    name=path.name, sheet=sheet, sheets=", ".join(workbook.sheetnames)
                ),
            )
        if hasattr(worksheet, "reset_dimensions"):
            worksheet.reset_dimensions()  # exporters often write a wrong size: read what is there
        epoch = workbook.epoch
        try:
            rows = [tuple(_wrap_number(value, epoch) for value in row) for row in worksheet.iter_rows(values_only=True)]
        except Exception as error:
            raise damaged from error
    finally:
        workbook.close()
    return rows


@dataclass(frozen=True)
class _Serial:
    """A number cell, kept with the workbook's date epoch so a date column can read it as a serial date."""

    value: int | float
    epoch: datetime


def _wrap_number(value: object, epoch: datetime) -> object:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _Serial(value, epoch)
    return value


# --- the header ----------------------------------------------------------------------------------


def _title_keys(value: object) -> tuple[str, ...]:
    """The folded forms a header cell is looked up by: whole, then without its bracketed part."""
    if not isinstance(value, str):
        return ()
    folded = fold(value.replace("’", "'"))
    whole = re.sub(r"[^a-z0-9]+", " ", folded).strip()
    bare = re.sub(r"[^a-z0-9]+", " ", _PARENTHESES.sub(" ", folded)).strip()
    return (whole, bare) if bare != whole else (whole,)


def _header_of(row_no: int, values: Sequence[object]) -> _Header:
    columns: dict[str, int] = {}
    titles: dict[str, str] = {}
    for column, value in enumerate(values):
        for key in _title_keys(value):
            found = next((field for field, titles_ in _HEADERS.items() if key in titles_), None)
            if found is not None:
                if found not in columns:  # the leftmost column wins
                    columns[found] = column
                    titles[found] = str(value).strip()
                break
    return _Header(row_no, columns, titles)


def _complete(header: _Header) -> bool:
    c = header.columns
    return _DATE in c and _AMOUNT in c and (_REFERENCE in c or _PHONE in c)


def _find_header(rows: Sequence[Sequence[object]], name: str) -> _Header:
    best: _Header | None = None
    for index, values in enumerate(rows[:HEADER_SEARCH_ROWS]):
        header = _header_of(index + 1, values)
        if _complete(header):
            return header
        if len(header.columns) >= 2 and (best is None or len(header.columns) > len(best.columns)):
            best = header
    if best is None:
        raise ValidationError(
            FIELD,
            translate(
                "Reconciliation",
                "No header row found in the first {rows} rows of “{name}”. The statement needs a date column "
                "(e.g. Date), an amount column (e.g. Montant or Amount) and a reference column "
                "(e.g. Référence, Transaction ID) or a phone column (e.g. Téléphone, MSISDN).",
            ).format(rows=HEADER_SEARCH_ROWS, name=name),
        )
    if _DATE not in best.columns:
        message = translate(
            "Reconciliation",
            "Row {row} looks like the header row but has no date column. Name it e.g. “Date” or "
            "“Date valeur”, then import the file again.",
        )
    elif _AMOUNT not in best.columns:
        message = translate(
            "Reconciliation",
            "Row {row} looks like the header row but has no amount column. Name it e.g. “Montant” or "
            "“Amount”, then import the file again.",
        )
    else:
        message = translate(
            "Reconciliation",
            "Row {row} looks like the header row but has neither a reference column nor a phone column. "
            "Name one e.g. “Référence” or “Téléphone”, then import the file again.",
        )
    raise ValidationError(FIELD, message.format(row=best.row_no))


# --- the cells -----------------------------------------------------------------------------------


def _is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not _SPACES.sub("", value))


def _shown(value: object) -> str:
    if isinstance(value, _Serial):
        value = value.value
    text = str(value).strip()
    return text if len(text) <= SHOWN else text[: SHOWN - 1] + "…"


def _read_row(row_no: int, values: Sequence[object], header: _Header, minor_units: int) -> StatementRow:
    def cell(field: str) -> object:
        column = header.columns.get(field)
        if column is None or column >= len(values):
            return None
        return values[column]

    def title(field: str) -> str:
        return header.titles[field]

    return StatementRow(
        row_no=row_no,
        value_date=_to_date(cell(_DATE), row_no, title(_DATE)),
        reference=_to_reference(cell(_REFERENCE), row_no, header.titles.get(_REFERENCE, "")),
        amount=_to_amount(cell(_AMOUNT), minor_units, row_no, title(_AMOUNT)),
        phone=_to_phone(cell(_PHONE), row_no, header.titles.get(_PHONE, "")),
        label=_to_label(cell(_LABEL)),
    )


def _plausible(day: date) -> bool:
    return MIN_YEAR <= day.year <= MAX_YEAR


def _to_date(value: object, row_no: int, column: str) -> date:
    if _is_blank(value):
        raise ValidationError(
            _DATE,
            translate(
                "Reconciliation",
                "Row {row}, column “{column}”: the date is missing. Correct the file and import it again.",
            ).format(row=row_no, column=column),
        )
    day: date | None = None
    if isinstance(value, datetime):
        day = value.date()
    elif isinstance(value, date):
        day = value
    elif isinstance(value, _Serial):
        day = _serial_date(value)
    elif isinstance(value, str):
        day = _text_date(value.strip())
    if day is None or not _plausible(day):
        raise ValidationError(
            _DATE,
            translate(
                "Reconciliation",
                "Row {row}, column “{column}”: “{value}” is not a date. Write it as dd/mm/yyyy "
                "(e.g. 28/11/2026), correct the file and import it again.",
            ).format(row=row_no, column=column, value=_shown(value)),
        )
    return day


def _serial_date(serial: _Serial) -> date | None:
    from openpyxl.utils.datetime import from_excel

    number = serial.value
    if not math.isfinite(number) or not 1 <= number < 2958466:
        return None
    try:
        converted = from_excel(number, epoch=serial.epoch)
    except (ValueError, OverflowError, TypeError):
        return None
    return converted.date() if isinstance(converted, datetime) else None


def _text_date(text: str) -> date | None:
    match = _DAY_FIRST.match(text)
    if match:
        day, month, year = (int(part) for part in match.groups())
    else:
        match = _YEAR_FIRST.match(text)
        if not match:
            return None
        year, month, day = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _to_amount(value: object, minor_units: int, row_no: int, column: str) -> int:
    def problem(source: str) -> ValidationError:
        return ValidationError(_AMOUNT, source.format(row=row_no, column=column, value=_shown(value)))

    not_an_amount = translate(
        "Reconciliation",
        "Row {row}, column “{column}”: “{value}” is not an amount. Correct the file and import it again.",
    )
    if _is_blank(value):
        raise problem(
            translate(
                "Reconciliation",
                "Row {row}, column “{column}”: the amount is missing. Correct the file and import it again.",
            )
        )
    amount: Decimal | None
    if isinstance(value, _Serial):
        number = value.value
        if isinstance(number, float) and not math.isfinite(number):
            raise problem(not_an_amount)
        amount = Decimal(number) if isinstance(number, int) else Decimal(repr(number))  # shortest repr: no float noise
    elif isinstance(value, str):
        try:
            amount = _text_amount(value, minor_units)
        except _Ambiguous:
            raise problem(
                translate(
                    "Reconciliation",
                    "Row {row}, column “{column}”: “{value}” is ambiguous (a thousands separator or a decimal "
                    "mark?). Write the amount without thousands separators (e.g. 12500 or 12,50), "
                    "then import the file again.",
                )
            ) from None
        if amount is None:
            raise problem(not_an_amount)
    else:  # a date, a boolean...
        raise problem(not_an_amount)
    try:
        minor = int(abs(amount).scaleb(minor_units).quantize(Decimal(1), rounding=ROUND_HALF_EVEN))
    except InvalidOperation as error:
        raise problem(not_an_amount) from error
    if minor >= MAX_AMOUNT:
        raise problem(
            translate(
                "Reconciliation",
                "Row {row}, column “{column}”: “{value}” is too large to be a payment. "
                "Correct the file and import it again.",
            )
        )
    if minor == 0:
        raise problem(
            translate(
                "Reconciliation",
                "Row {row}, column “{column}”: the amount is zero. Correct or remove the line, "
                "then import the file again.",
            )
        )
    return minor


class _Ambiguous(Exception):
    """'12,500' in a currency with cents: twelve thousand five hundred, or twelve and a half?"""


def _text_amount(text: str, minor_units: int) -> Decimal | None:
    """'-12 500', '12 500,50', '1,250.50', '(1 000)' -> Decimal; None when it is not an amount.

    A lone separator is the decimal mark (12,5 or 12.50), except before exactly three digits: in a
    currency without decimals that is a thousands group (12,500 XAF is twelve thousand five hundred),
    in a currency with three decimals it is the decimal mark (12,500 TND), otherwise it is ambiguous.
    """
    compact = _SPACES.sub("", text).replace("\u2212", "-")
    negative = False
    if len(compact) > 2 and compact[0] == "(" and compact[-1] == ")":
        negative, compact = True, compact[1:-1]
    if compact[:1] in ("+", "-"):
        negative, compact = negative or compact[0] == "-", compact[1:]
    elif compact[-1:] == "-":
        negative, compact = True, compact[:-1]
    if not _NUMBER.match(compact):
        return None
    separators = [ch for ch in compact if ch in ".,"]
    if not separators:
        digits = compact
    elif len(set(separators)) == 2:  # 1,250.50 or 1.250,50: the last one is the decimal mark
        thousands, decimal_mark = separators[0], separators[-1]
        if separators.count(decimal_mark) != 1:
            return None
        whole, fraction = compact.split(decimal_mark)
        if not _grouped(whole.split(thousands)):
            return None
        digits = whole.replace(thousands, "") + "." + fraction
    elif len(separators) > 1:  # 1.250.000 or 1,250,000: thousands only
        if not _grouped(compact.split(separators[0])):
            return None
        digits = compact.replace(separators[0], "")
    else:
        whole, fraction = compact.split(separators[0])
        thousands_group = len(fraction) == 3 and whole != "0" and _grouped([whole, fraction])
        if thousands_group and minor_units == 0:
            digits = whole + fraction
        elif thousands_group and minor_units < 3:
            raise _Ambiguous
        else:
            digits = whole + "." + fraction
    amount = Decimal(digits)
    return -amount if negative else amount


def _grouped(parts: Sequence[str]) -> bool:
    """Thousands groups: 1 to 3 digits first, then exactly 3."""
    return 1 <= len(parts[0]) <= 3 and all(len(part) == 3 for part in parts[1:])


def _integral_text(value: object) -> str:
    """A cell as text; numbers typed as numbers lose their '.0' (237699123456.0 -> '237699123456')."""
    if isinstance(value, _Serial):
        value = value.value
    if isinstance(value, float) and math.isfinite(value):
        number = Decimal(repr(value))
        if number == number.to_integral_value():
            return str(int(number))
        return format(number, "f")
    if isinstance(value, datetime | date):
        return value.isoformat()
    return "" if value is None else str(value).strip()


def _to_reference(value: object, row_no: int, column: str) -> str:
    text = unicodedata.normalize("NFC", _integral_text(value))
    if _is_blank(text):
        return ""
    text = text.strip()
    if len(text) > MAX_REFERENCE:
        raise ValidationError(
            _REFERENCE,
            translate(
                "Reconciliation",
                "Row {row}, column “{column}”: the reference is longer than {max} characters. "
                "Correct the file and import it again.",
            ).format(row=row_no, column=column, max=MAX_REFERENCE),
        )
    return text


def _to_phone(value: object, row_no: int, column: str) -> str:
    """Digits only: '+237 6 99 12 34 56' and '00237699123456' -> '237699123456', '699123456' as is."""
    if isinstance(value, _Serial) and isinstance(value.value, float) and not value.value.is_integer():
        text = None
    else:
        text = _integral_text(value)
    if text is not None and _is_blank(text):
        return ""
    digits = "".join(ch for ch in text or "" if ch.isdigit())
    if digits.startswith("00"):  # 00237... is +237...
        digits = digits[2:]
    if (
        text is None
        or not _PHONE_TEXT.match(text)
        or not digits.isascii()
        or not MIN_PHONE_DIGITS <= len(digits) <= MAX_PHONE_DIGITS
    ):
        raise ValidationError(
            _PHONE,
            translate(
                "Reconciliation",
                "Row {row}, column “{column}”: “{value}” is not a phone number. Correct the file and import it again.",
            ).format(row=row_no, column=column, value=_shown(value)),
        )
    return digits


def _to_label(value: object) -> str:
    text = " ".join(_integral_text(value).split())
    return text[:MAX_LABEL]
