"""One operator's caseload on screen, printable for the operator's monthly meeting."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.i18n import QT_TRANSLATE_NOOP
from desk.services.context import ActorServices
from desk.services.labels import label
from desk.services.money import format_money
from desk.services.operator_dto import Caseload
from desk.ui.table_models import DtoTableModel
from desk.ui.widgets import configure_table, save_pdf


class CaseloadTableModel(DtoTableModel):
    columns = (
        (QT_TRANSLATE_NOOP("Columns", "Case no."), lambda c: c[0]),
        (QT_TRANSLATE_NOOP("Columns", "Name"), lambda c: c[1]),
        (QT_TRANSLATE_NOOP("Columns", "Status"), lambda c: label("status", c[2])),
        (QT_TRANSLATE_NOOP("Columns", "Since"), lambda c: c[3]),
    )


class CaseloadDialog(QDialog):
    def __init__(
        self, services: ActorServices, operator_id: int, desk_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._desk_name = desk_name
        self.caseload: Caseload = services.operators.caseload(operator_id)
        load = self.caseload
        self.setWindowTitle(self.tr("Caseload – {name}").format(name=load.operator))
        stages = "".join(f"<tr><td>{label('status', s)}</td><td align='right'>{n}</td></tr>" for s, n in load.by_status)
        summary = QLabel(
            self.tr(
                "<h3>{name}</h3><p>{load} cases in progress for {capacity} places; "
                "{approved} plans approved by the committee; {paid} paid on them.</p>"
                "<p>Follow-up visits overdue: <b>{overdue}</b>. Businesses running at the last visit: {running}.</p>"
            ).format(
                overdue=load.overdue_visits,
                running=load.running_share(),
                name=load.operator,
                load=load.load,
                capacity=load.capacity,
                approved=load.approved_plans,
                paid=", ".join(format_money(amount, currency) for currency, amount in load.disbursed) or "0",
            )
            + f"<table cellpadding='3'>{stages}</table>"
        )
        summary.setObjectName("caseload_summary")
        self.model = CaseloadTableModel(load.cases)
        view = configure_table(QTableView(), "caseload_table")
        view.setModel(self.model)
        view.setColumnWidth(0, 130)
        view.setColumnWidth(1, 260)
        view.setColumnWidth(2, 150)
        self.print_button = QPushButton(self.tr("&Print for the monthly meeting…"))
        self.print_button.clicked.connect(self._on_print_button_clicked)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch()
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(view)
        layout.addLayout(buttons)
        self.resize(720, 640)

    def choose_pdf_path(self) -> str:
        """Where to save the PDF (replaced in tests)."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the caseload"), str(Path.home() / "caseload.pdf"), "PDF (*.pdf)"
        )
        return path

    def _on_print_button_clicked(self) -> None:
        from desk.services.documents.operator_report import render_operator_report

        path = self.choose_pdf_path()
        if not path:
            return
        if save_pdf(self, path, lambda: render_operator_report(self.caseload, self._desk_name)):
            self.last_pdf = path
