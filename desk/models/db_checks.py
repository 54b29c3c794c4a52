"""Facts about an embedded (SQLite) desk file, gathered before it is opened.

- Is the file a database at all (a zero-byte, garbage or cut-short file is *damaged*, never a new desk)?
- Does it live on a network share or in a folder a sync client copies around (SQLite's locking is not safe
  there)?
- Is the desk already open in another Guichet (an OS lock on a file next to the database)?

Pure and untranslated: desk.services.startup_checks turns these facts into messages for the desk.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import sqlite3
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath
from typing import IO, Any

SQLITE_HEADER = b"SQLite format 3\x00"
HEADER_SIZE = 100
# Files up to this size get SQLite's quick_check at start-up (a fraction of a second); bigger ones only the
# cheap checks, the scheduled backups verify them fully.
QUICK_CHECK_UP_TO = 64 * 1024 * 1024


class FileState(StrEnum):
    MISSING = "missing"  # no file: a new desk may be created here
    OK = "ok"
    DAMAGED = "damaged"


class Damage(StrEnum):
    EMPTY = "empty"  # zero bytes where a desk was
    NOT_A_DATABASE = "not_a_database"  # no SQLite header: garbage, or another kind of file
    TRUNCATED = "truncated"  # shorter than its own header says
    UNREADABLE = "unreadable"  # SQLite refuses to read its schema or its pages
    ORPHAN_JOURNAL = "orphan_journal"  # the write-ahead log is there but the database file is gone


@dataclass(frozen=True)
class FileCheck:
    state: FileState
    damage: Damage | None = None

    @property
    def ok(self) -> bool:
        return self.state is not FileState.DAMAGED


def _page_size(header: bytes) -> int | None:
    raw = int.from_bytes(header[16:18], "big")
    size = 65536 if raw == 1 else raw
    if size < 512 or size > 65536 or size & (size - 1):
        return None
    return size


def _has_wal(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def check_sqlite_file(path: Path, *, quick_check_up_to: int = QUICK_CHECK_UP_TO, read_only: bool = False) -> FileCheck:
    """What is at `path`: nothing (a new desk), a readable SQLite database, or a damaged file.

    Reads the file without changing it, except that SQLite itself replays a left-over write-ahead log, as any
    opening would (`read_only` for a file that must not be touched at all, such as a backup).
    """
    if not path.exists():
        return FileCheck(FileState.DAMAGED, Damage.ORPHAN_JOURNAL) if _has_wal(path) else FileCheck(FileState.MISSING)
    size = path.stat().st_size
    if size == 0:
        return FileCheck(FileState.DAMAGED, Damage.EMPTY)
    with path.open("rb") as stream:
        header = stream.read(HEADER_SIZE)
    if len(header) < HEADER_SIZE or not header.startswith(SQLITE_HEADER):
        return FileCheck(FileState.DAMAGED, Damage.NOT_A_DATABASE)
    page_size = _page_size(header)
    if page_size is None:
        return FileCheck(FileState.DAMAGED, Damage.NOT_A_DATABASE)
    if not _has_wal(path):
        # With a write-ahead log the file may legitimately lag behind its header until the log is replayed.
        pages = int.from_bytes(header[28:32], "big")
        header_trusted = header[24:28] == header[92:96]  # "in-header database size" is valid (SQLite >= 3.7)
        if size % page_size or (header_trusted and pages * page_size > size):
            return FileCheck(FileState.DAMAGED, Damage.TRUNCATED)
    try:
        target = f"{path.resolve().as_uri()}?mode=ro" if read_only else str(path)
        connection = sqlite3.connect(target, timeout=15, uri=read_only)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            if size <= quick_check_up_to:
                result = connection.execute("PRAGMA quick_check(1)").fetchone()
                if result is None or result[0] != "ok":
                    return FileCheck(FileState.DAMAGED, Damage.UNREADABLE)
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        if sqlite_error_code(exc) in (SQLITE_BUSY, SQLITE_LOCKED):
            return FileCheck(FileState.OK)  # in use by another program: readable, just busy
        return FileCheck(FileState.DAMAGED, Damage.UNREADABLE)
    return FileCheck(FileState.OK)


# -- SQLite result codes (primary) -----------------------------------------------------------------
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26


def sqlite_error_code(exc: BaseException | None) -> int | None:
    """The primary SQLite result code of a sqlite3 error (extended codes folded), None for anything else."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


# -- where the file lives ---------------------------------------------------------------------------
NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "coda",
        "davfs",
        "fuse.davfs2",
        "fuse.sshfs",
        "sshfs",
        "fuse.rclone",
        "fuse.s3fs",
        "fuse.gvfsd-fuse",
        "fuse.glusterfs",
        "glusterfs",
        "ceph",
        "fuse.ceph",
        "lustre",
        "gpfs",
        "beegfs",
        "ocfs2",
        "gfs2",
        "fuse.onedriver",
        "fuse.google-drive-ocamlfuse",
    }
)

# Folder names that sync clients use (compared without case; "OneDrive - Company" and "Dropbox (Team)" too).
SYNC_FOLDERS: tuple[tuple[str, str], ...] = (
    ("onedrive", "OneDrive"),
    ("dropbox", "Dropbox"),
    ("google drive", "Google Drive"),
    ("googledrive", "Google Drive"),
    ("my drive", "Google Drive"),
    ("mon drive", "Google Drive"),
    ("icloud drive", "iCloud"),
    ("iclouddrive", "iCloud"),
    ("mobile documents", "iCloud"),
    ("com~apple~clouddocs", "iCloud"),
    ("box", "Box"),
    ("box sync", "Box"),
    ("nextcloud", "Nextcloud"),
    ("owncloud", "ownCloud"),
    ("pcloud drive", "pCloud"),
    ("mega", "MEGA"),
    ("megasync", "MEGA"),
    ("seafile", "Seafile"),
    ("yandex.disk", "Yandex Disk"),
)
_PREFIX_ONLY = {"onedrive", "dropbox"}  # "OneDrive - Ministère", "Dropbox (Personnel)"

DRIVE_REMOTE = 4  # GetDriveTypeW: a network drive


class Place(StrEnum):
    LOCAL = "local"
    NETWORK = "network"
    SYNCED = "synced"


@dataclass(frozen=True)
class Location:
    place: Place
    detail: str = ""  # the filesystem type, the share, or the sync service's name


@dataclass(frozen=True)
class Mount:
    point: str
    fstype: str
    source: str


def _unescape_mount_field(field: str) -> str:
    r"""/proc/mounts writes a space as \040, a tab as \011, a newline as \012 and a backslash as \134."""
    out, i = [], 0
    while i < len(field):
        if field[i] == "\\" and i + 3 < len(field) and field[i + 1 : i + 4].isdigit():
            out.append(chr(int(field[i + 1 : i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def parse_mounts(text: str) -> list[Mount]:
    """The lines of /proc/mounts (or /proc/self/mounts): source, mount point, type, options, …"""
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            mounts.append(Mount(_unescape_mount_field(fields[1]), fields[2], _unescape_mount_field(fields[0])))
    return mounts


def mount_of(path: PurePosixPath, mounts: Iterable[Mount]) -> Mount | None:
    """The mount holding `path`: the longest mount point that contains it (the last mounted wins a tie)."""
    best: Mount | None = None
    for mount in mounts:
        point = PurePosixPath(mount.point)
        if (path == point or point in path.parents) and (
            best is None or len(point.parts) >= len(PurePosixPath(best.point).parts)
        ):
            best = mount
    return best


def is_unc(path: str) -> bool:
    r"""\\server\share\… (or //server/share/…), but not the \\?\C:\ and \\.\ device forms of a local path."""
    text = path.replace("/", "\\")
    if not text.startswith("\\\\"):
        return False
    if text.startswith(("\\\\?\\UNC\\", "\\\\?\\unc\\")):
        return True
    return not text.startswith(("\\\\?\\", "\\\\.\\"))


def synced_service(path: PurePath) -> str | None:
    """The sync client whose folder holds the file `path` (by the names of its folders), or None."""
    for part in path.parts[:-1]:
        name = part.strip().casefold()
        for folder, service in SYNC_FOLDERS:
            if name == folder or (folder in _PREFIX_ONLY and name.startswith(folder)):
                return service
    return None


def _windows_drive_type(root: str) -> int:
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


def _proc_mounts() -> str | None:
    for candidate in ("/proc/self/mounts", "/proc/mounts"):
        with contextlib.suppress(OSError):
            return Path(candidate).read_text(encoding="utf-8", errors="replace")
    return None


def storage_location(
    path: str | os.PathLike[str],
    *,
    platform: str | None = None,
    mounts_text: str | None = None,
    drive_type: Callable[[str], int] | None = None,
) -> Location:
    """Where the database file lives: a local disk, a network share, or a folder a sync client copies around.

    `platform`, `mounts_text` and `drive_type` default to this machine's (tests pass fakes).
    """
    platform = platform or sys.platform
    text = os.fspath(path)
    if platform == "win32":
        win = PureWindowsPath(text)
        if is_unc(text):
            return Location(Place.NETWORK, win.anchor.rstrip("\\") or text)
        if win.drive:
            kind = (drive_type or _windows_drive_type)(win.drive + "\\")
            if kind == DRIVE_REMOTE:
                return Location(Place.NETWORK, win.drive)
        service = synced_service(win)
        return Location(Place.SYNCED, service) if service else Location(Place.LOCAL)
    posix = PurePosixPath(text)
    if mounts_text is None and platform.startswith("linux"):
        mounts_text = _proc_mounts()
    if mounts_text:
        mount = mount_of(posix, parse_mounts(mounts_text))
        if mount is not None and mount.fstype.casefold() in NETWORK_FILESYSTEMS:
            return Location(Place.NETWORK, mount.fstype)
    service = synced_service(posix)
    return Location(Place.SYNCED, service) if service else Location(Place.LOCAL)


# -- one Guichet per desk file ---------------------------------------------------------------------
LOCK_OFFSET = 1 << 20  # Windows locks are mandatory: lock a byte far past the holder's note so others can read it


@dataclass(frozen=True)
class LockHolder:
    user: str
    machine: str
    pid: int
    since: str  # ISO 8601, UTC

    @staticmethod
    def me() -> LockHolder:
        try:
            user = getpass.getuser()
        except Exception:  # no login name (a service account without one): say nothing rather than fail
            user = ""
        return LockHolder(user, socket.gethostname(), os.getpid(), datetime.now(UTC).isoformat(timespec="seconds"))

    def to_json(self) -> str:
        return json.dumps(
            {"user": self.user, "machine": self.machine, "pid": self.pid, "since": self.since}, ensure_ascii=False
        )

    @staticmethod
    def from_json(text: str) -> LockHolder | None:
        try:
            data: Any = json.loads(text)
            return LockHolder(str(data["user"]), str(data["machine"]), int(data["pid"]), str(data["since"]))
        except (ValueError, KeyError, TypeError):
            return None


class AlreadyOpen(Exception):
    """Another process holds the desk's lock; `holder` says who, when their note could be read."""

    def __init__(self, holder: LockHolder | None) -> None:
        super().__init__(holder)
        self.holder = holder


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


def _try_lock(stream: IO[bytes]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        stream.seek(LOCK_OFFSET)
        try:
            msvcrt.locking(stream.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(stream.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(stream: IO[bytes]) -> None:
    if sys.platform == "win32":
        import msvcrt

        stream.seek(LOCK_OFFSET)
        msvcrt.locking(stream.fileno(), msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
        return
    import fcntl

    fcntl.flock(stream.fileno(), fcntl.LOCK_UN)


class DeskLock:
    """An OS lock on `<database>.lock`, held while one Guichet has the desk open.

    The operating system drops it when the process ends, even when killed, so a crash never leaves the desk
    locked; the note inside (who, which machine, since when) is only read to tell the next person.
    """

    def __init__(self, database: Path) -> None:
        self.path = lock_path(database)
        self._stream: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._stream is not None

    def acquire(self) -> DeskLock:
        """Take the lock, or raise AlreadyOpen with the holder's note."""
        if self._stream is not None:
            return self
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o666)
        stream = os.fdopen(fd, "r+b", buffering=0)
        if not _try_lock(stream):
            stream.seek(0)
            note = stream.read(4096).split(b"\x00", 1)[0]
            stream.close()
            raise AlreadyOpen(LockHolder.from_json(note.decode("utf-8", errors="replace")))
        stream.seek(0)
        stream.write(LockHolder.me().to_json().encode("utf-8"))
        stream.truncate()
        self._stream = stream
        return self

    def release(self) -> None:
        stream, self._stream = self._stream, None
        if stream is None:
            return
        with contextlib.suppress(OSError):
            stream.seek(0)
            stream.truncate()  # no stale note for the next reader
            _unlock(stream)
        stream.close()

    def __enter__(self) -> DeskLock:
        return self.acquire()

    def __exit__(self, *_exc: object) -> None:
        self.release()
