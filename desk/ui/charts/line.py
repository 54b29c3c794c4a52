"""A line chart over months (returns per month, payments per month), one line per series."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCharts import QCategoryAxis, QLineSeries
from PySide6.QtCore import QLocale, QPointF, Qt
from PySide6.QtGui import QBrush, QPen
from PySide6.QtWidgets import QGraphicsSimpleTextItem, QWidget

from desk.ui.charts import style
from desk.ui.charts.bars import HEADROOM, value_axis
from desk.ui.charts.base import ChartWidget, Series

MARKER = 7.0
POINT_LABELS_UP_TO = 13  # months whose values are written on the line; beyond, the labels would overlap


class LineChartWidget(ChartWidget):
    """One point per month, joined; months are dates (any day of the month) or ready-made labels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._axis_labels: list[str] = []
        # Qt's own point labels sit on their markers: the values are written a little above them instead
        self._value_items: list[tuple[QGraphicsSimpleTextItem, QPointF, QLineSeries]] = []
        self.chart().plotAreaChanged.connect(self._place_values)

    def set_data(self, categories: Sequence[str], series: Series, title: str = "") -> None:
        """Points over ready-made labels (one per category, as given)."""
        self._axis_labels = [style.wrapped_label(c, 40, 1) for c in categories]
        super().set_data(categories, series, title)

    def set_months(self, months: Sequence[date | str], series: Series, title: str = "") -> None:
        """Points over months, named in the current language: "janv." with the year under the first month and
        under each January on the axis; categories() gives "janv. 2026"."""
        locale = QLocale()
        self._axis_labels = style.month_axis_labels(months, locale)
        ChartWidget.set_data(self, [style.month_text(m, locale) for m in months], series, title)

    def _build(self) -> None:
        chart = self.chart()
        locale = QLocale()
        categories = self.categories()
        values = self.series_data()
        # values written by the points of a single line only: two lines' labels would collide (tooltips tell)
        few = len(categories) <= POINT_LABELS_UP_TO and len(values) == 1
        lines = []
        for index, (name, numbers) in enumerate(values):
            line = QLineSeries()
            line.setName(name)
            line.append([QPointF(i, v) for i, v in enumerate(numbers)])
            line.setPen(QPen(style.colour(index), 2.5))
            line.setColor(style.colour(index))
            line.setPointsVisible(True)
            line.setMarkerSize(MARKER if len(categories) <= POINT_LABELS_UP_TO else MARKER * 0.7)
            line.hovered.connect(lambda point, state, name=name: self._on_line_hovered(name, point, state))
            chart.addSeries(line)
            lines.append(line)
            if few:
                for i, v in enumerate(numbers):
                    item = QGraphicsSimpleTextItem(style.number_text(v, locale), chart)
                    item.setFont(style.font(style.VALUE_POINTS))
                    item.setBrush(QBrush(style.INK))
                    self._value_items.append((item, QPointF(i, v), line))
        # labels placed on their months (not one per category slot, which Qt cuts to the slot's width): over
        # two years every other month is named and each name has the room of two
        months = QCategoryAxis()
        months.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        months.setRange(-0.5, len(categories) - 0.5)
        for i, label in enumerate(style.unique_labels(self._axis_labels)):
            if label.strip("\u200b"):
                months.append(label, i)
        self._style_axis(months, grid=False)
        amounts = value_axis([numbers for _, numbers in values], HEADROOM, locale)
        self._style_axis(amounts, grid=True)
        chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(amounts, Qt.AlignmentFlag.AlignLeft)
        for line in lines:
            line.attachAxis(months)
            line.attachAxis(amounts)
        self._place_values()

    def _on_line_hovered(self, name: str, point: QPointF, state: bool) -> None:
        index = round(point.x())
        values = dict(self.series_data()).get(name, [])
        if not state or not 0 <= index < len(values):
            self._show_tip("")
            return
        self._show_tip(self._tip_text(self.categories()[index], name, values[index]))

    def _clear(self) -> None:
        for item, _, _ in self._value_items:
            scene = item.scene()
            if scene is not None:
                scene.removeItem(item)  # the chart no longer owns it: Python frees it with the list
        self._value_items.clear()
        super()._clear()

    def _place_values(self) -> None:
        chart = self.chart()
        for item, point, line in self._value_items:
            at = chart.mapToPosition(point, line)
            box = item.boundingRect()
            item.setPos(at.x() - box.width() / 2, at.y() - box.height() - MARKER / 2 - 2)

    def axis_labels(self) -> list[tuple[float, str]]:
        """(position, label) of the month axis as drawn: 0 is the first month."""
        for axis in self.chart().axes(Qt.Orientation.Horizontal):
            if isinstance(axis, QCategoryAxis):
                return [(axis.endValue(label), label) for label in axis.categoriesLabels()]
        return []

    def line_values(self) -> list[tuple[str, list[float]]]:
        """What the chart draws, read back from its line series."""
        return [
            (line.name(), [point.y() for point in line.points()])
            for line in self.chart().series()
            if isinstance(line, QLineSeries)
        ]
