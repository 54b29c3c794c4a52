"""Months of the ledger: closing one once it is over, and checking that the chained ledger was never altered."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.i18n import format_number
from desk.services.context import ActorServices
from desk.services.errors import DeskError
from desk.services.ledger_dto import PeriodView, VerifyReport
from desk.services.permissions import Action, can
from desk.ui.ledger.common import money_table, month_label
from desk.ui.ledger.models import PeriodsTableModel
from desk.ui.messages import refusal_text
from desk.ui.widgets import ErrorLabel, save_pdf
from desk.ui.workers import run_in_background

OK_STYLE = "QLabel { color: #1e5b2f; background: #eef6ef; border: 1px solid #9cc7a4; padding: 8px; }"
BAD_STYLE = "QLabel { color: #a00000; background: #fbeeee; border: 1px solid #d99; padding: 8px; }"


class PeriodsTab(QWidget):
    def __init__(self, services: ActorServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.can_close = can(services.actor.role, Action.PERIOD_CLOSE)
        self.model = PeriodsTableModel()
        self.table_view = money_table("periods_table", self.model, (150, 80, 170, 130, 70, 220))
        self.table_view.selectionModel().selectionChanged.connect(lambda _s, _d: self._update_buttons())
        self.close_button = QPushButton(self.tr("&Close the month…"))
        self.close_button.setObjectName("close_month_button")
        self.close_button.setVisible(self.can_close)
        self.close_button.clicked.connect(self.close_month)
        self._exports = getattr(services, "ledger_exports", None)
        self.report_button = QPushButton(self.tr("Print the closing re&port…"))
        self.report_button.setObjectName("closing_report_button")
        self.report_button.setVisible(self._exports is not None and hasattr(self._exports, "closing_report_pdf"))
        self.report_button.clicked.connect(self.print_report)
        self.verify_button = QPushButton(self.tr("&Verify the ledger"))
        self.verify_button.setObjectName("verify_button")
        self.verify_button.clicked.connect(self.verify)
        self.refresh_button = QPushButton(self.tr("Refre&sh (F5)"))
        self.refresh_button.clicked.connect(self.reload)
        self.result_label = QLabel()
        self.result_label.setObjectName("verify_result")
        self.result_label.setWordWrap(True)
        self.result_label.hide()
        self.error_label = ErrorLabel()
        explanation = QLabel(
            self.tr(
                "A month is closed once it is over, in order: nothing can be posted into it afterwards, and the "
                "ledger's fingerprint at that moment is kept to prove later that nothing was changed."
            )
        )
        explanation.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.verify_button)
        buttons.addStretch()
        buttons.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.table_view, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.result_label)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        self.error_label.hide()
        try:
            periods = self._services.periods.periods()
        except DeskError as exc:
            self.error_label.show_error(exc)
            return
        self.model.set_rows(periods)
        # The month to close next (the oldest open month that is over), else the current month.
        over = [r for r, p in enumerate(periods) if p.closed_at is None and p.period < f"{date.today():%Y-%m}"]
        if periods:
            self.table_view.selectRow(over[-1] if over else 0)
        self._update_buttons()

    def selected(self) -> PeriodView | None:
        rows = self.table_view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        period = self.selected()
        self.report_button.setEnabled(period is not None and period.closed_at is not None)
        self.close_button.setEnabled(
            self.can_close
            and period is not None
            and period.closed_at is None
            and period.period < f"{date.today():%Y-%m}"
        )

    def choose_pdf_path(self, suggested: str) -> str:
        """Where to save the closing report (replaced in tests)."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the closing report"), str(Path.home() / suggested), "PDF (*.pdf)"
        )
        return path

    def print_report(self) -> None:
        period = self.selected()
        if period is None or period.closed_at is None or self._exports is None:
            return
        path = self.choose_pdf_path(self.tr("closing-{period}.pdf").format(period=period.period))
        exports = self._exports
        if path and save_pdf(self, path, lambda: exports.closing_report_pdf(period.period)):
            self.last_pdf = path

    def confirm_close(self, period: PeriodView) -> bool:
        """Closing is final: say so plainly (replaced in tests)."""
        answer = QMessageBox.question(
            self,
            self.tr("Close the month"),
            self.tr(
                "Close {month}? {entries} entries. Nothing can be posted into it afterwards: a payment or a "
                "reversal forgotten in {month} will have to be dated in an open month. This cannot be undone."
            ).format(month=month_label(period.period), entries=period.entries),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def close_month(self) -> None:
        period = self.selected()
        if period is None or not self.can_close or not self.confirm_close(period):
            return
        try:
            closed = self._services.periods.close(period.period)
        except DeskError as exc:
            self.error_label.show_error(refusal_text(exc))
            return
        self.reload()
        months = [self.model.row_at(r).period for r in range(self.model.rowCount())]
        if closed.period in months:
            self.table_view.selectRow(months.index(closed.period))  # ready for its closing report
        self._show(
            self.tr("{month} is closed. Fingerprint of the ledger: {fingerprint}").format(
                month=month_label(closed.period), fingerprint=closed.fingerprint
            ),
            ok=True,
        )

    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self._show(self.tr("Verifying every entry of the ledger…"), ok=True)
        views = self._services.periods
        self.verify_task = run_in_background(lambda progress, cancel: views.verify(), self)
        self.verify_task.finished.connect(self._on_verified)
        self.verify_task.failed.connect(self._on_verify_failed)

    def _on_verified(self, report: VerifyReport) -> None:
        self.verify_button.setEnabled(True)
        self.last_report = report
        if report.ok:
            self._show(
                self.tr(
                    "<b>The ledger is intact.</b> {entries} entries checked, each one chained to the one before. "
                    "Last entry No. {seq}, fingerprint <code>{fingerprint}</code>."
                ).format(entries=format_number(report.entries), seq=report.head_seq, fingerprint=report.head_hash),
                ok=True,
            )
            return
        lines = "".join(
            "<li>{where}{message}</li>".format(
                where=self.tr("No. {seq}: ").format(seq=p.seq) if p.seq is not None else "",
                message=html.escape(p.message),
            )
            for p in report.problems[:50]
        )
        more = (
            self.tr("<p>…and {count} more.</p>").format(count=len(report.problems) - 50)
            if len(report.problems) > 50
            else ""
        )
        self._show(
            self.tr("<b>{count} problems found in the ledger</b> ({entries} entries checked):").format(
                count=len(report.problems), entries=format_number(report.entries)
            )
            + f"<ul>{lines}</ul>{more}",
            ok=False,
        )

    def _on_verify_failed(self, exc: object) -> None:
        self.verify_button.setEnabled(True)
        self.result_label.hide()
        self.error_label.show_error(refusal_text(exc))  # type: ignore[arg-type]

    def _show(self, html: str, *, ok: bool) -> None:
        self.result_label.setStyleSheet(OK_STYLE if ok else BAD_STYLE)
        self.result_label.setText(html)
        self.result_label.show()
