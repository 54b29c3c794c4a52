"""The administrator's home: are the backups taken and checked, is anyone locked out, how big and how healthy is
the database. Each tile leads to the Administration workspace."""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from desk.services.backup_dto import human_size
from desk.services.home_dto import AdminHome, BackupFile, BackupStatus, DatabaseStatus
from desk.services.permissions import role_label
from desk.ui.formatting import format_datetime
from desk.ui.home.home_lists import Column, HomeBox, HomeList
from desk.ui.home.tiles import ALERT, GOOD, NEUTRAL, QUIET, WARN, TileButton, count_tone, tile_row

BACKENDS = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}


def until_text(moment: datetime) -> str:
    """14:32 today, else the date and the time."""
    local = moment.astimezone()
    return f"{local:%H:%M}" if local.date() == datetime.now().astimezone().date() else format_datetime(moment)


class AdminHomeWidget(QWidget):
    workspace_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        to_backups = self.tr("Open Administration › Backups")
        self.last_tile = TileButton("last_backup_tile", self.tr("Last backup"), to_backups)
        self.next_tile = TileButton("next_backup_tile", self.tr("Next backup"), to_backups)
        self.locked_tile = TileButton(
            "locked_tile", self.tr("Accounts locked out"), self.tr("Open Administration › Users to unlock them")
        )
        self.database_tile = TileButton("database_tile", self.tr("Database size"), to_backups)
        for tile, where in (
            (self.last_tile, "admin/backup"),
            (self.next_tile, "admin/backup"),
            (self.locked_tile, "admin/users"),
            (self.database_tile, "admin/backup"),
        ):
            tile.clicked.connect(lambda _=False, where=where: self.workspace_requested.emit(where))
        self.backups_list = HomeList(
            "backups_list",
            self.tr("Backups of this database, the newest first"),
            [
                Column(self.tr("Taken on"), lambda f: format_datetime(f.taken_at), 140),
                Column(self.tr("Size"), lambda f: human_size(f.size), 90, right=True),
                Column(self.tr("State"), self._backup_state, 0, colour=lambda f: None if f.complete else ALERT),
            ],
            self.tr("No backup yet: take one now in Administration › Backups."),
            self.tr("see them all in Administration"),
            self.tr("Click a backup, or press Enter, to open the backups"),
            tip=None,
        )
        self.backups_list.empty_label.setStyleSheet(f"color: {ALERT}; font-weight: bold; padding: 6px 2px;")
        self.backups_list.row_chosen.connect(lambda _f: self.workspace_requested.emit("admin/backup"))
        self.backups_list.more_requested.connect(lambda: self.workspace_requested.emit("admin/backup"))
        self.folder_label = QLabel()
        self.folder_label.setObjectName("backup_folder_label")
        self.folder_label.setWordWrap(True)
        self.folder_label.setStyleSheet("color: #404040;")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backups_list.box_layout.insertWidget(1, self.folder_label)
        self.locked_list = HomeList(
            "locked_list",
            self.tr("Accounts locked out after wrong passwords"),
            [
                Column(self.tr("User"), lambda u: u.username, 110),
                Column(self.tr("Name"), lambda u: u.full_name),
                Column(self.tr("Role"), lambda u: role_label(u.role), 120),
                Column(self.tr("Until"), lambda u: until_text(u.locked_until), 120),
            ],
            self.tr("No account is locked out."),
            hint=self.tr("Click an account, or press Enter, to open the accounts"),
            tip=None,
        )
        self.locked_list.row_chosen.connect(lambda _u: self.workspace_requested.emit("admin/users"))
        self.database_box = HomeBox("database_box", self.tr("Database"))
        self.database_label = QLabel()
        self.database_label.setObjectName("database_label")
        self.database_label.setWordWrap(True)
        self.database_label.setTextFormat(Qt.TextFormat.RichText)
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.database_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.database_box.box_layout.addWidget(self.database_label, 1)

        grid = QGridLayout()
        grid.setSpacing(10)
        grid.addWidget(self.backups_list, 0, 0, 2, 1)
        grid.addWidget(self.locked_list, 0, 1)
        grid.addWidget(self.database_box, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tile_row(self.last_tile, self.next_tile, self.locked_tile, self.database_tile))
        layout.addLayout(grid, 1)

    def show_data(self, home: AdminHome) -> None:
        self._show_backups(home.backups)
        locked = len(home.locked_users)
        self.locked_tile.set_value(locked, count_tone(locked, ALERT))
        self.locked_list.set_items(home.locked_users)
        self._show_database(home.database)

    def _show_backups(self, backups: BackupStatus) -> None:
        last = backups.last
        if last is None:
            self.last_tile.set_value(self.tr("No backup yet"), ALERT, self.tr("take one now"))
        else:
            verified = {
                True: self.tr("verified"),
                False: self.tr("NOT verified"),
                None: self.tr("verification not known"),
            }[backups.verified]
            tone = ALERT if backups.verified is False else WARN if backups.overdue else GOOD
            self.last_tile.set_value(format_datetime(last.taken_at), tone, verified)
        if backups.next_due is None or backups.overdue:
            self.next_tile.set_value(self.tr("Due now"), ALERT, self.tr("no backup for a day or more") if last else "")
        else:
            self.next_tile.set_value(format_datetime(backups.next_due), NEUTRAL)
        self.folder_label.setText(self.tr("Folder: {folder}").format(folder=backups.folder))
        self.backups_list.set_items(backups.files.items, backups.files.total)

    def _show_database(self, database: DatabaseStatus) -> None:
        size = human_size(database.size) if database.size is not None else "–"
        backend = BACKENDS.get(database.backend, database.backend)
        self.database_tile.set_value(size, NEUTRAL if database.size is not None else QUIET, backend)
        if database.healthy is None:
            health = html.escape(self.tr("no integrity check recorded yet (Administration › Backups › Verify)"))
        elif database.healthy:
            intact = self.tr("intact at the last check, {date}").format(date=format_datetime(database.checked_at))
            health = html.escape(intact)
        else:
            damaged = self.tr("damaged at the last check, {date}").format(date=format_datetime(database.checked_at))
            health = f"<b style='color:{ALERT}'>{html.escape(damaged)}</b>"
        rows = [
            (self.tr("Kind"), html.escape(backend)),
            (self.tr("Where"), html.escape(database.location)),
            (self.tr("Size"), html.escape(size)),
        ]
        if database.free is not None:
            rows.append((self.tr("Free space inside"), html.escape(human_size(database.free))))
        rows.append((self.tr("Health"), health))
        self.database_label.setText(
            "<table cellpadding='3'>"
            + "".join(f"<tr><td><b>{name}</b></td><td>{value}</td></tr>" for name, value in rows)
            + "</table>"
        )

    def _backup_state(self, backup: BackupFile) -> str:
        return self.tr("complete") if backup.complete else self.tr("unfinished copy: not usable")
