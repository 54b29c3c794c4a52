"""Administration → Data protection: erasure requests to decide and execute, those already executed or refused,
the retention period, and the closed cases it flags for review. Cases are named by number only: the administrator
never sees who the person is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.i18n import QT_TRANSLATE_NOOP, translate
from desk.services.data_protection import DataProtectionService
from desk.services.data_protection_dto import ErasureRequestView, FlaggedCase, describe_outcome
from desk.services.errors import DeskError
from desk.ui.admin.data_protection_dialogs import ExecuteErasureDialog
from desk.ui.formatting import format_date, format_datetime
from desk.ui.messages import show_error
from desk.ui.reason_dialog import ReasonDialog
from desk.ui.table_models import DtoTableModel
from desk.ui.widgets import configure_table


def _state(r: ErasureRequestView) -> str:
    if r.blockers:
        return translate("Columns", "blocked")
    return translate("Columns", "can be executed") if r.status == "approved" else ""


class ErasureRequestsTableModel(DtoTableModel):
    COL_CASE, COL_ASKED_ON, COL_ASKED_BY, COL_RECORDED_BY, COL_STATUS, COL_STATE, COL_REASON = range(7)
    columns = (
        (QT_TRANSLATE_NOOP("Columns", "Case"), lambda r: r.case_number),
        (QT_TRANSLATE_NOOP("Columns", "Asked on"), lambda r: format_date(r.asked_on)),
        (QT_TRANSLATE_NOOP("Columns", "Asked by"), lambda r: r.asked_by_label),
        (QT_TRANSLATE_NOOP("Columns", "Recorded by"), lambda r: r.requested_by),
        (QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: r.status_label),
        (QT_TRANSLATE_NOOP("Columns", "Execution"), _state),
        (QT_TRANSLATE_NOOP("Columns", "Reason"), lambda r: r.reason),
    )

    def row_at(self, row: int) -> ErasureRequestView:
        return self._rows[row]  # type: ignore[no-any-return]


class FlaggedCasesTableModel(DtoTableModel):
    COL_CASE, COL_CLOSED_ON, COL_REASON, COL_REQUEST = range(4)
    columns = (
        (QT_TRANSLATE_NOOP("Columns", "Case"), lambda f: f.case_number),
        (QT_TRANSLATE_NOOP("Columns", "Closed on"), lambda f: format_date(f.closed_on)),
        (QT_TRANSLATE_NOOP("Columns", "Reason for closing"), lambda f: f.reason),
        (QT_TRANSLATE_NOOP("Columns", "Erasure request"), lambda f: f.request_status),
    )

    def row_at(self, row: int) -> FlaggedCase:
        return self._rows[row]  # type: ignore[no-any-return]


class DataProtectionWidget(QWidget):
    def __init__(
        self, service: DataProtectionService, can_edit_settings: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self.sections = QTabWidget()
        self.sections.setObjectName("data_protection_sections")
        self.sections.addTab(self._requests_page(), self.tr("Erasure &requests"))
        self.sections.addTab(self._retention_page(can_edit_settings), self.tr("Retention re&view"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sections)
        self.reload()

    # -- building ------------------------------------------------------------------------------------------------
    def _requests_page(self) -> QWidget:
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("status_combo")
        for text, statuses in (
            (self.tr("To decide or to execute"), ("requested", "approved")),
            (self.tr("Executed"), ("executed",)),
            (self.tr("Refused"), ("refused",)),
            (self.tr("All"), ()),
        ):
            self.status_combo.addItem(text, statuses)
        self.status_combo.currentIndexChanged.connect(lambda _i: self.reload_requests())
        self.approve_button = QPushButton(self.tr("&Approve"))
        self.approve_button.setObjectName("approve_button")
        self.refuse_button = QPushButton(self.tr("Re&fuse…"))
        self.refuse_button.setObjectName("refuse_button")
        self.execute_button = QPushButton(self.tr("E&xecute the erasure…"))
        self.execute_button.setObjectName("execute_button")
        self.approve_button.clicked.connect(self._on_approve_button_clicked)
        self.refuse_button.clicked.connect(self._on_refuse_button_clicked)
        self.execute_button.clicked.connect(self._on_execute_button_clicked)
        self.requests_model = ErasureRequestsTableModel()
        self.requests_table = configure_table(QTableView(), "requests_table")
        self.requests_table.setModel(self.requests_model)
        self.requests_table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.detail_label = QLabel()
        self.detail_label.setObjectName("detail_label")
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.detail_label.setMargin(8)
        self.detail_label.setMinimumHeight(110)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.status_combo)
        top.addStretch()
        for button in (self.approve_button, self.refuse_button, self.execute_button):
            top.addWidget(button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.requests_table, 3)
        layout.addWidget(self.detail_label)
        return page

    def _retention_page(self, can_edit_settings: bool) -> QWidget:
        self.years_spin = QSpinBox()
        self.years_spin.setObjectName("years_spin")
        self.years_spin.setRange(1, 50)
        self.years_spin.setSuffix(self.tr(" years"))
        self.years_spin.setEnabled(can_edit_settings)
        self.save_years_button = QPushButton(self.tr("&Save"))
        self.save_years_button.setObjectName("save_years_button")
        self.save_years_button.setEnabled(can_edit_settings)
        self.save_years_button.clicked.connect(self._on_save_years_button_clicked)
        self.retention_label = QLabel()
        self.retention_label.setObjectName("retention_label")
        self.retention_label.setWordWrap(True)
        self.flagged_model = FlaggedCasesTableModel()
        self.flagged_table = configure_table(QTableView(), "flagged_table")
        self.flagged_table.setModel(self.flagged_model)
        self.request_button = QPushButton(self.tr("Open an erasure &request…"))
        self.request_button.setObjectName("request_button")
        self.request_button.clicked.connect(self._on_request_button_clicked)
        setting = QHBoxLayout()
        setting.addWidget(QLabel(self.tr("Flag closed cases for review after")))
        setting.addWidget(self.years_spin)
        setting.addWidget(self.save_years_button)
        setting.addStretch()
        setting.addWidget(self.request_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(setting)
        layout.addWidget(self.retention_label)
        layout.addWidget(self.flagged_table)
        return page

    # -- reading -----------------------------------------------------------------------------------------------
    def reload(self) -> None:
        self.reload_requests()
        self.reload_flagged()

    def reload_requests(self) -> None:
        try:
            rows = self._service.requests(self.status_combo.currentData() or ())
        except DeskError as exc:
            show_error(self, exc)
            return
        self.requests_model.set_rows(rows)
        self.requests_table.resizeColumnsToContents()
        if rows:
            self.requests_table.selectRow(0)
        self._show_selected()

    def reload_flagged(self) -> None:
        try:
            years = self._service.retention_years()
            flagged = self._service.flagged_cases()
        except DeskError as exc:
            show_error(self, exc)
            return
        self.years_spin.setValue(years)
        self.flagged_model.set_rows(flagged.rows)
        self.flagged_table.resizeColumnsToContents()
        text = self.tr("{total} closed cases were closed before {date} and are due for review.").format(
            total=flagged.total, date=format_date(flagged.cutoff)
        )
        if flagged.total > len(flagged.rows):
            text += " " + self.tr("The {shown} closed longest ago are listed.").format(shown=len(flagged.rows))
        self.retention_label.setText(text)
        self.request_button.setEnabled(bool(flagged.rows))

    def selected(self) -> ErasureRequestView | None:
        rows = self.requests_table.selectionModel().selectedRows()
        return self.requests_model.row_at(rows[0].row()) if rows else None

    def _show_selected(self) -> None:
        r = self.selected()
        self.approve_button.setEnabled(r is not None and r.status == "requested")
        self.refuse_button.setEnabled(r is not None and r.open)
        self.execute_button.setEnabled(r is not None and r.status == "approved" and not r.blockers)
        self.detail_label.setText(self._detail(r) if r else self.tr("No request selected."))

    def _detail(self, r: ErasureRequestView) -> str:
        lines = [
            self.tr("Case {number}: recorded by {user} on {date}.").format(
                number=r.case_number, user=r.requested_by, date=format_datetime(r.requested_at)
            ),
            self.tr("Reason: {reason}").format(reason=r.reason),
        ]
        if r.decided_by:
            lines.append(
                self.tr("Decided by {user} on {date}.").format(user=r.decided_by, date=format_datetime(r.decided_at))
            )
        if r.decision_reason:
            lines.append(self.tr("Reason for refusing: {reason}").format(reason=r.decision_reason))
        for blocker in r.blockers:
            lines.append(self.tr("Cannot be executed yet: {why}").format(why=blocker))
        if r.executed_at:
            lines.append(
                self.tr("Executed by {user} on {date}: now {pseudonym} ({outcome}).").format(
                    user=r.executed_by,
                    date=format_datetime(r.executed_at),
                    pseudonym=r.pseudonym,
                    outcome=describe_outcome(r.outcome),
                )
            )
        return "\n".join(lines)

    # -- deciding ------------------------------------------------------------------------------------------------
    def _on_approve_button_clicked(self) -> None:
        r = self.selected()
        if r is None:
            return
        try:
            self._service.approve(r.id, r.version)
        except DeskError as exc:
            show_error(self, exc)
        self.reload()

    def _on_refuse_button_clicked(self) -> None:
        r = self.selected()
        if r is None:
            return
        dialog = ReasonDialog(
            self.tr("Refuse the erasure of case {number}").format(number=r.case_number),
            self.tr("Why is the request refused? The manager who recorded it reads this."),
            self.tr("&Reason"),
            self.tr("Refuse the request"),
            lambda reason: self._service.refuse(r.id, r.version, reason),
            self,
        )
        if dialog.exec():
            self.reload()

    def _on_execute_button_clicked(self) -> None:
        r = self.selected()
        if r is None:
            return
        dialog = ExecuteErasureDialog(self._service, r, self)
        if not dialog.exec() or dialog.report is None:
            self.reload()
            return
        self.last_report = dialog.report
        # show the executed request with what was done (the list of open ones no longer holds it)
        self.status_combo.setCurrentIndex(self.status_combo.findText(self.tr("Executed")))
        self.reload()
        for row in range(self.requests_model.rowCount()):
            if self.requests_model.row_at(row).id == r.id:
                self.requests_table.selectRow(row)

    def _on_save_years_button_clicked(self) -> None:
        try:
            self._service.set_retention_years(self.years_spin.value())
        except DeskError as exc:
            show_error(self, exc)
        self.reload_flagged()

    def _on_request_button_clicked(self) -> None:
        rows = self.flagged_table.selectionModel().selectedRows()
        if not rows:
            return
        flagged = self.flagged_model.row_at(rows[0].row())
        dialog = ReasonDialog(
            self.tr("Erasure of case {number}").format(number=flagged.case_number),
            self.tr(
                "This case was closed on {date}, past the desk's retention period. Why should it be erased? "
                "The request then waits for your decision like any other."
            ).format(date=format_date(flagged.closed_on)),
            self.tr("&Reason"),
            self.tr("Open the request"),
            lambda reason: self._service.request_from_retention(flagged.case_id, reason),
            self,
        )
        if dialog.exec():
            self.reload()
            self.sections.setCurrentIndex(0)
