"""The sustainability questionnaire: its wording and weights, saved as a new version (old ones never change)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.services.context import ActorServices
from desk.services.errors import DeskError
from desk.services.instrument import WEIGHT_DECIMALS, InstrumentDraft, format_weight
from desk.ui.messages import show_error
from desk.ui.widgets import ErrorLabel

COL_DIMENSION, COL_CODE, COL_FR, COL_EN, COL_WEIGHT = range(5)


def _weight_spin() -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(0.0, 1.0)
    spin.setDecimals(WEIGHT_DECIMALS)
    spin.setSingleStep(0.05)
    return spin


class InstrumentWidget(QWidget):
    def __init__(self, services: ActorServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._draft: InstrumentDraft | None = None
        self.title_label = QLabel()
        self.title_label.setObjectName("instrument_title")
        self.title_label.setWordWrap(True)
        self.dimension_spins: dict[str, QDoubleSpinBox] = {}
        self.dimension_form = QFormLayout()
        self.items_table = QTableWidget(0, 5)
        self.items_table.setObjectName("instrument_items")
        self.items_table.setHorizontalHeaderLabels(
            [self.tr("Dimension"), self.tr("Code"), self.tr("Question (French)"), self.tr("Question (English)")]
            + [self.tr("Weight")]
        )
        self.items_table.verticalHeader().setVisible(False)
        header = self.items_table.horizontalHeader()
        header.setSectionResizeMode(COL_FR, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_EN, QHeaderView.ResizeMode.Stretch)
        self.item_spins: dict[str, QDoubleSpinBox] = {}
        self.sums_label = QLabel()
        self.sums_label.setObjectName("instrument_sums")
        self.sums_label.setWordWrap(True)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("instrument_note")
        self.note_edit.setPlaceholderText(self.tr("e.g. work and income weigh more in the economic part"))
        self.save_button = QPushButton(self.tr("&Save as a new version"))
        self.save_button.setObjectName("save_instrument_button")
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.error_label = ErrorLabel()
        self.saved_label = QLabel()
        self.saved_label.setObjectName("instrument_saved")
        self.saved_label.setWordWrap(True)
        self.versions_list = QListWidget()
        self.versions_list.setObjectName("instrument_versions")
        self.versions_list.setWordWrap(True)

        help_label = QLabel(
            self.tr(
                "Within each dimension the weights of the questions add up to 1, and so do the weights of the "
                "three dimensions. Saving makes a new version: new assessments use it, earlier assessments keep "
                "the version they were answered with."
            )
        )
        help_label.setWordWrap(True)
        note_row = QFormLayout()
        note_row.addRow(self.tr("What &changed"), self.note_edit)
        left = QVBoxLayout()
        left.addWidget(self.title_label)
        left.addWidget(help_label)
        left.addLayout(self.dimension_form)
        left.addWidget(self.items_table, 1)
        left.addWidget(self.sums_label)
        left.addLayout(note_row)
        left.addWidget(self.error_label)
        left.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        left.addWidget(self.saved_label)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Versions")))
        right.addWidget(self.versions_list, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 1)
        self.reload()

    def reload(self) -> None:
        try:
            draft = self._services.assessments.instrument_draft()
            versions = self._services.assessments.instrument_versions()
        except DeskError as exc:
            show_error(self, exc)
            return
        self._draft = draft
        self.title_label.setText(
            self.tr("<b>{name}</b> · version {version} in use").format(name=draft.name, version=draft.version)
        )
        while self.dimension_form.rowCount():
            self.dimension_form.removeRow(0)
        self.dimension_spins.clear()
        self.item_spins.clear()
        self.items_table.setRowCount(0)
        for dim in draft.dimensions:
            spin = _weight_spin()
            spin.setObjectName(f"weight_{dim.code}")
            spin.setMaximumWidth(120)
            spin.setValue(dim.weight)
            spin.valueChanged.connect(lambda _v: self._show_sums())
            self.dimension_form.addRow(self.tr("Weight of the dimension “{name}”").format(name=dim.label()), spin)
            self.dimension_spins[dim.code] = spin
            for item in dim.items:
                row = self.items_table.rowCount()
                self.items_table.insertRow(row)
                for column, text, editable in (
                    (COL_DIMENSION, dim.label(), False),
                    (COL_CODE, item.code, False),
                    (COL_FR, item.text_fr, True),
                    (COL_EN, item.text_en, True),
                ):
                    cell = QTableWidgetItem(text)
                    if not editable:
                        cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    self.items_table.setItem(row, column, cell)
                item_spin = _weight_spin()
                item_spin.setObjectName(f"weight_{item.code}")
                item_spin.setValue(item.weight)
                item_spin.valueChanged.connect(lambda _v: self._show_sums())
                self.items_table.setCellWidget(row, COL_WEIGHT, item_spin)
                self.item_spins[item.code] = item_spin
        self.items_table.resizeColumnToContents(COL_DIMENSION)
        self.items_table.resizeColumnToContents(COL_CODE)
        self.versions_list.clear()
        for version in versions:
            when = f"{version.saved_at:%d/%m/%Y}" if version.saved_at else ""
            head = " · ".join(p for p in (self.tr("Version {number}").format(number=version.number), when) if p)
            self.versions_list.addItem("\n".join(p for p in (head, version.saved_by, version.note) if p))
        self._show_sums()

    def _show_sums(self) -> None:
        """What each dimension's weights add up to, as the administrator types (the service checks it again)."""
        if self._draft is None:
            return
        parts = []
        for dim in self._draft.dimensions:
            total = sum(self.item_spins[item.code].value() for item in dim.items)
            parts.append(
                self.tr("{dimension}: {total}").format(
                    dimension=dim.label(), total=format_weight(round(total, WEIGHT_DECIMALS))
                )
            )
        dims = sum(spin.value() for spin in self.dimension_spins.values())
        parts.append(self.tr("dimensions: {total}").format(total=format_weight(round(dims, WEIGHT_DECIMALS))))
        self.sums_label.setText(self.tr("Weights add up to: {sums}").format(sums=" · ".join(parts)))

    def to_draft(self) -> InstrumentDraft:
        assert self._draft is not None

        def cell(row: int, column: int) -> str:
            item = self.items_table.item(row, column)
            return item.text() if item is not None else ""

        texts = {
            cell(row, COL_CODE): (cell(row, COL_FR), cell(row, COL_EN)) for row in range(self.items_table.rowCount())
        }
        dimensions = tuple(
            replace(
                dim,
                weight=self.dimension_spins[dim.code].value(),
                items=tuple(
                    replace(
                        item,
                        text_fr=texts[item.code][0],
                        text_en=texts[item.code][1],
                        weight=self.item_spins[item.code].value(),
                    )
                    for item in dim.items
                ),
            )
            for dim in self._draft.dimensions
        )
        return replace(self._draft, dimensions=dimensions)

    def _focus(self, field: str) -> None:
        """The first weight of the dimension the error names (or the dimensions' weights)."""
        assert self._draft is not None
        if field == "dimensions" and self.dimension_spins:
            next(iter(self.dimension_spins.values())).setFocus()
        for dim in self._draft.dimensions:
            if dim.code == field and dim.items:
                self.item_spins[dim.items[0].code].setFocus()

    def _on_save_button_clicked(self) -> None:
        self.error_label.hide()
        self.saved_label.clear()
        try:
            number = self._services.assessments.save_instrument(self.to_draft(), self.note_edit.text())
        except DeskError as exc:
            self.error_label.show_error(exc)
            self._focus(getattr(exc, "field", ""))
            return
        self.note_edit.clear()
        self.reload()
        self.saved_label.setText(
            self.tr("Version {number} saved. New assessments use it; earlier ones keep their own version.").format(
                number=number
            )
        )
