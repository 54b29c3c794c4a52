"""Totals of a period by donor and programme, and the cash to account for on one day, per modality."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.i18n import QT_TRANSLATE_NOOP, current_language
from desk.services.context import ActorServices
from desk.services.errors import DeskError
from desk.services.labels import label
from desk.services.ledger_dto import LedgerFilter, TotalLine
from desk.services.money import format_money
from desk.ui.date_edit import DateEdit
from desk.ui.ledger.common import money_table
from desk.ui.ledger.models import TotalsTableModel
from desk.ui.widgets import ErrorLabel


class BalancesTab(QWidget):
    def __init__(self, services: ActorServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        english = current_language() == "en"
        self.names: dict[str, str] = {}
        for kind in ("donors", "programmes"):
            for item in services.reference.list_items(kind, include_inactive=True):
                self.names[item.code] = item.name_en if english else item.name_fr
        self.from_edit, self.to_edit = DateEdit(), DateEdit()
        today = date.today()
        self.from_edit.set_value(today.replace(day=1))
        self.to_edit.set_value(today)
        self.day_edit = DateEdit()
        self.day_edit.setObjectName("cash_day_edit")
        self.day_edit.set_value(today)
        for edit in (self.from_edit, self.to_edit, self.day_edit):
            edit.editingFinished.connect(self.reload)

        none = self.tr("(none)")
        self.period_model = TotalsTableModel(
            (
                (QT_TRANSLATE_NOOP("Columns", "Donor"), lambda code: code or none),
                (QT_TRANSLATE_NOOP("Columns", "Programme"), lambda code: code or none),
            ),
            self.names,
        )
        self.period_view = money_table("donor_totals_table", self.period_model, (0, 150, 80, 150, 150, 150))
        self._keys_stretch(self.period_view)
        self.period_total_label = QLabel()
        self.period_total_label.setObjectName("period_total_label")

        self.cash_model = TotalsTableModel(((QT_TRANSLATE_NOOP("Columns", "Modality"), self._modality),))
        self.cash_view = money_table("cash_table", self.cash_model, (0, 80, 150, 150, 150))
        self._keys_stretch(self.cash_view)
        self.cash_total_label = QLabel()
        self.cash_total_label.setObjectName("cash_total_label")
        self.refresh_button = QPushButton(self.tr("Refre&sh (F5)"))
        self.refresh_button.clicked.connect(self.reload)
        self.error_label = ErrorLabel()

        period_box = QGroupBox(self.tr("Paid by donor and programme"))
        period_bar = QHBoxLayout()
        from_label = QLabel(self.tr("Paid fro&m"))
        from_label.setBuddy(self.from_edit)
        for widget in (from_label, self.from_edit, QLabel(self.tr("to")), self.to_edit):
            period_bar.addWidget(widget)
        period_bar.addStretch()
        period_bar.addWidget(self.refresh_button)
        period_layout = QVBoxLayout(period_box)
        period_layout.addLayout(period_bar)
        period_layout.addWidget(self.period_view)
        period_layout.addWidget(self.period_total_label)

        cash_box = QGroupBox(self.tr("Cash to account for"))
        cash_bar = QHBoxLayout()
        day_label = QLabel(self.tr("Paid on the &day"))
        day_label.setBuddy(self.day_edit)
        cash_bar.addWidget(day_label)
        cash_bar.addWidget(self.day_edit)
        hint = QLabel(self.tr("Count the cash box against the “Cash” line before leaving."))
        hint.setStyleSheet("color: #555;")
        cash_bar.addWidget(hint, 1)
        cash_layout = QVBoxLayout(cash_box)
        cash_layout.addLayout(cash_bar)
        cash_layout.addWidget(self.cash_view)
        cash_layout.addWidget(self.cash_total_label)

        layout = QVBoxLayout(self)
        layout.addWidget(period_box, 3)
        layout.addWidget(cash_box, 2)
        layout.addWidget(self.error_label)
        self.reload()

    @staticmethod
    def _keys_stretch(view: QTableView) -> None:
        # The figures sit side by side at a fixed width; the first label column takes the room left.
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    @staticmethod
    def _modality(code: str) -> str:
        return label("modality", code)

    def _sum(self, lines: list[TotalLine]) -> str:
        per_currency: dict[str, list[int]] = {}
        for t in lines:
            sums = per_currency.setdefault(t.currency, [0, 0])
            sums[0] += t.entries
            sums[1] += t.net
        if not per_currency:
            return self.tr("Nothing paid.")
        return " · ".join(
            self.tr("Total: {count} entries, <b>net {net}</b>").format(count=n, net=format_money(net, currency))
            for currency, (n, net) in sorted(per_currency.items())
        )

    def reload(self) -> None:
        self.error_label.hide()
        try:
            start, end, day = self.from_edit.value(), self.to_edit.value(), self.day_edit.value()
        except ValueError:
            self.error_label.show_error(self.tr("Dates: type them as dd/mm/yyyy."))
            return
        views = self._services.ledger_views
        try:
            period = views.totals(LedgerFilter(date_from=start, date_to=end), ("donor", "programme"))
            cash = views.totals(LedgerFilter(date_from=day, date_to=day), ("modality",)) if day else []
        except DeskError as exc:
            self.error_label.show_error(exc)
            return
        self.period_model.set_rows(period)
        self.cash_model.set_rows(cash)
        self.period_total_label.setText(self._sum(period))
        self.cash_total_label.setText(self._sum(cash))
