"""Administration → Backups, driven like an administrator: back up, see the list, restore, verify, settings."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desk.models.backup import manifest_path
from desk.models.setting import DeskSetting
from desk.services import backup_pg
from desk.services.backup_dto import BackupSettings
from desk.services.backup_service import backup_service
from desk.services.desk_service import NAME
from desk.ui.admin.admin_widget import AdminWidget
from desk.ui.admin.backup_widget import BackupTableModel, BackupWidget

TIMEOUT = 120_000


@pytest.fixture
def admin(demo_context):
    if demo_context.backend == "postgresql" and backup_pg.tools_problem():
        pytest.skip("pg_dump / pg_restore not installed")
    return demo_context.auth.authenticate("admin", "demo")


@pytest.fixture
def widget(qtbot, demo_context, admin, tmp_path):
    widget = BackupWidget(backup_service(demo_context, admin, tmp_path / "backups"))
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    return widget


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes answered and recorded: (kind, text)."""
    shown: list[tuple[str, str]] = []

    def question(_parent, _title, text, *_args):
        shown.append(("question", text))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_a: shown.append(("information", text)))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: shown.append(("warning", text)))
    return shown


def _back_up(qtbot, widget: BackupWidget):
    with qtbot.waitSignal(widget.backup_finished, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(widget.backup_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def _desk_name(context) -> str:
    with context.session_factory() as s:
        return s.get(DeskSetting, NAME).value


def _rename(context, name: str) -> None:
    with context.session_factory.begin() as s:
        s.get(DeskSetting, NAME).value = name


def test_back_up_now_lists_the_verified_backup(qtbot, widget):
    assert widget.model.rowCount() == 0 and widget.last_label.text() == "none yet"
    result = _back_up(qtbot, widget)
    assert widget.model.rowCount() == 1
    cells = [widget.model.index(0, c).data() for c in range(widget.model.columnCount())]
    assert cells[BackupTableModel.COL_KIND] == "manual" and cells[BackupTableModel.COL_VERIFIED] == "yes"
    assert cells[BackupTableModel.COL_FINGERPRINT].startswith(f"{result.backup.ledger_entries} · ")
    assert cells[BackupTableModel.COL_WHERE] == "backup folder"
    assert "written and verified" in widget.result_label.text() and "verified" in widget.last_label.text()
    assert widget.warning_label.isHidden()


def test_restore_says_what_will_happen_then_asks_for_a_restart(qtbot, widget, demo_context, boxes, monkeypatch):
    result = _back_up(qtbot, widget)
    name = _desk_name(demo_context)
    _rename(demo_context, "Renamed after the backup")
    demo_context.engine.dispose()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(result.backup.path), ""))
    with qtbot.waitSignal(widget.restart_requested, timeout=TIMEOUT):
        qtbot.mouseClick(widget.restore_button, Qt.MouseButton.LeftButton)
    (kind, question), (kind2, told) = boxes
    assert kind == "question" and result.backup.name in question and "“before restore” backup" in question
    assert kind2 == "information" and "Restored the backup of" in told and "starts again" in told
    assert _desk_name(demo_context) == name


def test_a_bad_file_is_refused_and_nothing_restarts(qtbot, widget, demo_context, boxes, monkeypatch, tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database at all " * 300)
    _rename(demo_context, "Current")
    demo_context.engine.dispose()
    restarts: list[bool] = []
    widget.restart_requested.connect(lambda: restarts.append(True))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(bad), ""))
    qtbot.mouseClick(widget.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(kind == "warning" for kind, _ in boxes), timeout=TIMEOUT)
    assert "Nothing was changed" in boxes[-1][1] and restarts == []
    assert _desk_name(demo_context) == "Current"


def test_cancelling_the_confirmation_restores_nothing(qtbot, widget, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: ("/somewhere/x.sqlite", ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.No)
    qtbot.mouseClick(widget.restore_button, Qt.MouseButton.LeftButton)
    assert asked and widget.task is None


@pytest.mark.parametrize("backend", ["sqlite"])  # the same on both back-ends: once is enough
def test_second_destination_chosen_then_unreachable(qtbot, widget, tmp_path, monkeypatch):
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(usb))
    qtbot.mouseClick(widget.choose_button, Qt.MouseButton.LeftButton)
    widget.spins["keep_daily"].setValue(5)
    qtbot.mouseClick(widget.save_button, Qt.MouseButton.LeftButton)
    assert widget._service.settings() == BackupSettings(keep_daily=5, second_destination=str(usb))
    assert widget.saved_label.text() == "Saved."

    first = _back_up(qtbot, widget)
    assert first.second_ok and widget.model.index(0, BackupTableModel.COL_WHERE).data().endswith("second destination")
    shutil.rmtree(usb)  # unplugged
    second = _back_up(qtbot, widget)
    assert second.backup.verified and Path(second.backup.path).exists()
    assert widget.warning_label.isVisible() and "cannot be reached" in widget.warning_label.text()
    assert widget.model.rowCount() == 2


@pytest.mark.parametrize("backend", ["sqlite"])
def test_verify_finds_a_damaged_backup(qtbot, widget):
    result = _back_up(qtbot, widget)
    assert not widget.verify_button.isEnabled()  # nothing selected
    with open(result.backup.path, "r+b") as handle:
        handle.seek(result.backup.size // 2)
        handle.write(b"\x00\xff" * 16)
    widget.table_view.selectRow(0)
    assert widget.verify_button.isEnabled()
    with qtbot.waitSignal(widget.verify_finished, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(widget.verify_button, Qt.MouseButton.LeftButton)
    assert not blocker.args[0].verified and "damaged" in widget.warning_label.text()
    assert widget.model.index(0, BackupTableModel.COL_VERIFIED).data() == "no"
    assert manifest_path(result.backup.path).exists()


def test_backups_tab_only_for_the_administrator(qtbot, demo_context, admin, tmp_path):
    widget = AdminWidget(demo_context, demo_context.for_actor(admin), backup_folder=tmp_path)
    qtbot.addWidget(widget)
    tabs = [widget.tabs.tabText(i) for i in range(widget.tabs.count())]
    assert "&Backups" in tabs
    with qtbot.waitSignal(widget.restart_requested, timeout=1000):
        widget.backup_widget.restart_requested.emit()
    manager = AdminWidget(demo_context, demo_context.for_actor(demo_context.auth.authenticate("manager", "demo")))
    qtbot.addWidget(manager)
    assert not hasattr(manager, "backup_widget")
