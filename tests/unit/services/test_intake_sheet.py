"""The intake sheet PDF: what a case prints, in which language, and refusing to drop characters silently."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from desk.i18n import set_language
from desk.services.documents.intake_sheet import render_intake_sheet
from desk.services.documents.layout import DeskPDF, MissingGlyphs, check_glyphs
from desk.services.intake_dto import CaseFile, ConsentView

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is missing")

DESK = "Guichet de réintégration – Yaoundé"
AGENT = "Jean-Pierre Essomba"
ETHIOPIC = "ሰላም"


def make_consent(**changes: object) -> ConsentView:
    consent = ConsentView(
        id=1,
        processing=True,
        share_operators=True,
        share_institutions=False,
        photo=False,
        given_on=date(2025, 3, 12),
        language="fr",
        recorded_by=AGENT,
        guardian_name="Marie-Thérèse Ngono",
        guardian_relation="Mother",
        withdrawn_at=None,
        withdrawn_reason=None,
    )
    return replace(consent, **changes)


def make_case(**changes: object) -> CaseFile:
    case = CaseFile(
        case_id=7,
        case_number="CM-2025-00042",
        status="registered",
        version=1,
        opened_at=datetime(2025, 3, 12, 9, 30, tzinfo=UTC),
        person_id=3,
        person_version=1,
        family_name="Ngono Mballa",
        given_names="Aïcha",
        sex="F",
        birth="14/08/2008",
        age=16,
        nationality="Cameroon",
        phone="+237 6 77 12 34 56",
        phone_alt="+237 6 99 88 77 66",
        id_document="National ID card 123456789",
        region="Centre",
        department="Mfoundi",
        town="Yaoundé",
        situation={"Marital status": "Single", "Household size": "5", "Skills and experience": "Sewing"},
        return_info={"Date of return": "10/03/2025", "Country returned from": "Libya", "Notes": ""},
        programme="EU-IOM Joint Initiative",
        channel="Walk-in",
        registered_by=AGENT,
        operator="Entreprendre Ensemble",
        consent=make_consent(),
        vulnerabilities=("Unaccompanied or separated minor", "Psychosocial distress"),
        vulnerability_notes="Follow-up by the psychologist.",
        alerts=("Minor",),
    )
    return replace(case, **changes)


def pdf_text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "sheet.pdf"
    path.write_bytes(data)
    result = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return result.stdout


def test_renders_a_pdf() -> None:
    assert render_intake_sheet(make_case(), DESK, AGENT).startswith(b"%PDF")


@needs_pdftotext
def test_prints_the_case_and_the_names_with_their_accents(tmp_path: Path) -> None:
    text = pdf_text(render_intake_sheet(make_case(), DESK, AGENT), tmp_path)

    assert "CM-2025-00042" in text
    assert "NGONO MBALLA" in text
    assert "Aïcha" in text
    assert "Yaoundé" in text
    assert f"Agent: {AGENT}" in text
    assert "Page 1/" in text


@needs_pdftotext
def test_the_family_name_is_upper_cased_with_its_accents(tmp_path: Path) -> None:
    text = pdf_text(render_intake_sheet(make_case(family_name="Aïcha Ngono"), DESK, AGENT), tmp_path)

    assert "AÏCHA NGONO" in text


@needs_pdftotext
def test_the_consent_statement_is_in_the_language_it_was_given_in(tmp_path: Path) -> None:
    french = pdf_text(render_intake_sheet(make_case(), DESK, AGENT), tmp_path)
    english = pdf_text(render_intake_sheet(make_case(consent=make_consent(language="en")), DESK, AGENT), tmp_path)

    assert "J’accepte que le guichet" in french
    assert "Oui" in french and "Non" in french
    assert "I agree that the reintegration desk" in english
    assert "I agree" not in french and "accepte" not in english


@needs_pdftotext
def test_the_statement_follows_the_consent_not_the_desk_language(tmp_path: Path) -> None:
    set_language("fr")
    try:
        data = render_intake_sheet(make_case(consent=make_consent(language="en")), DESK, AGENT)
    finally:
        set_language("en")

    assert "I agree that the reintegration desk" in pdf_text(data, tmp_path)


@needs_pdftotext
def test_no_consent_and_a_withdrawn_consent_are_stated(tmp_path: Path) -> None:
    withdrawn = make_consent(withdrawn_at=datetime(2025, 4, 1, 10, tzinfo=UTC), withdrawn_reason="Changed her mind")

    none_text = pdf_text(render_intake_sheet(make_case(consent=None), DESK, AGENT), tmp_path)
    withdrawn_text = pdf_text(render_intake_sheet(make_case(consent=withdrawn), DESK, AGENT), tmp_path)

    assert "No consent recorded" in none_text
    assert "01/04/2025" in withdrawn_text
    assert "Changed her mind" in withdrawn_text


@needs_pdftotext
def test_vulnerabilities_are_printed_only_for_roles_that_see_them(tmp_path: Path) -> None:
    shown = pdf_text(render_intake_sheet(make_case(), DESK, AGENT), tmp_path)
    hidden = pdf_text(
        render_intake_sheet(make_case(vulnerabilities=None, vulnerability_notes=None), DESK, AGENT), tmp_path
    )

    assert "Psychosocial distress" in shown and "Confidential" in shown
    for word in ("Vulnerabilities", "Psychosocial", "Unaccompanied", "psychologist", "Confidential"):
        assert word not in hidden


@needs_pdftotext
def test_an_empty_vulnerability_list_says_so(tmp_path: Path) -> None:
    text = pdf_text(render_intake_sheet(make_case(vulnerabilities=()), DESK, AGENT), tmp_path)

    assert "None reported" in text


def test_a_name_the_font_cannot_draw_stops_the_printing() -> None:
    with pytest.raises(MissingGlyphs) as raised:
        render_intake_sheet(make_case(given_names=ETHIOPIC), DESK, AGENT)

    assert raised.value.characters == list(ETHIOPIC)
    assert ETHIOPIC in raised.value.message
    assert "Nothing was printed" in raised.value.message


def test_any_printed_text_is_checked_not_only_the_names() -> None:
    with pytest.raises(MissingGlyphs):
        render_intake_sheet(make_case(vulnerability_notes=f"Speaks {ETHIOPIC} only"), DESK, AGENT)


def test_check_glyphs_lists_each_missing_character_once() -> None:
    pdf = DeskPDF(DESK)

    assert check_glyphs(pdf, "Aïcha Ngono Mballa, Ébodé – ≈ 1998\n") == []
    assert check_glyphs(pdf, f"Aïcha {ETHIOPIC} {ETHIOPIC}") == list(ETHIOPIC)
