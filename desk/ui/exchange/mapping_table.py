"""Step 2 of an import: which column of the file holds each expected column.

One row per expected column: its name, whether it is required, a drop-down of the file's columns (preset from
the guessed mapping) and the first values found in the chosen column, so the person sees at once whether
"NOM DU BÉNÉFICIAIRE" really holds family names. Required columns left unchosen, and a file column chosen
twice, stand out in red.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from desk.services.exchange.columns import ColumnSpec
from desk.services.exchange.reader import HeaderPreview, SourceColumn
from desk.ui.exchange.common import BAD_BACKGROUND, BAD_COLOUR, MUTED_COLOUR

COL_LABEL, COL_REQUIRED, COL_SOURCE, COL_SAMPLE = range(4)
SAMPLE_VALUES = 3


class MappingTableWidget(QTableWidget):
    mapping_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setObjectName("mapping_table")
        self.setHorizontalHeaderLabels(
            [self.tr("Expected column"), self.tr("Required"), self.tr("Column in the file"), self.tr("First values")]
        )
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(30)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in ((COL_LABEL, 140), (COL_REQUIRED, 66), (COL_SOURCE, 190)):
            self.setColumnWidth(column, width)
        self.specs: tuple[ColumnSpec, ...] = ()
        self.combos: dict[str, QComboBox] = {}
        self._samples: dict[int, list[str]] = {}
        self._columns: tuple[SourceColumn, ...] = ()
        self._loaded = False

    def set_specs(self, specs: Sequence[ColumnSpec]) -> None:
        """The expected columns, before any file: every drop-down empty."""
        self.specs = tuple(specs)
        self.setRowCount(len(self.specs))
        self.combos = {}
        bold = QFont()
        bold.setBold(True)
        for row, spec in enumerate(self.specs):
            label = QTableWidgetItem(spec.label)
            if spec.required:
                label.setFont(bold)
            self.setItem(row, COL_LABEL, label)
            required = QTableWidgetItem(self.tr("required") if spec.required else self.tr("optional"))
            required.setForeground(QBrush(QColor(MUTED_COLOUR if not spec.required else "#000000")))
            self.setItem(row, COL_REQUIRED, required)
            combo = QComboBox()
            combo.setObjectName(f"map_{spec.key}")
            combo.currentIndexChanged.connect(lambda _i: self._on_combo_changed())
            self.combos[spec.key] = combo
            self.setCellWidget(row, COL_SOURCE, combo)
            self.setItem(row, COL_SAMPLE, QTableWidgetItem())
        for column in (COL_LABEL, COL_REQUIRED):  # French labels are longer than English ones
            self.resizeColumnToContents(column)
        self.set_preview(None)

    def essential_width(self) -> int:
        """The width that shows each expected column and its drop-down (the first values may scroll away)."""
        columns = (COL_LABEL, COL_REQUIRED, COL_SOURCE)
        return sum(self.columnWidth(c) for c in columns) + 2 * self.frameWidth() + 4

    def set_preview(self, preview: HeaderPreview | None) -> None:
        """The file's columns in every drop-down, each preset to the guessed column."""
        columns: tuple[SourceColumn, ...] = preview.header.columns if preview else ()
        guessed = preview.mapping.columns if preview else {}
        offset = columns[0].index if columns else 0
        self._loaded = preview is not None
        self._columns = columns
        sample = preview.sample if preview else ()
        self._samples = {
            c.index: [row[c.index - offset] for row in sample if c.index - offset < len(row)] for c in columns
        }
        for spec in self.specs:
            combo = self.combos[spec.key]
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— not in the file —"), None)
            for column in columns:
                if column.header or column.hxl:
                    combo.addItem(f"{column.letter} · {column.title}", column.index)
            combo.setCurrentIndex(max(combo.findData(guessed.get(spec.key)), 0) if spec.key in guessed else 0)
            combo.setEnabled(preview is not None)
            combo.blockSignals(False)
        self._refresh()

    # -- what the person chose ---------------------------------------------------------------------------------
    def mapping(self) -> dict[str, int | None]:
        """Expected column key -> the file's column (0-based), None when it is not in the file."""
        return {key: combo.currentData() for key, combo in self.combos.items()}

    def choose(self, key: str, index: int | None) -> None:
        """Choose the file's column `index` for `key` (as a click in the drop-down does)."""
        combo = self.combos[key]
        combo.setCurrentIndex(0 if index is None else combo.findData(index))

    def missing(self) -> list[ColumnSpec]:
        chosen = self.mapping()
        return [s for s in self.specs if s.required and chosen.get(s.key) is None]

    def chosen_twice(self) -> dict[int, list[ColumnSpec]]:
        """File columns chosen for more than one expected column."""
        by_column: dict[int, list[ColumnSpec]] = {}
        for spec in self.specs:
            index = self.combos[spec.key].currentData()
            if index is not None:
                by_column.setdefault(index, []).append(spec)
        return {index: specs for index, specs in by_column.items() if len(specs) > 1}

    def ready(self) -> bool:
        return not self.missing() and not self.chosen_twice()

    def problems(self) -> list[str]:
        """What keeps the file from being checked, in words."""
        problems = []
        missing = self.missing()
        if missing:
            problems.append(
                self.tr("Choose the column of the file for: {columns}.").format(
                    columns=", ".join(s.label for s in missing)
                )
            )
        titles = {c.index: c.title for c in self._columns}
        for index, specs in self.chosen_twice().items():
            problems.append(
                self.tr("“{column}” is chosen for several expected columns ({labels}): choose one for each.").format(
                    column=titles.get(index, ""), labels=", ".join(s.label for s in specs)
                )
            )
        return problems

    def unused(self) -> list[str]:
        """The file's named columns that nothing is read from."""
        used = {i for i in self.mapping().values() if i is not None}
        return [f"{c.letter} · {c.title}" for c in self._columns if c.index not in used and (c.header or c.hxl)]

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.item(row, column)
        assert item is not None  # every cell gets its item in set_specs
        return item

    # -- display ----------------------------------------------------------------------------------------------
    def _on_combo_changed(self) -> None:
        self._refresh()
        self.mapping_changed.emit()

    def _refresh(self) -> None:
        missing = {s.key for s in self.missing()} if self._loaded else set()
        twice = {s.key for specs in self.chosen_twice().values() for s in specs}
        for row, spec in enumerate(self.specs):
            wrong = spec.key in missing or spec.key in twice
            label = self._item(row, COL_LABEL)
            label.setForeground(QBrush(QColor(BAD_COLOUR if wrong else "#000000")))
            label.setBackground(QBrush(QColor(BAD_BACKGROUND)) if wrong else QBrush())
            if spec.key in missing:
                label.setToolTip(self.tr("Required: choose the column of the file that holds it."))
            elif spec.key in twice:
                label.setToolTip(self.tr("This column of the file is also chosen for another expected column."))
            else:
                label.setToolTip("")
            index = self.combos[spec.key].currentData()
            values = [v for v in self._samples.get(index, []) if v.strip()] if index is not None else []
            sample = self._item(row, COL_SAMPLE)
            sample.setText(" · ".join(values[:SAMPLE_VALUES]))
            sample.setToolTip("\n".join(values))
            sample.setForeground(QBrush(QColor(MUTED_COLOUR)))
