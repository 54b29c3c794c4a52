"""The Operators workspace: the designation queue (managers) and the directory (everyone)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableView, QTabWidget, QVBoxLayout, QWidget

from desk.i18n import QT_TRANSLATE_NOOP, translate
from desk.services.context import ActorServices
from desk.services.errors import DeskError
from desk.services.operator_dto import OperatorView
from desk.services.permissions import Action, can
from desk.ui.messages import show_error
from desk.ui.operators.caseload_dialog import CaseloadDialog
from desk.ui.operators.designation_widget import DesignationWidget
from desk.ui.operators.operator_dialog import KINDS, OperatorDialog
from desk.ui.table_models import DtoTableModel
from desk.ui.widgets import configure_table


def _kind(view: OperatorView) -> str:
    return translate("Operators", KINDS.get(view.data.kind, view.data.kind))


class OperatorsTableModel(DtoTableModel):
    columns = (
        (QT_TRANSLATE_NOOP("Columns", "Operator"), lambda v: v.data.name),
        (QT_TRANSLATE_NOOP("Columns", "Kind"), _kind),
        (QT_TRANSLATE_NOOP("Columns", "Regions"), lambda v: ", ".join(v.data.regions)),
        (QT_TRANSLATE_NOOP("Columns", "Cases / capacity"), lambda v: f"{v.load} / {v.data.capacity}"),
        (
            QT_TRANSLATE_NOOP("Columns", "Agreement until"),
            lambda v: v.data.agreement_end.strftime("%d/%m/%Y") if v.data.agreement_end else "",
        ),
        (QT_TRANSLATE_NOOP("Columns", "State"), lambda v: v.why_not or "✓"),
        (
            QT_TRANSLATE_NOOP("Columns", "Contact"),
            lambda v: " ".join(x for x in (v.data.contact_name, v.data.phone) if x),
        ),
    )


class DirectoryWidget(QWidget):
    def __init__(self, services: ActorServices, desk_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._desk_name = desk_name
        self.model = OperatorsTableModel()
        self.table_view = configure_table(QTableView(), "operators_table")
        self.table_view.setModel(self.model)
        buttons = QHBoxLayout()
        self.caseload_button = QPushButton(self.tr("&Caseload…"))
        self.caseload_button.clicked.connect(self._on_caseload_button_clicked)
        buttons.addWidget(self.caseload_button)
        if can(services.actor.role, Action.OPERATOR_MANAGE):
            self.add_button = QPushButton(self.tr("&Add an operator…"))
            self.edit_button = QPushButton(self.tr("&Edit…"))
            self.add_button.clicked.connect(lambda: self._edit(None))
            self.edit_button.clicked.connect(self._on_edit_button_clicked)
            self.table_view.doubleClicked.connect(lambda _i: self._on_edit_button_clicked())
            buttons.addWidget(self.add_button)
            buttons.addWidget(self.edit_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table_view)
        self.reload()

    def reload(self) -> None:
        try:
            self.model.set_rows(self._services.operators.list_operators())
        except DeskError as exc:
            show_error(self, exc)
        for column, width in enumerate((230, 110, 110, 130, 140, 150)):
            self.table_view.setColumnWidth(column, width)

    def _on_caseload_button_clicked(self) -> None:
        rows = self.table_view.selectionModel().selectedRows()
        if rows:
            try:
                dialog = CaseloadDialog(self._services, self.model.row_at(rows[0].row()).id, self._desk_name, self)
            except DeskError as exc:
                show_error(self, exc)
                return
            dialog.exec()

    def _on_edit_button_clicked(self) -> None:
        rows = self.table_view.selectionModel().selectedRows()
        if rows:
            self._edit(self.model.row_at(rows[0].row()))

    def _edit(self, view: OperatorView | None) -> None:
        if OperatorDialog(self._services, view, self).exec():
            self.reload()


class OperatorsWidget(QWidget):
    def __init__(self, services: ActorServices, desk_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget()
        self.directory = DirectoryWidget(services, desk_name)
        self.designation: DesignationWidget | None = None
        if can(services.actor.role, Action.OPERATOR_DESIGNATE):
            self.designation = DesignationWidget(services)
            self.designation.designated.connect(self.directory.reload)
            self.tabs.addTab(self.designation, self.tr("&Designation"))
        self.tabs.addTab(self.directory, self.tr("Di&rectory"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
