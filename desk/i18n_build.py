"""Build the Qt Linguist files: `python -m desk.i18n_build [--update]`.

--update extracts the strings of the code into resources/translations/*.ts (pyside6-lupdate);
then every .ts that is newer than its .qm is compiled (pyside6-lrelease).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from desk.i18n import LANGUAGES, TRANSLATIONS, ts_file

PACKAGE = Path(__file__).resolve().parent
TRANSLATED = [lang for lang in LANGUAGES if lang != "en"]  # English is the source language


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e .)")
    return found


def sources() -> list[str]:
    return sorted(str(p) for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts)


def update() -> None:
    for lang in TRANSLATED:
        subprocess.check_call(
            [_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *sources(), "-ts", str(ts_file(lang))],
            stdout=subprocess.DEVNULL,
        )


def qm_file(lang: str) -> Path:
    return TRANSLATIONS / f"desk_{lang}.qm"


def release(force: bool = False) -> None:
    for lang in TRANSLATED:
        ts, qm = ts_file(lang), qm_file(lang)
        if force or not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.check_call([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)])


def main(argv: list[str]) -> int:
    if "--update" in argv:
        update()
    release(force="--force" in argv)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
