"""Build the Guichet bundle and, on Windows, its installer.

    python installer/build.py                 translations, then the PyInstaller bundle in dist/guichet/
    python installer/build.py --self-test     the same, then run the bundle's --self-test (what CI does)
    python installer/build.py icons           redraw resources/icons/guichet.png and .ico from guichet.svg

Run it with the project's virtual environment and the `build` extra installed: `make installer` (or
`python3 dev.py installer`) does both. On Windows, when Inno Setup 6 is installed, the bundle is then packed
into dist/guichet-setup-<version>.exe by installer/guichet.iss.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
ICONS = ROOT / "resources" / "icons"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "guichet"
WINDOWS = sys.platform == "win32"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
PNG_SIZE = 256


def _render_svg(size: int) -> bytes:
    """The SVG icon drawn at size x size, as PNG bytes (Qt's own renderer, already a dependency)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _render_svg.app = QGuiApplication(sys.argv[:1])  # type: ignore[attr-defined]
    renderer = QSvgRenderer(str(ICONS / "guichet.svg"))
    if not renderer.isValid():
        raise SystemExit("resources/icons/guichet.svg cannot be read")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG per size (the format Windows reads since Vista)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, payload = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an icon directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(payload))
        payload += png
    return header + entries + payload


def icons() -> None:
    """Redraw the PNG (Linux menus, the bundle) and the multi-size ICO (Windows) from the SVG."""
    (ICONS / "guichet.png").write_bytes(_render_svg(PNG_SIZE))
    (ICONS / "guichet.ico").write_bytes(ico_bytes({size: _render_svg(size) for size in ICO_SIZES}))
    print(f"icons written: {ICONS / 'guichet.png'}, {ICONS / 'guichet.ico'}")


def _folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def bundle() -> float:
    """Translations, then PyInstaller; returns the seconds it took."""
    try:
        import PyInstaller.__main__ as pyinstaller
    except ImportError:
        raise SystemExit("PyInstaller is not installed: run `make installer` (or pip install -e .[build])") from None
    started = time.perf_counter()
    subprocess.check_call([sys.executable, "-m", "desk.i18n_build"], cwd=ROOT)
    if not (ICONS / "guichet.png").exists() or not (ICONS / "guichet.ico").exists():
        icons()
    pyinstaller.run(
        [
            str(INSTALLER / "guichet.spec"),
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            f"--distpath={DIST}",
            f"--workpath={WORK}",
        ]
    )
    if not WINDOWS:
        # What a Linux installation copies into the menus (see installer/README.md).
        shutil.copy2(INSTALLER / "guichet.desktop", BUNDLE / "guichet.desktop")
        shutil.copy2(ICONS / "guichet.png", BUNDLE / "guichet.png")
        shutil.copy2(INSTALLER / "install-linux.sh", BUNDLE / "install-linux.sh")
    return time.perf_counter() - started


def executable() -> Path:
    # On Windows guichet.exe has no console: desk.exe is the one that prints.
    return BUNDLE / ("desk.exe" if WINDOWS else "guichet")


def self_test() -> int:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.call([str(executable()), "--self-test"], env=env)


def _version() -> str:
    import tomllib

    with (ROOT / "pyproject.toml").open("rb") as fh:
        return str(tomllib.load(fh)["project"]["version"])


def windows_installer() -> Path | None:
    """dist/guichet-setup-<version>.exe when Inno Setup's compiler is found, else None."""
    candidates = [
        shutil.which("iscc"),
        *(
            str(Path(os.environ[var]) / "Inno Setup 6" / "ISCC.exe")
            for var in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA")
            if os.environ.get(var)
        ),
    ]
    iscc = next((c for c in candidates if c and Path(c).exists()), None)
    if iscc is None:
        print("Inno Setup 6 not found: the bundle is in dist/guichet; install Inno Setup to make the installer.")
        return None
    version = _version()
    subprocess.check_call([iscc, "/Q", f"/DAppVersion={version}", str(INSTALLER / "guichet.iss")], cwd=INSTALLER)
    return DIST / f"guichet-setup-{version}.exe"


def main(argv: list[str]) -> int:
    if argv[:1] == ["icons"]:
        icons()
        return 0
    seconds = bundle()
    size = _folder_size(BUNDLE)
    print(f"bundle: {BUNDLE} ({size / 1_000_000:.0f} MB) built in {seconds:.0f} s")
    if "--self-test" in argv:
        code = self_test()
        if code:
            print(f"the bundle's self-test failed (exit code {code})", file=sys.stderr)
            return code
    if WINDOWS:
        setup = windows_installer()
        if setup is not None:
            print(f"installer: {setup} ({setup.stat().st_size / 1_000_000:.0f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
