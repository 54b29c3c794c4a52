"""The case file's reintegration plan: description, budget lines, own contribution, instalment split."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.i18n import QT_TRANSLATE_NOOP, translate
from desk.services.context import ActorServices
from desk.services.errors import DeskError, ValidationError
from desk.services.money import format_money
from desk.services.permissions import Action, can
from desk.services.plan_service import CATEGORY_LABELS, PlanInput, PlanLineData, PlanView
from desk.ui.widgets import ErrorLabel

TYPES = {
    "business": QT_TRANSLATE_NOOP("Plan", "Business creation"),
    "employment": QT_TRANSLATE_NOOP("Plan", "Employment"),
    "social": QT_TRANSLATE_NOOP("Plan", "Social"),
}
STATUSES = {
    "draft": QT_TRANSLATE_NOOP("Plan", "draft"),
    "submitted": QT_TRANSLATE_NOOP("Plan", "submitted to the committee"),
    "approved": QT_TRANSLATE_NOOP("Plan", "approved"),
    "to_amend": QT_TRANSLATE_NOOP("Plan", "to amend"),
    "postponed": QT_TRANSLATE_NOOP("Plan", "postponed"),
    "rejected": QT_TRANSLATE_NOOP("Plan", "rejected"),
}
COL_CATEGORY, COL_LABEL, COL_QUANTITY, COL_COST = range(4)


def _text_edit() -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(48)
    return edit


class PlanTab(QWidget):
    def __init__(self, services: ActorServices, case_id: int, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._case_id, self._currency = services, case_id, currency
        self.status_label = QLabel()
        self.status_label.setObjectName("plan_status")
        self.type_combo = QComboBox()
        for code, source in TYPES.items():
            self.type_combo.addItem(translate("Plan", source), code)
        self.sector_combo = QComboBox()
        self.sector_combo.addItem("", None)
        for sector in services.reference.list_items("sectors"):
            self.sector_combo.addItem(sector.name_fr, sector.id)
        self.chain_combo = QComboBox()
        self.sector_combo.currentIndexChanged.connect(lambda _i: self._fill_chains())
        self.place_edit = QLineEdit()
        self.description_edit, self.relevance_edit = _text_edit(), _text_edit()
        self.experience_edit, self.feasibility_edit = _text_edit(), _text_edit()
        self.lines_table = QTableWidget(0, 4)
        self.lines_table.setObjectName("budget_table")
        self.lines_table.setHorizontalHeaderLabels(
            [self.tr("Category"), self.tr("What"), self.tr("Quantity"), self.tr("Unit cost")]
        )
        self.lines_table.horizontalHeader().setSectionResizeMode(COL_LABEL, QHeaderView.ResizeMode.Stretch)
        self.lines_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.lines_table.setMinimumHeight(150)
        self.lines_table.setColumnWidth(COL_CATEGORY, 200)
        self.lines_table.itemChanged.connect(lambda _item: self._show_totals())
        self.add_line_button = QPushButton(self.tr("Add a &line"))
        self.remove_line_button = QPushButton(self.tr("Remove the line"))
        self.add_line_button.clicked.connect(lambda: self.add_line())
        self.remove_line_button.clicked.connect(lambda: self.lines_table.removeRow(self.lines_table.currentRow()))
        self.contribution_spin = QSpinBox()
        self.contribution_spin.setRange(0, 2_000_000_000)
        self.contribution_spin.setSingleStep(10_000)
        self.contribution_spin.setGroupSeparatorShown(True)
        self.contribution_spin.valueChanged.connect(lambda _v: self._show_totals())
        self.split_edit = QLineEdit("70/30")
        self.split_edit.setMaximumWidth(120)
        self.totals_label = QLabel()
        self.totals_label.setObjectName("plan_totals")
        self.save_button = QPushButton(self.tr("&Save the plan"))
        self.submit_button = QPushButton(self.tr("Su&bmit to the committee"))
        self.save_button.clicked.connect(self.save)
        self.submit_button.clicked.connect(self.submit)
        self.error_label = ErrorLabel()

        form = QFormLayout()
        form.addRow(self.tr("Type"), self.type_combo)
        form.addRow(self.tr("Sector"), self.sector_combo)
        form.addRow(self.tr("Value chain"), self.chain_combo)
        form.addRow(self.tr("Place"), self.place_edit)
        form.addRow(self.tr("Description"), self.description_edit)
        form.addRow(self.tr("Market and local context"), self.relevance_edit)
        form.addRow(self.tr("The person's experience"), self.experience_edit)
        form.addRow(self.tr("Feasibility"), self.feasibility_edit)
        line_buttons = QHBoxLayout()
        line_buttons.addWidget(self.add_line_button)
        line_buttons.addWidget(self.remove_line_button)
        line_buttons.addStretch()
        money = QFormLayout()
        money.addRow(self.tr("Own contribution"), self.contribution_spin)
        money.addRow(self.tr("Instalments (%)"), self.split_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.submit_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addLayout(form)
        layout.addWidget(self.lines_table)
        layout.addLayout(line_buttons)
        layout.addLayout(money)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        editable = can(services.actor.role, Action.PLAN_EDIT)
        for button in (self.save_button, self.submit_button, self.add_line_button, self.remove_line_button):
            button.setVisible(editable)
        self.load(services.plans.current(case_id))

    def _fill_chains(self, selected: int | None = None) -> None:
        self.chain_combo.clear()
        self.chain_combo.addItem("", None)
        sector_id = self.sector_combo.currentData()
        if sector_id is not None:
            for chain in self._services.reference.list_items("value_chains", parent_id=sector_id):
                self.chain_combo.addItem(chain.name_fr, chain.id)
        self.chain_combo.setCurrentIndex(max(0, self.chain_combo.findData(selected)))

    def add_line(self, line: PlanLineData | None = None) -> None:
        row = self.lines_table.rowCount()
        self.lines_table.insertRow(row)
        combo = QComboBox()
        for code, source in CATEGORY_LABELS.items():
            combo.addItem(translate("Plan", source), code)
        if line is not None:
            combo.setCurrentIndex(combo.findData(line.category))
        self.lines_table.setCellWidget(row, COL_CATEGORY, combo)
        for column, value in (
            (COL_LABEL, line.label if line else ""),
            (COL_QUANTITY, str(line.quantity) if line else "1"),
            (COL_COST, str(line.unit_cost) if line else "0"),
        ):
            self.lines_table.setItem(row, column, QTableWidgetItem(value))

    def load(self, plan: PlanView | None) -> None:
        self.plan = plan
        self.lines_table.setRowCount(0)
        if plan is None:
            self.status_label.setText(self.tr("No plan yet: draft it with the person."))
            self._show_totals()
            return
        d = plan.data
        status = self.tr("<b>Version {number}</b> of {count} – {status}").format(
            number=plan.version_no, count=plan.versions, status=translate("Plan", STATUSES[plan.status])
        )
        if plan.remarks:
            status += "<br>" + self.tr("The committee's remarks: {remarks}").format(remarks=plan.remarks)
        self.status_label.setText(status)
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(d.plan_type)))
        self.sector_combo.setCurrentIndex(max(0, self.sector_combo.findData(d.sector_id)))
        self._fill_chains(d.value_chain_id)
        self.place_edit.setText(d.place)
        for edit, text in (
            (self.description_edit, d.description),
            (self.relevance_edit, d.relevance),
            (self.experience_edit, d.experience),
            (self.feasibility_edit, d.feasibility),
        ):
            edit.setPlainText(text)
        for line in d.lines:
            self.add_line(line)
        self.contribution_spin.setValue(d.own_contribution)
        self.split_edit.setText("/".join(str(part) for part in d.split))
        self._show_totals()

    def to_input(self) -> PlanInput:
        lines = []
        for row in range(self.lines_table.rowCount()):
            combo = self.lines_table.cellWidget(row, COL_CATEGORY)
            texts = [
                (self.lines_table.item(row, c).text() if self.lines_table.item(row, c) else "").strip()
                for c in (COL_LABEL, COL_QUANTITY, COL_COST)
            ]
            try:
                quantity, cost = int(texts[1].replace(" ", "")), int(texts[2].replace(" ", "").replace(" ", ""))
            except ValueError:
                raise ValidationError(
                    "lines", self.tr("Budget line {n}: quantity and unit cost are whole numbers.").format(n=row + 1)
                ) from None
            lines.append(PlanLineData(combo.currentData(), texts[0], quantity, cost))  # type: ignore[union-attr]
        try:
            split = tuple(int(part) for part in self.split_edit.text().replace(" ", "").split("/") if part)
        except ValueError:
            raise ValidationError("split", self.tr("Instalments: percentages separated by /, e.g. 70/30.")) from None
        return PlanInput(
            self.type_combo.currentData(),
            self.sector_combo.currentData(),
            self.chain_combo.currentData(),
            self.place_edit.text(),
            self.description_edit.toPlainText(),
            self.relevance_edit.toPlainText(),
            self.experience_edit.toPlainText(),
            self.feasibility_edit.toPlainText(),
            tuple(lines),
            self.contribution_spin.value(),
            split,
        )

    def _show_totals(self) -> None:
        try:
            data = self.to_input()
        except ValidationError:
            return
        total = sum(line.total for line in data.lines)
        self.totals_label.setText(
            self.tr("Total {total} – own contribution {own} – requested <b>{requested}</b>").format(
                total=format_money(total, self._currency),
                own=format_money(data.own_contribution, self._currency),
                requested=format_money(max(0, total - data.own_contribution), self._currency),
            )
        )

    def save(self) -> None:
        try:
            expected = self.plan.version if self.plan is not None else None  # someone else's save is never overwritten
            self.load(self._services.plans.save(self._case_id, self.to_input(), expected_version=expected))
        except DeskError as exc:
            self.error_label.show_error(exc)
            return
        self.error_label.hide()

    def submit(self) -> None:
        self.save()
        if self.error_label.isVisible():
            return
        try:
            self.load(self._services.plans.submit(self._case_id))
        except DeskError as exc:
            self.error_label.show_error(exc)
