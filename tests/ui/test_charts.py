"""The chart widgets: what they draw, their empty state, PNG export, printing and the context menu."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QCategoryAxis, QHorizontalBarSeries
from PySide6.QtCore import QLocale, QSize
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from desk.ui.charts import BarChartWidget, HorizontalBarChartWidget, LineChartWidget
from desk.ui.charts.style import PALETTE, month_axis_labels, nice_scale, number_text, wrapped_label
from desk.ui.translator import install_translator

SECTORS = ["Agriculture", "Commerce", "Services"]


def chart(qtbot, kind):
    widget = kind()
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    widget.show()
    return widget


def value_labels(widget) -> list[str]:
    axis = next(a for a in widget.chart().axes() if isinstance(a, QCategoryAxis))
    return list(axis.categoriesLabels())


def test_grouped_bars_draw_each_series_with_its_colour_and_a_legend(qtbot):
    widget = chart(qtbot, BarChartWidget)
    widget.set_data(SECTORS, [("Approved", [120, 80, 45]), ("Rejected", [5, 8, 0])], "Decisions by sector")
    assert widget.bar_values() == [("Approved", [120, 80, 45]), ("Rejected", [5, 8, 0])]
    assert widget.axis_categories() == SECTORS
    assert widget.chart().title() == "Decisions by sector"
    assert widget.chart().legend().isVisible()  # two series: a legend says which is which
    (series,) = widget.chart().series()
    assert series.isLabelsVisible()  # the values are written on the bars
    assert [s.color().name().upper() for s in series.barSets()] == list(PALETTE[:2])
    assert value_labels(widget) == ["0", "50", "100", "150"]  # round steps above the tallest bar
    assert widget.empty_text() == ""


def test_one_series_has_no_legend_and_values_follow_the_language(qtbot):
    widget = chart(qtbot, BarChartWidget)
    widget.set_data(["Registered", "Paid"], [("Persons", [15_619, 2_400])])
    assert not widget.chart().legend().isVisible()
    assert value_labels(widget)[-1] == "20,000"
    install_translator("fr")
    widget.set_data(["Enregistrées", "Payées"], [("Personnes", [15_619, 2_400])])
    assert QLocale().language() == QLocale.Language.French
    assert value_labels(widget)[-1] == QLocale().toString(20_000)  # "20 000", with the French spacing
    assert widget.chart().localizeNumbers() and widget.chart().locale().language() == QLocale.Language.French


def test_horizontal_bars_list_the_first_category_on_top_and_wrap_long_labels(qtbot):
    widget = chart(qtbot, HorizontalBarChartWidget)
    long_name = "Agriculture, élevage, pêche & transformation"
    widget.set_data(["Centre", "Littoral", long_name], [("Registered", [40, 30, 2]), ("Paid", [12, 9, 1])])
    (series,) = widget.chart().series()
    assert isinstance(series, QHorizontalBarSeries)
    # Qt draws from the bottom up: the data is handed over reversed, and read back in the given order
    assert series.barSets()[0].label() == "Paid" and series.barSets()[0].at(2) == 12
    assert widget.bar_values() == [("Registered", [40, 30, 2]), ("Paid", [12, 9, 1])]
    assert widget.axis_categories() == ["Centre", "Littoral", "Agriculture, élevage,<br>pêche &amp; transformation"]
    assert widget.chart().legend().reverseMarkers()  # the legend reads in the order of the bars


def test_scores_keep_their_decimals(qtbot):
    widget = chart(qtbot, BarChartWidget)
    widget.set_data(["Economic", "Social"], [("Baseline", [0.35, 0.5]), ("12 months", [0.62, 0.71])], "Scores")
    assert value_labels(widget) == ["0", "0.2", "0.4", "0.6", "0.8"]
    assert widget.bar_values()[1] == ("12 months", [0.62, 0.71])
    assert number_text(2.4) == "2.4" and number_text(12.5) == "12.5" and number_text(1234.5) == "1,235"
    install_translator("fr")
    assert number_text(0.35) == "0,35" and number_text(15_619) == QLocale().toString(15_619)


def test_equal_category_labels_do_not_break_the_axis(qtbot):
    widget = chart(qtbot, HorizontalBarChartWidget)
    widget.set_data(["Not recorded", "Not recorded"], [("Persons", [3, 4])])
    axis = next(a for a in widget.chart().axes() if isinstance(a, QBarCategoryAxis))
    assert axis.count() == 2


def test_line_chart_over_months(qtbot):
    widget = chart(qtbot, LineChartWidget)
    months = [date(2025, 12, 1), date(2026, 1, 1), date(2026, 2, 1)]
    widget.set_months(months, [("Returns", [310, 280, 402]), ("Cases opened", [300, 250, 0])], "Returns per month")
    assert widget.line_values() == [("Returns", [310, 280, 402]), ("Cases opened", [300, 250, 0])]
    assert widget.categories() == ["Dec 2025", "Jan 2026", "Feb 2026"]
    assert widget.axis_labels() == [(0, "Dec<br>2025"), (1, "Jan<br>2026"), (2, "Feb")]
    assert widget.chart().legend().isVisible()
    install_translator("fr")
    widget.set_months(months, [("Retours", [310, 280, 402])])
    assert widget.categories()[1] == QLocale().toString(QLocale().toDate("01/01/2026", "dd/MM/yyyy"), "MMM yyyy")
    assert widget.categories()[1].startswith("janv")
    # two years: every other month named on the axis, the values still one per month
    two_years = [date(2025 + m // 12, m % 12 + 1, 1) for m in range(24)]
    widget.set_months(two_years, [("Retours", list(range(1, 25)))])
    assert [position for position, _ in widget.axis_labels()] == list(range(0, 24, 2))
    assert widget.line_values() == [("Retours", list(range(1, 25)))]


@pytest.mark.parametrize("kind", [BarChartWidget, HorizontalBarChartWidget, LineChartWidget])
def test_no_data_shows_a_message_instead_of_an_empty_axis(qtbot, kind):
    widget = chart(qtbot, kind)
    widget.set_data(SECTORS, [("Approved", [1, 2, 3])])
    assert widget.chart().axes()
    for categories, series in (([], []), (SECTORS, [("Approved", [0, 0, 0])]), (SECTORS, [])):
        widget.set_data(categories, series, "Decisions by sector")
        assert widget.is_empty()
        assert widget.empty_text() == "No data for this period"
        assert widget.chart().series() == [] and widget.chart().axes() == []
        assert not widget.chart().legend().isVisible()
    widget.set_data(SECTORS, [("Approved", [1, 0, 0])])
    assert widget.empty_text() == "" and widget.chart().series()


def test_values_and_categories_must_match():
    with pytest.raises(ValueError):
        BarChartWidget().set_data(SECTORS, [("Approved", [1, 2])])


@pytest.mark.parametrize("kind", [BarChartWidget, HorizontalBarChartWidget, LineChartWidget])
def test_save_png_writes_a_sharp_image_on_white(qtbot, tmp_path, kind):
    widget = chart(qtbot, kind)
    widget.resize(320, 220)  # small on screen: the image is laid out at its own size
    widget.set_data(SECTORS, [("Approved", [120, 80, 45])], "Decisions by sector")
    path = tmp_path / "chart.png"
    widget.save_png(path)
    image = QImage(str(path))
    assert not image.isNull() and image.size() == QSize(1600, 1000)
    assert image.pixelColor(3, 3) == QColor("white")  # white background, even for a transparent theme
    assert image.pixelColor(1596, 996) == QColor("white")
    colours = {image.pixelColor(x, y).name().upper() for x in range(0, 1600, 8) for y in range(0, 1000, 8)}
    assert PALETTE[0] in colours  # the bars or the line were drawn
    assert widget.chart().geometry().width() == pytest.approx(widget.viewport().width(), abs=2)  # size given back
    widget.save_png(path, QSize(800, 500))
    assert QImage(str(path)).size() == QSize(800, 500)


def test_save_png_of_an_empty_chart_and_a_refused_path(qtbot, tmp_path):
    widget = chart(qtbot, BarChartWidget)
    widget.set_data([], [], "Nothing")
    widget.save_png(tmp_path / "empty.png")
    assert QImage(str(tmp_path / "empty.png")).size() == QSize(1600, 1000)
    with pytest.raises(OSError):
        widget.save_png(tmp_path / "missing-folder" / "chart.png")


def test_print_to_a_pdf_printer(qtbot, tmp_path):
    widget = chart(qtbot, HorizontalBarChartWidget)
    widget.set_data(SECTORS, [("Approved", [120, 80, 45])], "Decisions by sector")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "chart.pdf"))
    widget.print_to(printer)
    data = (tmp_path / "chart.pdf").read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 2_000


def test_context_menu_saves_copies_and_prints(qtbot, tmp_path, monkeypatch):
    widget = chart(qtbot, BarChartWidget)
    widget.set_data(SECTORS, [("Approved", [120, 80, 45])], "Decisions / sector")
    menu = widget.context_menu()
    actions = {a.objectName(): a for a in menu.actions()}
    assert set(actions) == {"save_png_action", "copy_action", "print_action"}
    target = tmp_path / "saved"  # the suffix is added when the person leaves it out
    asked = []

    def answer(parent, title, suggested, filters):
        asked.append(suggested)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    actions["save_png_action"].trigger()
    assert asked == ["Decisions - sector.png"]
    assert QImage(str(tmp_path / "saved.png")).size() == QSize(1600, 1000)
    actions["copy_action"].trigger()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().image().size() == QSize(1600, 1000)
    printed = []
    monkeypatch.setattr(type(widget), "print_chart", lambda self: printed.append(self) or True)
    widget.context_menu().actions()[2].trigger()
    assert printed == [widget]


def test_nice_scales_and_labels():
    assert nice_scale(0) == (1.0, 1.0)
    assert nice_scale(2) == (2.0, 1.0)  # never 0.5 steps for counts of persons
    assert nice_scale(134) == (150.0, 50.0)
    assert nice_scale(15_619 * 1.12) == (20_000.0, 5_000.0)
    assert nice_scale(0.7, integers=False) == (0.8, 0.2)
    assert wrapped_label("a <b> c") == "a &lt;b&gt; c"
    assert wrapped_label("one two three four five six seven eight nine ten", 10, 2) == "one two<br>three fou…"
    assert month_axis_labels([date(2026, 3, 1), date(2026, 4, 1), "Total"]) == ["Mar<br>2026", "Apr", "Total"]
    two_years = [date(2025 + (m - 1) // 12, (m - 1) % 12 + 1, 1) for m in range(2, 26)]  # Feb 2025 to Jan 2027
    labels = month_axis_labels(two_years)
    assert labels[:4] == ["Feb<br>2025", "Mar", "", "May"]  # every other month named, counted from January
    assert labels[11] == "Jan<br>2026" and labels[-1] == "Jan<br>2027"
