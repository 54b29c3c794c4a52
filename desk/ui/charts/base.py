"""The chart view every chart of the desk builds on: an empty state, a context menu, PNG export and printing.

A chart is drawn again from scratch by `set_data` (a few series of a few dozen points: rebuilding is instant and
keeps no stale axis behind). Export and print render the same scene at a fixed logical size, so an image or a
page does not depend on how small the widget happened to be on screen.
"""

from __future__ import annotations

import html
import os
from collections.abc import Sequence

from PySide6.QtCharts import QAbstractAxis, QChart, QChartView
from PySide6.QtCore import QLocale, QMargins, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QBrush, QContextMenuEvent, QCursor, QGuiApplication, QImage, QPageLayout, QPainter, QPen
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QFrame, QGraphicsSimpleTextItem, QMenu, QMessageBox, QToolTip, QWidget

from desk.ui.charts import style

Series = Sequence[tuple[str, Sequence[float]]]
PNG_SIZE = QSize(1600, 1000)  # pixels of an exported image: sharp on a slide or an A4 page
PNG_SCALE = 1.6  # device pixels per logical pixel: the chart is laid out at 1000 × 625 and drawn 1.6 times finer
PRINT_WIDTH = 1000.0  # logical width of a printed chart: the page is filled, fonts keep their proportion


class ChartWidget(QChartView):
    """Base of the bar and line charts. Subclasses build their series and axes in `_build`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        chart = QChart()
        super().__init__(chart, parent)
        self.setObjectName("chart_view")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundBrush(QBrush(style.BACKGROUND))
        self.setMinimumSize(320, 220)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)  # a refresh shows the figures at once
        chart.setTheme(QChart.ChartTheme.ChartThemeLight)
        chart.setBackgroundBrush(QBrush(style.BACKGROUND))
        chart.setBackgroundRoundness(0)
        chart.setDropShadowEnabled(False)
        chart.setMargins(QMargins(8, 8, 8, 8))
        chart.setTitleFont(style.font(style.TITLE_POINTS, bold=True))
        chart.setTitleBrush(QBrush(style.INK))
        chart.legend().setFont(style.font(style.LABEL_POINTS))
        chart.legend().setLabelColor(style.INK)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setLocalizeNumbers(True)  # value labels on bars and points: 15 619 in French
        self._empty_item = QGraphicsSimpleTextItem(chart)
        self._empty_item.setFont(style.font(style.EMPTY_POINTS))
        self._empty_item.setBrush(QBrush(style.MUTED))
        self._empty_item.setText(self.tr("No data for this period"))
        self._empty_item.hide()
        chart.plotAreaChanged.connect(self._place_empty_text)
        self._title = ""
        self._categories: list[str] = []
        self._series: list[tuple[str, list[float]]] = []

    # -- data ---------------------------------------------------------------------------------------------------
    def set_data(self, categories: Sequence[str], series: Series, title: str = "") -> None:
        """Draw `series` (name, one value per category) over `categories`; an empty state when nothing is above 0."""
        self._title = title
        self._categories = [str(c) for c in categories]
        self._series = [(name, [float(v) for v in values]) for name, values in series]
        for name, values in self._series:
            if len(values) != len(self._categories):
                raise ValueError(f"series {name!r} has {len(values)} values for {len(self._categories)} categories")
        self._clear()
        chart = self.chart()
        chart.setLocale(QLocale())  # the current language's, set when the translator is installed
        chart.setTitle(html.escape(title, quote=False))
        empty = self.is_empty()
        self._empty_item.setText(self.tr("No data for this period"))
        self._empty_item.setVisible(empty)
        if not empty:
            self._build()
        chart.legend().setVisible(not empty and len(self._series) > 1)
        self._place_empty_text()

    def is_empty(self) -> bool:
        return not self._categories or not any(v for _, values in self._series for v in values)

    def categories(self) -> list[str]:
        return list(self._categories)

    def series_data(self) -> list[tuple[str, list[float]]]:
        return [(name, list(values)) for name, values in self._series]

    def title(self) -> str:
        return self._title

    def empty_text(self) -> str:
        """The empty state's message while it is shown, else ""."""
        return self._empty_item.text() if self._empty_item.isVisible() else ""

    def _build(self) -> None:
        raise NotImplementedError

    def _clear(self) -> None:
        """Remove what `_build` added."""
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)

    def _style_axis(self, axis: QAbstractAxis, grid: bool) -> None:
        axis.setLabelsFont(style.font(style.LABEL_POINTS))
        axis.setLabelsColor(style.INK)
        axis.setLinePen(QPen(style.AXIS_LINE, 1))
        axis.setGridLineVisible(grid)
        axis.setGridLinePen(QPen(style.GRID, 1))

    def _tip_text(self, category: str, series: str, value: float) -> str:
        head = f"{series}\n" if len(self._series) > 1 else ""
        return f"{head}{category}: {style.number_text(value)}"

    def _show_tip(self, text: str) -> None:
        if text:
            QToolTip.showText(QCursor.pos(), text, self)
        else:
            QToolTip.hideText()

    def _place_empty_text(self) -> None:
        area = self.chart().plotArea()
        box = self._empty_item.boundingRect()
        self._empty_item.setPos(area.center().x() - box.width() / 2, area.center().y() - box.height() / 2)

    # -- export and print ---------------------------------------------------------------------------------------
    def render_image(self, size: QSize = PNG_SIZE, scale: float = PNG_SCALE) -> QImage:
        """The chart on a white background, `size` pixels, laid out at `size / scale` logical pixels."""
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            painter.scale(scale, scale)
            self._render(painter, QSizeF(size.width() / scale, size.height() / scale))
        finally:
            painter.end()
        return image

    def save_png(self, path: str | os.PathLike[str], size: QSize = PNG_SIZE) -> None:
        """Write the chart as a PNG image (1600 × 1000 pixels by default); OSError when it cannot be written."""
        saved = self.render_image(size).save(os.fspath(path), "PNG")  # type: ignore[call-overload]  # stubs: bytes
        if not saved:
            raise OSError(self.tr("The image could not be saved to {path}.").format(path=os.fspath(path)))

    def print_to(self, printer: QPrinter) -> None:
        """Draw the chart on one page of `printer`, as large as the page allows."""
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError(self.tr("The printer could not be opened."))
        try:
            page = printer.pageLayout().paintRectPixels(printer.resolution())
            ratio = page.width() / PRINT_WIDTH
            logical = QSizeF(PRINT_WIDTH, min(page.height() / ratio, PRINT_WIDTH * 0.62))
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.scale(ratio, ratio)
            self._render(painter, logical)
        finally:
            painter.end()

    def print_chart(self) -> bool:
        """Ask for a printer (landscape by default) and print; False when the person cancelled."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the chart"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        self.print_to(printer)
        return True

    def _render(self, painter: QPainter, logical: QSizeF) -> None:
        """Lay the chart out at `logical` size, draw it, and give it back its size on screen."""
        chart = self.chart()
        on_screen = chart.geometry()
        try:
            chart.setGeometry(QRectF(0, 0, logical.width(), logical.height()))
            target = QRectF(0, 0, logical.width(), logical.height())
            self.scene().render(painter, target, target, Qt.AspectRatioMode.IgnoreAspectRatio)
        finally:
            chart.setGeometry(on_screen)

    # -- context menu -------------------------------------------------------------------------------------------
    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        save = menu.addAction(self.tr("Save as PNG image…"))
        save.setObjectName("save_png_action")
        save.triggered.connect(self._on_save_triggered)
        copy = menu.addAction(self.tr("Copy the image"))
        copy.setObjectName("copy_action")
        copy.triggered.connect(self._on_copy_triggered)
        printing = menu.addAction(self.tr("Print…"))
        printing.setObjectName("print_action")
        printing.triggered.connect(self.print_chart)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt's name
        menu = self.context_menu()
        menu.exec(event.globalPos())
        menu.deleteLater()

    def _on_save_triggered(self) -> None:
        suggested = (self._title or self.tr("chart")).replace("/", "-").replace("\\", "-") + ".png"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the chart"), suggested, self.tr("PNG image (*.png)"))
        if not path:
            return
        if not path.lower().endswith(".png"):
            path += ".png"
        try:
            self.save_png(path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save the chart"), str(exc))

    def _on_copy_triggered(self) -> None:
        QGuiApplication.clipboard().setImage(self.render_image())
