"""Workbooks and files that the exchange tests build: good ones, damaged ones, malicious ones."""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>"
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/></Relationships>'
)
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def save_openpyxl(path: Path, rows: Sequence[Sequence[object]], *, title: str = "Data") -> Path:
    """A one-sheet workbook written by openpyxl (strings starting with = become formulas, as in Excel)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def cell_xml(ref: str | None, value: object, *, prefix: str = "") -> str:
    """One <c> element: numbers as numbers, text inline; ("f", formula, cached) and ("e", "#N/A") too."""
    r = f' r="{ref}"' if ref else ""
    p = f"{prefix}:" if prefix else ""
    if isinstance(value, tuple) and value[0] == "f":
        cached = f"<{p}v>{value[2]}</{p}v>" if len(value) > 2 else ""
        return f"<{p}c{r}><{p}f>{escape(value[1])}</{p}f>{cached}</{p}c>"
    if isinstance(value, tuple) and value[0] == "e":
        return f'<{p}c{r} t="e"><{p}v>{escape(value[1])}</{p}v></{p}c>'
    if isinstance(value, (int, float)):
        return f"<{p}c{r}><{p}v>{value!r}</{p}v></{p}c>"
    return f'<{p}c{r} t="inlineStr"><{p}is><{p}t xml:space="preserve">{escape(str(value))}</{p}t></{p}is></{p}c>'


def letters(index: int) -> str:
    out = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        out = chr(65 + rest) + out
    return out


def sheet_xml(rows: Iterable[Sequence[object]], *, refs: bool = True, prefix: str = "") -> Iterable[str]:
    """The sheet part, piece by piece (rows may be a generator of 200,000 rows)."""
    p = f"{prefix}:" if prefix else ""
    ns = f'xmlns:{prefix}="{MAIN_NS}"' if prefix else f'xmlns="{MAIN_NS}"'
    yield f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<{p}worksheet {ns}><{p}sheetData>'
    for r, row in enumerate(rows, start=1):
        cells = "".join(
            cell_xml(f"{letters(c)}{r}" if refs else None, v, prefix=prefix) for c, v in enumerate(row) if v is not None
        )
        yield f'<{p}row r="{r}">{cells}</{p}row>' if refs else f"<{p}row>{cells}</{p}row>"
    yield f"</{p}sheetData></{p}worksheet>"


def raw_xlsx(
    path: Path,
    rows: Iterable[Sequence[object]],
    *,
    refs: bool = True,
    prefix: str = "",
    parts: dict[str, bytes] | None = None,
    compresslevel: int = 1,
) -> Path:
    """A minimal xlsx written part by part (fast enough for 200,000 rows; any XML the test wants)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=compresslevel) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=False) as handle:
            buffer: list[str] = []
            size = 0
            for piece in sheet_xml(rows, refs=refs, prefix=prefix):
                buffer.append(piece)
                size += len(piece)
                if size > 1 << 20:
                    handle.write("".join(buffer).encode())
                    buffer, size = [], 0
            handle.write("".join(buffer).encode())
        for name, data in (parts or {}).items():
            archive.writestr(name, data)
    return path


def replace_part(path: Path, name: str, data: bytes, *, target: Path | None = None) -> Path:
    """A copy of the workbook with one part replaced (or added)."""
    target = target or path
    with zipfile.ZipFile(path) as source:
        members = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info, content in members:
            out.writestr(info.filename, data if info.filename == name else content)
        if name not in {info.filename for info, _ in members}:
            out.writestr(name, data)
    return target


def central_entries(data: bytes) -> list[int]:
    """Offsets of the central directory's file headers."""
    offsets: list[int] = []
    start = 0
    while True:
        found = data.find(b"PK\x01\x02", start)
        if found < 0:
            return offsets
        offsets.append(found)
        start = found + 4


def patch_central(
    path: Path,
    name: str,
    *,
    size: int | None = None,
    offset: int | None = None,
    flags: int | None = None,
    crc: int | None = None,
) -> None:
    """Make the zip's directory lie about a part: its unpacked size, where it starts, its flags, its CRC."""
    data = bytearray(path.read_bytes())
    for at in central_entries(bytes(data)):
        name_length = struct.unpack_from("<H", data, at + 28)[0]
        if bytes(data[at + 46 : at + 46 + name_length]).decode() != name:
            continue
        if size is not None:
            struct.pack_into("<I", data, at + 24, size)
        if offset is not None:
            struct.pack_into("<I", data, at + 42, offset)
        if flags is not None:
            struct.pack_into("<H", data, at + 8, flags)
        if crc is not None:
            struct.pack_into("<I", data, at + 16, crc)
    path.write_bytes(bytes(data))


def local_offset(path: Path, name: str) -> int:
    with zipfile.ZipFile(path) as archive:
        return archive.getinfo(name).header_offset


def ole2(*stream_names: str, size: int = 4096) -> bytes:
    """An OLE2 compound file's first bytes: the signature, then directory entries with these names."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00"
    header = header.ljust(512, b"\x00")
    entries = b""
    for name in ("Root Entry", *stream_names):
        encoded = (name + "\x00").encode("utf-16-le")
        entries += encoded.ljust(64, b"\x00") + struct.pack("<H", len(encoded)) + b"\x02" * 62
    return (header + entries).ljust(size, b"\x00")
