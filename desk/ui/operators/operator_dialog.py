"""Adding or editing an operator: coverage, expertise, capacity, agreement."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.i18n import QT_TRANSLATE_NOOP, translate
from desk.services.context import ActorServices
from desk.services.errors import DeskError, ValidationError
from desk.services.operator_dto import OperatorInput, OperatorView
from desk.ui.date_edit import DateEdit
from desk.ui.widgets import SAVE, ErrorLabel, dialog_buttons

KINDS = {
    "private": QT_TRANSLATE_NOOP("Operators", "Private"),
    "public": QT_TRANSLATE_NOOP("Operators", "Public"),
    "civil_society": QT_TRANSLATE_NOOP("Operators", "Civil society"),
}
LEVELS = {
    "social": QT_TRANSLATE_NOOP("Operators", "social reintegration"),
    "employment": QT_TRANSLATE_NOOP("Operators", "employment"),
    "business": QT_TRANSLATE_NOOP("Operators", "business creation"),
}


def _checklist(items: list[tuple[str, str]], checked: tuple[str, ...]) -> QListWidget:
    widget = QListWidget()
    for code, text in items:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if code in checked else Qt.CheckState.Unchecked)
        widget.addItem(item)
    widget.setMinimumHeight(110)
    return widget


def _checked(widget: QListWidget) -> tuple[str, ...]:
    return tuple(
        widget.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    )


class OperatorDialog(QDialog):
    def __init__(self, services: ActorServices, operator: OperatorView | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._operator = services, operator
        data = operator.data if operator else OperatorInput(name="", kind="civil_society")
        self.setWindowTitle(self.tr("New operator") if operator is None else data.name)
        ref = services.reference
        regions = ref.list_items("regions")
        region_names = {r.id: r.name_fr for r in regions}
        self.name_edit = QLineEdit(data.name)
        self.kind_combo = QComboBox()
        for code, source in KINDS.items():
            self.kind_combo.addItem(translate("Operators", source), code)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(data.kind)))
        self.regions_list = _checklist([(r.code, r.name_fr) for r in regions], data.regions)
        self.departments_list = _checklist(
            [(d.code, f"{d.name_fr} ({region_names.get(d.parent_id, '')})") for d in ref.list_items("departments")],
            data.departments,
        )
        self.sectors_list = _checklist([(s.code, s.name_fr) for s in ref.list_items("sectors")], data.sectors)
        self.level_checks = {code: QCheckBox(translate("Operators", source)) for code, source in LEVELS.items()}
        for code, check in self.level_checks.items():
            check.setChecked(code in data.aid_levels)
        self.capacity_spin = QSpinBox()
        self.capacity_spin.setRange(0, 10_000)
        self.capacity_spin.setValue(data.capacity)
        self.contact_edit = QLineEdit(data.contact_name)
        self.phone_edit = QLineEdit(data.phone)
        self.email_edit = QLineEdit(data.email)
        self.agreement_edit = QLineEdit(data.agreement_ref)
        self.start_edit = DateEdit()
        self.start_edit.set_value(data.agreement_start)
        self.end_edit = DateEdit()
        self.end_edit.set_value(data.agreement_end)
        self.active_check = QCheckBox(self.tr("Active (can be designated)"))
        self.active_check.setChecked(data.active)
        self.error_label = ErrorLabel()

        levels = QHBoxLayout()
        for check in self.level_checks.values():
            levels.addWidget(check)
        dates = QHBoxLayout()
        dates.addWidget(self.start_edit)
        dates.addWidget(self.end_edit)
        dates.addStretch()
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("Kind"), self.kind_combo)
        form.addRow(self.tr("Aid levels handled"), levels)
        form.addRow(self.tr("&Capacity (cases in progress)"), self.capacity_spin)
        form.addRow(self.tr("Contact person"), self.contact_edit)
        form.addRow(self.tr("Phone"), self.phone_edit)
        form.addRow(self.tr("E-mail"), self.email_edit)
        form.addRow(self.tr("Agreement reference"), self.agreement_edit)
        form.addRow(self.tr("Agreement from / to"), dates)
        form.addRow("", self.active_check)
        lists = QGridLayout()
        for column, (title, widget) in enumerate(
            (
                (self.tr("Regions covered"), self.regions_list),
                (self.tr("Departments covered"), self.departments_list),
                (self.tr("Sectors of expertise"), self.sectors_list),
            )
        ):
            lists.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
            lists.addWidget(widget, 1, column)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(lists)
        layout.addWidget(self.error_label)
        layout.addWidget(dialog_buttons(self.tr("Save"), self._on_buttons_accepted, self.reject, SAVE))
        self.resize(820, 620)

    def to_input(self) -> OperatorInput:
        try:
            start, end = self.start_edit.value(), self.end_edit.value()
        except ValueError:
            raise ValidationError("agreement_start", self.tr("Agreement dates: type them as dd/mm/yyyy.")) from None
        return OperatorInput(
            name=self.name_edit.text(),
            kind=self.kind_combo.currentData(),
            regions=_checked(self.regions_list),
            departments=_checked(self.departments_list),
            sectors=_checked(self.sectors_list),
            aid_levels=tuple(code for code, check in self.level_checks.items() if check.isChecked()),
            capacity=self.capacity_spin.value(),
            contact_name=self.contact_edit.text(),
            phone=self.phone_edit.text(),
            email=self.email_edit.text(),
            agreement_ref=self.agreement_edit.text(),
            agreement_start=start,
            agreement_end=end,
            active=self.active_check.isChecked(),
        )

    def _on_buttons_accepted(self) -> None:
        op = self._operator
        try:
            self._services.operators.save_operator(self.to_input(), op.id if op else None, op.version if op else None)
        except DeskError as exc:
            self.error_label.show_error(exc)
            return
        self.accept()
