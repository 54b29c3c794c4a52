"""Files refused before any parser sees them: not a workbook, damaged, zip bombs, XML entities, passwords."""

from __future__ import annotations

import random
import zipfile
import zlib
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from desk.services.exchange import safety
from desk.services.exchange.columns import ColumnSpec, Kind
from desk.services.exchange.reader import inspect_workbook, read_import
from desk.services.exchange.safety import ImportRefused, Refusal, check_workbook, require_defusedxml
from tests.unit.services.exchange.builders import (
    local_offset,
    ole2,
    patch_central,
    raw_xlsx,
    replace_part,
    save_openpyxl,
)

SPECS = (ColumnSpec("name", Kind.TEXT, "Nom", "Name", required=True),)


def refused(path: Path) -> ImportRefused:
    with pytest.raises(ImportRefused) as caught:
        check_workbook(path)
    assert path.name in caught.value.message
    return caught.value


@pytest.fixture
def good(tmp_path: Path) -> Path:
    return save_openpyxl(tmp_path / "good.xlsx", [["Nom"], ["Ngono"], ["Fotso"]])


def test_a_real_workbook_passes_and_lists_its_parts(good: Path) -> None:
    checked = check_workbook(good)
    assert "xl/workbook.xml" in checked.parts
    assert checked.size == good.stat().st_size


# --- not a workbook ------------------------------------------------------------------------------------


def test_a_csv_renamed_xlsx_is_a_text_file(tmp_path: Path) -> None:
    path = tmp_path / "arrivals.xlsx"
    path.write_bytes("\ufeffNom;Prénom;Date de naissance\nNgono;Marie;12/03/1998\n".encode())
    refusal = refused(path)
    assert refusal.reason is Refusal.TEXT
    assert "save it as an Excel workbook (.xlsx)" in refusal.message


def test_an_html_table_saved_as_xlsx_is_a_text_file(tmp_path: Path) -> None:
    path = tmp_path / "export.xlsx"
    path.write_text("<html><body><table><tr><td>Nom</td></tr></table></body></html>", encoding="utf-8")
    assert refused(path).reason is Refusal.TEXT


def test_an_old_xls_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "old.xlsx"
    path.write_bytes(ole2("Workbook", "\x05SummaryInformation"))
    refusal = refused(path)
    assert refusal.reason is Refusal.XLS
    assert ".xls, Excel 97-2003" in refusal.message


def test_a_pdf_is_refused_as_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    refusal = refused(path)
    assert refusal.reason is Refusal.PDF
    assert "PDF" in refusal.message


def test_random_bytes_are_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "noise.xlsx"
    data = random.Random(8).randbytes(8192)
    assert not data.startswith((b"PK", b"%PDF", b"\xd0\xcf"))
    path.write_bytes(data)
    assert refused(path).reason is Refusal.NOT_XLSX


def test_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")
    assert refused(path).reason is Refusal.EMPTY


def test_a_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.xlsx"
    with path.open("wb") as handle:
        handle.write(b"PK\x03\x04")
        handle.truncate(safety.MAX_FILE_SIZE + 1)  # sparse: nothing written to the disk
    refusal = refused(path)
    assert refusal.reason is Refusal.TOO_LARGE
    assert "larger than 256 MB" in refusal.message


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ImportRefused) as caught:
        check_workbook(tmp_path / "gone.xlsx")
    assert caught.value.reason is Refusal.UNREADABLE


def test_other_zips_are_named(tmp_path: Path) -> None:
    ods = tmp_path / "sheet.xlsx"
    with zipfile.ZipFile(ods, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    assert refused(ods).reason is Refusal.ODS
    docx = tmp_path / "letter.xlsx"
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    assert refused(docx).reason is Refusal.OTHER_OFFICE
    xlsb = tmp_path / "binary.xlsx"
    with zipfile.ZipFile(xlsb, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.bin", b"\x83\x01")
    assert refused(xlsb).reason is Refusal.XLSB
    other = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("photo.jpg", b"\xff\xd8\xff")
    assert refused(other).reason is Refusal.NOT_XLSX


# --- damaged -------------------------------------------------------------------------------------------


def test_a_truncated_download_is_damaged(good: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    refusal = refused(cut)
    assert refusal.reason is Refusal.DAMAGED
    assert "Ask for the file again" in refusal.message


def test_corrupt_data_inside_a_part_is_damaged_not_a_crash(tmp_path: Path) -> None:
    path = raw_xlsx(tmp_path / "corrupt.xlsx", [["Nom"]] + [[f"Person {i}"] for i in range(20_000)])
    data = bytearray(path.read_bytes())
    start = local_offset(path, "xl/worksheets/sheet1.xml") + 30 + len("xl/worksheets/sheet1.xml") + 40_000
    for i in range(start, start + 64):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))
    with pytest.raises(ImportRefused) as caught:
        read_import(path, SPECS)
    # random damage may also make the data unpack past its declared size: refused either way
    assert caught.value.reason in (Refusal.DAMAGED, Refusal.ZIP_BOMB)


def test_a_missing_workbook_part_is_damaged(tmp_path: Path) -> None:
    path = tmp_path / "nosheet.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook><sheets/></workbook>')
    with pytest.raises(ImportRefused) as caught:
        read_import(path, SPECS)
    assert caught.value.reason in (Refusal.DAMAGED, Refusal.NO_SHEET)


# --- zip bombs -----------------------------------------------------------------------------------------


def test_a_part_that_unpacks_a_thousand_times_its_size_is_a_bomb(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/sharedStrings.xml", "w") as handle:
            handle.write(b"<sst>")
            for _ in range(40):
                handle.write(b" " * (1 << 20))
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xl/sharedStrings.xml")
        assert info.file_size > 1000 * info.compress_size / 2  # the premise: a 1000:1 part
    refusal = refused(path)
    assert refusal.reason is Refusal.ZIP_BOMB
    assert "Nothing was read" in refusal.message


def test_a_directory_declaring_gigabytes_is_a_bomb(good: Path) -> None:
    patch_central(good, "xl/worksheets/sheet1.xml", size=2**32 - 1)
    assert refused(good).reason is Refusal.ZIP_BOMB


def test_the_total_unpacked_size_is_limited(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safety, "MAX_MEMBER_SIZE", 600)
    monkeypatch.setattr(safety, "MAX_TOTAL_SIZE", 1_000)
    path = tmp_path / "many.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/media/image0.bin", b"x" * 500)
    check_workbook(path)  # each part and the whole under the limits
    with zipfile.ZipFile(path, "a", zipfile.ZIP_STORED) as archive:
        archive.writestr("xl/media/image1.bin", b"x" * 500)  # each part still under, the whole over
    assert refused(path).reason is Refusal.ZIP_BOMB


def test_overlapping_parts_are_a_bomb(tmp_path: Path) -> None:
    path = tmp_path / "overlap.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/a.xml", "<a>" + "x" * 5000 + "</a>")
        archive.writestr("xl/b.xml", "<b/>")
    patch_central(path, "xl/b.xml", offset=local_offset(path, "xl/a.xml"))
    assert refused(path).reason is Refusal.ZIP_BOMB


def test_too_many_parts_is_a_bomb(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safety, "MAX_MEMBERS", 50)
    path = tmp_path / "parts.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        for i in range(60):
            archive.writestr(f"xl/media/{i}.bin", b"")
    assert refused(path).reason is Refusal.ZIP_BOMB


def test_a_part_unpacking_beyond_its_declared_size_is_stopped(tmp_path: Path) -> None:
    """The directory lies (a small size, a plausible ratio): the reader's own unpacking stops at the size."""
    rows = [["Nom"], ["Ngono"]]
    path = raw_xlsx(tmp_path / "liar.xlsx", rows)
    honest = zipfile.ZipFile(path).getinfo("xl/worksheets/sheet1.xml").file_size
    padded = tmp_path / "padded.xlsx"
    with zipfile.ZipFile(path) as source:
        sheet = source.read("xl/worksheets/sheet1.xml")
    big = sheet.replace(b"</worksheet>", b" " * (3 << 20) + b"</worksheet>")
    replace_part(path, "xl/worksheets/sheet1.xml", big, target=padded)
    # the liar also gives the checksum of what it declares, so that a zip reader stopping at the
    # declared size finds nothing wrong
    patch_central(padded, "xl/worksheets/sheet1.xml", size=honest, crc=zlib.crc32(big[:honest]))
    with pytest.raises(ImportRefused) as caught:
        read_import(padded, SPECS)
    assert caught.value.reason is Refusal.ZIP_BOMB
    assert "unpacks to more than the file declares" in caught.value.message


# --- XML entities --------------------------------------------------------------------------------------

LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">'
    "<si><t>&lol3;</t></si></sst>"
)


def test_billion_laughs_in_shared_strings_is_refused(good: Path) -> None:
    replace_part(good, "xl/sharedStrings.xml", LAUGHS.encode())
    refusal = refused(good)
    assert refusal.reason is Refusal.XML_ENTITIES
    assert "xl/sharedStrings.xml" in refusal.message


def test_an_external_entity_in_the_workbook_part_is_refused(good: Path) -> None:
    with zipfile.ZipFile(good) as archive:
        workbook = archive.read("xl/workbook.xml").decode()
    attack = '<!DOCTYPE w [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' + workbook
    replace_part(good, "xl/workbook.xml", attack.encode())
    assert refused(good).reason is Refusal.XML_ENTITIES


def test_a_doctype_in_utf16_or_after_comments_is_still_seen(good: Path, tmp_path: Path) -> None:
    utf16 = replace_part(
        good,
        "[Content_Types].xml",
        ('<?xml version="1.0" encoding="UTF-16"?><!-- x --><!DOCTYPE t [<!ENTITY a "b">]><Types/>').encode("utf-16"),
        target=tmp_path / "utf16.xlsx",
    )
    assert refused(utf16).reason is Refusal.XML_ENTITIES
    hidden = replace_part(
        good,
        "xl/styles.xml",
        ("<?xml version='1.0'?><!--" + "x" * 100_000 + '--><!DOCTYPE s [<!ENTITY a "b">]><styleSheet/>').encode(),
        target=tmp_path / "comment.xlsx",
    )
    assert refused(hidden).reason is Refusal.XML_ENTITIES


def test_defusedxml_guards_openpyxl() -> None:
    require_defusedxml()
    assert openpyxl.DEFUSEDXML is True


def test_without_defusedxml_nothing_is_opened(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(openpyxl, "DEFUSEDXML", False)
    with pytest.raises(RuntimeError, match="defusedxml"):
        require_defusedxml.__wrapped__()


# --- passwords -----------------------------------------------------------------------------------------


def test_a_password_protected_workbook_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "secret.xlsx"
    path.write_bytes(ole2("EncryptionInfo", "EncryptedPackage", "\x06DataSpaces"))
    refusal = refused(path)
    assert refusal.reason is Refusal.ENCRYPTED
    assert "password" in refusal.message


def test_a_zip_with_encrypted_parts_is_named_as_protected(good: Path) -> None:
    patch_central(good, "xl/worksheets/sheet1.xml", flags=0x1)
    assert refused(good).reason is Refusal.ENCRYPTED


# --- the reader goes through the same checks ----------------------------------------------------------


def test_inspect_and_read_refuse_the_same_files(tmp_path: Path) -> None:
    path = tmp_path / "csv.xlsx"
    path.write_text("Nom,Prénom\nNgono,Marie\n", encoding="utf-8")
    for call in (lambda: inspect_workbook(path), lambda: read_import(path, SPECS, today=date(2026, 1, 1))):
        with pytest.raises(ImportRefused) as caught:
            call()
        assert caught.value.reason is Refusal.TEXT
