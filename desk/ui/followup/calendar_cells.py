"""The month grid and the week strip: each day painted with its visits to do, done, missed and late (late in red)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractButton, QCalendarWidget, QHBoxLayout, QWidget

from desk.i18n import QT_TRANSLATE_NOOP, translate
from desk.services.followup_dto import DayCount
from desk.ui.followup.common import DONE_COLOUR, LATE_BACKGROUND, LATE_COLOUR, MISSED_COLOUR, PLANNED_COLOUR

PIECES = {
    "overdue": QT_TRANSLATE_NOOP("Followup", "{count} late"),
    "planned": QT_TRANSLATE_NOOP("Followup", "{count} to do"),
    "done": QT_TRANSLATE_NOOP("Followup", "{count} done"),
    "other": QT_TRANSLATE_NOOP("Followup", "{count} missed"),
}
COLOURS = {"overdue": LATE_COLOUR, "planned": PLANNED_COLOUR, "done": DONE_COLOUR, "other": MISSED_COLOUR}
SELECTED_BACKGROUND = "#cfe3fa"
SELECTED_BORDER = "#2a6ebb"
TODAY_BACKGROUND = "#fff4cc"
TODAY_BORDER = "#c99a00"
OTHER_MONTH = "#f2f2f2"


def pieces(count: DayCount | None) -> list[tuple[str, str]]:
    """(text, colour) of a day's counts, late first: ('2 late', red), ('3 to do', blue)…"""
    if count is None:
        return []
    return [
        (translate("Followup", PIECES[key]).format(count=getattr(count, key)), COLOURS[key])
        for key in ("overdue", "planned", "done", "other")
        if getattr(count, key)
    ]


def paint_day(
    painter: QPainter,
    rect: QRect,
    heading: str,
    count: DayCount | None,
    *,
    selected: bool,
    today: bool,
    dimmed: bool,
) -> None:
    """One day: its number (or name) at the top left, the late count beside it, the other counts below."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    overdue = bool(count and count.overdue)
    if overdue:  # a late day stays red even when selected: the selection is its blue frame
        background = LATE_BACKGROUND
    elif selected:
        background = SELECTED_BACKGROUND
    elif today:
        background = TODAY_BACKGROUND
    else:
        background = OTHER_MONTH if dimmed else "#ffffff"
    painter.fillRect(rect, QColor(background))
    if selected or today or overdue:
        colour = SELECTED_BORDER if selected else TODAY_BORDER if today else LATE_COLOUR
        width = 3 if selected else 2
        painter.setPen(QPen(QColor(colour), width))
        painter.drawRect(rect.adjusted(width // 2, width // 2, -(width + 1) // 2, -(width + 1) // 2))
    heading_font = QFont(painter.font())
    heading_font.setBold(True)
    base = QFont(painter.font())  # the counts a little smaller: three lines fit a cell on a 768-pixel screen
    base.setPointSizeF(max(7.0, base.pointSizeF() * 0.9))
    bold = QFont(base)
    bold.setBold(True)
    inner = rect.adjusted(5, 3, -5, -3)
    painter.setFont(heading_font)
    painter.setPen(QColor("#999999" if dimmed else LATE_COLOUR if overdue else "#222222"))
    line = QFontMetrics(heading_font).height()
    painter.drawText(
        QRect(inner.left(), inner.top(), inner.width(), line),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
        heading,
    )
    items = pieces(count)
    if not items:
        painter.restore()
        return
    heading_width = QFontMetrics(heading_font).horizontalAdvance(heading) + 8
    y = inner.top()
    if overdue and QFontMetrics(bold).horizontalAdvance(items[0][0]) <= inner.width() - heading_width:
        text, colour = items.pop(0)
        painter.setFont(bold)
        painter.setPen(QColor(colour))
        painter.drawText(
            QRect(inner.left(), y, inner.width(), line),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            text,
        )
    y += line
    metrics = QFontMetrics(base)
    x = inner.left()
    gap = metrics.horizontalAdvance("  ")
    for text, colour in items:
        font = bold if colour == LATE_COLOUR else base
        width = QFontMetrics(font).horizontalAdvance(text)
        if x > inner.left() and x + width > inner.right():
            x, y = inner.left(), y + metrics.height()
        if y + metrics.height() > inner.bottom() + 3:
            painter.setPen(QColor("#555555"))
            painter.setFont(base)
            painter.drawText(QRect(inner.right() - 12, y - metrics.height(), 14, metrics.height()), 0, "…")
            break
        painter.setFont(font)
        painter.setPen(QColor(colour))
        painter.drawText(
            QRect(x, y, inner.right() - x + 1, metrics.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner.right() - x + 1),
        )
        x += width + gap
    painter.restore()


def py_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class MonthCalendar(QCalendarWidget):
    """The month, Monday first, each day with its counts; the selected day's visits are listed below it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("month_calendar")
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.LongDayNames)
        self.setMinimumHeight(300)
        self.counts: dict[date, DayCount] = {}
        self.today = date.today()

    def visible_range(self) -> tuple[date, date]:
        """From the Monday before the 1st (and a week more, as Qt may show one) to six weeks after."""
        first = date(self.yearShown(), self.monthShown(), 1)
        start = first - timedelta(days=first.weekday() + 7)
        return start, start + timedelta(days=55)

    def set_counts(self, counts: list[DayCount]) -> None:
        self.today = date.today()
        self.counts = {c.day: c for c in counts}
        self.updateCells()

    def selected_day(self) -> date:
        return py_date(self.selectedDate())

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:  # noqa: N802 - Qt override
        day = py_date(qdate)
        paint_day(
            painter,
            rect,
            str(day.day),
            self.counts.get(day),
            selected=qdate == self.selectedDate(),
            today=day == self.today,
            dimmed=qdate.month() != self.monthShown(),
        )


class DayButton(QAbstractButton):
    """One day of the week strip: its name and date, and its counts painted like a day of the month."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self.setMinimumHeight(84)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.day = date.today()
        self.heading = ""
        self.count: DayCount | None = None

    def set_day(self, day: date, heading: str, count: DayCount | None) -> None:
        self.day, self.heading, self.count = day, heading, count
        self.setAccessibleName(heading)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(130, 90)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        paint_day(
            painter,
            self.rect(),
            self.heading,
            self.count,
            selected=self.isChecked(),
            today=self.day == date.today(),
            dimmed=False,
        )
        painter.setPen(QPen(QColor("#c9d1dc"), 1))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        if self.hasFocus():
            painter.setPen(QPen(QColor(SELECTED_BORDER), 1, Qt.PenStyle.DotLine))
            painter.drawRect(self.rect().adjusted(3, 3, -4, -4))
        painter.end()


class WeekStrip(QWidget):
    """Seven day buttons, Monday to Sunday; choosing one narrows the list to that day, again to the whole week."""

    day_chosen = Signal(object)  # a date, or None for the whole week

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons = [DayButton() for _ in range(7)]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for index, button in enumerate(self.buttons):
            button.setObjectName(f"day_button_{index}")
            button.clicked.connect(lambda _checked=False, b=button: self._on_button_clicked(b))
            layout.addWidget(button, 1)
        self.chosen: date | None = None

    def set_week(self, monday: date, counts: dict[date, DayCount], headings: list[str]) -> None:
        for index, button in enumerate(self.buttons):
            day = monday + timedelta(days=index)
            button.set_day(day, headings[index], counts.get(day))
            button.setChecked(day == self.chosen)

    def _on_button_clicked(self, button: DayButton) -> None:
        self.chosen = None if self.chosen == button.day else button.day
        for other in self.buttons:
            other.setChecked(other.day == self.chosen)
        self.day_chosen.emit(self.chosen)
