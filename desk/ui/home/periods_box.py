"""The finance officer's months: which are still open (a past one is to close), and the last one closed."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from desk.i18n import format_number
from desk.services.home_dto import Capped, PeriodItem
from desk.ui.formatting import format_date
from desk.ui.home.home_lists import HomeBox
from desk.ui.home.tiles import ALERT
from desk.ui.ledger.common import month_label


class PeriodsBox(HomeBox):
    more_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("periods_box", self.tr("Months of the ledger"), parent)
        self.periods_label = QLabel()
        self.periods_label.setObjectName("periods_label")
        self.periods_label.setWordWrap(True)
        self.periods_label.setTextFormat(Qt.TextFormat.RichText)
        self.periods_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.periods_label.setStyleSheet("font-size: 10pt;")
        self.periods_label.linkActivated.connect(lambda _link: self.more_requested.emit())
        self.box_layout.addWidget(self.periods_label, 1)

    def show_data(self, current: str, open_periods: tuple[PeriodItem, ...], closed: Capped[PeriodItem]) -> None:
        still_open = self.tr("Still open")
        to_close = self.tr("to close")
        lines = [f"<b>{html.escape(still_open)}</b>"]
        for period in reversed(open_periods):  # the latest first, as the closed ones
            entries = self.tr("{count} entries").format(count=format_number(period.entries))
            if period.period == current:
                state = html.escape(self.tr("current month"))
            else:
                state = f"<b style='color:{ALERT}'>{html.escape(to_close)}</b>"
            lines.append(f"• {html.escape(month_label(period.period))} – {entries} – {state}")
        if not open_periods:
            lines.append(html.escape(self.tr("none")))
        last = closed.items[0] if closed.items else None
        lines.append("")
        if last is None:
            none_closed = self.tr("No month closed yet.")
            lines.append(f"<b>{html.escape(none_closed)}</b>")
        else:
            closed_on = format_date(last.closed_at.astimezone().date()) if last.closed_at else ""
            lines.append(
                "<b>{head}</b> {text}".format(
                    head=html.escape(self.tr("Last closed:")),
                    text=html.escape(
                        self.tr("{month}, on {date} ({count} months closed in all)").format(
                            month=month_label(last.period), date=closed_on, count=format_number(closed.total)
                        )
                    ),
                )
            )
        lines.append("")
        link = self.tr("Close a month in Disbursements")
        lines.append(f"<a href='periods'>{html.escape(link)}</a>")
        self.periods_label.setText("<br>".join(lines))
