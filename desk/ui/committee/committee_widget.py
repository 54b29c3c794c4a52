"""Committee day: the session's agenda, each plan with its budget and scores, a decision in seconds (with its
conditions, and an approval above the request only when the committee says so), the synthesis by sector and value
chain as it goes, the minutes and the decision letters."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.i18n import QT_TRANSLATE_NOOP, translate
from desk.services.committee_service import (
    CRITERIA_LABELS,
    DECISION_LABELS,
    AgendaItem,
    SectorLine,
    SessionView,
    ValueChainLine,
    synthesis_of,
)
from desk.services.context import ActorServices
from desk.services.errors import DeskError
from desk.services.money import format_money
from desk.ui.committee.session_dialog import NewSessionDialog
from desk.ui.messages import show_error
from desk.ui.table_models import DtoTableModel
from desk.ui.widgets import ErrorLabel, configure_table, save_pdf

__all__ = ["AgendaTableModel", "CommitteeWidget", "NewSessionDialog"]


def _decision(item: AgendaItem) -> str:
    return translate("Committee", DECISION_LABELS[item.decision]) if item.decision else ""


class AgendaTableModel(DtoTableModel):
    columns = (
        (QT_TRANSLATE_NOOP("Columns", "Case no."), lambda i: i.case_number),
        (QT_TRANSLATE_NOOP("Columns", "Name"), lambda i: i.full_name),
        (
            QT_TRANSLATE_NOOP("Columns", "Sector"),
            lambda i: f"{i.sector} – {i.value_chain}" if i.value_chain else i.sector,
        ),
        (QT_TRANSLATE_NOOP("Columns", "Requested"), lambda i: format_money(i.requested, i.currency)),
        (QT_TRANSLATE_NOOP("Columns", "Decision"), _decision),
        (
            QT_TRANSLATE_NOOP("Columns", "Approved"),
            lambda i: format_money(i.amount_approved, i.currency) if i.amount_approved else "",
        ),
    )


class CommitteeWidget(QWidget):
    def __init__(self, services: ActorServices, desk_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._desk_name = services, desk_name
        self._sessions: list[SessionView] = []
        self.session_combo = QComboBox()
        self.session_combo.setObjectName("session_combo")
        self.session_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.new_button = QPushButton(self.tr("&New session…"))
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.close_button = QPushButton(self.tr("C&lose the session"))
        self.close_button.clicked.connect(self._on_close_button_clicked)
        self.members_label = QLabel()
        self.members_label.setObjectName("members_label")
        self.members_label.setWordWrap(True)
        self.model = AgendaTableModel()
        self.table_view = configure_table(QTableView(), "agenda_table")
        self.table_view.setModel(self.model)
        self.table_view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._show_item())

        self.item_label = QLabel()
        self.item_label.setObjectName("agenda_item")
        self.item_label.setWordWrap(True)
        self.criteria_spins: dict[str, QSpinBox] = {}
        self.decision_combo = QComboBox()
        for code, source in DECISION_LABELS.items():
            self.decision_combo.addItem(translate("Committee", source), code)
        self.amount_spin = QSpinBox()
        self.amount_spin.setRange(0, 2_000_000_000)
        self.amount_spin.setSingleStep(50_000)
        self.amount_spin.setGroupSeparatorShown(True)
        self.above_check = QCheckBox(self.tr("The committee approves more than requested"))
        self.above_check.setObjectName("above_request_check")
        self.above_check.setToolTip(self.tr("Say why in the remarks: they are written in the minutes."))
        self.comment_edit = QLineEdit()
        self.comment_edit.setPlaceholderText(
            self.tr("Required unless approved as requested; told to the person in the decision letter")
        )
        self.conditions_edit = QLineEdit()
        self.conditions_edit.setObjectName("conditions_edit")
        self.conditions_edit.setPlaceholderText(self.tr("e.g. finish the management training before the first payment"))
        self.record_button = QPushButton(self.tr("&Record the decision (Ctrl+Enter)"))
        self.record_button.setObjectName("record_button")
        self.record_button.clicked.connect(self.record)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.record)
        self.error_label = ErrorLabel()
        decision = QFormLayout()
        for code, source in CRITERIA_LABELS.items():
            spin = QSpinBox()
            spin.setRange(1, 5)
            spin.setValue(3)
            self.criteria_spins[code] = spin
            decision.addRow(translate("Committee", source), spin)
        decision.addRow(self.tr("&Decision"), self.decision_combo)
        decision.addRow(self.tr("&Amount approved"), self.amount_spin)
        decision.addRow("", self.above_check)
        decision.addRow(self.tr("C&onditions"), self.conditions_edit)
        decision.addRow(self.tr("Re&marks"), self.comment_edit)

        self.synthesis_label = QLabel()
        self.synthesis_label.setObjectName("synthesis_label")
        self.synthesis_label.setWordWrap(True)
        self.synthesis_tree = QTreeWidget()
        self.synthesis_tree.setObjectName("synthesis_tree")
        self.synthesis_tree.setHeaderLabels(
            [self.tr("Sector / value chain"), self.tr("Plans"), self.tr("Requested"), self.tr("Approved")]
        )
        self.synthesis_tree.setRootIsDecorated(False)
        self.minutes_button = QPushButton(self.tr("Print the &minutes…"))
        self.letters_button = QPushButton(self.tr("Print the decision &letters…"))
        self.minutes_button.clicked.connect(lambda: self._print("minutes"))
        self.letters_button.clicked.connect(lambda: self._print("letters"))

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Session:")))
        top.addWidget(self.session_combo, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.close_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.item_label)
        right_layout.addLayout(decision)
        right_layout.addWidget(self.error_label)
        right_layout.addWidget(self.record_button)
        right_layout.addStretch()
        synthesis = QWidget()
        synthesis_layout = QVBoxLayout(synthesis)
        synthesis_layout.setContentsMargins(0, 0, 0, 0)
        synthesis_layout.addWidget(QLabel(self.tr("<b>Synthesis by sector and value chain</b> (plans decided)")))
        synthesis_layout.addWidget(self.synthesis_tree, 1)
        synthesis_layout.addWidget(self.synthesis_label)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.table_view)
        left.addWidget(synthesis)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        bottom = QHBoxLayout()
        bottom.addStretch()
        bottom.addWidget(self.minutes_button)
        bottom.addWidget(self.letters_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.members_label)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.reload_sessions()

    def reload_sessions(self, select: int | None = None) -> None:
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        self._sessions = self._services.committee.sessions()
        for meeting in self._sessions:
            state = self.tr(" (closed)") if meeting.closed_at else ""
            self.session_combo.addItem(f"{meeting.held_on:%d/%m/%Y} – {meeting.place}{state}", meeting.id)
        if select is not None:
            self.session_combo.setCurrentIndex(max(0, self.session_combo.findData(select)))
        self.session_combo.blockSignals(False)
        self.reload()

    def session_id(self) -> int | None:
        return self.session_combo.currentData()

    def reload(self, keep_row: int = 0) -> None:
        session_id = self.session_id()
        agenda = self._services.committee.agenda(session_id) if session_id else []
        meeting = next((m for m in self._sessions if m.id == session_id), None)
        self.members_label.setText(
            self.tr("Members: {members}").format(members=", ".join(m.label() for m in meeting.members))
            if meeting
            else ""
        )
        self.model.set_rows(agenda)
        for column, width in enumerate((120, 170, 210, 110, 90)):
            self.table_view.setColumnWidth(column, width)
        if agenda:
            self.table_view.selectRow(min(keep_row, len(agenda) - 1))
        self._show_item()
        self._show_synthesis()

    def current_item(self) -> AgendaItem | None:
        index = self.table_view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _show_item(self) -> None:
        item = self.current_item()
        self.error_label.hide()
        if item is None:
            self.item_label.setText(self.tr("No plan on the agenda: plans appear here once submitted."))
            return
        score = f"{item.composite:.2f}" if item.composite is not None else "–"
        self.item_label.setText(
            self.tr(
                "<h3>{name}</h3><p>{number} · {sector} · operator {operator}</p><p>{description}</p>"
                "<p><i>{feasibility}</i></p><p>Budget {total}, requested <b>{requested}</b> · assessment {score}</p>"
            ).format(
                name=item.full_name,
                number=item.case_number,
                sector=(f"{item.sector} – {item.value_chain}" if item.value_chain else item.sector) or "–",
                operator=item.operator or "–",
                description=item.description,
                feasibility=item.feasibility,
                total=format_money(item.total, item.currency),
                requested=format_money(item.requested, item.currency),
                score=score,
            )
        )
        for code, spin in self.criteria_spins.items():
            spin.setValue(item.criteria.get(code, 3))
        self.decision_combo.setCurrentIndex(max(0, self.decision_combo.findData(item.decision or "approved")))
        self.amount_spin.setValue(item.amount_approved or item.requested)
        self.above_check.setChecked(item.above_request)
        self.conditions_edit.setText(item.conditions)
        self.comment_edit.setText(item.comment)

    def _show_synthesis(self) -> None:
        """Every sector with its value chains (the figures of the plans decided so far), and the totals."""
        lines = synthesis_of([self.model.row_at(r) for r in range(self.model.rowCount())])
        currency = self.model.row_at(0).currency if self.model.rowCount() else "XAF"

        def figures(line: SectorLine | ValueChainLine) -> list[str]:
            return [str(line.plans), format_money(line.requested, currency), format_money(line.approved, currency)]

        self.synthesis_tree.clear()
        for line in lines:
            sector = QTreeWidgetItem([line.sector, *figures(line)])
            font = sector.font(0)
            font.setBold(True)
            for column in range(4):
                sector.setFont(column, font)
            for chain in line.value_chains:
                sector.addChild(QTreeWidgetItem([chain.value_chain, *figures(chain)]))
            self.synthesis_tree.addTopLevelItem(sector)
        self.synthesis_tree.expandAll()
        for column in range(4):
            self.synthesis_tree.resizeColumnToContents(column)
        self.synthesis_tree.setColumnWidth(0, max(220, self.synthesis_tree.columnWidth(0)))
        total = self.tr("{sector}: {plans} plans, {requested} requested, {approved} approved").format(
            sector=self.tr("All sectors"),
            plans=sum(x.plans for x in lines),
            requested=format_money(sum(x.requested for x in lines), currency),
            approved=format_money(sum(x.approved for x in lines), currency),
        )
        self.synthesis_label.setText(f"<b>{total}</b>")

    def record(self) -> None:
        item, session_id = self.current_item(), self.session_id()
        if item is None or session_id is None:
            return
        row = self.table_view.currentIndex().row()
        try:
            self._services.committee.decide(
                session_id,
                item.plan_id,
                self.decision_combo.currentData(),
                {code: spin.value() for code, spin in self.criteria_spins.items()},
                self.amount_spin.value(),
                self.comment_edit.text(),
                conditions=self.conditions_edit.text(),
                above_request=self.above_check.isChecked(),
            )
        except DeskError as exc:
            self.error_label.show_error(exc)
            return
        self.reload(keep_row=row + 1)  # on to the next plan

    def _on_new_button_clicked(self) -> None:
        dialog = NewSessionDialog(self._services, self)
        if dialog.exec():
            self.reload_sessions(dialog.session_id)

    def _on_close_button_clicked(self) -> None:
        if self.session_id() is None:
            return
        try:
            self._services.committee.close_session(self.session_id())  # type: ignore[arg-type]
        except DeskError as exc:
            show_error(self, exc)
        self.reload_sessions(self.session_id())

    def choose_pdf_path(self, suggested: str) -> str:
        """Where to save a document (replaced in tests)."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the document"), str(Path.home() / suggested), "PDF (*.pdf)"
        )
        return path

    def _print(self, what: str) -> None:
        from desk.services.documents.committee_minutes import render_decision_letters, render_minutes

        session_id = self.session_id()
        meeting = next((m for m in self._services.committee.sessions() if m.id == session_id), None)
        if meeting is None:
            return
        path = self.choose_pdf_path(f"{what}-{meeting.held_on:%Y-%m-%d}.pdf")
        if not path:
            return
        agenda = self._services.committee.agenda(meeting.id)
        if save_pdf(
            self,
            path,
            lambda: (
                render_minutes(meeting, agenda, self._services.committee.synthesis(meeting.id), self._desk_name)
                if what == "minutes"
                else render_decision_letters(meeting, agenda, self._desk_name, self._services.actor.full_name)
            ),
        ):
            self.last_pdf = path
