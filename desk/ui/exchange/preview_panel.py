"""Step 3 of an import: the rows checked, counted and filtered; import the good ones, save the others."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.i18n import format_number
from desk.services.context import ActorServices
from desk.services.errors import DeskError
from desk.services.exchange.error_workbook import write_error_workbook
from desk.services.exchange.row_import import ImportCheck, RowImport
from desk.ui.exchange.common import DONE_STYLE, MUTED_COLOUR, ask_save_xlsx, file_stem, notice_label, say
from desk.ui.exchange.preview_models import (
    ALL,
    ALREADY,
    NEW,
    POSSIBLE,
    PROBLEMS,
    WITHDRAWN,
    PossibleTableModel,
    PreviewTableModel,
    possible_lines,
)
from desk.ui.widgets import ErrorLabel, configure_table
from desk.ui.workers import Task, run_with_progress

POSSIBLE_HEIGHT = 190  # the review list stays under the rows, a few lines high
DETAIL_STYLE = "QLabel { background: #f4f6f9; border: 1px solid #c9d1dc; padding: 5px; }"

FILTER_STYLE = (
    "QPushButton { border: 1px solid #b8c4d4; border-radius: 11px; padding: 3px 12px; background: #ffffff; }"
    "QPushButton:checked { background: #1f4e79; border-color: #1f4e79; color: #ffffff; }"
    "QPushButton:disabled { color: #9aa3ad; border-color: #dde2e8; }"
)


class PreviewPanel(QWidget):
    imported = Signal(object)  # the batch's id
    case_file_requested = Signal(int)  # case id

    def __init__(
        self, services: ActorServices, profile: Callable[[], str | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._profile = profile
        self.importer: RowImport = services.returnee_import  # the tab sets the kind chosen
        self.check: ImportCheck | None = None
        self.task: Task | None = None

        self.summary_label = QLabel(
            self.tr("Choose a workbook (or drop it on this screen) and its columns, then check the file.")
        )
        self.summary_label.setObjectName("preview_summary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setStyleSheet(f"color: {MUTED_COLOUR};")
        self.filter_group = QButtonGroup(self)
        self.filter_group.setExclusive(True)
        self.filter_buttons: dict[str, QPushButton] = {}
        self.filters_box = QWidget()
        filters = QHBoxLayout(self.filters_box)
        filters.setContentsMargins(0, 0, 0, 0)
        filters.setSpacing(6)
        for key in (ALL, NEW, PROBLEMS, POSSIBLE, ALREADY, WITHDRAWN):
            button = QPushButton()
            button.setObjectName(f"show_{key}")
            button.setCheckable(True)
            button.setStyleSheet(FILTER_STYLE)
            button.clicked.connect(lambda _checked=False, k=key: self.show_only(k))
            self.filter_group.addButton(button)
            self.filter_buttons[key] = button
            filters.addWidget(button)
        filters.addStretch()

        self.model = PreviewTableModel(self)
        self.table_view = configure_table(QTableView(), "preview_table")
        self.table_view.setWordWrap(False)
        self.table_view.verticalHeader().setDefaultSectionSize(24)
        self.table_view.setModel(self.model)
        self.table_view.selectionModel().currentRowChanged.connect(lambda current, _previous: self._say_row())
        self.detail_label = QLabel()
        self.detail_label.setObjectName("row_detail")
        self.detail_label.setWordWrap(True)
        self.detail_label.setStyleSheet(DETAIL_STYLE)

        self.import_button = QPushButton()
        self.import_button.setObjectName("import_button")
        self.import_button.setStyleSheet("QPushButton:enabled { font-weight: bold; }")
        self.import_button.clicked.connect(self.import_rows)
        self.errors_button = QPushButton()
        self.errors_button.setObjectName("errors_button")
        self.errors_button.clicked.connect(self.save_errors)
        self.error_label = ErrorLabel()
        self.result_label = notice_label("import_result", DONE_STYLE)

        self.possible_model = PossibleTableModel()
        self.possible_view = configure_table(QTableView(), "possible_table")
        self.possible_view.setModel(self.possible_model)
        self.possible_view.setWordWrap(False)
        self.possible_view.verticalHeader().setDefaultSectionSize(24)
        for column, width in ((0, 44), (1, 160), (2, 160), (3, 120)):
            self.possible_view.setColumnWidth(column, width)
        self.possible_view.activated.connect(lambda index: self.open_case_file(index.row()))
        self.possible_title = QLabel()
        self.possible_title.setObjectName("possible_title")
        self.possible_title.setWordWrap(True)
        self.possible_box = QWidget()
        possible_layout = QVBoxLayout(self.possible_box)
        possible_layout.setContentsMargins(0, 4, 0, 0)
        possible_layout.addWidget(self.possible_title)
        possible_layout.addWidget(self.possible_view)

        self.actions_box = QWidget()
        actions = QHBoxLayout(self.actions_box)
        actions.setContentsMargins(0, 0, 0, 0)
        actions.addWidget(self.import_button)
        actions.addWidget(self.errors_button)
        actions.addStretch()
        rows_box = QWidget()
        rows_layout = QVBoxLayout(rows_box)
        rows_layout.setContentsMargins(0, 0, 0, 0)
        rows_layout.addWidget(self.summary_label)
        rows_layout.addWidget(self.filters_box)
        rows_layout.addWidget(self.table_view, 1)
        rows_layout.addWidget(self.detail_label)
        rows_layout.addStretch(0)  # keeps the summary at the top while there is no table
        rows_layout.addWidget(self.error_label)
        rows_layout.addWidget(self.result_label)
        rows_layout.addWidget(self.actions_box)
        self.possible_box.setMaximumHeight(POSSIBLE_HEIGHT)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(rows_box, 1)
        layout.addWidget(self.possible_box)
        self.show_check(None)

    # -- display ----------------------------------------------------------------------------------------------
    def show_check(self, check: ImportCheck | None, why_cleared: str = "") -> None:
        """The rows of a checked file (None: nothing checked, or the columns changed since)."""
        self.check = check
        self.model.set_check(check)
        self.error_label.hide()
        say(self.result_label, "")
        if check is None:
            self.summary_label.setText(
                why_cleared
                or self.tr("Choose a workbook (or drop it on this screen) and its columns, then check the file.")
            )
        else:
            result = check.result
            text = self.tr("“{file}”, sheet “{sheet}”: {count} rows read.").format(
                file=check.path.name, sheet=result.sheet, count=format_number(len(result.rows))
            )
            hidden = result.workbook.hidden_notice()  # already said above the steps
            self.summary_label.setText(" ".join([text, *(n for n in result.notices if n != hidden)]))
        for widget in (self.filters_box, self.table_view, self.detail_label, self.actions_box):
            widget.setVisible(check is not None)
        lines = possible_lines(check) if check else []
        self.possible_model.set_rows(lines)
        self._resize_columns()
        self._select_first()
        self.possible_title.setText(
            self.tr(
                "<b>Possible duplicates ({count})</b>: these rows look like persons already registered and are "
                "kept aside by the import. Compare (double-click a line to open the registered file), then decide "
                "in the Possible duplicates tab whether each is the same person."
            ).format(count=len(lines))
        )
        self.possible_box.setVisible(bool(lines))
        self._update()

    def _resize_columns(self) -> None:
        self.table_view.setColumnWidth(PreviewTableModel.COL_ROW, 46)
        self.table_view.setColumnWidth(PreviewTableModel.COL_STATUS, 150)
        for column in range(2, self.model.columnCount()):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            self.table_view.setColumnWidth(column, min(max(80, 7 * len(title) + 20), 200))
        rows = min(max(self.possible_model.rowCount(), 1), 4)
        self.possible_view.setMaximumHeight(28 + 24 * rows + 18)

    def _say_row(self) -> None:
        """What is wrong with the selected row, in words, without hovering."""
        index = self.table_view.currentIndex()
        if self.check is None or not index.isValid():
            self.detail_label.setText(self.tr("Select a row to read what is said about it."))
            return
        messages = self.model.messages(index.row())
        number = self.model.row_at(index.row()).number
        if messages:
            self.detail_label.setText("\n".join(messages))
        elif self.model.imported:
            self.detail_label.setText(self.tr("Row {row}: imported.").format(row=number))
        else:
            self.detail_label.setText(self.tr("Row {row}: nothing wrong, it will be imported.").format(row=number))

    def _select_first(self) -> None:
        if self.model.rowCount():
            self.table_view.selectRow(0)
            self.table_view.setCurrentIndex(self.model.index(0, 0))
        self._say_row()

    def _update(self) -> None:
        counts = self.model.counts
        texts = {
            ALL: self.tr("All: {count}"),
            NEW: self.tr("Imported: {count}") if self._done() else self.tr("To import: {count}"),
            PROBLEMS: self.tr("With problems: {count}"),
            POSSIBLE: self.tr("Possible duplicates: {count}"),
            ALREADY: self.tr("Already imported: {count}"),
            WITHDRAWN: self.tr("Refused: {count}"),
        }
        for key, button in self.filter_buttons.items():
            button.setText(texts[key].format(count=format_number(counts[key])))
            # Counts of nothing are left out, except the two a manager always looks for.
            button.setVisible(counts[key] > 0 or key in (ALL, NEW, PROBLEMS))
            button.setChecked(key == self.model.shown_filter)
        self.filter_buttons[WITHDRAWN].setToolTip(self.tr("Persons who withdrew their consent: never imported."))
        new = counts[NEW] if self.check is not None and not self._done() else 0
        self.import_button.setText(
            self.tr("&Import the good rows ({count})").format(count=format_number(new))
            if new
            else self.tr("Nothing to import")
        )
        self.import_button.setEnabled(bool(new))
        problems = counts[PROBLEMS] if self.check is not None else 0
        self.errors_button.setText(
            self.tr("&Save the rows with problems ({count})…").format(count=format_number(problems))
            if problems
            else self.tr("No row with problems")
        )
        self.errors_button.setEnabled(bool(problems))

    def _done(self) -> bool:
        return self.model.imported

    def show_only(self, key: str) -> None:
        self.model.set_filter(key)
        self._select_first()
        self._update()

    # -- actions ----------------------------------------------------------------------------------------------
    def confirm_import(self, count: int) -> bool:
        """Asked before registering the rows (replaced in tests)."""
        answer = QMessageBox.question(
            self,
            self.tr("Import the good rows"),
            self.tr(
                "Register {count} returnees, each with a new case file? It is done in one go: all of them or, "
                "if anything goes wrong, none."
            ).format(count=format_number(count)),
        )
        return answer == QMessageBox.StandardButton.Yes

    def import_rows(self) -> None:
        check = self.check
        if check is None or not check.new_rows or self._done():
            return
        count = len(check.new_rows)
        if not self.confirm_import(count):
            return
        importer, profile = self.importer, self._profile()
        self.error_label.hide()

        def done(batch: object) -> None:
            self.model.mark_imported()
            self._select_first()
            review = len(check.possible)
            text = self._imported_text(check, count)
            if review:
                text += " " + self.tr(
                    "{count} possible duplicates were not imported: decide in each case file."
                ).format(count=format_number(review))
            if profile:
                text += " " + self.tr("The columns are remembered for “{profile}”.").format(profile=profile)
            say(self.result_label, text)
            self._update()
            self.imported.emit(batch)

        self.task = run_with_progress(
            self,
            self.tr("Importing {count} rows…").format(count=format_number(count)),
            lambda progress, cancel: importer.apply(check, profile=profile, cancel=cancel),
            done,
            self.error_label.show_error,
        )

    def _imported_text(self, check: ImportCheck, count: int) -> str:
        changed = sum(1 for r in check.new_rows if r.number in check.updates)
        if check.kind == "operators":
            return self.tr("{count} operators imported ({changed} of them already known, now updated).").format(
                count=format_number(count), changed=format_number(changed)
            )
        if check.kind == "attendance":
            return self.tr("{count} days of attendance recorded ({changed} of them corrected).").format(
                count=format_number(count), changed=format_number(changed)
            )
        return self.tr("{count} returnees registered: the Registry finds them now.").format(count=format_number(count))

    def choose_errors_path(self, suggested: str) -> str:
        return ask_save_xlsx(self, self.tr("Save the rows with problems"), suggested)

    def save_errors(self) -> None:
        check = self.check
        if check is None:
            return
        stem = file_stem(check.path.stem)
        path = self.choose_errors_path(self.tr("{file}-to-correct.xlsx").format(file=stem))
        if not path:
            return
        result = check.result

        def done(count: object) -> None:
            self.last_errors = path
            say(
                self.result_label,
                self.tr(
                    "{count} rows with problems saved to {path}, each with what is wrong in its last column. "
                    "Correct them there and import that workbook again."
                ).format(count=count, path=path),
            )

        self.task = run_with_progress(
            self,
            self.tr("Saving the rows with problems…"),
            lambda progress, cancel: write_error_workbook(Path(path), result, progress=progress, cancel=cancel),
            done,
            self.error_label.show_error,
        )

    def open_case_file(self, row: int) -> None:
        line = self.possible_model.row_at(row)
        try:
            found = self._services.registry.search(line.case_number, limit=5)
        except DeskError as exc:
            self.error_label.show_error(exc)
            return
        case_id = next((r.case_id for r in found if r.case_number == line.case_number), None)
        if case_id is not None:
            self.case_file_requested.emit(case_id)
