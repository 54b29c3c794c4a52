"""Start-up checks of an embedded desk: a damaged file is never taken for a new desk, a second Guichet on the same
file is refused, a file on a network share or in a synced folder is warned about; and database failures become
plain messages."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path, PurePosixPath

import pytest

from desk.app import make_opener
from desk.models.db import Failure, classify_failure
from desk.models.db_checks import (
    AlreadyOpen,
    Damage,
    DeskLock,
    FileState,
    Location,
    Place,
    check_sqlite_file,
    is_unc,
    lock_path,
    mount_of,
    parse_mounts,
    storage_location,
    synced_service,
)
from desk.paths import Paths, sqlite_url
from desk.services.errors import DatabaseDamaged, DeskAlreadyOpen
from desk.services.startup_checks import before_opening, last_backup, location_warning

# -- a damaged file ----------------------------------------------------------------------------------------------


@pytest.fixture
def desk_file(sqlite_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "data" / "guichet.sqlite"
    path.parent.mkdir()
    shutil.copy(sqlite_template, path)
    return path


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return Paths(data=tmp_path / "data", logs=tmp_path / "logs", backups=tmp_path / "backups").ensure()


def test_an_intact_desk_and_a_missing_one(desk_file, tmp_path):
    assert check_sqlite_file(desk_file).state is FileState.OK
    assert check_sqlite_file(tmp_path / "nothing.sqlite").state is FileState.MISSING


def test_a_desk_with_its_write_ahead_log_not_yet_merged_is_intact(desk_file):
    writer = sqlite3.connect(desk_file, isolation_level=None)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("CREATE TABLE later (n INTEGER)")
    writer.execute("INSERT INTO later VALUES (1)")
    assert Path(f"{desk_file}-wal").stat().st_size > 0
    assert check_sqlite_file(desk_file).state is FileState.OK  # read while another connection has it open
    writer.close()


@pytest.mark.parametrize(
    ("spoil", "damage"),
    [
        (lambda p: p.write_bytes(b""), Damage.EMPTY),
        (lambda p: p.write_bytes(b"PK\x03\x04 not a database at all" * 200), Damage.NOT_A_DATABASE),
        (lambda p: p.write_bytes(p.read_bytes()[:50]), Damage.NOT_A_DATABASE),
        (lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2 + 100]), Damage.TRUNCATED),
        (lambda p: p.write_bytes(p.read_bytes()[: 4096 * 3]), Damage.TRUNCATED),
    ],
    ids=["zero-bytes", "garbage", "cut-in-the-header", "cut-mid-page", "cut-at-a-page"],
)
def test_damaged_files_are_recognised(desk_file, spoil, damage):
    spoil(desk_file)
    checked = check_sqlite_file(desk_file)
    assert (checked.state, checked.damage) == (FileState.DAMAGED, damage)


def test_damaged_pages_are_found_by_the_quick_check(desk_file):
    data = bytearray(desk_file.read_bytes())
    page = 4096
    for offset in range(page * 5, page * 12):  # overwrite a few pages of tables and indexes, header intact
        data[offset] = 0xA5
    desk_file.write_bytes(bytes(data))
    assert check_sqlite_file(desk_file).damage is Damage.UNREADABLE


def test_a_log_without_its_database_is_damage(tmp_path):
    Path(f"{tmp_path / 'guichet.sqlite'}-wal").write_bytes(b"\x37\x7f\x06\x82" + b"\0" * 4000)
    assert check_sqlite_file(tmp_path / "guichet.sqlite").damage is Damage.ORPHAN_JOURNAL


@pytest.mark.parametrize("content", [b"", b"garbage" * 500], ids=["zero-bytes", "garbage"])
def test_opening_a_damaged_desk_never_creates_an_empty_one(desk_file, paths, content):
    desk_file.write_bytes(content)
    opener = make_opener(paths)
    with pytest.raises(DatabaseDamaged) as caught:
        opener(sqlite_url(desk_file))
    message = caught.value.message
    assert "cannot be opened" in message and "no new database was created" in message
    assert "No verified backup was found" in message
    assert str(desk_file.parent) not in message  # the file's name, not where it lives
    assert desk_file.read_bytes() == content  # not a byte written: no schema, no WAL switch
    assert not Path(f"{desk_file}-wal").exists()
    assert not lock_path(desk_file).exists() or lock_path(desk_file).read_bytes() == b""  # the lock was let go


def test_the_last_verified_backup_is_named_and_can_be_restored(desk_file, paths):
    from desk.app import open_checked
    from desk.models.backup import backup_sqlite
    from desk.services.context import DeskContext
    from tests.factories import intake_input, make_user

    context = DeskContext(sqlite_url(desk_file))
    agent = context.for_actor(make_user(context, "agent"))
    agent.intake.register_intake(intake_input(family="Sauvegardee", given="Awa", phone=None))
    context.close()
    older = backup_sqlite(desk_file, paths.backups, "manual", kind="manual")
    newest = backup_sqlite(desk_file, paths.backups, "daily", kind="daily")
    (paths.backups / "notes.txt").write_text("not a backup")
    assert last_backup(paths.backups, desk_file) == newest != older
    desk_file.write_bytes(b"")  # the desk's file emptied (a failing disk, a bad copy)

    class Decline:
        def warn(self, message: str) -> None:
            raise AssertionError(message)

        def offer_restore(self, error: DatabaseDamaged) -> bool:
            self.seen = error
            return False

    decline = Decline()
    with pytest.raises(DatabaseDamaged, match="left as it was"):
        open_checked(sqlite_url(desk_file), paths, decline)
    assert decline.seen.last_backup == newest and newest.name in decline.seen.message
    assert "The last verified backup" in decline.seen.message
    assert desk_file.read_bytes() == b""

    class Accept(Decline):
        def offer_restore(self, error: DatabaseDamaged) -> bool:
            return True

    restored = open_checked(sqlite_url(desk_file), paths, Accept())
    try:
        assert restored.lock is not None and restored.lock.held
        assert len(restored.for_actor(agent.actor).registry.search("sauvegardee")) == 1
    finally:
        restored.close()
    # The emptied file is kept (set aside, or backed up as "before-restore"), never just deleted.
    kept = [*desk_file.parent.glob("guichet.sqlite.damaged-*"), *paths.backups.glob("*before-restore*.sqlite")]
    assert len(kept) == 1


# -- a second Guichet ---------------------------------------------------------------------------------------------


def test_a_second_lock_on_the_same_desk_is_refused_with_who_holds_it(tmp_path):
    database = tmp_path / "guichet.sqlite"
    first = DeskLock(database).acquire()
    with pytest.raises(AlreadyOpen) as caught:
        DeskLock(database).acquire()
    holder = caught.value.holder
    assert holder is not None and holder.machine and holder.pid > 0 and holder.since
    first.release()
    DeskLock(database).acquire().release()  # free again once released


LOCKER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from desk.models.db_checks import DeskLock
    lock = DeskLock(Path(sys.argv[1])).acquire()
    print("held", flush=True)
    sys.stdin.read()
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL: the kill half of this test is for Linux and macOS")
def test_another_process_holds_the_desk_until_it_dies(desk_file, paths):
    child = subprocess.Popen(
        [sys.executable, "-c", LOCKER, str(desk_file)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "held"
        with pytest.raises(DeskAlreadyOpen) as caught:
            make_opener(paths)(sqlite_url(desk_file))
        assert "already open in Guichet" in caught.value.message and "Close it there first" in caught.value.message
        with pytest.raises(AlreadyOpen) as held:
            DeskLock(desk_file).acquire()
        assert held.value.holder is not None and held.value.holder.pid == child.pid
    finally:
        child.kill()  # SIGKILL: no clean-up ran, and still the operating system let go of the lock
        child.wait()
    context = make_opener(paths)(sqlite_url(desk_file))
    context.close()


def test_two_windows_on_one_desk(desk_file, paths):
    opener = make_opener(paths)
    first = opener(sqlite_url(desk_file))
    try:
        with pytest.raises(DeskAlreadyOpen, match="already open"):
            opener(sqlite_url(desk_file))
    finally:
        first.close()
    opener(sqlite_url(desk_file)).close()  # the first one closed: the desk opens again


def test_a_server_desk_takes_no_file_lock():
    assert before_opening("postgresql+psycopg://u@/desk?host=/tmp", None).lock is None


# -- network shares and synced folders -------------------------------------------------------------------------------

MOUNTS = """\
sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0
/dev/sda2 / ext4 rw,relatime 0 0
/dev/sda3 /home ext4 rw,relatime 0 0
//fileserver/guichet /mnt/guichet cifs rw,vers=3.0,username=desk 0 0
nas:/export/desk /srv/desk nfs4 rw,relatime,vers=4.2 0 0
desk@host:/data /home/agent/Remote\\040Desk fuse.sshfs rw,nosuid,nodev 0 0
tmpfs /srv/desk/tmp tmpfs rw 0 0
"""


def test_mount_table_parsing():
    mounts = parse_mounts(MOUNTS)
    assert mounts[5].point == "/home/agent/Remote Desk" and mounts[5].fstype == "fuse.sshfs"
    assert mount_of(PurePosixPath("/srv/desk/guichet.sqlite"), mounts).fstype == "nfs4"
    assert mount_of(PurePosixPath("/srv/desk/tmp/x.sqlite"), mounts).fstype == "tmpfs"  # the deeper mount wins
    assert mount_of(PurePosixPath("/srv/desktop/x.sqlite"), mounts).point == "/"  # not a prefix of a name


@pytest.mark.parametrize(
    ("path", "place", "detail"),
    [
        ("/mnt/guichet/guichet.sqlite", Place.NETWORK, "cifs"),
        ("/srv/desk/guichet.sqlite", Place.NETWORK, "nfs4"),
        ("/home/agent/Remote Desk/guichet.sqlite", Place.NETWORK, "fuse.sshfs"),
        ("/home/agent/.local/share/Guichet/guichet.sqlite", Place.LOCAL, ""),
        ("/home/agent/Dropbox/Guichet/guichet.sqlite", Place.SYNCED, "Dropbox"),
        ("/home/agent/Nextcloud/guichet.sqlite", Place.SYNCED, "Nextcloud"),
    ],
)
def test_where_a_linux_desk_lives(path, place, detail):
    assert storage_location(path, platform="linux", mounts_text=MOUNTS) == Location(place, detail)


@pytest.mark.parametrize(
    ("path", "place", "detail"),
    [
        (r"\\SERVEUR\Partage\Guichet\guichet.sqlite", Place.NETWORK, r"\\SERVEUR\Partage"),
        ("//serveur/partage/guichet.sqlite", Place.NETWORK, r"\\serveur\partage"),
        (r"Z:\Guichet\guichet.sqlite", Place.NETWORK, "Z:"),
        (r"C:\Users\awa\OneDrive - Ministère\Guichet\guichet.sqlite", Place.SYNCED, "OneDrive"),
        (r"C:\Users\awa\Google Drive\guichet.sqlite", Place.SYNCED, "Google Drive"),
        (r"G:\My Drive\Guichet\guichet.sqlite", Place.SYNCED, "Google Drive"),
        (r"C:\Users\awa\iCloudDrive\guichet.sqlite", Place.SYNCED, "iCloud"),
        (r"C:\Users\awa\AppData\Local\Guichet\guichet.sqlite", Place.LOCAL, ""),
        (r"\\?\C:\Users\awa\AppData\Local\Guichet\guichet.sqlite", Place.LOCAL, ""),
    ],
)
def test_where_a_windows_desk_lives(path, place, detail):
    def drive_type(root: str) -> int:
        return 4 if root.upper() == "Z:\\" else 3  # Z: is a mapped network drive, the others fixed disks

    assert storage_location(path, platform="win32", drive_type=drive_type) == Location(place, detail)


def test_icloud_on_a_mac_and_names_that_only_look_alike():
    mac = "/Users/awa/Library/Mobile Documents/com~apple~CloudDocs/Guichet/guichet.sqlite"
    assert storage_location(mac, platform="darwin") == Location(Place.SYNCED, "iCloud")
    assert synced_service(PurePosixPath("/home/agent/dropbox-export-tools/guichet.sqlite")) == "Dropbox"
    assert synced_service(PurePosixPath("/home/agent/boxes/guichet.sqlite")) is None
    assert synced_service(PurePosixPath("/home/agent/OneDrive.sqlite")) is None  # the file, not a folder
    assert is_unc(r"\\server\share") and not is_unc(r"\\.\pipe\x") and not is_unc("C:/x")


def test_the_warnings_recommend_a_server():
    network = location_warning(Location(Place.NETWORK, "cifs"))
    synced = location_warning(Location(Place.SYNCED, "OneDrive"))
    assert network is not None and "network share (cifs)" in network and "PostgreSQL" in network
    assert synced is not None and "synchronised by OneDrive" in synced and "PostgreSQL" in synced
    assert location_warning(Location(Place.LOCAL)) is None


def test_the_opener_warns_but_opens(desk_file, paths, monkeypatch):
    import desk.services.startup_checks as checks

    monkeypatch.setattr(checks, "storage_location", lambda _p: Location(Place.SYNCED, "Dropbox"))
    warnings: list[str] = []

    class Prompts:
        def warn(self, message: str) -> None:
            warnings.append(message)

        def offer_restore(self, error: DatabaseDamaged) -> bool | None:
            return None

    context = make_opener(paths, Prompts())(sqlite_url(desk_file))
    context.close()
    assert len(warnings) == 1 and "Dropbox" in warnings[0]


# -- database failures in words ------------------------------------------------------------------------------------


class FakeSqliteError(sqlite3.OperationalError):
    def __init__(self, code: int) -> None:
        super().__init__("boom")
        self.sqlite_errorcode = code


class FakePsycopgError(Exception):
    def __init__(self, sqlstate: str | None) -> None:
        super().__init__("boom")
        self.sqlstate = sqlstate


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (FakeSqliteError(13), Failure.DISK_FULL),
        (FakeSqliteError(11), Failure.DAMAGED),
        (FakeSqliteError(26), Failure.DAMAGED),
        (FakeSqliteError(5), Failure.BUSY),
        (FakeSqliteError(5 | (3 << 8)), Failure.BUSY),  # an extended code folds to its primary one
        (FakeSqliteError(8), Failure.READ_ONLY),
        (FakeSqliteError(1), Failure.OTHER),
        (FakePsycopgError("57P01"), Failure.CONNECTION_LOST),
        (FakePsycopgError("53100"), Failure.DISK_FULL),
        (FakePsycopgError("40001"), Failure.BUSY),
        (FakePsycopgError("08006"), Failure.UNREACHABLE),
        (FakePsycopgError("23505"), Failure.OTHER),
    ],
)
def test_failures_are_classified(error, kind):
    from sqlalchemy.exc import OperationalError

    assert classify_failure(error) is kind
    assert classify_failure(OperationalError("INSERT INTO persons …", {}, error)) is kind


def test_a_damaged_file_found_while_saving_is_said_plainly(tmp_path):
    from sqlalchemy.exc import OperationalError

    from desk.services.uow import write_failure

    failure = write_failure(OperationalError("INSERT INTO persons (family_name) VALUES (?)", {}, FakeSqliteError(11)))
    assert isinstance(failure, DatabaseDamaged)
    assert "damaged" in failure.message and "restore the last verified backup" in failure.message
    assert "INSERT" not in failure.message


def test_a_connection_lost_during_commit_does_not_claim_nothing_was_saved():
    from sqlalchemy.exc import OperationalError

    from desk.services.errors import DatabaseUnavailable
    from desk.services.uow import write_failure

    broken = OperationalError("COMMIT", {}, FakePsycopgError(None), connection_invalidated=True)
    before_commit = write_failure(broken)
    during_commit = write_failure(broken, committing=True)
    assert isinstance(before_commit, DatabaseUnavailable) and isinstance(during_commit, DatabaseUnavailable)
    assert "Nothing was saved" in before_commit.message
    assert "saved entirely or not at all" in during_commit.message and "Nothing was saved" not in during_commit.message
    # The server said it ended the session itself: its transaction was rolled back, whatever the moment.
    ended = OperationalError("COMMIT", {}, FakePsycopgError("57P01"), connection_invalidated=True)
    assert "Nothing was saved" in write_failure(ended, committing=True).message
