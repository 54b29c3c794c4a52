#!/usr/bin/env python3
"""Set up and run Guichet from a bare checkout, with nothing but Python 3.11+ and pip.

    python3 dev.py run      create .venv, install, build translations, open the application
    python3 dev.py test     create .venv, install with test extras, build translations, run the whole suite
    python3 dev.py setup    only the installation steps
    python3 dev.py installer   install the build tools, build the bundle in dist/guichet and run its --self-test

Extra arguments after `run` go to the application, after `test` to pytest.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")


def _stamp_path() -> Path:
    return VENV / ".desk-installed"


def _wanted_stamp(extras: str) -> str:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    return f"{digest}:{extras}"


def setup(with_tests: bool, build: bool = False) -> None:
    if sys.version_info < (3, 11):
        sys.exit("Guichet needs Python 3.11 or newer (this is %s)." % sys.version.split()[0])
    if not PY.exists():
        print("Creating the virtual environment in .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = {name for name, needed in (("test", with_tests), ("build", build)) if needed}
    stamp = _stamp_path()
    current = stamp.read_text() if stamp.exists() else ""
    installed = current.partition(":")[2]
    have = set(filter(None, installed.split(",")))
    # Reinstall when pyproject changed, or when extras are needed that were not installed (keeping those that were).
    if current != _wanted_stamp(installed) or not wanted <= have:
        extras = ",".join(sorted(wanted | have))
        print("Installing Guichet and its dependencies …", flush=True)
        subprocess.check_call([str(PY), "-m", "pip", "install", "--quiet", "--upgrade", "pip"])
        target = f".[{extras}]" if extras else "."
        subprocess.check_call([str(PY), "-m", "pip", "install", "--quiet", "-e", target], cwd=ROOT)
        stamp.write_text(_wanted_stamp(extras))
    subprocess.check_call([str(PY), "-m", "desk.i18n_build"], cwd=ROOT)


def main(argv: list[str]) -> int:
    verb = argv[0] if argv else "run"
    rest = argv[1:]
    if verb == "setup":
        setup(with_tests=True)
        return 0
    if verb == "run":
        setup(with_tests=False)
        return subprocess.call([str(PY), "-m", "desk", *rest], cwd=ROOT)
    if verb == "test":
        setup(with_tests=True)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        return subprocess.call([str(PY), "-m", "pytest", *rest], cwd=ROOT, env=env)
    if verb == "installer":
        setup(with_tests=False, build=True)
        return subprocess.call([str(PY), str(ROOT / "installer" / "build.py"), "--self-test", *rest], cwd=ROOT)
    sys.exit(f"unknown verb {verb!r}: use run, test, setup or installer")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
