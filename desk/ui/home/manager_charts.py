"""The manager's trend charts: returns per month, cases by stage, committee decisions by sector, sustainability
scores at baseline and at 12 months. Each sits in a card whose "⋯" button offers what right-clicking the chart
does: save as PNG, copy, print."""

from __future__ import annotations

from PySide6.QtCharts import QAbstractBarSeries, QBarCategoryAxis, QBarSet, QHorizontalStackedBarSeries
from PySide6.QtCore import QLocale, QObject, QPoint, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QFrame, QGridLayout, QMenu, QToolButton, QWidget

from desk.services.home_dto import ManagerHome, SectorDecisions
from desk.ui.charts import ChartWidget, HorizontalBarChartWidget, LineChartWidget, style
from desk.ui.charts.bars import HORIZONTAL_HEADROOM, value_axis

SECTORS_SHOWN = 11  # the busiest sectors; the others are summed on one last bar


class StackedBarChartWidget(HorizontalBarChartWidget):
    """Horizontal bars cut into their parts (the decisions of one sector): the first category on top, the parts
    left to right in the order given, each in its colour from `colours` (the palette's beyond), the whole on the
    value axis. Parts carry no label (a part of 0 has no width to hold one): hovering tells."""

    colours: tuple[str, ...] = ()

    def _build(self) -> None:
        chart = self.chart()
        series = QHorizontalStackedBarSeries()
        values = self.series_data()
        for index, (name, numbers) in enumerate(values):
            colour = QColor(self.colours[index]) if index < len(self.colours) else style.colour(index)
            bar_set = QBarSet(name)
            bar_set.append(numbers[::-1])  # Qt draws the first category at the bottom; people read from the top
            bar_set.setColor(colour)
            bar_set.setBorderColor(colour)
            bar_set.setPen(QPen(Qt.PenStyle.NoPen))
            series.append(bar_set)
        series.setBarWidth(0.7)
        series.hovered.connect(self._on_series_hovered)
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append(style.unique_labels([style.wrapped_label(c, self.wrap_at) for c in self.categories()[::-1]]))
        self._style_axis(names, grid=False)
        totals = [sum(column) for column in zip(*(numbers for _, numbers in values), strict=True)]
        whole = value_axis([totals], HORIZONTAL_HEADROOM, QLocale())
        self._style_axis(whole, grid=True)
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(whole, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(names)
        series.attachAxis(whole)

    def bar_values(self) -> list[tuple[str, list[float]]]:
        return [
            (bar_set.label(), [bar_set.at(i) for i in range(bar_set.count())][::-1])
            for series in self.chart().series()
            if isinstance(series, QAbstractBarSeries)
            for bar_set in series.barSets()
        ]


class DecisionsChartWidget(StackedBarChartWidget):
    wrap_at = 40  # "Construction and building (18)" on one line: Qt cuts a second line short at this height
    colours = ("#009E73", "#E69F00", "#56B4E9", "#D55E00")  # approved green, to amend orange, postponed blue, red


class ChartCard(QFrame):
    """A chart with a small "⋯" button in its corner: the chart's own menu (PNG, copy, print)."""

    def __init__(self, object_name: str, chart: ChartWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setStyleSheet(f"QFrame#{object_name} {{ border: 1px solid #c9d1dc; background: #ffffff; }}")
        self.chart = chart
        self.menu_button = QToolButton()
        self.menu_button.setObjectName("chart_menu_button")
        self.menu_button.setText("⋯")
        self.menu_button.setStyleSheet("QToolButton { font-size: 14pt; font-weight: bold; padding: 0 6px; }")
        self.menu_button.setToolTip(self.tr("Save this chart as a PNG image, copy it or print it (or right-click it)"))
        self.menu_button.setAccessibleName(self.tr("Chart menu: save as PNG, copy, print"))
        self.menu_button.clicked.connect(self._on_menu_button_clicked)
        chart.setToolTip(self.tr("Right-click to save as PNG, copy or print"))
        grid = QGridLayout(self)
        grid.setContentsMargins(1, 1, 1, 1)
        grid.addWidget(chart, 0, 0)
        grid.addWidget(self.menu_button, 0, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)

    def _on_menu_button_clicked(self) -> None:
        menu = self.chart.context_menu()
        self.popup(menu)
        menu.deleteLater()

    def popup(self, menu: QMenu) -> None:
        """Under the "⋯" button, until a choice is made (tests replace it)."""
        menu.exec(self.menu_button.mapToGlobal(QPoint(0, self.menu_button.height())))


class ManagerCharts(QObject):
    """The four trend charts on two pages, two charts side by side on each: twelve stages or twelve months need the
    room of half the screen to be read at 1366 × 768."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.returns_chart = LineChartWidget()
        self.stages_chart = HorizontalBarChartWidget()
        self.sectors_chart = DecisionsChartWidget()
        self.scores_chart = HorizontalBarChartWidget()
        # twelve months under the line need more width than the stages' names beside their bars
        self.cases_page = self._page(("returns_card", self.returns_chart, 3), ("stages_card", self.stages_chart, 2))
        self.committee_page = self._page(("sectors_card", self.sectors_chart, 1), ("scores_card", self.scores_chart, 1))

    @staticmethod
    def _page(*charts: tuple[str, ChartWidget, int]) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 6, 0, 0)
        grid.setSpacing(10)
        for column, (name, chart, stretch) in enumerate(charts):
            grid.addWidget(ChartCard(name, chart), 0, column)
            grid.setColumnStretch(column, stretch)
        return page

    def charts(self) -> list[ChartWidget]:
        return [self.returns_chart, self.stages_chart, self.sectors_chart, self.scores_chart]

    def show_data(self, home: ManagerHome) -> None:
        self.returns_chart.set_months(
            [m.month for m in home.returns_per_month],
            [(self.tr("Returns"), [m.count for m in home.returns_per_month])],
            self.tr("Returnees arrived, per month"),
        )
        self.stages_chart.set_data(
            [s.label for s in home.cases_by_stage],
            [(self.tr("Cases"), [s.count for s in home.cases_by_stage])],
            self.tr("Cases by stage"),
        )
        self._show_sectors(home.decisions_by_sector)
        self._show_scores(home)

    def _show_sectors(self, sectors: tuple[SectorDecisions, ...]) -> None:
        shown = list(sectors[:SECTORS_SHOWN])
        rest = sectors[SECTORS_SHOWN:]
        names = [s.sector for s in shown]
        counts = [[s.approved, s.to_amend, s.postponed, s.rejected] for s in shown]
        if rest:
            names.append(self.tr("{count} other sectors").format(count=len(rest)))
            counts.append(
                [
                    sum(s.approved for s in rest),
                    sum(s.to_amend for s in rest),
                    sum(s.postponed for s in rest),
                    sum(s.rejected for s in rest),
                ]
            )
        labels = [f"{name} ({sum(row)})" for name, row in zip(names, counts, strict=True)]
        decisions = (self.tr("Approved"), self.tr("To amend"), self.tr("Postponed"), self.tr("Rejected"))
        series = [(decision, [row[i] for row in counts]) for i, decision in enumerate(decisions)]
        self.sectors_chart.set_data(labels, series, self.tr("Committee decisions by sector"))

    def _show_scores(self, home: ManagerHome) -> None:
        """Both series always: "At 12 months (0)" in the legend says there is nothing to compare with yet."""
        scores = home.scores
        series = [
            (
                self.tr("First assessment ({count})").format(count=scores.baseline_cases),
                [line.baseline or 0.0 for line in scores.lines],
            ),
            (
                self.tr("At 12 months ({count})").format(count=scores.month12_cases),
                [line.month12 or 0.0 for line in scores.lines],
            ),
        ]
        self.scores_chart.set_data(
            [line.label for line in scores.lines], series, self.tr("Sustainability scores (0 to 1)")
        )
