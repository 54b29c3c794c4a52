"""Story: a manager imports a donor's arrival list with unfamiliar French headers (mapping the column the desk
does not recognise), sees the rows with problems, imports the good ones, downloads the rows to correct, the empty
workbook, and exports for a donor."""

from __future__ import annotations

from datetime import date, timedelta

from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog

from desk.ui.exchange.common import BAD_BACKGROUND
from desk.ui.exchange.exchange_widget import ExchangeWidget
from desk.ui.exchange.export_jobs import FOLLOWUPS, INDICATORS, RETURNEES
from desk.ui.exchange.preview_models import NEW, POSSIBLE, PROBLEMS, PreviewTableModel
from desk.ui.main_window import MainWindow
from tests.factories import intake_input, make_user

HEADERS = ["NOM DU BÉNÉFICIAIRE", "Prénoms", "Sexe (H/F)", "Né(e) le", "Date d'arrivée", "Téléphone", "Observations"]


def _donor_workbook(path):
    returned = date.today() - timedelta(days=4)
    book = Workbook()
    sheet = book.active
    sheet.title = "Arrivées"
    sheet.append(["Liste des bénéficiaires – vol charter du " + returned.strftime("%d/%m/%Y")])
    sheet.append(HEADERS)
    for row in (
        ["MBALLA", "Jean", "H", "12/03/1990", returned, "", ""],  # row 3
        ["EKANI", "Marie", "F", date(1995, 5, 1), returned, "", "enceinte"],  # row 4
        ["FOTSO", "Paul", "H", "31/02/1990", returned, "", ""],  # row 5: no 31 February
        ["NKOULOU", "Rose", "Z", "", returned, "", ""],  # row 6: Z is no sex code
        ["MBALLA", "Jean", "H", "12/03/1990", returned, "", ""],  # row 7: row 3 again
        ["NGONO", "Aïcha", "F", "", returned, "699 12 34 56", ""],  # row 8: registered at the desk already
    ):
        sheet.append(row)
    draft = book.create_sheet("Brouillon")
    draft.append(["notes de l'agent OIM"])
    draft.sheet_state = "hidden"
    book.save(path)
    return path


def _window(qtbot, context, role: str) -> MainWindow:
    window = MainWindow(context, make_user(context, role), "en")
    qtbot.addWidget(window)
    window.show()
    window.show_workspace("exchange")
    return window


def _exchange(qtbot, context, role: str) -> ExchangeWidget:
    widget = _window(qtbot, context, role).workspace("exchange")
    assert isinstance(widget, ExchangeWidget)
    return widget


def _save_to(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(path), "Excel (*.xlsx)"))


def test_map_check_import_and_download_the_rows_to_correct(qtbot, context, tmp_path, monkeypatch):
    agent = context.for_actor(make_user(context, "agent"))
    known = agent.intake.register_intake(intake_input(family="Ngono", given="Aïcha", phone="699123456"))
    source = _donor_workbook(tmp_path / "liste OIM.xlsx")
    window = _window(qtbot, context, "manager")
    exchange = window.workspace("exchange")
    tab = exchange.import_tab
    assert tab is not None and not tab.check_button.isEnabled()

    # 1. The workbook: the hidden sheet is listed, and said.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(source), "Excel (*.xlsx)"))
    qtbot.mouseClick(tab.file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.header_preview is not None, timeout=10_000)
    sheets = [tab.sheet_combo.itemText(i) for i in range(tab.sheet_combo.count())]
    assert sheets == ["Arrivées", "Brouillon (hidden)"] and tab.sheet_combo.currentData() == "Arrivées"
    assert "Brouillon" in tab.notice_label.text()

    # 2. The columns: four recognised despite the title row; the family name is not, and is required.
    chosen = tab.mapping_table.mapping()
    assert (chosen["given_names"], chosen["sex"], chosen["birth_date"], chosen["return_date"]) == (1, 2, 3, 4)
    assert chosen["family_name"] is None
    assert "Family name" in tab.mapping_label.text() and not tab.check_button.isEnabled()
    assert "Observations" in tab.unused_label.text() and tab.mapping_table.mapping()["phone"] == 5
    combo = tab.mapping_table.combos["family_name"]
    combo.setCurrentIndex(combo.findText("A · NOM DU BÉNÉFICIAIRE"))
    assert tab.mapping_table.mapping()["family_name"] == 0
    assert tab.mapping_label.isHidden() and tab.check_button.isEnabled()
    sample = tab.mapping_table.item(0, 3).text()
    assert sample.startswith("MBALLA · EKANI")

    # 3. Checked: two rows to import, three with problems, each wrong cell in red with its message.
    panel = tab.preview_panel
    qtbot.mouseClick(tab.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.check is not None, timeout=20_000)
    model = panel.model
    assert model.counts[NEW] == 2 and model.counts[PROBLEMS] == 3
    assert panel.filter_buttons[NEW].text() == "To import: 2"
    assert panel.filter_buttons[PROBLEMS].text() == "With problems: 3"
    assert panel.filter_buttons["already"].isHidden()  # nothing imported before: not even a zero to read
    assert panel.import_button.text() == "&Import the good rows (2)"
    assert model.counts[POSSIBLE] == 1 and panel.filter_buttons[POSSIBLE].text() == "Possible duplicates: 1"
    assert [model.row_at(r).number for r in range(model.rowCount())] == [3, 4, 5, 6, 7, 8]
    assert "nothing wrong" in panel.detail_label.text()
    qtbot.mouseClick(panel.filter_buttons[PROBLEMS], Qt.MouseButton.LeftButton)
    assert [model.row_at(r).number for r in range(model.rowCount())] == [5, 6, 7]
    assert "“31/02/1990” does not exist" in panel.detail_label.text()  # the first row's problem, without hovering
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:2] == ["Row", "Check"]  # the file's own columns follow, under their own titles
    born = model.index(0, headers.index("Né(e) le"))
    assert model.data(born) == "31/02/1990"
    assert model.data(born, Qt.ItemDataRole.BackgroundRole) == QColor(BAD_BACKGROUND)
    assert "Row 5" in model.data(born, Qt.ItemDataRole.ToolTipRole)
    sex = model.index(1, headers.index("Sexe (H/F)"))
    assert model.data(sex, Qt.ItemDataRole.BackgroundRole) == QColor(BAD_BACKGROUND)
    assert model.data(model.index(1, headers.index("Prénoms")), Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(model.index(2, PreviewTableModel.COL_STATUS)) == "Repeated in the file"
    assert "repeats row 3" in model.data(model.index(2, PreviewTableModel.COL_STATUS), Qt.ItemDataRole.ToolTipRole)

    # The person already registered is not imported: a manager decides in the case file, opened from the list.
    line = panel.possible_model.row_at(0)
    assert (line.row_no, line.name_in_file, line.case_number) == (8, "NGONO Aïcha", known.case_number)
    assert "same phone" in line.reasons and panel.possible_box.isVisible()
    panel.possible_view.setCurrentIndex(panel.possible_model.index(0, 0))
    qtbot.keyClick(panel.possible_view, Qt.Key.Key_Return)
    assert known.case_id in window.case_windows

    # Import the good rows (one transaction), remembered for the donor's next file.
    type_profile = tab.profile_combo.lineEdit()
    type_profile.setText("OIM Douala")
    asked = []
    panel.confirm_import = lambda count: asked.append(count) or True
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: model.imported, timeout=20_000)
    assert asked == [2]
    assert "2 returnees registered" in panel.result_label.text()
    assert not panel.import_button.isEnabled() and panel.filter_buttons[NEW].text() == "Imported: 2"
    registry = context.for_actor(make_user(context, "agent")).registry
    assert len(registry.search("mballa jean")) == 1 and len(registry.search("ekani marie")) == 1
    assert registry.search("fotso paul") == [] and registry.search("nkoulou") == []
    assert [tab.profile_combo.itemText(i) for i in range(tab.profile_combo.count())] == ["OIM Douala"]

    # The rows to correct, each with what is wrong, in a workbook the partner can fix and send back.
    errors = tmp_path / "à corriger.xlsx"
    _save_to(monkeypatch, errors)
    qtbot.mouseClick(panel.errors_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(panel, "last_errors", None) == str(errors), timeout=10_000)
    book = load_workbook(errors, read_only=True)
    rows = [list(r) for r in book[book.sheetnames[0]].iter_rows(values_only=True)]
    assert rows[0][:7] == HEADERS and rows[0][-1] == "What is wrong"
    assert [r[0] for r in rows[1:]] == ["FOTSO", "NKOULOU", "MBALLA"]
    assert "Row 5" in rows[1][-1] and "Row 6" in rows[2][-1] and "row 3" in rows[3][-1]
    assert "3 rows with problems saved" in panel.result_label.text()

    # Checking the same file again creates nothing: the two rows were already imported.
    qtbot.mouseClick(tab.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.check is not None and not model.imported, timeout=20_000)
    assert model.counts[NEW] == 0 and panel.filter_buttons["already"].text() == "Already imported: 2"
    assert not panel.import_button.isEnabled()


def test_a_file_that_is_not_a_workbook_is_refused_in_words(qtbot, context, tmp_path):
    tab = _exchange(qtbot, context, "manager").import_tab
    fake = tmp_path / "liste.xlsx"
    fake.write_text("nom;prenom\nMBALLA;Jean\n", encoding="utf-8")
    tab.load_file(fake)
    qtbot.waitUntil(lambda: tab.error_label.isVisible(), timeout=10_000)
    assert "CSV" in tab.error_label.text() or "text" in tab.error_label.text()
    assert tab.header_preview is None and not tab.check_button.isEnabled()


def test_download_the_empty_workbook(qtbot, context, tmp_path, monkeypatch):
    tab = _exchange(qtbot, context, "manager").import_tab
    target = tmp_path / "modèle.xlsx"
    _save_to(monkeypatch, target)
    qtbot.mouseClick(tab.template_button, Qt.MouseButton.LeftButton)
    book = load_workbook(target)
    headers = [c.value for c in book.worksheets[0][1]]
    assert headers[:3] == ["Family name", "Given names", "Sex"]  # the UI speaks English here
    assert "Instructions" in book.sheetnames
    assert str(target) in tab.message_label.text()


def test_export_the_visits_and_the_imported_roster(qtbot, context, tmp_path, monkeypatch):
    exchange = _exchange(qtbot, context, "manager")
    exports = exchange.exports_tab
    exports.choose(FOLLOWUPS)
    assert exports.donor_combo.isHidden() and not exports.period_row.isHidden()
    exports.from_edit.clear()
    qtbot.mouseClick(exports.export_button, Qt.MouseButton.LeftButton)
    assert "needs both dates" in exports.error_label.text()
    exports.from_edit.set_value(date.today() - timedelta(days=30))
    visits = tmp_path / "visites.xlsx"
    _save_to(monkeypatch, visits)
    qtbot.mouseClick(exports.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(exports, "last_export", None) == str(visits), timeout=10_000)
    assert "0 visits exported" in exports.result_label.text() and visits.exists()

    assert exports.kind_combo.findData(RETURNEES) >= 0  # the roster export is offered to a manager
    tab = exchange.import_tab
    source = _donor_workbook(tmp_path / "liste.xlsx")
    tab.load_file(source)
    qtbot.waitUntil(lambda: tab.header_preview is not None, timeout=10_000)
    tab.mapping_table.choose("family_name", 0)
    tab.check_file()
    qtbot.waitUntil(lambda: tab.preview_panel.check is not None, timeout=20_000)
    tab.preview_panel.confirm_import = lambda count: True
    tab.preview_panel.import_rows()
    qtbot.waitUntil(lambda: tab.preview_panel.model.imported, timeout=20_000)

    exports.choose(RETURNEES)
    assert not exports.columns_box.isHidden() and exports.session_combo.isHidden()
    exports.from_edit.set_value(date.today() - timedelta(days=10))
    roster = tmp_path / "retournes.xlsx"
    _save_to(monkeypatch, roster)
    qtbot.mouseClick(exports.export_button, Qt.MouseButton.LeftButton)  # for a partner: no one agreed to share
    qtbot.waitUntil(lambda: getattr(exports, "last_export", None) == str(roster), timeout=10_000)
    assert "0 returnees exported" in exports.result_label.text() and "3 cases left out" in exports.result_label.text()
    exports.partner_check.setChecked(False)  # a workbook that stays at the desk
    qtbot.mouseClick(exports.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "3 returnees exported" in exports.result_label.text(), timeout=10_000)
    book = load_workbook(roster, read_only=True)
    families = {r[1] for r in book.worksheets[0].iter_rows(min_row=2, values_only=True)}
    assert families == {"MBALLA", "EKANI", "NGONO"}


def test_finance_exports_but_does_not_import(qtbot, context):
    exchange = _exchange(qtbot, context, "finance")
    assert exchange.import_tab is None and exchange.tabs.count() == 1
    kinds = [exchange.exports_tab.kind_combo.itemData(i) for i in range(exchange.exports_tab.kind_combo.count())]
    assert "ledger" in kinds and "committee" not in kinds


def test_possible_duplicates_are_settled_in_their_tab(qtbot, context, tmp_path):
    """A row kept aside by an import: the manager says it is the same person; a new case opens on their file."""
    from datetime import date

    from openpyxl import Workbook

    from desk.ui.exchange.reviews_tab import ReviewsTab
    from tests.factories import intake_input, make_user

    manager = context.for_actor(make_user(context, "manager"))
    known = manager.intake.register_intake(intake_input(family="Double", given="Rita", phone="699123000"))
    book = Workbook()
    book.active.append(["Nom", "Prénoms", "Sexe", "Téléphone", "Date de retour"])
    book.active.append(["DOUBLE", "Rita", "F", "699 12 30 00", date.today()])
    path = tmp_path / "liste.xlsx"
    book.save(path)
    manager.returnee_import.apply(manager.returnee_import.check(path))
    tab = ReviewsTab(manager)
    qtbot.addWidget(tab)
    assert tab.model.rowCount() == 1 and "1 rows to review" in tab.heading.text()
    qtbot.mouseClick(tab.same_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 0 and "new case was opened" in tab.message_label.text()
    cases = [r for r in manager.registry.search("double rita") if r.person_id == known.person_id]
    assert len(cases) == 2


def test_an_operators_list_is_imported_from_the_same_screen(qtbot, context, tmp_path, monkeypatch):
    """The kind of file is chosen first: its columns, its template and its checks follow."""
    tab = _exchange(qtbot, context, "manager").import_tab
    kinds = [tab.kind_combo.itemData(i) for i in range(tab.kind_combo.count())]
    assert kinds == ["returnees", "operators", "attendance"]
    tab.kind_combo.setFocus()
    qtbot.keyClick(tab.kind_combo, Qt.Key.Key_Down)  # the keyboard chooses the kind, as a mouse would
    tab.kind_combo.activated.emit(tab.kind_combo.currentIndex())
    assert tab.kind() == "operators"
    assert tab.mapping_table.specs[0].key == "name"
    template = tmp_path / "operateurs.xlsx"
    _save_to(monkeypatch, template)
    qtbot.mouseClick(tab.template_button, Qt.MouseButton.LeftButton)
    assert load_workbook(template).sheetnames[0] == "Operators"
    book = Workbook()
    book.active.append(["Structure", "Statut", "Zone d'intervention", "Capacité"])
    book.active.append(["Agro Plus", "ONG", "Littoral", 20])
    book.active.append(["Sans Capacité", "ONG", "Littoral", "beaucoup"])
    source = tmp_path / "ministere.xlsx"
    book.save(source)
    tab.load_file(source)
    qtbot.waitUntil(lambda: tab.header_preview is not None, timeout=10_000)
    assert tab.check_button.isEnabled()
    tab.check_file()
    qtbot.waitUntil(lambda: tab.preview_panel.check is not None, timeout=20_000)
    panel = tab.preview_panel
    assert panel.check.kind == "operators" and panel.model.counts[NEW] == 1 and panel.model.counts[PROBLEMS] == 1
    panel.confirm_import = lambda count: True
    panel.import_rows()
    qtbot.waitUntil(lambda: panel.model.imported, timeout=20_000)
    assert "1 operators imported" in panel.result_label.text()
    names = [o.data.name for o in tab._services.operators.list_operators()]
    assert names == ["Agro Plus"]


def test_the_quarterly_indicators_with_the_donors_report(qtbot, context, tmp_path, monkeypatch):
    """The manager's quarterly report in minutes: the workbook and, beside it, the PDF with its charts."""
    exports = _exchange(qtbot, context, "manager").exports_tab
    exports.choose(INDICATORS)
    assert not exports.pdf_check.isHidden() and exports.pdf_check.isChecked()
    exports.from_edit.set_value(date.today() - timedelta(days=90))
    exports.to_edit.set_value(date.today())
    book = tmp_path / "indicateurs.xlsx"
    _save_to(monkeypatch, book)
    qtbot.mouseClick(exports.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(exports, "last_export", None) == str(book), timeout=20_000)
    assert book.exists() and book.with_suffix(".pdf").read_bytes().startswith(b"%PDF")
    assert "indicateurs.pdf" in exports.result_label.text()
    exports.choose(FOLLOWUPS)
    assert exports.pdf_check.isHidden()
