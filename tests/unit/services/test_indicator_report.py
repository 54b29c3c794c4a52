"""The indicator report PDF: built through the services on the indicators desk of test_exports, read back with pypdf."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select, update

from desk.i18n import set_language, translate
from desk.models.reference import Donor, Programme
from desk.models.returnee import Case
from desk.models.setting import DeskSetting
from desk.services.desk_service import NAME
from desk.services.documents.layout import MissingGlyphs
from desk.services.errors import PermissionDenied, ValidationError
from desk.services.exchange.xlsx_writer import ExportFailed
from desk.services.indicator_report_service import IndicatorReports
from desk.services.progress import Cancelled, CancelToken
from tests.unit.services.test_exports import desk, expect, indicators_desk, register  # noqa: F401 - fixtures

TOTALS = expect(registered=4, assessed=1, referred=1, trained=1, approved=2, paid=1, followed_up=1)


@pytest.fixture
def make_reports(context):
    return lambda services: IndicatorReports(context.session_factory, services.actor)


def pdf_text(path: Path) -> str:
    """Every page's text, with the narrow and non-breaking spaces of French numbers read as spaces."""
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return re.sub(r"[\u202f\u00a0]", " ", text)


def day(value: date) -> str:
    return value.strftime("%d/%m/%Y")


def leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".part")]


def test_the_pdf_holds_the_figures_of_the_period(indicators_desk, make_reports, tmp_path):  # noqa: F811
    services, first, last, _ = indicators_desk
    out = tmp_path / "indicators.pdf"
    steps = []
    report = make_reports(services.manager).indicator_report_pdf(
        out, first, last, progress=lambda done, total, message: steps.append((done, total))
    )
    assert report.totals == TOTALS
    assert steps == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert leftovers(tmp_path) == []
    text = pdf_text(out)
    assert "Indicator report" in text
    assert f"Period {day(first)} to {day(last)}" in text
    assert "Donor all donors" in text
    assert "Produced by Manager Test (" in text
    # the key figures: each total over its indicator's name
    for number, name in (
        (4, "Persons registered"),
        (1, "Persons assessed"),
        (2, "Persons with an"),  # approved plan, on the next line
        (1, "Persons paid"),
    ):
        assert f"\n{number}\n{name}\n" in text
    # a table per disaggregation with its lines and its total, a chart of two indicators
    for title in ("By sex", "By age band", "By sex and age band", "By region", "By programme", "By aid level"):
        assert f"\n{title}\n" in text
    assert "Female 2 1 0 1 1 1 1" in text and "Male 2 0 1 0 1 0 0" in text
    assert "Total (each person\ncounted once)\n4 1 1 1 2 1 1" in text
    assert "0-17 1 0 1 0 0 0 0" in text and "Age unknown 1 0 0 0 1 0 0" in text
    assert "Male 0-17 1 0 1 0 0 0 0" in text  # sex and age band together
    assert "No baseline assessment 4 0 1 1 2 1 1" in text
    assert "counted on each of their lines" in text  # aid levels overlap: the lines add up to more
    assert "A bar with a break" not in text  # 4 persons without assessment do not crush 1 with: no cut bar
    assert "Persons registered Persons paid\nFemale 2 1\nMale 2 0" in text  # the chart's legend and bars
    # what each indicator counts, at the end
    assert text.index("What each indicator counts") > text.index("By sector")
    assert "A follow-up visit done in the period." in text
    assert "No data for this period" not in text


def test_the_pdf_in_french(indicators_desk, make_reports, tmp_path):  # noqa: F811
    services, first, last, _ = indicators_desk
    set_language("fr")
    out = tmp_path / "indicateurs.pdf"
    make_reports(services.finance).indicator_report_pdf(out, first, last)
    text = pdf_text(out)
    assert "Par sexe" in text and "Par tranche d'âge" in text
    assert "Femme 2 1 0 1 1 1 1" in text and "Homme 2 0 1 0 1 0 0" in text
    assert "\n4\nPersonnes enregistrées" in text and "\n2\nPersonnes avec un plan\napprouvé" in text
    assert "Total (chaque personne\ncomptée une fois)\n4 1 1 1 2 1 1" in text
    assert "Imprimé le" in text and f"{day(first)}" in text


def test_a_donor_report_counts_only_its_programmes(indicators_desk, make_reports, context, tmp_path):  # noqa: F811
    services, first, last, cases = indicators_desk
    with context.session_factory.begin() as session:
        programme = session.scalars(select(Programme).where(Programme.donor_id.is_not(None))).first()
        donor = session.get(Donor, programme.donor_id)
        code, name = donor.code, donor.name_en
        session.execute(update(Case).where(Case.id == cases["delta"]).values(programme_id=programme.id))
    out = tmp_path / "donor.pdf"
    report = make_reports(services.manager).indicator_report_pdf(out, first, last, code.lower())
    assert report.donor == code and report.totals == expect(registered=1, approved=1, paid=1, followed_up=1)
    text = pdf_text(out)
    assert f"Donor {code} — {name}" in text
    assert "\n1\nPersons registered" in text and "\n0\nPersons assessed" in text
    assert f"{programme.code} 1 0 0 0 1 1 1" in text
    assert "only the cases of the programmes this donor funds" in text
    with pytest.raises(ValidationError):
        make_reports(services.manager).indicator_report_pdf(tmp_path / "x.pdf", first, last, "NO-SUCH-DONOR")
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_an_empty_period_gives_a_report_that_says_so(desk, make_reports, tmp_path, language):  # noqa: F811
    set_language(language)
    out = tmp_path / "empty.pdf"
    first, last = date(2001, 1, 1), date(2001, 3, 31)
    report = make_reports(desk.manager).indicator_report_pdf(out, first, last)
    assert not any(report.totals.values())
    text = pdf_text(out)
    assert len(PdfReader(out).pages) == 1
    assert translate("IndicatorReport", "No data for this period") in text
    assert "01/01/2001" in text and "31/03/2001" in text
    assert ("By sex" if language == "en" else "Par sexe") not in text  # no empty tables nor charts
    assert ("Persons followed up" if language == "en" else "Personnes suivies") in text  # the definitions stay


def test_roles_periods_and_cancel_leave_no_file(indicators_desk, make_reports, tmp_path):  # noqa: F811
    services, first, last, _ = indicators_desk
    out = tmp_path / "indicators.pdf"
    with pytest.raises(PermissionDenied):
        make_reports(services.agent).indicator_report_pdf(out, first, last)
    with pytest.raises(ValidationError):
        make_reports(services.manager).indicator_report_pdf(out, last, first)
    out.write_bytes(b"the report of last quarter")
    cancel = CancelToken()

    def cancel_while_drawing(done: int, total: int, message: str) -> None:
        if done == 2:  # drawn, not yet saved
            cancel.cancel()

    with pytest.raises(Cancelled):
        make_reports(services.manager).indicator_report_pdf(
            out, first, last, progress=cancel_while_drawing, cancel=cancel
        )
    assert out.read_bytes() == b"the report of last quarter"  # an older file stays as it was
    assert leftovers(tmp_path) == []
    with pytest.raises(ExportFailed):
        make_reports(services.manager).indicator_report_pdf(tmp_path / "no-folder" / "x.pdf", first, last)


def test_the_workbook_and_the_pdf_from_one_count(indicators_desk, make_reports, tmp_path):  # noqa: F811
    services, first, last, _ = indicators_desk
    report = services.manager.exports.export_indicators(tmp_path / "indicators.xlsx", first, last)
    written = make_reports(services.manager).write_pdf(tmp_path / "indicators.pdf", report)
    assert written == tmp_path / "indicators.pdf"
    assert "Female 2 1 0 1 1 1 1" in pdf_text(written)
    with pytest.raises(PermissionDenied):  # figures in hand do not let a role without the right write them
        make_reports(services.agent).write_pdf(tmp_path / "agent.pdf", report)
    assert not (tmp_path / "agent.pdf").exists()


def test_a_desk_name_the_font_cannot_print_is_refused(indicators_desk, make_reports, context, tmp_path):  # noqa: F811
    services, first, last, _ = indicators_desk
    with context.session_factory.begin() as session:
        session.get(DeskSetting, NAME).value = "Guichet ሰላም"  # Ethiopic: not in DejaVu
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(MissingGlyphs):
        make_reports(services.manager).indicator_report_pdf(folder / "x.pdf", first, last)
    assert list(folder.iterdir()) == []


def test_every_group_is_in_its_table_and_its_chart(desk, make_reports, tmp_path):  # noqa: F811
    """Five persons in each region: every region's line is in the table and in the chart."""
    regions = desk.agent.reference.list_items("regions")
    assert len(regions) >= 8
    for region in regions:
        for index in range(5):
            register(desk, f"{region.code}{index}", region_id=region.id)
    out = tmp_path / "regions.pdf"
    report = make_reports(desk.manager).indicator_report_pdf(out, date.today() - timedelta(days=1), date.today())
    assert report.totals["registered"] == 5 * len(regions)
    text = pdf_text(out)
    for region in regions:
        assert f"\n{region.name_en} 5 0 0 0 0 0 0\n" in text  # its line in the table
        assert f"\n{region.name_en} 5 0\n" in text  # its bars and their figures
