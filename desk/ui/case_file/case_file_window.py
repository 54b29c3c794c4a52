"""The case file: header with alerts, one tab per part of the journey, the history, the intake sheet."""

from __future__ import annotations

from contextlib import suppress
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.i18n import translate
from desk.services.context import ActorServices
from desk.services.errors import DeskError, NotFound
from desk.services.intake_dto import CaseFile
from desk.services.labels import label
from desk.services.permissions import Action, can
from desk.ui.case_file.assessment_tab import AssessmentTab
from desk.ui.case_file.employment_tab import EmploymentTab
from desk.ui.case_file.erasure_dialog import ErasureRequestDialog
from desk.ui.case_file.followup_tab import FollowupTab
from desk.ui.case_file.payments_tab import PaymentsTab
from desk.ui.case_file.plan_tab import PlanTab
from desk.ui.case_file.referrals_tab import ReferralsTab
from desk.ui.case_file.vulnerabilities_tab import VulnerabilitiesTab
from desk.ui.messages import show_error
from desk.ui.table_models import AuditTableModel
from desk.ui.training.training_dialogs import kind_label
from desk.ui.training.training_widget import STATUS
from desk.ui.widgets import save_pdf

ALERT_STYLE = "background: #c0392b; color: white; padding: 3px 8px; border-radius: 3px; font-weight: bold;"


def _form(pairs: dict[str, str]) -> QWidget:
    widget = QWidget()
    form = QFormLayout(widget)
    for key, value in pairs.items():
        text = QLabel(value or "–")
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(f"<b>{key}</b>", text)
    return widget


class CaseFileWindow(QWidget):
    def __init__(self, services: ActorServices, case_id: int, desk_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._services = services
        self._desk_name = desk_name
        self.case: CaseFile = services.case_files.case_file(case_id)
        c = self.case
        self.setWindowTitle(
            self.tr("Case {number} – {name}").format(number=c.case_number, name=f"{c.given_names} {c.family_name}")
        )
        self.resize(980, 680)
        title = QLabel(f"<h1>{c.family_name.upper()} {c.given_names}</h1>")
        title.setObjectName("case_title")
        facts = QLabel(
            self.tr("<b>{number}</b> · {status} · born {birth} · {programme} · {operator} · opened {opened}").format(
                operator=c.operator or self.tr("no operator yet"),
                number=c.case_number,
                status=label("status", c.status),
                birth=c.birth or "?",
                programme=c.programme or self.tr("no programme"),
                opened=c.opened_at.astimezone().strftime("%d/%m/%Y"),
            )
        )
        facts.setObjectName("case_facts")
        alerts = QHBoxLayout()
        self.alert_labels = []
        for alert in c.alerts:
            chip = QLabel(alert)
            chip.setStyleSheet(ALERT_STYLE)
            self.alert_labels.append(chip)
            alerts.addWidget(chip)
        alerts.addStretch()
        self.print_button = QPushButton(self.tr("&Print the intake sheet…"))
        self.print_button.setObjectName("print_intake_button")
        self.print_button.clicked.connect(self._on_print_button_clicked)
        alerts.addWidget(self.print_button)
        if can(services.actor.role, Action.PERSON_MERGE):
            self.merge_button = QPushButton(self.tr("&Merge with another file…"))
            self.merge_button.clicked.connect(self._on_merge_button_clicked)
            alerts.addWidget(self.merge_button)
            self.unmerge_button = QPushButton(self.tr("&Undo a merge…"))
            self.unmerge_button.clicked.connect(self._on_unmerge_button_clicked)
            self.unmerge_button.setVisible(bool(services.case_files.merges_of(c.person_id)))
            alerts.addWidget(self.unmerge_button)
        if can(services.actor.role, Action.ERASURE_REQUEST):
            self.erasure_button = QPushButton(self.tr("Request erasure…"))
            self.erasure_button.setObjectName("erasure_button")
            self.erasure_button.clicked.connect(self._on_erasure_button_clicked)
            alerts.addWidget(self.erasure_button)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("case_tabs")
        identity = {
            self.tr("Family name"): c.family_name,
            self.tr("Given names"): c.given_names,
            self.tr("Sex"): label("sex", c.sex),
            self.tr("Date of birth"): c.birth,
            self.tr("Age"): "" if c.age is None else str(c.age),
            self.tr("Nationality"): c.nationality,
            self.tr("Phone"): c.phone,
            self.tr("Other phone"): c.phone_alt,
            self.tr("ID document"): c.id_document,
            self.tr("Region"): c.region,
            self.tr("Department"): c.department,
            self.tr("Town"): c.town,
        }
        self.tabs.addTab(_form(identity), self.tr("&Identity"))
        self.tabs.addTab(
            _form(
                {
                    **c.return_info,
                    self.tr("Programme"): c.programme,
                    self.tr("Interview by"): c.channel,
                    self.tr("Registered by"): c.registered_by,
                }
            ),
            self.tr("&Return"),
        )
        self.tabs.addTab(_form(c.situation), self.tr("&Situation"))
        if c.may_reveal:
            self.vulnerabilities_tab = VulnerabilitiesTab(services, c.case_id)
            self.tabs.addTab(self.vulnerabilities_tab, self.tr("&Vulnerabilities"))
        self.tabs.addTab(self._consent_tab(), self.tr("&Consent"))
        self.assessment_tab = AssessmentTab(services, c.case_id)
        self.tabs.addTab(self.assessment_tab, self.tr("&Assessment"))
        self.plan_tab = PlanTab(services, c.case_id, services.case_files.currency())
        self.tabs.addTab(self.plan_tab, self.tr("&Plan"))
        self.referrals_tab = ReferralsTab(services, c, desk_name)
        self.tabs.addTab(self.referrals_tab, self.tr("Re&ferrals"))
        self.tabs.addTab(self._trainings_tab(), self.tr("&Trainings"))
        self.employment_tab = EmploymentTab(services, c.case_id)
        self.tabs.addTab(self.employment_tab, self.tr("&Employment"))
        self.payments_tab = PaymentsTab(services, c.case_id)
        self.tabs.addTab(self.payments_tab, self.tr("Pa&yments"))
        self.followup_tab = FollowupTab(services, c.case_id, c.operator or "", c.status)
        self.tabs.addTab(self.followup_tab, self.tr("Follow-&up"))
        self.followup_tab.changed.connect(self.payments_tab.reload)  # a closed case gets no more payments
        for title_text in (self.tr("Documents"),):
            self.tabs.addTab(QLabel(self.tr("Arrives with the coming versions of Guichet.")), title_text)
        self.tabs.addTab(self._history_tab(), self.tr("&History"))
        if c.other_cases:
            others = {number: f"{status} – {date}" for number, status, date in c.other_cases}
            self.tabs.insertTab(1, _form(others), self.tr("Other cases"))

        self.photo_label = QLabel()
        self.photo_label.setObjectName("photo_label")
        self.photo_label.setFixedSize(90, 112)
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_label.setStyleSheet("border: 1px solid #999; background: #f4f4f4; color: #777;")
        self._show_photo(services.case_files.photo(c.person_id))
        self.photo_button = QPushButton(self.tr("P&hoto…"))
        self.photo_button.setObjectName("photo_button")
        self.photo_button.setEnabled(
            bool(c.consent and c.consent.photo and not c.consent.withdrawn_at)
            and can(services.actor.role, Action.CASE_EDIT)
        )
        self.photo_button.setToolTip(self.tr("Only with the person's consent to a photo."))
        self.photo_button.clicked.connect(self._on_photo_button_clicked)
        alerts.addWidget(self.photo_button)
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(facts)
        heading.addLayout(alerts)
        top = QHBoxLayout()
        top.addWidget(self.photo_label)
        top.addLayout(heading, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close)

    def _consent_tab(self) -> QWidget:
        consent = self.case.consent
        widget = QWidget()
        layout = QVBoxLayout(widget)
        if consent is None:
            layout.addWidget(QLabel(self.tr("No consent recorded.")))
            layout.addStretch()
            return widget

        def yes(value: bool) -> str:
            return self.tr("yes") if value else self.tr("no")

        pairs = {
            self.tr("Processing of data"): yes(consent.processing),
            self.tr("Sharing with the operator"): yes(consent.share_operators),
            self.tr("Sharing with institutions"): yes(consent.share_institutions),
            self.tr("Photo"): yes(consent.photo),
            self.tr("Given on"): consent.given_on.strftime("%d/%m/%Y"),
            self.tr("Recorded by"): consent.recorded_by,
            self.tr("Guardian"): " – ".join(x for x in (consent.guardian_name, consent.guardian_relation) if x),
        }
        if consent.withdrawn_at:
            pairs[self.tr("Withdrawn on")] = consent.withdrawn_at.astimezone().strftime("%d/%m/%Y")
            pairs[self.tr("Reason")] = consent.withdrawn_reason or ""
        layout.addWidget(_form(pairs))
        self.withdraw_button = QPushButton(self.tr("&Withdraw consent…"))
        self.withdraw_button.setEnabled(consent.withdrawn_at is None)
        self.withdraw_button.clicked.connect(self._on_withdraw_button_clicked)
        layout.addWidget(self.withdraw_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()
        return widget

    def _trainings_tab(self) -> QWidget:
        widget = QWidget()
        layout = QVBoxLayout(widget)
        check = self._services.training.requirements(self.case.case_id)
        if check.required:
            kinds = ", ".join(kind_label(k) for k in check.required)
            text = (
                self.tr("The programme requires: {kinds}. Done.").format(kinds=kinds)
                if check.met
                else self.tr("The programme requires: {kinds}. Still missing: {missing}.").format(
                    kinds=kinds, missing=", ".join(kind_label(k) for k in check.missing)
                )
            )
        else:
            text = self.tr("The programme requires no training before payment.")
        self.requirements_label = QLabel(text)
        self.requirements_label.setObjectName("requirements_label")
        self.requirements_label.setWordWrap(True)
        layout.addWidget(self.requirements_label)
        rows = self._services.training.case_trainings(self.case.case_id)
        layout.addWidget(
            _form(
                {
                    f"{course} ({dates})": " ".join(
                        x for x in (translate("Training", STATUS.get(status, status)), certificate) if x
                    )
                    for course, dates, status, certificate in rows
                }
            )
            if rows
            else QLabel(self.tr("No training yet."))
        )
        if can(self._services.actor.role, Action.TRAINING_ENROL):
            self.enrol_button = QPushButton(self.tr("&Enrol in a training session…"))
            self.enrol_button.setObjectName("enrol_button")
            self.enrol_button.clicked.connect(self._on_enrol_button_clicked)
            layout.addWidget(self.enrol_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()
        return widget

    def choose_session(self, sessions: list) -> int | None:  # type: ignore[type-arg]
        """Which coming session to enrol in (replaced in tests)."""
        labels = [
            self.tr("{course}, {start} – {end}, {place} ({enrolled}/{capacity})").format(
                course=s.course_name,
                start=s.starts_on.strftime("%d/%m/%Y"),
                end=s.ends_on.strftime("%d/%m/%Y"),
                place=s.place,
                enrolled=s.enrolled,
                capacity=s.capacity,
            )
            for s in sessions
        ]
        choice, ok = QInputDialog.getItem(
            self, self.tr("Enrol in a training session"), self.tr("Session:"), labels, 0, False
        )
        return sessions[labels.index(choice)].id if ok and choice in labels else None

    def _on_enrol_button_clicked(self) -> None:
        sessions = self._services.training.list_sessions(from_date=date.today())
        if not sessions:
            QMessageBox.information(self, self.tr("Enrol in a training session"), self.tr("No coming session."))
            return
        session_id = self.choose_session(sessions)
        if session_id is None:
            return
        try:
            result = self._services.training.enrol(session_id, [self.case.case_id])
        except DeskError as exc:
            show_error(self, exc)
            return
        self.last_enrolment = result
        QMessageBox.information(
            self,
            self.tr("Enrol in a training session"),
            self.tr("Enrolled.") if result.enrolled else self.tr("The session is full: on the waiting list."),
        )

    def _history_tab(self) -> QWidget:
        entries = []
        with suppress(DeskError):  # a role without access to the history simply sees an empty tab
            entries = self._services.audit.history("cases", self.case.case_id) + self._services.audit.history(
                "persons", self.case.person_id
            )
        entries.sort(key=lambda e: e.id, reverse=True)
        self.history_model = AuditTableModel(lambda _before: [])
        self.history_model.set_rows(entries)
        view = QTableView()
        view.setObjectName("history_table")
        view.setModel(self.history_model)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.horizontalHeader().setStretchLastSection(True)
        for col, width in ((0, 130), (1, 100), (2, 130), (3, 110)):
            view.setColumnWidth(col, width)
        return view

    def choose_pdf_path(self) -> str:
        """Where to save the PDF (replaced in tests)."""
        prefix = self.tr("intake")
        suggested = str(Path.home() / f"{prefix}-{self.case.case_number}.pdf")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the intake sheet"), suggested, "PDF (*.pdf)")
        return path

    def _on_print_button_clicked(self) -> None:
        from desk.services.documents.intake_sheet import render_intake_sheet  # fpdf2 is slow to import

        path = self.choose_pdf_path()
        if not path:
            return
        if save_pdf(
            self, path, lambda: render_intake_sheet(self.case, self._desk_name, self._services.actor.full_name)
        ):
            self.last_pdf = path

    def _show_photo(self, data: bytes | None) -> None:
        image = QImage.fromData(data) if data else QImage()
        if image.isNull():
            self.photo_label.setText(self.tr("No photo"))
            return
        self.photo_label.setPixmap(
            QPixmap.fromImage(image).scaled(
                self.photo_label.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )

    def choose_image_path(self) -> str:
        """Which picture to attach (replaced in tests)."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the photo"), str(Path.home()), self.tr("Pictures (*.jpg *.jpeg *.png)")
        )
        return path

    def _on_photo_button_clicked(self) -> None:
        path = self.choose_image_path()
        if not path:
            return
        image = QImage(path)
        if image.isNull():
            QMessageBox.warning(self, self.tr("Photo"), self.tr("This file is not a picture Guichet can read."))
            return
        # Reduced before saving: a passport-size picture is enough, and keeps the database small.
        image = image.scaled(360, 450, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "JPEG", 85)
        data = bytes(buffer.data())
        try:
            self._services.case_files.set_photo(self.case.person_id, data)
        except DeskError as exc:
            show_error(self, exc)
            return
        self._show_photo(data)

    def _on_merge_button_clicked(self) -> None:
        number, ok = QInputDialog.getText(
            self,
            self.tr("Merge two files"),
            self.tr("Case number of the other file, which is the same person (its cases move to this file):"),
        )
        if not ok or not number.strip():
            return
        try:
            rows = [
                r for r in self._services.registry.search(number.strip()) if r.case_number == number.strip().upper()
            ]
            if not rows or rows[0].person_id == self.case.person_id:
                raise NotFound(self.tr("No other person has the case number {number}.").format(number=number))
            other = rows[0]
            reason, ok = QInputDialog.getText(
                self,
                self.tr("Merge two files"),
                self.tr("Why are {other} and {this} the same person?").format(
                    other=f"{other.given_names} {other.family_name} ({other.case_number})",
                    this=f"{self.case.given_names} {self.case.family_name}",
                ),
            )
            if not ok:
                return
            self._services.case_files.merge_persons(self.case.person_id, other.person_id, reason)
        except DeskError as exc:
            show_error(self, exc)
            return
        QMessageBox.information(
            self,
            self.tr("Merge two files"),
            self.tr(
                "Merged. The other file's cases are now on this one. The merge is in the history and can be undone."
            ),
        )

    def choose_merge(self, merges: list[tuple[int, str, str]]) -> int | None:
        """Which merge to undo (replaced in tests)."""
        labels = [f"{name} ({when_why})" for _, name, when_why in merges]
        choice, ok = QInputDialog.getItem(
            self, self.tr("Undo a merge"), self.tr("The merged person gets their own cases back:"), labels, 0, False
        )
        return merges[labels.index(choice)][0] if ok and choice in labels else None

    def _on_erasure_button_clicked(self) -> None:
        ErasureRequestDialog(self._services.data_protection, self.case.case_id, self.case.case_number, self).exec()

    def _on_unmerge_button_clicked(self) -> None:
        try:
            merge_id = self.choose_merge(self._services.case_files.merges_of(self.case.person_id))
            if merge_id is None:
                return
            self._services.case_files.undo_merge(merge_id)
        except DeskError as exc:
            show_error(self, exc)
            return
        self.unmerge_button.setVisible(bool(self._services.case_files.merges_of(self.case.person_id)))

    def _on_withdraw_button_clicked(self) -> None:
        reason, ok = QInputDialog.getText(
            self, self.tr("Withdraw consent"), self.tr("Reason given by the person (sharing is blocked from now on):")
        )
        if not ok:
            return
        try:
            self._services.intake.withdraw_consent(self.case.person_id, reason)
        except DeskError as exc:
            show_error(self, exc)
            return
        self.withdraw_button.setEnabled(False)
