"""The calendar's filters: whose visits (me, an agent, an operator), which region, which programme."""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import suppress
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from desk.i18n import current_language
from desk.services.context import ActorServices
from desk.services.errors import DeskError
from desk.services.followup_dto import CalendarFilter, VisitRow


def _combo(name: str, empty: str, pairs: Iterable[tuple[int, str]]) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    box.addItem(empty, None)
    for key, text in pairs:
        box.addItem(text, key)
    box.setMinimumContentsLength(14)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return box


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, services: ActorServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        actor = services.actor
        english = current_language() == "en"
        # Agents: the service lists accounts for the administrator only, so the list starts with the person logged
        # in and grows with every agent met in the visits read (see note_agents).
        self._agents: dict[int, str] = {actor.user_id: actor.full_name}
        with suppress(DeskError):
            for user in services.accounts.list_users():
                if user.active and user.role in ("agent", "manager"):
                    self._agents[user.id] = user.full_name
        operators: list[tuple[int, str]] = []
        with suppress(DeskError):
            operators = [(o.id, o.data.name) for o in services.operators.list_operators(include_inactive=False)]
        regions: list[tuple[int, str]] = []
        programmes: list[tuple[int, str]] = []
        with suppress(DeskError):
            regions = [(r.id, r.name_en if english else r.name_fr) for r in services.reference.list_items("regions")]
            programmes = [(p.id, p.code) for p in services.reference.list_items("programmes")]

        self.mine_button = QPushButton(self.tr("M&ine only"))
        self.mine_button.setObjectName("mine_button")
        self.mine_button.setCheckable(True)
        self.mine_button.setToolTip(self.tr("Only the visits you do yourself"))
        self.agent_combo = _combo("agent_combo", self.tr("Every agent"), ())
        self._fill_agents()
        self.operator_combo = _combo("operator_combo", self.tr("Every operator"), operators)
        self.region_combo = _combo("region_combo", self.tr("Every region"), regions)
        self.programme_combo = _combo("programme_combo", self.tr("Every programme"), programmes)
        self.mine_button.toggled.connect(self._on_mine_button_toggled)
        self.agent_combo.currentIndexChanged.connect(self._on_agent_combo_changed)
        self.operator_combo.currentIndexChanged.connect(self._on_operator_combo_changed)
        self.region_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.programme_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.mine_button)
        shown = QLabel(self.tr("&Agent"))
        shown.setBuddy(self.agent_combo)
        layout.addWidget(shown)
        layout.addWidget(self.agent_combo)
        operator_label = QLabel(self.tr("&Operator"))
        operator_label.setBuddy(self.operator_combo)
        layout.addWidget(operator_label)
        layout.addWidget(self.operator_combo)
        region_label = QLabel(self.tr("Re&gion"))
        region_label.setBuddy(self.region_combo)
        layout.addWidget(region_label)
        layout.addWidget(self.region_combo)
        programme_label = QLabel(self.tr("P&rogramme"))
        programme_label.setBuddy(self.programme_combo)
        layout.addWidget(programme_label)
        layout.addWidget(self.programme_combo)
        layout.addStretch()
        self._quiet = False

    # -- values -----------------------------------------------------------------------------------
    def assigned_user_id(self) -> int | None:
        return self.agent_combo.currentData()  # type: ignore[no-any-return]

    def operator_id(self) -> int | None:
        return self.operator_combo.currentData()  # type: ignore[no-any-return]

    def calendar_filter(self, date_from: date, date_to: date) -> CalendarFilter:
        return CalendarFilter(
            date_from,
            date_to,
            assigned_user_id=self.assigned_user_id(),
            operator_id=self.operator_id(),
            region_id=self.region_combo.currentData(),
            programme_id=self.programme_combo.currentData(),
        )

    def narrows_by_place(self) -> bool:
        return self.region_combo.currentData() is not None or self.programme_combo.currentData() is not None

    def set_mine(self, mine: bool) -> None:
        self.mine_button.setChecked(mine)

    # -- agents met in the visits -----------------------------------------------------------------
    def note_agents(self, rows: Iterable[VisitRow]) -> None:
        """Agents seen in the visits read are added to the list (none can be listed without the admin's right)."""
        new = {
            r.assigned_user_id: r.assignee
            for r in rows
            if r.assigned_user_id and r.assigned_user_id not in self._agents
        }
        if new:
            self._agents.update({k: v for k, v in new.items() if k is not None})
            self._fill_agents()

    def _fill_agents(self) -> None:
        current = self.agent_combo.currentData()
        self._quiet = True
        self.agent_combo.blockSignals(True)
        while self.agent_combo.count() > 1:
            self.agent_combo.removeItem(1)
        me = self._services.actor.user_id
        for user_id, name in sorted(self._agents.items(), key=lambda item: (item[0] != me, item[1].lower())):
            self.agent_combo.addItem(name if user_id != me else self.tr("{name} (me)").format(name=name), user_id)
        index = self.agent_combo.findData(current) if current is not None else 0
        self.agent_combo.setCurrentIndex(max(index, 0))
        self.agent_combo.blockSignals(False)
        self._quiet = False

    # -- behaviour --------------------------------------------------------------------------------
    def _on_mine_button_toggled(self, checked: bool) -> None:
        me = self._services.actor.user_id
        self.agent_combo.blockSignals(True)
        self.operator_combo.blockSignals(True)
        self.agent_combo.setCurrentIndex(max(self.agent_combo.findData(me), 0) if checked else 0)
        if checked:
            self.operator_combo.setCurrentIndex(0)
        self.agent_combo.blockSignals(False)
        self.operator_combo.blockSignals(False)
        self.changed.emit()

    def _on_agent_combo_changed(self, _index: int) -> None:
        if self._quiet:
            return
        agent = self.agent_combo.currentData()
        self.mine_button.blockSignals(True)
        self.mine_button.setChecked(agent == self._services.actor.user_id)
        self.mine_button.blockSignals(False)
        if agent is not None and self.operator_combo.currentIndex() != 0:
            # A visit is done by an agent or by an operator, never both: one filter replaces the other.
            self.operator_combo.blockSignals(True)
            self.operator_combo.setCurrentIndex(0)
            self.operator_combo.blockSignals(False)
        self.changed.emit()

    def _on_operator_combo_changed(self, _index: int) -> None:
        if self.operator_combo.currentData() is not None and self.agent_combo.currentIndex() != 0:
            self.agent_combo.blockSignals(True)
            self.agent_combo.setCurrentIndex(0)
            self.agent_combo.blockSignals(False)
            self.mine_button.blockSignals(True)
            self.mine_button.setChecked(False)
            self.mine_button.blockSignals(False)
        self.changed.emit()
