"""Charts of the desk on Qt's own chart module: bars, horizontal bars, lines over months.

Each takes plain data (category labels and (name, values) series), shows "No data for this period" rather than an
empty axis, and can be saved as PNG, copied or printed from its context menu.
"""

from desk.ui.charts.bars import BarChartWidget, HorizontalBarChartWidget
from desk.ui.charts.base import ChartWidget
from desk.ui.charts.line import LineChartWidget

__all__ = ["BarChartWidget", "ChartWidget", "HorizontalBarChartWidget", "LineChartWidget"]
