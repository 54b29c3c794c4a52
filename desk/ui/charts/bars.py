"""Bar charts: vertical bars for a few short categories, horizontal bars for long labels (regions, sectors).

Several series are drawn side by side (grouped), each value written at the end of its bar.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QHorizontalBarSeries,
)
from PySide6.QtCore import QLocale, QMargins, Qt
from PySide6.QtGui import QBrush, QPen
from PySide6.QtWidgets import QWidget

from desk.ui.charts import style
from desk.ui.charts.base import ChartWidget

HEADROOM = 1.12  # room above the tallest bar for its value label
HORIZONTAL_HEADROOM = 1.18  # labels at the end of horizontal bars are wider than tall


def value_axis(values: Sequence[Sequence[float]], headroom: float, locale: QLocale) -> QCategoryAxis:
    """A value axis from 0 with round steps (whole ones for counts), its labels written in the current language
    (15 000, 15,000).

    QValueAxis formats with printf and, asked to localise, loses its labels: a category axis whose labels sit on
    the values does the same job with QLocale's digits."""
    maximum = max((v for numbers in values for v in numbers), default=0.0)
    whole = all(float(v).is_integer() for numbers in values for v in numbers)
    top, step = style.nice_scale(maximum * headroom, integers=whole)
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    axis.setRange(0, top)
    for index in range(round(top / step) + 1):
        value = round(index * step, 6)  # 0.6000000000000001 would print as such
        axis.append(style.number_text(value, locale), value)
    axis.setStartValue(0)
    return axis


class BarChartWidget(ChartWidget):
    """Vertical bars, one group per category, one bar per series (e.g. cases by stage, decisions by sector)."""

    horizontal = False
    wrap_at = 11

    def _new_series(self) -> QAbstractBarSeries:
        return QBarSeries()

    def _build(self) -> None:
        chart = self.chart()
        locale = QLocale()
        series = self._new_series()
        categories = self.categories()
        values = self.series_data()
        order = list(enumerate(values))
        if self.horizontal:
            # Qt draws the first category, and the first bar of a group, at the bottom; people read from the top
            categories = categories[::-1]
            order = [(index, (name, v[::-1])) for index, (name, v) in reversed(order)]
            chart.legend().setReverseMarkers(True)
        for index, (name, numbers) in order:
            bar_set = QBarSet(name)
            bar_set.append(numbers)
            bar_set.setColor(style.colour(index))
            bar_set.setBorderColor(style.colour(index))
            bar_set.setPen(QPen(Qt.PenStyle.NoPen))
            bar_set.setLabelColor(style.INK)
            bar_set.setLabelFont(style.font(style.VALUE_POINTS))
            bar_set.setBrush(QBrush(style.colour(index)))
            series.append(bar_set)
        series.setBarWidth(0.7 if len(values) > 1 else 0.6)
        series.hovered.connect(self._on_series_hovered)
        chart.addSeries(series)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        series.setLabelsPrecision(12)  # whole numbers in full, never 1.6e+04
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        names = QBarCategoryAxis()
        names.append(style.unique_labels([style.wrapped_label(c, self.wrap_at) for c in categories]))
        self._style_axis(names, grid=False)
        headroom = HORIZONTAL_HEADROOM if self.horizontal else HEADROOM
        amounts = value_axis([numbers for _, numbers in values], headroom, locale)
        self._style_axis(amounts, grid=True)
        name_side, value_side = (
            (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom)
            if self.horizontal
            else (Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft)
        )
        chart.addAxis(names, name_side)
        chart.addAxis(amounts, value_side)
        series.attachAxis(names)
        series.attachAxis(amounts)

    def _on_series_hovered(self, status: bool, index: int, bar_set: QBarSet) -> None:
        """A cut label or a bar too thin to read: its category, series and value in a tooltip."""
        if not status:
            self._show_tip("")
            return
        categories = self.categories()
        category = categories[len(categories) - 1 - index] if self.horizontal else categories[index]
        self._show_tip(self._tip_text(category, bar_set.label(), bar_set.at(index)))

    def bar_values(self) -> list[tuple[str, list[float]]]:
        """What the chart draws, read back from its bar sets (in the order given to set_data)."""
        result = []
        for series in self.chart().series():
            if isinstance(series, QAbstractBarSeries):
                for bar_set in series.barSets():
                    numbers = [bar_set.at(i) for i in range(bar_set.count())]
                    result.append((bar_set.label(), numbers[::-1] if self.horizontal else numbers))
        return result[::-1] if self.horizontal else result

    def axis_categories(self) -> list[str]:
        """The category axis' labels as drawn (wrapped with <br>), top or left first."""
        for axis in self.chart().axes():
            if isinstance(axis, QBarCategoryAxis):
                labels = list(axis.categories())
                return labels[::-1] if self.horizontal else labels
        return []


class HorizontalBarChartWidget(BarChartWidget):
    """Horizontal bars for long category labels (regions, sectors, programmes): the first category on top."""

    horizontal = True
    wrap_at = style.WRAP_AT

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart().setMargins(QMargins(8, 8, 28, 8))  # the last value label of the axis is centred on its tick

    def _new_series(self) -> QAbstractBarSeries:
        return QHorizontalBarSeries()
