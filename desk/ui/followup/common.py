"""Pieces the follow-up screens share: colours, how a visit is put into words, the table a visit opens from in
one click, errors shown beside their field, and the hooks to the exports built separately."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QTableView, QVBoxLayout, QWidget

from desk.i18n import QT_TRANSLATE_NOOP, format_number, translate
from desk.services.errors import ValidationError
from desk.services.followup_dto import VisitRow
from desk.services.labels import label
from desk.ui.widgets import SUMMARY_STYLE, ErrorLabel, configure_table

LATE_COLOUR = "#b00020"  # overdue: red, still readable printed in grey
LATE_BACKGROUND = "#fde2e0"
DONE_COLOUR = "#1e5b2f"
MISSED_COLOUR = "#9a5800"
PLANNED_COLOUR = "#1f3b63"
MUTED_COLOUR = "#777777"
INFO_STYLE = "color: #1e5b2f; font-weight: bold;"
STATUS_COLOURS = {"done": DONE_COLOUR, "missed": MISSED_COLOUR, "unreachable": MISSED_COLOUR, "cancelled": MUTED_COLOUR}

CTX = "Followup"
TEXTS = {
    "late_one": QT_TRANSLATE_NOOP("Followup", "1 day late"),
    "late_many": QT_TRANSLATE_NOOP("Followup", "{days} days late"),
    "today": QT_TRANSLATE_NOOP("Followup", "Due today"),
    "month": QT_TRANSLATE_NOOP("Followup", "Month {month}"),
    "month_cycle": QT_TRANSLATE_NOOP("Followup", "Month {month}, period {cycle}"),
    "added": QT_TRANSLATE_NOOP("Followup", "Added"),
    "operator": QT_TRANSLATE_NOOP("Followup", "{name} (operator)"),
    "nobody": QT_TRANSLATE_NOOP("Followup", "not assigned"),
    "questionnaire": QT_TRANSLATE_NOOP("Followup", "{kind} + questionnaire"),
    "visits_today_one": QT_TRANSLATE_NOOP("Followup", "1 visit today"),
    "visits_today_many": QT_TRANSLATE_NOOP("Followup", "{count} visits today"),
    "visits_today_none": QT_TRANSLATE_NOOP("Followup", "No visit today"),
    "overdue": QT_TRANSLATE_NOOP("Followup", "{count} overdue"),
    "jobs_one": QT_TRANSLATE_NOOP("Followup", "1 job created"),
    "jobs_many": QT_TRANSLATE_NOOP("Followup", "{count} jobs created"),
}


def _text(key: str) -> str:
    return translate(CTX, TEXTS[key])


def late_text(days: int) -> str:
    return _text("late_one") if days == 1 else _text("late_many").format(days=days)


def status_text(row: VisitRow, today: date) -> str:
    """'4 days late' for a planned visit already past, 'Due today', else the status in words."""
    late = row.days_late(today)
    if late:
        return late_text(late)
    if row.status == "planned" and row.due_on == today:
        return _text("today")
    return label("visit_status", row.status)


def status_colour(row: VisitRow, today: date) -> str | None:
    if row.days_late(today):
        return LATE_COLOUR
    return STATUS_COLOURS.get(row.status)


def which_visit(row: VisitRow) -> str:
    """'Month 3' of the schedule ('Month 3, period 2' once renewed), or 'Added' for a visit added by hand."""
    if row.month is None:
        return _text("added")
    if row.cycle > 1:
        return _text("month_cycle").format(month=row.month, cycle=row.cycle)
    return _text("month").format(month=row.month)


def kind_text(row: VisitRow) -> str:
    kind = label("visit_kind", row.kind)
    return _text("questionnaire").format(kind=kind) if row.assess else kind


def who_text(row: VisitRow) -> str:
    if not row.assignee:
        return _text("nobody")
    return _text("operator").format(name=row.assignee) if row.operator_id is not None else row.assignee


def jobs_text(count: int) -> str:
    return _text("jobs_one") if count == 1 else _text("jobs_many").format(count=count)


def reminder_text(today_count: int, overdue: int) -> str:
    """'3 visits today, 2 overdue' (the login reminder and the home screen)."""
    if today_count == 0:
        first = _text("visits_today_none")
    elif today_count == 1:
        first = _text("visits_today_one")
    else:
        first = _text("visits_today_many").format(count=format_number(today_count))
    if not overdue:
        return first
    return "{first}, {overdue}".format(first=first, overdue=_text("overdue").format(count=format_number(overdue)))


def summary_label(html: str = "") -> QLabel:
    summary = QLabel(html)
    summary.setObjectName("summary_label")
    summary.setWordWrap(True)
    summary.setTextFormat(Qt.TextFormat.RichText)
    summary.setStyleSheet(SUMMARY_STYLE)
    return summary


class VisitTable(QTableView):
    """A list of visits: one click, or Enter, opens the visit (arrows only move)."""

    visit_chosen = Signal(object)  # the VisitRow

    def __init__(self, object_name: str, model: Any, widths: tuple[int, ...] = ()) -> None:
        super().__init__()
        configure_table(self, object_name)
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(26)
        self.setModel(model)
        for column, width in enumerate(widths):
            self.setColumnWidth(column, width)
        self._pressed = QModelIndex()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self._pressed = self.indexAt(event.position().toPoint())
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mouseReleaseEvent(event)
        index = self.indexAt(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and index.isValid() and index.row() == self._pressed.row():
            self._pressed = QModelIndex()
            self.visit_chosen.emit(self.model().row_at(index.row()))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        event.accept()  # the first click already opened the visit

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.visit_chosen.emit(self.model().row_at(self.currentIndex().row()))
            return
        super().keyPressEvent(event)


class FieldErrors:
    """A service's ValidationError shown in red under the field it names, with the focus put there."""

    def __init__(self, general: ErrorLabel) -> None:
        self.general = general
        self._fields: dict[str, tuple[QWidget, ErrorLabel]] = {}

    def add_row(self, form: QFormLayout, field: str, caption: str, widget: QWidget) -> ErrorLabel:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = ErrorLabel()
        error.setObjectName(f"{field}_error")
        column.addWidget(error)
        caption_label = QLabel(caption)
        caption_label.setBuddy(widget)
        form.addRow(caption_label, box)
        self._fields[field] = (widget, error)
        return error

    def clear(self) -> None:
        self.general.hide()
        for _, error in self._fields.values():
            error.hide()

    def show(self, exc: BaseException | str, field: str = "") -> None:
        if isinstance(exc, ValidationError) and not field:
            field = exc.field
        target = self._fields.get(field)
        if target is None:
            self.general.show_error(exc)
            return
        widget, error = target
        error.show_error(exc)
        widget.setFocus()

    def text(self, field: str) -> str:
        target = self._fields.get(field)
        return target[1].text() if target and not target[1].isHidden() else ""


def reports_hook(services: Any, name: str) -> Callable[..., bytes] | None:
    """A follow-up export built separately (iCalendar, monitoring report), when this version has it."""
    reports = getattr(services, "followup_reports", None)
    method = getattr(reports, name, None) if reports is not None else None
    return method if callable(method) else None
