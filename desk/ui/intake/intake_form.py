"""The intake form's widgets, in sections, in the order of the interview; and its values in and out.

Behaviour (duplicate check, saving, drafts) lives in intake_widget.py.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.i18n import current_language
from desk.services.context import ActorServices
from desk.services.errors import ValidationError
from desk.services.intake_dto import ConsentInput, IdentityInput, IntakeInput, ReturnInput
from desk.services.labels import choices
from desk.services.validation import fold
from desk.ui.date_edit import DateEdit
from desk.ui.intake.form_state import FormStateMixin

ERROR_STYLE = "border: 2px solid #c0392b;"


def _combo(pairs: list[tuple[Any, str]], empty: bool = True) -> QComboBox:
    combo = QComboBox()
    if empty:
        combo.addItem("", None)
    for code, text in pairs:
        combo.addItem(text, code)
    return combo


def _spin(maximum: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(-1, maximum)
    spin.setSpecialValueText("–")  # -1 shown as a dash: not asked yet
    spin.setValue(-1)
    return spin


class IntakeForm(FormStateMixin, QWidget):
    def __init__(self, services: ActorServices, desk_country: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._desk_country = desk_country
        ref = services.reference
        language = current_language()
        countries = ref.list_items("countries")
        self._countries = sorted(((c.code, c.label(language)) for c in countries), key=lambda pair: fold(pair[1]))
        # Either language's name is understood, accents or not: "Libye", "Libya", "algerie".
        self._country_by_name = {fold(name): c.code for c in countries for name in (c.name_fr, c.name_en)}

        # Identity
        self.family_name_edit = QLineEdit()
        self.given_names_edit = QLineEdit()
        self.sex_combo = _combo(choices("sex"))
        self.birth_date_edit = DateEdit()
        self.estimated_check = QCheckBox(self.tr("estimated: only the year is known"))
        self.birth_year_spin = QSpinBox()
        self.birth_year_spin.setRange(1900, 2100)
        self.birth_year_spin.setValue(1990)
        self.birth_year_spin.setEnabled(False)
        self.estimated_check.toggled.connect(self._on_estimated_check_toggled)
        self.nationality_combo = _combo(self._countries)
        self.nationality_combo.setCurrentIndex(max(0, self.nationality_combo.findData(desk_country)))
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText(self.tr("e.g. 6 99 12 34 56"))
        self.phone_alt_edit = QLineEdit()
        self.id_type_combo = _combo(choices("id_document_type"))
        self.id_number_edit = QLineEdit()
        self.region_combo = _combo([(r.id, r.label(language)) for r in ref.list_items("regions")])
        self.department_combo = _combo([])
        self.town_edit = QLineEdit()
        self.region_combo.currentIndexChanged.connect(self._on_region_combo_changed)
        self.department_combo.currentIndexChanged.connect(self._on_department_combo_changed)

        # Return
        self.channel_combo = _combo(choices("channel"), empty=False)
        self.return_date_edit = DateEdit()
        self.departure_date_edit = DateEdit()
        self.returned_from_combo = _combo(self._countries)
        self.returned_from_combo.setEditable(True)
        self.returned_from_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.returned_from_combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.returned_from_combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.route_combo = _combo(choices("route"))
        self.transit_edit = QLineEdit()
        self.transit_edit.setPlaceholderText(self.tr("e.g. Niger, Algérie"))
        self.return_type_combo = _combo(choices("return_type"))
        self.programme_combo = _combo([(p.id, p.label(language)) for p in ref.list_items("programmes")])
        self.arrival_group_edit = QLineEdit()

        # Situation
        self.marital_combo = _combo(choices("marital_status"))
        self.dependants_spin = _spin(40)
        self.household_spin = _spin(60)
        self.education_combo = _combo(choices("education_level"))
        self.languages_edit = QLineEdit()
        self.occupation_edit = QLineEdit()
        self.skills_edit = QPlainTextEdit()
        self.skills_edit.setTabChangesFocus(True)
        self.skills_edit.setFixedHeight(54)
        self.relative_name_edit = QLineEdit()
        self.relative_phone_edit = QLineEdit()

        # Vulnerabilities (sensitive)
        self.vulnerability_checks = {code: QCheckBox(text) for code, text in choices("vulnerability")}
        self.vulnerability_notes_edit = QPlainTextEdit()
        self.vulnerability_notes_edit.setTabChangesFocus(True)
        self.vulnerability_notes_edit.setFixedHeight(54)

        # Consent
        self.consent_processing_check = QCheckBox(self.tr("agrees to the processing of their data by the desk"))
        self.consent_operators_check = QCheckBox(self.tr("agrees to sharing with the operator who will coach them"))
        self.consent_institutions_check = QCheckBox(
            self.tr("agrees to sharing with the institutions they are referred to")
        )
        self.consent_photo_check = QCheckBox(self.tr("agrees to a photo"))
        self.consent_language_combo = _combo([("fr", "Français"), ("en", "English")], empty=False)
        self.guardian_name_edit = QLineEdit()
        self.guardian_relation_edit = QLineEdit()
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(54)

        self.fields: dict[str, QWidget] = {
            "family_name": self.family_name_edit,
            "given_names": self.given_names_edit,
            "sex": self.sex_combo,
            "birth_date": self.birth_date_edit,
            "birth_year": self.birth_year_spin,
            "nationality": self.nationality_combo,
            "phone": self.phone_edit,
            "phone_alt": self.phone_alt_edit,
            "id_document_type": self.id_type_combo,
            "id_document_number": self.id_number_edit,
            "region_id": self.region_combo,
            "department_id": self.department_combo,
            "town": self.town_edit,
            "channel": self.channel_combo,
            "return_date": self.return_date_edit,
            "departure_date": self.departure_date_edit,
            "returned_from": self.returned_from_combo,
            "route": self.route_combo,
            "transit_countries": self.transit_edit,
            "return_type": self.return_type_combo,
            "programme_id": self.programme_combo,
            "arrival_group": self.arrival_group_edit,
            "marital_status": self.marital_combo,
            "dependants": self.dependants_spin,
            "household_size": self.household_spin,
            "education_level": self.education_combo,
            "languages": self.languages_edit,
            "occupation_before": self.occupation_edit,
            "skills": self.skills_edit,
            "relative_name": self.relative_name_edit,
            "relative_phone": self.relative_phone_edit,
            "vulnerability_notes": self.vulnerability_notes_edit,
            "consent_processing": self.consent_processing_check,
            "guardian_name": self.guardian_name_edit,
            "guardian_relation": self.guardian_relation_edit,
            "notes": self.notes_edit,
        }
        for name, widget in self.fields.items():
            widget.setObjectName(f"{name}_field")
        self._layout()

    def _layout(self) -> None:
        identity = QFormLayout()
        identity.addRow(self.tr("&Family name"), self.family_name_edit)
        identity.addRow(self.tr("&Given names"), self.given_names_edit)
        identity.addRow(self.tr("Se&x"), self.sex_combo)
        birth = QHBoxLayout()
        birth.addWidget(self.birth_date_edit)
        birth.addWidget(self.estimated_check)
        birth.addWidget(self.birth_year_spin)
        birth.addStretch()
        birth_label = QLabel(self.tr("Date of &birth"))
        birth_label.setBuddy(self.birth_date_edit)
        identity.addRow(birth_label, birth)
        identity.addRow(self.tr("Nationality"), self.nationality_combo)
        identity.addRow(self.tr("&Phone"), self.phone_edit)
        identity.addRow(self.tr("Other phone"), self.phone_alt_edit)
        identity.addRow(self.tr("ID document"), self.id_type_combo)
        identity.addRow(self.tr("Document number"), self.id_number_edit)
        identity.addRow(self.tr("Region"), self.region_combo)
        identity.addRow(self.tr("Department"), self.department_combo)
        identity.addRow(self.tr("Town"), self.town_edit)

        ret = QFormLayout()
        ret.addRow(self.tr("Interview by"), self.channel_combo)
        ret.addRow(self.tr("Date of &return"), self.return_date_edit)
        ret.addRow(self.tr("Date of departure"), self.departure_date_edit)
        ret.addRow(self.tr("Country returned from"), self.returned_from_combo)
        ret.addRow(self.tr("Route"), self.route_combo)
        ret.addRow(self.tr("Transit countries"), self.transit_edit)
        ret.addRow(self.tr("Type of return"), self.return_type_combo)
        ret.addRow(self.tr("Programme"), self.programme_combo)
        ret.addRow(self.tr("Arrival group"), self.arrival_group_edit)

        situation = QFormLayout()
        situation.addRow(self.tr("Marital status"), self.marital_combo)
        situation.addRow(self.tr("Dependants"), self.dependants_spin)
        situation.addRow(self.tr("Household size"), self.household_spin)
        situation.addRow(self.tr("Education"), self.education_combo)
        situation.addRow(self.tr("Languages"), self.languages_edit)
        situation.addRow(self.tr("Occupation before departure"), self.occupation_edit)
        situation.addRow(self.tr("Skills and experience"), self.skills_edit)
        situation.addRow(self.tr("Relative to contact"), self.relative_name_edit)
        situation.addRow(self.tr("Relative's phone"), self.relative_phone_edit)

        vulnerable = QGridLayout()
        for index, check in enumerate(self.vulnerability_checks.values()):
            vulnerable.addWidget(check, index // 2, index % 2)
        vulnerable.addWidget(self.vulnerability_notes_edit, 4, 0, 1, 2)
        self.vulnerability_notes_edit.setPlaceholderText(self.tr("Notes (medical, psychosocial): confidential"))

        consent = QFormLayout()
        for check in (
            self.consent_processing_check,
            self.consent_operators_check,
            self.consent_institutions_check,
            self.consent_photo_check,
        ):
            consent.addRow("", check)
        consent.addRow(self.tr("Language of the interview"), self.consent_language_combo)
        consent.addRow(self.tr("Guardian (for a minor)"), self.guardian_name_edit)
        consent.addRow(self.tr("Relation to the person"), self.guardian_relation_edit)
        consent.addRow(self.tr("Notes"), self.notes_edit)

        # One column, in the order of the interview: Tab goes down the form like the conversation does.
        column = QVBoxLayout(self)
        for title, inner in (
            (self.tr("1. Identity"), identity),
            (self.tr("2. Return"), ret),
            (self.tr("3. Situation"), situation),
            (self.tr("4. Vulnerabilities (confidential)"), vulnerable),
            (self.tr("5. Consent and notes"), consent),
        ):
            box = QGroupBox(title)
            box.setLayout(inner)
            column.addWidget(box)
        column.addStretch()
        self.setMaximumWidth(820)

    # -- behaviour of the fields ----------------------------------------------------------------
    def _on_estimated_check_toggled(self, on: bool) -> None:
        self.birth_year_spin.setEnabled(on)
        self.birth_date_edit.setEnabled(not on)

    def _on_region_combo_changed(self, _index: int) -> None:
        self.department_combo.blockSignals(True)
        self.department_combo.clear()
        self.department_combo.addItem("", None)
        region_id = self.region_combo.currentData()
        if region_id is not None:
            for dep in self._services.reference.list_items("departments", parent_id=region_id):
                self.department_combo.addItem(dep.label(current_language()), dep.id)
        self.department_combo.blockSignals(False)
        self._on_department_combo_changed(0)

    def _on_department_combo_changed(self, _index: int) -> None:
        department_id = self.department_combo.currentData()
        towns = self._services.reference.list_towns(department_id) if department_id else []
        completer = QCompleter(towns, self.town_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.town_edit.setCompleter(completer)

    # -- values in and out ---------------------------------------------------------------------
    def _date(self, field: str, edit: DateEdit, label: str):  # type: ignore[no-untyped-def]
        try:
            return edit.value()
        except ValueError:
            raise ValidationError(
                field, self.tr("{label}: type a date as dd/mm/yyyy, e.g. 12/03/1998.").format(label=label)
            ) from None

    def _country(self, field: str, text: str, label: str) -> str | None:
        text = text.strip()
        if not text:
            return None
        code = self._country_by_name.get(fold(text)) or (text.upper() if len(text) == 2 else None)
        if code is None or code not in dict(self._countries):
            raise ValidationError(
                field, self.tr("{label}: “{text}” is not in the list of countries.").format(label=label, text=text)
            )
        return code

    @staticmethod
    def _count(spin: QSpinBox) -> int | None:
        return None if spin.value() < 0 else spin.value()

    def to_input(self, existing_person_id: int | None = None, draft_id: int | None = None) -> IntakeInput:
        estimated = self.estimated_check.isChecked()
        identity = IdentityInput(
            family_name=self.family_name_edit.text(),
            given_names=self.given_names_edit.text(),
            sex=self.sex_combo.currentData() or "",
            birth_date=None if estimated else self._date("birth_date", self.birth_date_edit, self.tr("Date of birth")),
            birth_year=self.birth_year_spin.value() if estimated else None,
            nationality=self.nationality_combo.currentData() or "",
            phone=self.phone_edit.text(),
            phone_alt=self.phone_alt_edit.text(),
            id_document_type=self.id_type_combo.currentData(),
            id_document_number=self.id_number_edit.text(),
            region_id=self.region_combo.currentData(),
            department_id=self.department_combo.currentData(),
            town=self.town_edit.text(),
            marital_status=self.marital_combo.currentData(),
            dependants=self._count(self.dependants_spin),
            household_size=self._count(self.household_spin),
            education_level=self.education_combo.currentData(),
            languages=self.languages_edit.text(),
            occupation_before=self.occupation_edit.text(),
            skills=self.skills_edit.toPlainText(),
            relative_name=self.relative_name_edit.text(),
            relative_phone=self.relative_phone_edit.text(),
        )
        transit = tuple(
            c
            for c in (
                self._country("transit_countries", t, self.tr("Transit countries"))
                for t in self.transit_edit.text().split(",")
            )
            if c
        )
        return_info = ReturnInput(
            channel=self.channel_combo.currentData(),
            return_date=self._date("return_date", self.return_date_edit, self.tr("Date of return")),
            departure_date=self._date("departure_date", self.departure_date_edit, self.tr("Date of departure")),
            returned_from=self._country(
                "returned_from", self.returned_from_combo.currentText(), self.tr("Country returned from")
            ),
            route=self.route_combo.currentData(),
            transit_countries=transit,
            return_type=self.return_type_combo.currentData(),
            programme_id=self.programme_combo.currentData(),
            arrival_group=self.arrival_group_edit.text(),
            notes=self.notes_edit.toPlainText(),
        )
        consent = ConsentInput(
            processing=self.consent_processing_check.isChecked(),
            share_operators=self.consent_operators_check.isChecked(),
            share_institutions=self.consent_institutions_check.isChecked(),
            photo=self.consent_photo_check.isChecked(),
            language=self.consent_language_combo.currentData(),
            guardian_name=self.guardian_name_edit.text(),
            guardian_relation=self.guardian_relation_edit.text(),
        )
        vulnerabilities = tuple(code for code, check in self.vulnerability_checks.items() if check.isChecked())
        return IntakeInput(
            identity,
            return_info,
            consent,
            vulnerabilities,
            self.vulnerability_notes_edit.toPlainText(),
            existing_person_id,
            draft_id,
        )

    def show_error(self, field: str) -> None:
        self.clear_errors()
        widget = self.fields.get(field) or (self.vulnerability_checks.get(field))
        if widget is not None:
            widget.setStyleSheet(ERROR_STYLE)
            widget.setFocus()

    def clear_errors(self) -> None:
        for widget in self.fields.values():
            widget.setStyleSheet("")
