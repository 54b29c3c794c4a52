"""The parts of an xlsx that the reader needs besides the cell values calamine gives.

- The sheets in workbook order with their visibility and part name, and the workbook's date system.
- The cells that hold a formula or an Excel error value: calamine returns a formula's cached value
  (or nothing when Excel never computed it) and an empty cell for an error, so the sheet's XML is
  scanned for them. Most workbooks have none: a fast pass finds that out; only when it finds some does
  a second pass locate them.
- Every part the reader relies on is unpacked here by our own code, with the size the zip's directory
  declared as a hard limit and its CRC checked, so a part whose directory lies about its size (a zip
  bomb that the directory check cannot see) is refused before calamine unpacks it.
"""

from __future__ import annotations

import html
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from defusedxml import ElementTree

from desk.services.exchange.columns import column_index
from desk.services.exchange.safety import CheckedWorkbook, ImportRefused, damaged, oversized
from desk.services.progress import CancelToken

CHUNK = 1024 * 1024
WORKBOOK_PART = "xl/workbook.xml"
WORKBOOK_RELS = "xl/_rels/workbook.xml.rels"
# The parts calamine reads when it opens a workbook (besides the sheet it is asked for).
SUPPORT_PARTS = ("[Content_Types].xml", WORKBOOK_PART, WORKBOOK_RELS, "xl/sharedStrings.xml", "xl/styles.xml")

_LOCAL_HEADER = struct.Struct("<4s5H3I2H")
# Substrings that every formula (<f>, <x:f ...>) or error cell (t="e") contains: plain substring searches
# run at memory speed (a regular expression took 0.8 s on a 50,000-row sheet); the expression then
# confirms the rare chunk that has one.
_MARKERS = (b"<f", b":f", b'"e"', b"'e'")
_MAYBE_SPECIAL = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s>/]|\bt\s*=\s*[\"']e[\"']")
_TOKEN = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(row|c)\b([^>]*?)(/?)>|</(?:[A-Za-z_][\w.-]*:)?c>")
_ATTR_R = re.compile(rb"\br\s*=\s*[\"']([A-Za-z]*)(\d*)[\"']")
_ATTR_ERROR = re.compile(rb"\bt\s*=\s*[\"']e[\"']")
_FORMULA = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f\b[^>]*?(?:/>|>(.*?)</(?:[A-Za-z_][\w.-]*:)?f>)", re.DOTALL)
_VALUE = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?v\b[^>]*>(.*?)</(?:[A-Za-z_][\w.-]*:)?v>", re.DOTALL)
_ROW_END = re.compile(rb"</(?:[A-Za-z_][\w.-]*:)?row>")
_TAIL = 64  # bytes kept between chunks so a marker cut in two is still seen


class SheetState(StrEnum):
    VISIBLE = "visible"
    HIDDEN = "hidden"
    VERY_HIDDEN = "very_hidden"  # hidden so that only a macro can show it again


@dataclass(frozen=True)
class SheetPart:
    name: str
    state: SheetState
    part: str | None  # e.g. "xl/worksheets/sheet1.xml"; None when the relationship is missing


@dataclass(frozen=True)
class Layout:
    sheets: tuple[SheetPart, ...]  # worksheets only (no chart sheets), in workbook order
    date1904: bool


class SpecialKind(StrEnum):
    FORMULA = "formula"
    ERROR = "error"


@dataclass(frozen=True)
class SpecialCell:
    kind: SpecialKind
    text: str  # the formula (without "=") or the error value ("#N/A"); may be "" for a shared formula


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def read_layout(checked: CheckedWorkbook) -> Layout:
    """The worksheets and the date system, from workbook.xml and its relationships (both verified first)."""
    workbook = _read_small(checked, WORKBOOK_PART)
    rels = _read_small(checked, WORKBOOK_RELS) if WORKBOOK_RELS in checked.parts else b""
    try:
        root = ElementTree.fromstring(workbook)
        targets: dict[str, tuple[str, str]] = {}
        if rels:
            for rel in ElementTree.fromstring(rels).iter():
                if _local(rel.tag) == "Relationship":
                    targets[rel.get("Id", "")] = (rel.get("Target", ""), rel.get("Type", ""))
    except Exception as error:  # defusedxml refusals and syntax errors alike: not what Excel writes
        raise damaged(checked.path) from error
    date1904 = False
    sheets: list[SheetPart] = []
    for element in root.iter():
        name = _local(element.tag)
        if name == "workbookPr":
            date1904 = element.get("date1904", "").lower() in ("1", "true")
        elif name == "sheet":
            rel_id = next((v for k, v in element.attrib.items() if _local(k) == "id"), "")
            target, kind = targets.get(rel_id, ("", ""))
            if kind.endswith(("/chartsheet", "/dialogsheet", "/macrosheet")):
                continue
            state = {"hidden": SheetState.HIDDEN, "veryHidden": SheetState.VERY_HIDDEN}.get(
                element.get("state", ""), SheetState.VISIBLE
            )
            sheets.append(SheetPart(element.get("name", ""), state, _resolve(target) if target else None))
    return Layout(tuple(sheets), date1904)


def _resolve(target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    parts: list[str] = []
    for piece in PurePosixPath("xl", target).parts:
        if piece == "..":
            if parts:
                parts.pop()
        elif piece != ".":
            parts.append(piece)
    return "/".join(parts)


def _read_small(checked: CheckedWorkbook, name: str) -> bytes:
    if name not in checked.parts:
        raise damaged(checked.path)
    return b"".join(stream_part(checked, name))


def verify_parts(checked: CheckedWorkbook, names: tuple[str, ...] = SUPPORT_PARTS) -> None:
    """Unpack each named part that exists, within its declared size and with its CRC checked."""
    for name in names:
        if name in checked.parts:
            for _ in stream_part(checked, name):
                pass


def stream_part(checked: CheckedWorkbook, name: str, cancel: CancelToken | None = None) -> Iterator[bytes]:
    """The unpacked bytes of a part, chunk by chunk; never more than the directory declared.

    Raises ImportRefused (zip bomb) when the data unpacks to more than declared, (damaged) when it is
    shorter, corrupt or fails its CRC.
    """
    path = checked.path
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(name)
        with path.open("rb") as handle:
            handle.seek(info.header_offset)
            header = handle.read(_LOCAL_HEADER.size)
            if len(header) != _LOCAL_HEADER.size or header[:4] != b"PK\x03\x04":
                raise damaged(path)
            fields = _LOCAL_HEADER.unpack(header)
            handle.seek(info.header_offset + _LOCAL_HEADER.size + fields[9] + fields[10])
            yield from _inflate(handle, info, path, cancel)
    except ImportRefused:
        raise
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, zlib.error, EOFError) as error:
        raise damaged(path) from error


def _inflate(handle: BinaryIO, info: zipfile.ZipInfo, path: Path, cancel: CancelToken | None) -> Iterator[bytes]:
    read = handle.read
    remaining, produced, crc = info.compress_size, 0, 0
    if info.compress_type == zipfile.ZIP_STORED:
        while remaining:
            data = read(min(CHUNK, remaining))
            if not data:
                raise damaged(path)
            remaining -= len(data)
            crc = zlib.crc32(data, crc)
            produced += len(data)
            yield data
    else:
        inflater = zlib.decompressobj(-15)
        pending = b""
        while not inflater.eof:
            if cancel is not None:
                cancel.check()
            if not pending:
                if not remaining:
                    break
                pending = read(min(CHUNK, remaining))
                if not pending:
                    raise damaged(path)
                remaining -= len(pending)
            out = inflater.decompress(pending, CHUNK)
            pending = inflater.unconsumed_tail
            produced += len(out)
            if produced > info.file_size:
                raise oversized(path)
            if out:
                crc = zlib.crc32(out, crc)
                yield out
        if not inflater.eof:
            raise damaged(path)
    if produced != info.file_size or crc != info.CRC:
        raise damaged(path)


def scan_special_cells(
    checked: CheckedWorkbook, part: str, cancel: CancelToken | None = None
) -> dict[tuple[int, int], SpecialCell]:
    """(row, column) 0-based -> the formula or error cell there. Also verifies the part (size, CRC)."""
    found = False
    tail = b""
    for chunk in stream_part(checked, part, cancel):
        if not found:
            window = tail + chunk
            found = any(m in window for m in _MARKERS) and _MAYBE_SPECIAL.search(window) is not None
            tail = window[-_TAIL:]
    if not found:
        return {}
    return _locate_special_cells(checked, part, cancel)


def _locate_special_cells(
    checked: CheckedWorkbook, part: str, cancel: CancelToken | None
) -> dict[tuple[int, int], SpecialCell]:
    special: dict[tuple[int, int], SpecialCell] = {}
    row, col = -1, -1
    carry = b""
    for chunk in stream_part(checked, part, cancel):
        buffer = carry + chunk
        cut = _last_row_end(buffer)
        if cut == 0:
            carry = buffer
            continue
        piece, carry = buffer[:cut], buffer[cut:]
        row, col = _scan_piece(piece, row, col, special)
    if carry:
        _scan_piece(carry, row, col, special)
    return special


def _last_row_end(buffer: bytes) -> int:
    """The offset just after the last complete </row> in the buffer, 0 when there is none."""
    end = 0
    for match in _ROW_END.finditer(buffer):
        end = match.end()
    return end


def _scan_piece(piece: bytes, row: int, col: int, special: dict[tuple[int, int], SpecialCell]) -> tuple[int, int]:
    if _MAYBE_SPECIAL.search(piece) is None:
        # No special cell here: only follow the positions (rows without an "r" count on).
        for match in _TOKEN.finditer(piece):
            if match.group(1) == b"row":
                row, col = _row_number(match.group(2), row), -1
            elif match.group(1) == b"c":
                col = _cell_position(match.group(2), row, col)[1]
        return row, col
    open_cell: tuple[int, int, bool, int] | None = None  # row, col, is error, content start
    for match in _TOKEN.finditer(piece):
        kind = match.group(1)
        if kind == b"row":
            row, col = _row_number(match.group(2), row), -1
        elif kind == b"c":
            attrs = match.group(2)
            row, col = _cell_position(attrs, row, col)
            if match.group(3):  # <c .../>: nothing inside
                open_cell = None
                if _ATTR_ERROR.search(attrs):
                    special[(row, col)] = SpecialCell(SpecialKind.ERROR, "")
            else:
                open_cell = (row, col, _ATTR_ERROR.search(attrs) is not None, match.end())
        elif open_cell is not None:  # </c>
            r, c, is_error, start = open_cell
            content = piece[start : match.start()]
            formula = _FORMULA.search(content)
            if formula is not None:
                special[(r, c)] = SpecialCell(SpecialKind.FORMULA, _text(formula.group(1) or b""))
            elif is_error:
                value = _VALUE.search(content)
                special[(r, c)] = SpecialCell(SpecialKind.ERROR, _text(value.group(1) if value else b""))
            open_cell = None
    return row, col


def _row_number(attrs: bytes, previous: int) -> int:
    match = re.search(rb"\br\s*=\s*[\"'](\d+)[\"']", attrs)
    return int(match.group(1)) - 1 if match else previous + 1


def _cell_position(attrs: bytes, row: int, col: int) -> tuple[int, int]:
    match = _ATTR_R.search(attrs)
    if match is None or not match.group(1):
        return row, col + 1
    letters, digits = match.group(1), match.group(2)
    return (int(digits) - 1 if digits else row), column_index(letters.decode("ascii"))


def _text(raw: bytes) -> str:
    return html.unescape(raw.decode("utf-8", errors="replace"))
