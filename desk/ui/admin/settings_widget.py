"""The desk's shared settings: its name and the idle delay before a workstation locks itself."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget

from desk.services.context import ActorServices, DeskContext
from desk.services.errors import DeskError
from desk.ui.messages import show_error


class SettingsWidget(QWidget):
    def __init__(self, context: DeskContext, services: ActorServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context, self._services = context, services
        info = context.desk.info()
        self.name_edit = QLineEdit(info.name)
        self.name_edit.setObjectName("desk_name_edit")
        self.idle_spin = QSpinBox()
        self.idle_spin.setObjectName("idle_spin")
        self.idle_spin.setRange(1, 60)
        self.idle_spin.setSuffix(self.tr(" min"))
        self.idle_spin.setValue(info.idle_lock_minutes)
        self.save_button = QPushButton(self.tr("&Save settings"))
        self.save_button.setObjectName("save_settings_button")
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.saved_label = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("Desk &name"), self.name_edit)
        form.addRow(self.tr("&Lock an idle workstation after"), self.idle_spin)
        form.addRow(self.tr("Country"), QLabel(f"{info.country_name} ({info.country})"))
        form.addRow(self.tr("Currency"), QLabel(info.currency))
        form.addRow(self.tr("Database"), QLabel(f"{info.database} ({info.backend}, {info.schema_revision})"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.save_button)
        layout.addWidget(self.saved_label)
        layout.addStretch()

    def _on_save_button_clicked(self) -> None:
        try:
            self._context.desk.update_settings(
                self._services.actor, name=self.name_edit.text(), idle_lock_minutes=self.idle_spin.value()
            )
        except DeskError as exc:
            show_error(self, exc)
            return
        self.saved_label.setText(self.tr("Saved. Other workstations apply it at their next login."))
