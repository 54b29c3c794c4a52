"""Table models of the follow-up screens: visits a page at a time (keyset paging), a case's schedule, its closings."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from desk.i18n import QT_TRANSLATE_NOOP, translate
from desk.services.followup_dto import ClosureView, VisitDetail, VisitRow
from desk.services.followup_views import PAGE
from desk.services.labels import label
from desk.ui.followup.common import (
    LATE_COLOUR,
    MUTED_COLOUR,
    jobs_text,
    kind_text,
    late_text,
    status_colour,
    status_text,
    which_visit,
    who_text,
)
from desk.ui.formatting import format_date
from desk.ui.table_models import DtoTableModel, Index, KeysetTableModel

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class VisitsTableModel(KeysetTableModel):
    """Visits in date order, a page at a time: each page starts after the last row shown (keyset paging)."""

    COL_DATE, COL_LATE, COL_CASE, COL_NAME, COL_REGION, COL_KIND, COL_WHO, COL_STATUS, COL_NOTE = range(9)
    PAGE = PAGE
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "Due on"),
        QT_TRANSLATE_NOOP("Columns", "Late"),
        QT_TRANSLATE_NOOP("Columns", "Case no."),
        QT_TRANSLATE_NOOP("Columns", "Person"),
        QT_TRANSLATE_NOOP("Columns", "Region"),
        QT_TRANSLATE_NOOP("Columns", "Visit"),
        QT_TRANSLATE_NOOP("Columns", "By"),
        QT_TRANSLATE_NOOP("Columns", "Status"),
        QT_TRANSLATE_NOOP("Columns", "Reason"),
    )

    def __init__(self, fetch_page: Callable[[VisitRow | None], list[VisitRow]], parent: Any = None) -> None:
        super().__init__(fetch_page, parent)
        self.today = date.today()

    def reload(self) -> None:
        self.today = date.today()
        super().reload()

    def row_at(self, row: int) -> VisitRow:
        return self._rows[row]  # type: ignore[no-any-return]

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("Columns", self.HEADERS[section])
        return None

    def text(self, row: VisitRow, column: int) -> str:
        late = row.days_late(self.today)
        return (
            format_date(row.due_on),
            late_text(late) if late else "",
            row.case_number,
            row.full_name,
            row.region,
            kind_text(row),
            who_text(row),
            status_text(row, self.today),
            row.reason,
        )[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        late = row.days_late(self.today) > 0
        if role == Qt.ItemDataRole.ForegroundRole:
            if late and column in (self.COL_DATE, self.COL_LATE, self.COL_STATUS, self.COL_NAME):
                return QColor(LATE_COLOUR)
            if column == self.COL_STATUS:
                colour = status_colour(row, self.today)
                return QColor(colour) if colour else None
            if row.status == "cancelled" or (column == self.COL_WHO and not row.assignee):
                return QColor(MUTED_COLOUR)
            return None
        if role == Qt.ItemDataRole.FontRole and late and column in (self.COL_LATE, self.COL_STATUS):
            return _bold()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_LATE:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"{row.full_name} · {row.case_number}", f"{kind_text(row)} · {which_visit(row)}"]
            lines.append(status_text(row, self.today))
            if row.reason:
                lines.append(row.reason)
            return "\n".join(lines)
        return None


def seen_text(d: VisitDetail) -> str:
    """What a visit found, in a few words: 'Running · Medium income · 2 jobs created'."""
    parts = [label("project_status", d.project_status), label("employment_status", d.employment_status)]
    if d.income_band:
        parts.append(label("income_band", d.income_band))
    if d.jobs_created:
        parts.append(jobs_text(d.jobs_created))
    return " · ".join(p for p in parts if p)


class CaseVisitsTableModel(DtoTableModel):
    """A case's schedule: every visit, its status coloured, late ones in red, moved ones with their first date."""

    COL_DUE, COL_WHICH, COL_KIND, COL_WHO, COL_STATUS, COL_MOVED, COL_DONE, COL_SEEN, COL_REASON = range(9)
    columns = (
        (QT_TRANSLATE_NOOP("Columns", "Due on"), lambda d: format_date(d.row.due_on)),
        (QT_TRANSLATE_NOOP("Columns", "Visit"), lambda d: which_visit(d.row)),
        (QT_TRANSLATE_NOOP("Columns", "Kind"), lambda d: kind_text(d.row)),
        (QT_TRANSLATE_NOOP("Columns", "By"), lambda d: who_text(d.row)),
        (QT_TRANSLATE_NOOP("Columns", "Status"), lambda d: status_text(d.row, date.today())),
        (QT_TRANSLATE_NOOP("Columns", "First due on"), lambda d: format_date(d.moved_from)),
        (QT_TRANSLATE_NOOP("Columns", "Done on"), lambda d: format_date(d.row.done_on)),
        (QT_TRANSLATE_NOOP("Columns", "What was seen"), seen_text),
        (QT_TRANSLATE_NOOP("Columns", "Reason"), lambda d: d.row.reason),
    )

    def __init__(self, rows: Sequence[VisitDetail] = (), parent: Any = None) -> None:
        super().__init__(rows, parent)

    def row_at(self, row: int) -> VisitDetail:
        return self._rows[row]  # type: ignore[no-any-return]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        detail = self.row_at(index.row())
        row, column = detail.row, index.column()
        today = date.today()
        late = row.days_late(today) > 0
        if role == Qt.ItemDataRole.ForegroundRole:
            if late and column in (self.COL_DUE, self.COL_STATUS):
                return QColor(LATE_COLOUR)
            if column == self.COL_STATUS:
                colour = status_colour(row, today)
                return QColor(colour) if colour else None
            if row.status == "cancelled" or (column == self.COL_WHO and not row.assignee):
                return QColor(MUTED_COLOUR)
            return None
        if role == Qt.ItemDataRole.FontRole and (late and column == self.COL_STATUS):
            return _bold()
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [str(super().data(index, Qt.ItemDataRole.DisplayRole) or "")]
            if detail.problems:
                lines.append(translate("Followup", "Problems: {text}").format(text=detail.problems))
            if detail.advice:
                lines.append(translate("Followup", "Advice given: {text}").format(text=detail.advice))
            return "\n".join(line for line in lines if line)
        return super().data(index, role)


CLOSURE_ACTIONS = {
    "close": QT_TRANSLATE_NOOP("Followup", "Closed"),
    "reopen": QT_TRANSLATE_NOOP("Followup", "Reopened"),
}


class ClosuresTableModel(DtoTableModel):
    columns = (
        (QT_TRANSLATE_NOOP("Columns", "Date"), lambda c: c.at),
        (QT_TRANSLATE_NOOP("Columns", "Decision"), lambda c: translate("Followup", CLOSURE_ACTIONS.get(c.action, ""))),
        (
            QT_TRANSLATE_NOOP("Columns", "Reason"),
            lambda c: label("closure", c.reason) if c.action == "close" else "",
        ),
        (QT_TRANSLATE_NOOP("Columns", "By"), lambda c: c.by),
        (QT_TRANSLATE_NOOP("Columns", "Note"), lambda c: c.note),
    )

    def row_at(self, row: int) -> ClosureView:
        return self._rows[row]  # type: ignore[no-any-return]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.ForegroundRole:
            return QColor(LATE_COLOUR if self.row_at(index.row()).action == "close" else "#1e5b2f")
        return super().data(index, role)
