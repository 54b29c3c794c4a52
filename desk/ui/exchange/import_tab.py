"""Importing a donor's or partner's workbook (returnees, operators, training attendance), as steps on one
screen: the workbook and its sheet, which of its columns holds what, then the rows checked (step 3,
``preview_panel``). Nothing is registered before the person presses Import, and then all the good rows or none."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desk.i18n import current_language
from desk.services.context import ActorServices
from desk.services.errors import DeskError
from desk.services.exchange.reader import HeaderPreview, SheetState, WorkbookInfo, inspect_workbook, read_header
from desk.services.exchange.row_import import ImportCheck, RowImport
from desk.services.exchange.safety import ImportRefused
from desk.services.exchange.templates import write_template
from desk.services.permissions import Action, can
from desk.ui.exchange.common import (
    BAD_COLOUR,
    DONE_STYLE,
    MUTED_COLOUR,
    ask_open_xlsx,
    ask_save_xlsx,
    notice_label,
    say,
    step_title,
)
from desk.ui.exchange.mapping_table import MappingTableWidget
from desk.ui.exchange.preview_panel import PreviewPanel
from desk.ui.widgets import ErrorLabel
from desk.ui.workers import Task, run_with_progress

SAMPLE_WIDTH = 170  # the first values beside the drop-downs, while the person maps the columns


class ImportTab(QWidget):
    case_file_requested = Signal(int)

    def __init__(self, services: ActorServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kind_combo")
        kinds = (
            ("returnees", self.tr("Returnees (arrival lists, donors' rosters)"), None),
            ("operators", self.tr("Operators"), Action.OPERATOR_MANAGE),
            ("attendance", self.tr("Training attendance"), Action.TRAINING_ENROL),
        )
        for kind, text, action in kinds:
            if action is None or can(services.actor.role, action):
                self.kind_combo.addItem(text, kind)
        self.kind_combo.setToolTip(self.tr("What the workbook holds: each kind has its own columns and checks."))
        self.kind_combo.activated.connect(lambda _i: self._on_kind_chosen())
        self._importer: RowImport = services.returnee_import
        self.specs = self._importer.columns()
        self.path: Path | None = None
        self.info: WorkbookInfo | None = None
        self.header_preview: HeaderPreview | None = None
        self.task: Task | None = None
        self.setAcceptDrops(True)

        # 1. the workbook
        self.file_button = QPushButton(self.tr("&Choose a workbook…"))
        self.file_button.setObjectName("choose_file_button")
        self.file_button.clicked.connect(self.choose_file)
        self.file_label = QLabel(self.tr("No workbook chosen yet."))
        self.file_label.setObjectName("file_label")
        self.file_label.setWordWrap(True)
        self.file_label.setMinimumWidth(140)
        self.file_button.setToolTip(self.tr("Or drop the .xlsx file anywhere on this screen."))
        self.file_label.setStyleSheet(f"color: {MUTED_COLOUR};")
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("sheet_combo")
        self.sheet_combo.setMinimumWidth(170)
        self.sheet_combo.setEnabled(False)
        self.sheet_combo.activated.connect(lambda _i: self._on_sheet_chosen())
        self.profile_combo = QComboBox()
        self.profile_combo.setObjectName("profile_combo")
        self.profile_combo.setEditable(True)
        self.profile_combo.setMinimumWidth(190)
        profile_edit = self.profile_combo.lineEdit()
        assert profile_edit is not None  # an editable combo has its line edit
        profile_edit.setPlaceholderText(self.tr("e.g. IOM Douala (optional)"))
        self.profile_combo.setToolTip(
            self.tr(
                "The donor or partner who sent the file. The columns you choose are remembered under this name "
                "when you import; type a new name to start a new profile."
            )
        )
        self.profile_combo.activated.connect(lambda _i: self._apply_profile())
        self.template_button = QPushButton(self.tr("Download the empty &workbook…"))
        self.template_button.setObjectName("template_button")
        self.template_button.setToolTip(
            self.tr("The workbook a partner fills in: the expected headers, drop-down lists and instructions.")
        )
        self.template_button.clicked.connect(self.download_template)
        self.notice_label = notice_label("import_notice")
        self.message_label = notice_label("import_message", DONE_STYLE)
        self.error_label = ErrorLabel()

        # 2. its columns
        self.mapping_table = MappingTableWidget()
        self.mapping_table.set_specs(self.specs)
        self.mapping_table.mapping_changed.connect(self._on_mapping_changed)
        self.unused_label = QLabel()
        self.unused_label.setObjectName("unused_label")
        self.unused_label.setWordWrap(True)
        self.unused_label.setStyleSheet(f"color: {MUTED_COLOUR};")
        self.mapping_label = QLabel()
        self.mapping_label.setObjectName("mapping_label")
        self.mapping_label.setWordWrap(True)
        self.mapping_label.setStyleSheet(f"color: {BAD_COLOUR}; font-weight: bold;")
        self.check_button = QPushButton(self.tr("Chec&k the file"))
        self.check_button.setObjectName("check_button")
        self.check_button.setStyleSheet("QPushButton:enabled { font-weight: bold; }")
        self.check_button.clicked.connect(self.check_file)

        # 3. the rows
        self.preview_panel = PreviewPanel(services, self.profile)
        self.preview_panel.importer = self._importer
        self.preview_panel.case_file_requested.connect(self.case_file_requested)
        self.preview_panel.imported.connect(lambda _batch: self._reload_profiles())

        self._layout()
        self._reload_profiles()
        self._update()
        self._sized = False

    def _layout(self) -> None:
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_button)
        file_row.addWidget(self.file_label, 1)
        sheet_label = QLabel(self.tr("S&heet"))
        sheet_label.setBuddy(self.sheet_combo)
        profile_label = QLabel(self.tr("Sent &by"))
        profile_label.setBuddy(self.profile_combo)
        for widget in (sheet_label, self.sheet_combo, profile_label, self.profile_combo):
            file_row.addWidget(widget)
        columns = QWidget()
        columns_layout = QVBoxLayout(columns)
        columns_layout.setContentsMargins(0, 0, 6, 0)
        columns_layout.addWidget(step_title(self.tr("2 · Which column holds what")))
        columns_layout.addWidget(self.mapping_table, 1)
        columns_layout.addWidget(self.unused_label)
        columns_layout.addWidget(self.mapping_label)
        check_row = QHBoxLayout()
        check_row.addStretch()
        check_row.addWidget(self.check_button)
        columns_layout.addLayout(check_row)
        rows = QWidget()
        rows_layout = QVBoxLayout(rows)
        rows_layout.setContentsMargins(6, 0, 0, 0)
        rows_layout.addWidget(step_title(self.tr("3 · The rows, checked")))
        rows_layout.addWidget(self.preview_panel, 1)
        splitter = QSplitter()
        splitter.setObjectName("steps_splitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(columns)
        splitter.addWidget(rows)
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        title_row = QHBoxLayout()
        title_row.addWidget(step_title(self.tr("1 · The workbook")))
        title_row.addStretch()
        kind_label = QLabel(self.tr("It &holds"))
        kind_label.setBuddy(self.kind_combo)
        title_row.addWidget(kind_label)
        title_row.addWidget(self.kind_combo)
        title_row.addWidget(self.template_button)
        layout.addLayout(title_row)
        layout.addLayout(file_row)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.error_label)
        layout.addWidget(splitter, 1)

    # -- step 1: the workbook and its sheet ---------------------------------------------------------------------
    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def choose_kind(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind), 0))
        self._on_kind_chosen()

    def _on_kind_chosen(self) -> None:
        """Another kind of file: its columns, its donors' profiles; the workbook chosen is read again for them."""
        importer = self._services.importer(self.kind())
        if importer is self._importer:
            return
        self._importer = importer
        self.preview_panel.importer = importer
        self.specs = importer.columns()
        self.mapping_table.set_specs(self.specs)
        self.preview_panel.show_check(None)
        self._reload_profiles()
        if self.path is not None:
            self.load_file(self.path, self.header_preview.sheet if self.header_preview else None)
        else:
            self._update()

    def profile(self) -> str | None:
        return self.profile_combo.currentText().strip() or None

    def _reload_profiles(self) -> None:
        text = self.profile_combo.currentText()
        try:
            names = self._importer.profiles()
        except DeskError:
            names = []
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        self.profile_combo.addItems(names)
        self.profile_combo.setEditText(text)
        self.profile_combo.blockSignals(False)

    def choose_file(self) -> None:
        path = ask_open_xlsx(self, self.tr("Choose the workbook to import"))
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path, sheet: str | None = None) -> None:
        """Check the file is a workbook we can read, list its sheets, read the header of one (in the background)."""
        specs = self.specs

        def read(progress: Any, cancel: Any) -> tuple[WorkbookInfo, HeaderPreview | None, ImportRefused | None]:
            info = inspect_workbook(path)
            try:
                return info, read_header(path, specs, sheet=sheet), None
            except ImportRefused as refusal:  # this sheet cannot be read: the others may
                return info, None, refusal

        self.error_label.hide()
        say(self.message_label, "")
        self.task = run_with_progress(
            self,
            self.tr("Opening {file}…").format(file=path.name),
            read,
            lambda found: self._on_file_read(path, sheet, *found),
            self._on_file_refused,
        )

    def _on_file_read(
        self, path: Path, sheet: str | None, info: WorkbookInfo, preview: HeaderPreview | None, refusal: Any
    ) -> None:
        self.path, self.info, self.header_preview = path, info, preview
        self.file_label.setText(path.name)
        self.file_label.setToolTip(str(path))
        self.file_label.setStyleSheet("font-weight: bold;")
        chosen = preview.sheet if preview else sheet or info.default_sheet
        self.sheet_combo.clear()
        for item in info.sheets:
            if item.state is SheetState.VERY_HIDDEN:
                text = self.tr("{sheet} (very hidden)").format(sheet=item.name)
            elif item.hidden:
                text = self.tr("{sheet} (hidden)").format(sheet=item.name)
            else:
                text = item.name
            self.sheet_combo.addItem(text, item.name)
        self.sheet_combo.setCurrentIndex(max(self.sheet_combo.findData(chosen), 0))
        self.sheet_combo.setEnabled(len(info.sheets) > 1)
        notices = [info.hidden_notice()] if info.hidden_notice() else []
        if preview is not None:
            notices.extend(preview.mapping.problems)
        say(self.notice_label, "\n".join(notices))
        if refusal is not None:
            self.error_label.show_error(refusal)
        self.mapping_table.set_preview(preview)
        self._apply_profile()
        self.preview_panel.show_check(None)
        self._widen(self.mapping_table.essential_width() + SAMPLE_WIDTH)
        self._update()

    def _on_file_refused(self, exc: BaseException) -> None:
        self.path, self.info, self.header_preview = None, None, None
        self.sheet_combo.clear()
        self.sheet_combo.setEnabled(False)
        self.file_label.setText(self.tr("No workbook chosen yet."))
        self.file_label.setStyleSheet(f"color: {MUTED_COLOUR};")
        say(self.notice_label, "")
        self.mapping_table.set_preview(None)
        self.preview_panel.show_check(None)
        self.error_label.show_error(exc)
        self._update()

    def _on_sheet_chosen(self) -> None:
        sheet = self.sheet_combo.currentData()
        if self.path is not None and sheet and (self.header_preview is None or sheet != self.header_preview.sheet):
            self.load_file(self.path, sheet)

    def _apply_profile(self) -> None:
        """Preset the columns from the donor's remembered profile, when the service can tell it."""
        name = self.profile()
        if not name or self.header_preview is None:
            return
        try:
            saved = self._importer.profile_mapping(name)
            if saved:
                self.header_preview = read_header(
                    self.header_preview.workbook.path, self.specs, sheet=self.header_preview.sheet, mapping=saved
                )
        except DeskError:
            return
        self.mapping_table.set_preview(self.header_preview)

    def _widen(self, columns_width: int) -> None:
        """Give the room to the step at hand: the columns while mapping, the rows once checked."""
        total = sum(self.splitter.sizes())
        if total > columns_width + 300:
            self.splitter.setSizes([columns_width, total - columns_width])

    # -- step 2: the columns ------------------------------------------------------------------------------------
    def _on_mapping_changed(self) -> None:
        if self.preview_panel.check is not None and not self.preview_panel.model.imported:
            self.preview_panel.show_check(None, self.tr("The columns changed: check the file again."))
        self._update()

    def _update(self) -> None:
        loaded = self.header_preview is not None
        problems = self.mapping_table.problems() if loaded else []
        unused = self.mapping_table.unused() if loaded else []
        say(self.unused_label, self.tr("Not imported: {columns}.").format(columns=", ".join(unused)) if unused else "")
        say(self.mapping_label, "\n".join(problems))
        self.check_button.setEnabled(loaded and self.mapping_table.ready())

    # -- step 3: check ------------------------------------------------------------------------------------------
    def check_file(self) -> None:
        if self.path is None or self.header_preview is None or not self.mapping_table.ready():
            return
        path, sheet, mapping = self.path, self.header_preview.sheet, self.mapping_table.mapping()
        importer = self._importer
        self.error_label.hide()
        self.task = run_with_progress(
            self,
            self.tr("Checking {file}…").format(file=path.name),
            lambda progress, cancel: importer.check(
                path, sheet=sheet, mapping=mapping, progress=progress, cancel=cancel
            ),
            self._on_checked,
            self.error_label.show_error,
        )

    def _on_checked(self, check: ImportCheck) -> None:
        self.preview_panel.show_check(check)
        self._widen(self.mapping_table.essential_width())

    # -- the empty workbook -------------------------------------------------------------------------------------
    def download_template(self) -> None:
        names = {
            "operators": self.tr("operators-to-fill-in.xlsx"),
            "attendance": self.tr("attendance-to-fill-in.xlsx"),
        }
        suggested = names.get(self.kind(), self.tr("returnees-to-fill-in.xlsx"))
        path = ask_save_xlsx(self, self.tr("Save the empty workbook"), suggested)
        if not path:
            return
        try:
            write_template(Path(path), self.specs, title=self._importer.title(), language=current_language())
        except DeskError as exc:
            self.error_label.show_error(exc)
            return
        self.last_template = path
        say(
            self.message_label,
            self.tr(
                "The empty workbook is saved to {path}. Send it to the partner; its instructions sheet says how "
                "to fill it in."
            ).format(path=path),
        )

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._sized:  # the splitter knows its width only once shown and laid out
            self._sized = True
            QTimer.singleShot(0, lambda: self._widen(self.mapping_table.essential_width() + SAMPLE_WIDTH))

    # -- drag and drop ------------------------------------------------------------------------------------------
    @staticmethod
    def _dropped_path(event: QDragEnterEvent | QDropEvent) -> Path | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) == 1 and urls[0].isLocalFile() and urls[0].toLocalFile().lower().endswith(".xlsx"):
            return Path(urls[0].toLocalFile())
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if self._dropped_path(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        path = self._dropped_path(event)
        if path is not None:
            event.acceptProposedAction()
            self.load_file(path)
