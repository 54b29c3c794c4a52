"""The checks a workbook passes before any parser sees it: is it an xlsx at all, and is it safe to open?

An .xlsx is a zip of XML parts. A malicious one can unpack to gigabytes (a zip bomb) or declare XML
entities that expand without end; a renamed CSV, an old .xls, a PDF or a password-protected workbook
make parsers fail with messages nobody understands. ``check_workbook`` looks only at the first bytes of
the file, the zip's directory and the first bytes of each XML part, so it answers in well under a second
whatever the file, and refuses with an ``ImportRefused`` that says what the file is and what to do.

Python's zipfile never returns more than a member's declared size and checks its CRC, so the parts the
reader streams itself are also checked against the sizes this module accepted (see ``xlsx_parts``).
"""

from __future__ import annotations

import functools
import re
import zipfile
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from desk.i18n import translate
from desk.services.errors import DeskError

MAX_FILE_SIZE = 256 * 1024 * 1024  # bytes on disk: a million-row workbook is about 100 MB
MAX_MEMBERS = 10_000  # parts in the zip: a workbook with 200 sheets has about 450
MAX_MEMBER_SIZE = 1024 * 1024 * 1024  # bytes, unpacked, per part (a 1,048,576 × 20 sheet is about 900 MB)
MAX_TOTAL_SIZE = 1536 * 1024 * 1024  # bytes, unpacked, all parts together
MAX_RATIO = 120  # unpacked / packed, per part ...
RATIO_FLOOR = 8 * 1024 * 1024  # ... for parts larger than this (small parts may compress very well)
PROLOG_LIMIT = 64 * 1024  # bytes of an XML part read to reach its root element
ENCRYPTION_SCAN = 64 * 1024 * 1024  # bytes of an OLE2 file searched for an encrypted-package stream

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")
_XML_SUFFIXES = (".xml", ".rels", ".vml")
_PROLOG_ITEM = re.compile(r"\s+|<\?.*?\?>|<!--.*?-->", re.DOTALL)
_ROOT_START = re.compile(r"<[A-Za-z_:]")


class Refusal(StrEnum):
    """Why a file was refused (tests and the command line read it; people read the message)."""

    UNREADABLE = "unreadable"
    EMPTY = "empty"
    TOO_LARGE = "too_large"
    NOT_XLSX = "not_xlsx"
    TEXT = "text"  # a CSV or another text file renamed .xlsx
    XLS = "xls"  # the old binary format
    PDF = "pdf"
    ODS = "ods"
    XLSB = "xlsb"
    OTHER_OFFICE = "other_office"  # a Word or PowerPoint document
    DAMAGED = "damaged"
    ZIP_BOMB = "zip_bomb"
    XML_ENTITIES = "xml_entities"
    ENCRYPTED = "encrypted"
    NO_SHEET = "no_sheet"
    DUPLICATED_HEADERS = "duplicated_headers"
    AMBIGUOUS_COLUMNS = "ambiguous_columns"
    MISSING_COLUMNS = "missing_columns"
    NO_HEADER = "no_header"
    BAD_MAPPING = "bad_mapping"
    NO_ROWS = "no_rows"


class ImportRefused(DeskError):
    """The file cannot be imported at all; `reason` says why, `message` says it to the person."""

    def __init__(self, reason: Refusal, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.reason = reason
        self.path = path


@dataclass(frozen=True)
class CheckedWorkbook:
    """A workbook that passed the checks: its path and the declared unpacked size of each part."""

    path: Path
    size: int  # bytes on disk
    parts: dict[str, int]  # part name -> declared unpacked size


@functools.cache
def require_defusedxml() -> None:
    """openpyxl parses with defusedxml when it is installed: make sure it is (DESIGN.md §6).

    The reader uses calamine, but templates and tests use openpyxl; an
    installation without defusedxml would let openpyxl expand XML entities.
    """
    import openpyxl

    if not getattr(openpyxl, "DEFUSEDXML", False):  # pragma: no cover - defusedxml is a dependency
        raise RuntimeError("defusedxml is not installed: openpyxl would parse workbooks unprotected")


def check_workbook(path: Path) -> CheckedWorkbook:
    """Refuse what is not a safe .xlsx workbook, before any parsing; returns what was checked."""
    require_defusedxml()
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError as error:
        raise ImportRefused(
            Refusal.UNREADABLE,
            translate(
                "Import",
                "The file “{name}” cannot be opened. Check that it still exists and that you may read it "
                "(close it in Excel if it is open), then try again.",
            ).format(name=name),
            path,
        ) from error
    if size == 0:
        raise ImportRefused(
            Refusal.EMPTY,
            translate("Import", "The file “{name}” is empty. Choose the workbook again, or ask for a new copy.").format(
                name=name
            ),
            path,
        )
    if size > MAX_FILE_SIZE:
        raise ImportRefused(
            Refusal.TOO_LARGE,
            translate(
                "Import",
                "The file “{name}” is refused: it is larger than {size} MB, far more than an import needs. "
                "Split it into several workbooks and import them one after the other.",
            ).format(name=name, size=MAX_FILE_SIZE // (1024 * 1024)),
            path,
        )
    if head.startswith(OLE2_MAGIC):
        _refuse_ole2(path, name)
    if head.startswith(b"%PDF"):
        raise ImportRefused(
            Refusal.PDF,
            translate(
                "Import",
                "“{name}” is a PDF document, not an Excel workbook. Ask the sender for the Excel file (.xlsx); "
                "a PDF cannot be imported.",
            ).format(name=name),
            path,
        )
    if not head.startswith(_ZIP_MAGICS):
        if _looks_like_text(head):
            raise ImportRefused(
                Refusal.TEXT,
                translate(
                    "Import",
                    "“{name}” is a text file (CSV, web page or XML) given an Excel name, not a real workbook. "
                    "Open it in Excel or LibreOffice, save it as an Excel workbook (.xlsx) and import that file.",
                ).format(name=name),
                path,
            )
        raise _not_xlsx(path)
    parts = _check_zip(path)
    return CheckedWorkbook(path=path, size=size, parts=parts)


# --- not a zip -------------------------------------------------------------------------------------


def _not_xlsx(path: Path) -> ImportRefused:
    return ImportRefused(
        Refusal.NOT_XLSX,
        translate(
            "Import",
            "“{name}” is not an Excel workbook (.xlsx). Choose the right file, or open it in Excel or "
            "LibreOffice and save it as an Excel workbook (.xlsx).",
        ).format(name=path.name),
        path,
    )


def damaged(path: Path) -> ImportRefused:
    """The refusal for a file that is a zip but cannot be read as a workbook."""
    return ImportRefused(
        Refusal.DAMAGED,
        translate(
            "Import",
            "“{name}” is damaged: it cannot be read as an Excel workbook (an incomplete download or copy?). "
            "Ask for the file again, or open it in Excel or LibreOffice, save it again as .xlsx and import that.",
        ).format(name=path.name),
        path,
    )


def zip_bomb(path: Path) -> ImportRefused:
    """The refusal for a file that would unpack to far more than any real workbook."""
    return ImportRefused(
        Refusal.ZIP_BOMB,
        translate(
            "Import",
            "“{name}” is refused: once unpacked it would be far larger than any real workbook (up to {size} MB), "
            "which only damaged or malicious files do. Nothing was read. Ask the sender for a new copy.",
        ).format(name=path.name, size=MAX_TOTAL_SIZE // (1024 * 1024)),
        path,
    )


def oversized(path: Path) -> ImportRefused:
    """The refusal for a part that unpacks to more than the zip's directory declared."""
    return ImportRefused(
        Refusal.ZIP_BOMB,
        translate(
            "Import",
            "“{name}” is refused: a part of it unpacks to more than the file declares, which only damaged or "
            "malicious files do. Reading stopped there and nothing was imported. Ask the sender for a new copy.",
        ).format(name=path.name),
        path,
    )


def encrypted(path: Path) -> ImportRefused:
    """The refusal for a password-protected workbook."""
    return ImportRefused(
        Refusal.ENCRYPTED,
        translate(
            "Import",
            "“{name}” is protected by a password. Open it in Excel with its password, remove the password "
            "(File → Info → Protect Workbook → Encrypt with Password, leave it empty), save, and import it again.",
        ).format(name=path.name),
        path,
    )


def _refuse_ole2(path: Path, name: str) -> None:
    """An OLE2 compound file: an Excel 97-2003 workbook, or an xlsx encrypted with a password.

    Excel stores a password-protected xlsx as an OLE2 file whose streams are "EncryptionInfo" and
    "EncryptedPackage"; their names are in the directory, in UTF-16.
    """
    try:
        with path.open("rb") as handle:
            data = handle.read(ENCRYPTION_SCAN)
    except OSError:
        data = b""
    if _ENCRYPTED_PACKAGE in data or _ENCRYPTION_INFO in data:
        raise encrypted(path)
    raise ImportRefused(
        Refusal.XLS,
        translate(
            "Import",
            "“{name}” is in the old Excel format (.xls, Excel 97-2003). Open it in Excel or LibreOffice, "
            "save it as an Excel workbook (.xlsx) and import that file.",
        ).format(name=name),
        path,
    )


def _looks_like_text(head: bytes) -> bool:
    """CSV, HTML or XML text: no NUL byte (or UTF-16 with its BOM), decodes, mostly printable."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head[2:].decode("utf-16-le" if head[:2] == b"\xff\xfe" else "utf-16-be", errors="replace")
    elif b"\x00" in head:
        return False
    else:
        text = head.decode("utf-8", errors="replace")
    if not text:
        return False
    printable = sum(1 for ch in text if ch.isprintable() or ch in "\r\n\t")
    return printable / len(text) > 0.95 and "\ufffd" not in text[:-4]  # a cut multibyte character at the end


# --- the zip ---------------------------------------------------------------------------------------


def _check_zip(path: Path) -> dict[str, int]:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, NotImplementedError, EOFError) as error:
        raise damaged(path) from error
    with archive:
        members = archive.infolist()
        _check_directory(path, members)
        names = {m.filename for m in members}
        _check_kind(path, archive, names)
        for member in members:
            if member.filename.lower().endswith(_XML_SUFFIXES) and member.file_size:
                _check_prolog(path, archive, member)
    return {m.filename: m.file_size for m in members}


def _check_directory(path: Path, members: list[zipfile.ZipInfo]) -> None:
    """Sizes, ratios, overlaps and encryption, from the zip's directory alone."""
    if len(members) > MAX_MEMBERS:
        raise zip_bomb(path)
    if len({m.filename for m in members}) != len(members):
        raise damaged(path)  # two parts with one name: a parser may read either
    total = 0
    for member in members:
        if member.flag_bits & 0x1:
            raise encrypted(path)
        if member.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise damaged(path)
        size, packed = member.file_size, member.compress_size
        total += size
        if size > MAX_MEMBER_SIZE or total > MAX_TOTAL_SIZE:
            raise zip_bomb(path)
        if size > RATIO_FLOOR and size > MAX_RATIO * max(packed, 1):
            raise zip_bomb(path)
        if member.compress_type == zipfile.ZIP_STORED and packed != size:
            raise damaged(path)
    # Overlapping parts (several directory entries on the same packed bytes) multiply a bomb's size.
    spans = sorted((m.header_offset, m.header_offset + m.compress_size) for m in members)
    for (_, end), (next_start, _) in zip(spans, spans[1:], strict=False):
        if end > next_start:
            raise zip_bomb(path)


def _check_kind(path: Path, archive: zipfile.ZipFile, names: set[str]) -> None:
    if "xl/workbook.xml" in names and "[Content_Types].xml" in names:
        return
    if "xl/workbook.bin" in names:
        raise ImportRefused(
            Refusal.XLSB,
            translate(
                "Import",
                "“{name}” is an Excel binary workbook (.xlsb). Open it in Excel, save it as an Excel workbook "
                "(.xlsx) and import that file.",
            ).format(name=path.name),
            path,
        )
    if "mimetype" in names:
        try:
            with archive.open("mimetype") as handle:
                mimetype = handle.read(100)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
            raise damaged(path) from error
        if b"opendocument.spreadsheet" in mimetype:
            raise ImportRefused(
                Refusal.ODS,
                translate(
                    "Import",
                    "“{name}” is an OpenDocument spreadsheet (LibreOffice .ods). Open it in LibreOffice, "
                    "save it as an Excel workbook (.xlsx) and import that file.",
                ).format(name=path.name),
                path,
            )
    if any(n.startswith(("word/", "ppt/")) for n in names):
        raise ImportRefused(
            Refusal.OTHER_OFFICE,
            translate(
                "Import",
                "“{name}” is a Word or PowerPoint document, not an Excel workbook. Choose the Excel file (.xlsx).",
            ).format(name=path.name),
            path,
        )
    raise _not_xlsx(path)


def _check_prolog(path: Path, archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> None:
    """Refuse a DOCTYPE or ENTITY declaration: the only place they can be is before the root element.

    Reads the part until its root element starts (at most PROLOG_LIMIT bytes): a prolog longer than
    that (a huge comment pushing a DOCTYPE out of sight) is refused too.
    """
    try:
        with archive.open(member) as handle:
            head = handle.read(min(member.file_size, PROLOG_LIMIT))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as error:
        raise damaged(path) from error
    except RuntimeError as error:  # zipfile's "password required"
        raise encrypted(path) from error
    text = _decode_xml_head(head)
    position = 0
    while True:
        match = _PROLOG_ITEM.match(text, position)
        if match is None or match.end() == position:
            break
        position = match.end()
    if _ROOT_START.match(text, position):
        return
    if text[position : position + 16].upper().startswith(("<!DOCTYPE", "<!ENTITY")):
        raise ImportRefused(
            Refusal.XML_ENTITIES,
            translate(
                "Import",
                "“{name}” is refused: its part “{part}” declares XML entities (a DOCTYPE), which Excel never "
                "writes and which can be used to attack the computer. Nothing was read. Ask the sender for "
                "a copy saved by Excel or LibreOffice.",
            ).format(name=path.name, part=member.filename),
            path,
        )
    if len(head) >= PROLOG_LIMIT and len(head) < member.file_size:
        raise ImportRefused(
            Refusal.XML_ENTITIES,
            translate(
                "Import",
                "“{name}” is refused: its part “{part}” does not start like the XML that Excel writes. "
                "Nothing was read. Ask the sender for a copy saved by Excel or LibreOffice.",
            ).format(name=path.name, part=member.filename),
            path,
        )
    raise damaged(path)


def _decode_xml_head(head: bytes) -> str:
    if head.startswith(b"\xef\xbb\xbf"):
        return head[3:].decode("utf-8", errors="replace")
    if head.startswith(b"\xff\xfe") or head.startswith(b"<\x00"):
        return head[2 if head.startswith(b"\xff\xfe") else 0 :].decode("utf-16-le", errors="replace")
    if head.startswith(b"\xfe\xff") or head.startswith(b"\x00<"):
        return head[2 if head.startswith(b"\xfe\xff") else 0 :].decode("utf-16-be", errors="replace")
    return head.decode("utf-8", errors="replace")
