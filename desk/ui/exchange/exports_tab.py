"""Exports for donors and partners: choose what, for which period (and donor, or committee session), with or
without HXL hashtags; the workbook is written in the background with a progress bar and Cancel.

The returnees, indicators and committee exports come from ``services.exports`` when this version has it: a kind
whose service is missing is simply not offered, nor one the role may not use.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.i18n import current_language
from desk.services.context import ActorServices
from desk.services.errors import DeskError
from desk.ui.date_edit import DateEdit
from desk.ui.exchange.common import DONE_STYLE, MUTED_COLOUR, ask_save_xlsx, notice_label, say, step_title
from desk.ui.exchange.export_jobs import (
    COMMITTEE,
    HAS_DONOR,
    HAS_PERIOD,
    INDICATORS,
    NEEDS_PERIOD,
    RETURNEES,
    ExportKind,
    ExportRequest,
    available_kinds,
    export_job,
)
from desk.ui.widgets import ErrorLabel
from desk.ui.workers import Task, run_with_progress

COMBO_WIDTH = 460


class ExportsTab(QWidget):
    def __init__(self, services: ActorServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.task: Task | None = None
        self.kinds = available_kinds(services)

        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kind_combo")
        for kind in self.kinds:
            self.kind_combo.addItem(kind.name, kind.key)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._on_kind_changed())
        self.about_label = QLabel()
        self.about_label.setObjectName("about_label")
        self.about_label.setWordWrap(True)
        self.about_label.setStyleSheet(f"color: {MUTED_COLOUR};")
        self.from_edit, self.to_edit = DateEdit(), DateEdit()
        self.from_edit.setObjectName("from_edit")
        self.to_edit.setObjectName("to_edit")
        today = date.today()
        self.from_edit.set_value(date(today.year, 1, 1))
        self.to_edit.set_value(today)
        self.donor_combo = QComboBox()
        self.donor_combo.setObjectName("donor_combo")
        self.donor_combo.addItem(self.tr("All donors"), None)
        try:
            for donor in services.reference.list_items("donors"):
                name = donor.name_en if current_language() == "en" else donor.name_fr
                self.donor_combo.addItem(f"{donor.code} – {name}" if name else donor.code, donor.code)
        except DeskError:
            pass
        self.session_combo = QComboBox()
        self.session_combo.setObjectName("session_combo")
        self.columns_list = QListWidget()
        self.columns_list.setObjectName("columns_list")
        self.columns_list.setMaximumHeight(170)
        self.partner_check = QCheckBox(self.tr("The workbook &leaves the desk: only persons who agreed to sharing"))
        self.partner_check.setObjectName("partner_check")
        self.partner_check.setChecked(True)
        self.partner_check.setToolTip(
            self.tr("Untick only for a workbook that stays at the desk: every person is then in it.")
        )
        self.hxl_check = QCheckBox(self.tr("with HXL hash&tags"))
        self.hxl_check.setObjectName("hxl_check")
        self.hxl_check.setToolTip(
            self.tr("Adds the row of Humanitarian Exchange Language hashtags that donors' dashboards read.")
        )
        self.pdf_check = QCheckBox(self.tr("and the donor's re&port as a PDF (key figures, tables and charts)"))
        self.pdf_check.setObjectName("pdf_check")
        self.pdf_check.setChecked(True)
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setObjectName("export_button")
        self.export_button.setStyleSheet("QPushButton:enabled { font-weight: bold; }")
        self.export_button.clicked.connect(self.export)
        self.export_button.setEnabled(bool(self.kinds))
        self.error_label = ErrorLabel()
        self.result_label = notice_label("export_result", DONE_STYLE)
        self._layout()
        self._fill_columns()
        self._on_kind_changed()

    def _layout(self) -> None:
        period = QHBoxLayout()
        period.addWidget(self.from_edit)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.to_edit)
        period.addStretch()
        self.period_row = QWidget()
        self.period_row.setLayout(period)
        period.setContentsMargins(0, 0, 0, 0)
        columns = QVBoxLayout()
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addWidget(self.columns_list)
        columns.addWidget(self.partner_check)
        self.columns_box = QWidget()
        self.columns_box.setLayout(columns)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        rows = (
            (self.tr("&What"), self.kind_combo),
            ("", self.about_label),
            (self.tr("&Period from"), self.period_row),
            (self.tr("&Donor"), self.donor_combo),
            (self.tr("&Session"), self.session_combo),
            (self.tr("&Columns"), self.columns_box),
            ("", self.hxl_check),
            ("", self.pdf_check),
        )
        labels = [QLabel(text) for text, _field in rows]
        # One width for every label, so the fields do not jump sideways when the kind shows other rows.
        width = max(label.sizeHint().width() for label in labels)
        for label, (_text, field) in zip(labels, rows, strict=True):
            label.setMinimumWidth(width)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label.setBuddy(field)
            form.addRow(label, field)
        for combo in (self.kind_combo, self.donor_combo, self.session_combo):
            combo.setMaximumWidth(COMBO_WIDTH)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContentsOnFirstShow)
        self.form = form
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addStretch()
        box = QWidget()
        box.setMaximumWidth(760)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(step_title(self.tr("A workbook for a donor or a partner")))
        if not self.kinds:
            inner.addWidget(QLabel(self.tr("Your role may not export anything here.")))
        inner.addLayout(form)
        inner.addLayout(buttons)
        inner.addWidget(self.error_label)
        inner.addWidget(self.result_label)
        inner.addStretch()
        layout = QHBoxLayout(self)
        layout.addWidget(box, 1)
        layout.addStretch()

    def _fill_columns(self) -> None:
        exports = getattr(self._services, "exports", None)
        if not any(kind.key == RETURNEES for kind in self.kinds) or exports is None:
            return
        for column in exports.returnee_columns():
            text = column.header
            if column.sensitive:
                text = self.tr("{column} (sensitive)").format(column=column.header)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, column.key)
            flags = Qt.ItemFlag.ItemIsUserCheckable
            if column.allowed:
                flags |= Qt.ItemFlag.ItemIsEnabled
            item.setFlags(flags)
            item.setCheckState(Qt.CheckState.Checked if column.default else Qt.CheckState.Unchecked)
            if column.sensitive:
                item.setToolTip(self.tr("Sensitive: exported only when you tick it, and recorded in the audit trail."))
            self.columns_list.addItem(item)

    def _fill_sessions(self) -> None:
        if self.session_combo.count():
            return
        try:
            sessions = self._services.committee.sessions()
        except DeskError as exc:
            self.error_label.show_error(exc)
            return
        for item in sessions:
            self.session_combo.addItem(f"{item.held_on:%d/%m/%Y} – {item.place}", item.id)

    def kind(self) -> str | None:
        key = self.kind_combo.currentData()
        return str(key) if key else None

    def choose(self, key: str) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(key))

    def _on_kind_changed(self) -> None:
        kind = self.kind()
        self.about_label.setText(ExportKind(kind).about if kind else "")
        if kind == COMMITTEE:
            self._fill_sessions()
        self.form.setRowVisible(self.period_row, kind in HAS_PERIOD)
        self.form.setRowVisible(self.donor_combo, kind in HAS_DONOR)
        self.form.setRowVisible(self.session_combo, kind == COMMITTEE)
        self.form.setRowVisible(self.columns_box, kind == RETURNEES)
        self.form.setRowVisible(self.pdf_check, kind == INDICATORS)
        self.error_label.hide()

    # -- the export -----------------------------------------------------------------------------------------
    def _period(self, kind: str) -> tuple[date | None, date | None] | None:
        try:
            first, last = self.from_edit.value(), self.to_edit.value()
        except ValueError:
            self.error_label.show_error(self.tr("Period: type the dates as dd/mm/yyyy."))
            return None
        if kind in NEEDS_PERIOD and (first is None or last is None):
            self.error_label.show_error(self.tr("Period: this export needs both dates."))
            return None
        if first and last and last < first:
            self.error_label.show_error(self.tr("Period: the end comes before the start."))
            return None
        return first, last

    def _chosen_columns(self) -> list[str]:
        return [
            self.columns_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.columns_list.count())
            if self.columns_list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def choose_path(self, suggested: str) -> str:
        return ask_save_xlsx(self, self.tr("Export to Excel"), suggested)

    def export(self) -> None:
        kind = self.kind()
        if kind is None:
            return
        self.error_label.hide()
        say(self.result_label, "")
        period = self._period(kind) if kind in HAS_PERIOD else (None, None)
        if period is None:
            return
        if kind == COMMITTEE and self.session_combo.currentData() is None:
            self.error_label.show_error(self.tr("There is no committee session to export yet."))
            return
        if kind == RETURNEES and not self._chosen_columns():
            self.error_label.show_error(self.tr("Columns: tick at least one column to export."))
            return
        first, last = period
        path = self.choose_path(ExportKind(kind).file_name(first, last))
        if not path:
            return
        request = ExportRequest(
            kind,
            Path(path),
            first,
            last,
            donor=self.donor_combo.currentData(),
            hxl=self.hxl_check.isChecked(),
            columns=self._chosen_columns(),
            for_partner=self.partner_check.isChecked(),
            session_id=self.session_combo.currentData(),
            pdf=kind == INDICATORS and self.pdf_check.isChecked(),
        )
        job, describe = export_job(self._services, request)

        def done(result: object) -> None:
            self.last_export = path
            say(self.result_label, describe(result))

        self.task = run_with_progress(
            self, self.tr("Exporting to {file}…").format(file=Path(path).name), job, done, self.error_label.show_error
        )
