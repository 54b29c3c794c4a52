"""The intake form as plain data, for drafts and for filling it from a file already on record."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox


class FormStateMixin:
    """Mixed into IntakeForm, whose widgets it reads and writes (self.fields and the named widgets)."""

    def state(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for name, widget in self.fields.items():
            if isinstance(widget, QLineEdit):
                data[name] = widget.text()
            elif isinstance(widget, QPlainTextEdit):
                data[name] = widget.toPlainText()
            elif isinstance(widget, QComboBox):
                data[name] = widget.currentData() if widget.currentData() is not None else widget.currentText()
            elif isinstance(widget, QSpinBox):
                data[name] = widget.value()
            elif isinstance(widget, QCheckBox):
                data[name] = widget.isChecked()
        data["estimated"] = self.estimated_check.isChecked()
        data["vulnerabilities"] = [c for c, check in self.vulnerability_checks.items() if check.isChecked()]
        for name, check in (
            ("consent_operators", self.consent_operators_check),
            ("consent_institutions", self.consent_institutions_check),
            ("consent_photo", self.consent_photo_check),
        ):
            data[name] = check.isChecked()
        data["consent_language"] = self.consent_language_combo.currentData()
        return data

    def restore(self, data: dict[str, Any]) -> None:
        self.estimated_check.setChecked(bool(data.get("estimated")))
        ordered = ["region_id", "department_id"] + [n for n in self.fields if n not in ("region_id", "department_id")]
        for name in ordered:
            widget, value = self.fields[name], data.get(name)
            if value is None or (value == "" and isinstance(widget, QSpinBox | QComboBox | QCheckBox)):
                continue
            if isinstance(widget, QLineEdit):
                widget.setText(str(value))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(str(value))
            elif isinstance(widget, QComboBox):
                index = widget.findData(value)
                if index >= 0:
                    widget.setCurrentIndex(index)
                elif widget.isEditable():
                    widget.setEditText(str(value))
            elif isinstance(widget, QSpinBox):
                widget.setValue(int(value))
            elif name == "birth_year" and isinstance(value, int):
                self.birth_year_spin.setValue(value)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
        for code, check in self.vulnerability_checks.items():
            check.setChecked(code in data.get("vulnerabilities", []))
        self.consent_operators_check.setChecked(bool(data.get("consent_operators")))
        self.consent_institutions_check.setChecked(bool(data.get("consent_institutions")))
        self.consent_photo_check.setChecked(bool(data.get("consent_photo")))
        index = self.consent_language_combo.findData(data.get("consent_language", "fr"))
        self.consent_language_combo.setCurrentIndex(max(0, index))

    def clear(self) -> None:
        self.restore(
            {name: "" for name in self.fields} | {"estimated": False, "consent_processing": False, "channel": "walk_in"}
        )
        for combo in (
            self.sex_combo,
            self.id_type_combo,
            self.region_combo,
            self.route_combo,
            self.return_type_combo,
            self.programme_combo,
            self.marital_combo,
            self.education_combo,
            self.returned_from_combo,
        ):
            combo.setCurrentIndex(0)
        self.nationality_combo.setCurrentIndex(max(0, self.nationality_combo.findData(self._desk_country)))
        for spin in (self.dependants_spin, self.household_spin):
            spin.setValue(-1)
        self.clear_errors()
