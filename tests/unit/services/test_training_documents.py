"""The attendance sheet and the certificates of a training session, read back from the PDF."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from desk.services.documents.attendance_sheet import render_attendance_sheet
from desk.services.documents.certificate import render_certificates
from desk.services.documents.layout import MissingGlyphs
from desk.services.errors import ValidationError
from desk.services.training_dto import RosterLine, SessionView

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is missing")

DESK = "Guichet de réintégration – Yaoundé"
SIGNATORY = "Marie-Claire Atangana"
ETHIOPIC = "ሰላም"
NAMES = [
    "NGONO MBALLA Aïcha",
    "ESSOMBA Jean-Pierre",
    "ÉBODÉ Françoise",
    "MBARGA Théophile",
    "ATANGANA Noël",
    "FOUDA Hélène",
    "NDZANA Loïc",
    "ABENA Bérénice",
    "ONANA Zoé",
    "TSALA Jérôme",
    "OWONA Cécile",
    "BELINGA Gaëlle",
    "MVONDO Raphaël",
    "NKOLO Ange-Désiré",
    "EYENGA Mélanie",
    "MANGA Stéphane",
    "BIYA Ophélie",
    "ZANGA Joël",
    "ELLA Rosalie",
    "OTTOU Benoît",
    "AMOUGOU Clémence",
    "NANA Éric",
]
COMPLETED = {0: "CERT-2026-000001", 1: "CERT-2026-000002", 2: "CERT-2026-000003"}
WAITING = {20: 2, 21: 1}  # index: waiting rank
CANCELLED = 19


def make_session(**changes: object) -> SessionView:
    session = SessionView(
        id=4,
        version=1,
        course_id=2,
        course_code="GERME",
        course_name="Gestion d'entreprise",
        course_kind="entrepreneurship",
        provider="Chambre de commerce du Centre",
        starts_on=date(2026, 3, 2),
        ends_on=date(2026, 3, 6),
        place="Yaoundé, salle polyvalente",
        trainer="Paul Biyiti",
        capacity=20,
        enrolled=19,
        waiting=2,
    )
    return replace(session, **changes)


def make_roster() -> list[RosterLine]:
    lines = []
    for index, name in enumerate(NAMES):
        status = "completed" if index in COMPLETED else "enrolled"
        status = "waiting" if index in WAITING else "cancelled" if index == CANCELLED else status
        lines.append(
            RosterLine(
                enrolment_id=100 + index,
                case_id=200 + index,
                case_number=f"CM-2026-{index + 1:05d}",
                full_name=name,
                sex="F" if index % 2 == 0 else "M",
                phone=f"+237 6 77 00 {index:02d} 11",
                status=status,
                waiting_rank=WAITING.get(index),
                present_days=(),
                certificate_number=COMPLETED.get(index),
                completed_on=date(2026, 3, 6) if index in COMPLETED else None,
            )
        )
    return lines


def pdf_text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "document.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def pages(data: bytes, tmp_path: Path) -> int:
    path = tmp_path / "pages.pdf"
    path.write_bytes(data)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))


def test_both_documents_are_pdfs() -> None:
    assert render_attendance_sheet(make_session(), make_roster(), DESK).startswith(b"%PDF")
    assert render_certificates(make_session(), make_roster(), DESK, SIGNATORY).startswith(b"%PDF")


@needs_poppler
def test_the_attendance_sheet_lists_the_seated_participants_and_one_box_a_day(tmp_path: Path) -> None:
    roster = make_roster()
    text = pdf_text(render_attendance_sheet(make_session(), roster, DESK), tmp_path)

    for line in roster:
        if line.status in ("enrolled", "completed"):
            assert line.case_number in text
            assert line.full_name in text
    for day in ("02/03", "03/03", "04/03", "05/03", "06/03"):
        assert day in text
    assert "02/03/2026 – 06/03/2026" in text
    assert "Gestion d'entreprise" in text and "GERME" in text
    assert "Paul Biyiti" in text and "Chambre de commerce du Centre" in text


@needs_poppler
def test_the_waiting_list_follows_in_rank_order_and_the_cancelled_are_left_out(tmp_path: Path) -> None:
    roster = make_roster()
    text = pdf_text(render_attendance_sheet(make_session(), roster, DESK), tmp_path)

    waiting_list = text[text.index("Waiting list") :]
    assert waiting_list.index("NANA Éric") < waiting_list.index("AMOUGOU Clémence")  # rank 1 before rank 2
    assert "NANA Éric" not in text[: text.index("Waiting list")]
    assert NAMES[CANCELLED] not in text
    assert roster[CANCELLED].case_number not in text


@needs_poppler
def test_a_long_session_is_split_into_tables_of_at_most_ten_days(tmp_path: Path) -> None:
    session = make_session(ends_on=date(2026, 3, 2) + timedelta(days=13))
    text = pdf_text(render_attendance_sheet(session, make_roster(), DESK), tmp_path)

    assert "Days 1 to 7 of 14" in text and "Days 8 to 14 of 14" in text
    assert "15/03" in text
    assert text.count("NGONO MBALLA Aïcha") == 2  # once in each table


@needs_poppler
def test_one_certificate_page_per_completed_participant(tmp_path: Path) -> None:
    data = render_certificates(make_session(), make_roster(), DESK, SIGNATORY)
    text = pdf_text(data, tmp_path)

    assert pages(data, tmp_path) == 3
    assert text.count("\f") == 3
    for index, number in COMPLETED.items():
        assert NAMES[index] in text
        assert f"No. {number}" in text
    assert "MBARGA Théophile" not in text  # enrolled, not completed
    assert "Certificate of training" in text
    assert "5 days, from 02/03/2026 to 06/03/2026, in Yaoundé, salle polyvalente" in text
    assert "The trainer: Paul Biyiti" in text and f"For the desk: {SIGNATORY}" in text


def test_a_name_the_font_cannot_draw_stops_both_documents() -> None:
    roster = make_roster()
    roster[0] = replace(roster[0], full_name=ETHIOPIC)

    with pytest.raises(MissingGlyphs) as raised:
        render_attendance_sheet(make_session(), roster, DESK)
    assert raised.value.characters == list(ETHIOPIC)
    with pytest.raises(MissingGlyphs):
        render_certificates(make_session(), roster, DESK, SIGNATORY)


def test_no_certificate_when_nobody_completed() -> None:
    roster = [replace(line, status="enrolled") if line.status == "completed" else line for line in make_roster()]

    with pytest.raises(ValidationError) as raised:
        render_certificates(make_session(), roster, DESK, SIGNATORY)
    assert raised.value.field == "enrolments"
    assert "no certificate to print" in raised.value.message
