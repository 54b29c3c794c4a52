"""The installation's self-test (`desk --self-test`) and what the installer's PyInstaller spec puts in the bundle."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from desk import selftest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "installer" / "guichet.spec"


def test_the_self_test_passes_from_the_source_tree(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DESK_HOME=str(tmp_path / "home"))
    done = subprocess.run(
        [sys.executable, "-m", "desk", "--self-test"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=selftest.TIMEOUT_SECONDS,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Guichet ") and lines[0].endswith("self-test (source)")
    for name, _step in selftest.STEPS:
        assert any(line.startswith(f"ok   {name} ") for line in lines), f"no line for step {name}:\n{done.stdout}"
    assert any(line.startswith("ok   receipt ") and "%PDF-" in line for line in lines)
    assert lines[-1].startswith(f"self-test passed: {len(selftest.STEPS)} steps")
    assert not (tmp_path / "home").exists()  # everything happened in the self-test's own temporary folder


def test_a_failing_step_is_named_and_gives_its_number(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Path] = []

    def fine(test: selftest.SelfTest) -> str:
        seen.append(test.folder)
        assert os.environ["DESK_HOME"] == str(test.folder)
        return "all good"

    def broken(test: selftest.SelfTest) -> str:
        raise selftest.StepFailed("the receipt is empty")

    def never(test: selftest.SelfTest) -> str:
        raise AssertionError("steps after a failure must not run")

    monkeypatch.setattr(selftest, "STEPS", (("fine", fine), ("broken", broken), ("never", never)))
    home = os.environ["DESK_HOME"]
    lines: list[str] = []
    assert selftest.run([], out=lines.append) == 2
    assert lines[1].startswith("ok   fine") and "all good" in lines[1]
    assert lines[2] == "FAIL broken: StepFailed: the receipt is empty"
    assert len(lines) == 3
    assert os.environ["DESK_HOME"] == home  # the environment is given back
    assert not seen[0].exists()  # and the temporary folder removed


class _Recorded:
    """Stands in for PyInstaller's Analysis, PYZ, EXE and COLLECT: keeps what the spec hands them."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args, self.kwargs = args, kwargs
        self.binaries: list[tuple[str, str, str]] = []
        self.datas: list[tuple[str, str, str]] = []
        self.pure: list[Any] = []
        self.scripts: list[Any] = []


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    namespace: dict[str, Any] = {
        "SPECPATH": str(SPEC.parent),
        **{name: _Recorded for name in ("Analysis", "PYZ", "EXE", "COLLECT")},
        "__file__": str(SPEC),
    }
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return namespace


def _destinations(spec: dict[str, Any]) -> set[str]:
    """Each data file as it lands in the bundle: folder/name, with forward slashes."""
    datas = spec["a"].kwargs["datas"]
    return {f"{Path(dest).as_posix()}/{Path(source).name}" for source, dest in datas}


def test_the_spec_bundles_every_migration(spec: dict[str, Any]) -> None:
    bundled = _destinations(spec)
    migrations = ROOT / "desk" / "models" / "migrations"
    expected = {"desk/models/migrations/env.py", "desk/models/migrations/script.py.mako"}
    expected |= {f"desk/models/migrations/versions/{p.name}" for p in (migrations / "versions").glob("*.py")}
    assert len(expected) > 10
    assert expected <= bundled


def test_the_spec_bundles_the_resources(spec: dict[str, Any]) -> None:
    bundled = _destinations(spec)
    for name in (
        "resources/fonts/DejaVuSans.ttf",
        "resources/fonts/DejaVuSans-Bold.ttf",
        "resources/translations/desk_fr.ts",  # read by desk.i18n (services, CLI, PDFs)
        "resources/translations/desk_fr.qm",  # read by Qt (widgets)
        "resources/reference/CM.toml",
        "resources/reference/currencies.toml",
        "resources/demo/CM.toml",
        "resources/icons/guichet.svg",
        "resources/icons/guichet.png",
    ):
        assert name in bundled, name
    for folder in ("fonts", "reference", "demo", "instruments", "icons"):
        for path in (ROOT / "resources" / folder).iterdir():
            assert f"resources/{folder}/{path.name}" in bundled


def test_the_spec_freezes_every_desk_module_and_keeps_the_qt_modules_in_use(spec: dict[str, Any]) -> None:
    hidden = set(spec["a"].kwargs["hiddenimports"])
    assert {"desk.selftest", "desk.ui.main_window", "desk.services.documents.receipt", "desk.cli"} <= hidden
    assert {"alembic.op", "sqlalchemy.dialects.postgresql.psycopg"} <= hidden
    assert not any("migrations" in name for name in hidden)  # those ship as files, read by Alembic
    excluded = set(spec["a"].kwargs["excludes"])
    assert "PySide6.QtWebEngineCore" in excluded and "pytest" in excluded
    for used in ("QtCore", "QtGui", "QtWidgets", "QtCharts", "QtPrintSupport", "QtSvg"):
        assert f"PySide6.{used}" not in excluded


@pytest.mark.parametrize(
    ("destination", "kept"),
    [
        ("PySide6/Qt/lib/libQt6Charts.so.6", True),
        ("PySide6/Qt/lib/libQt6PrintSupport.so.6", True),
        ("PySide6/Qt/lib/libQt6OpenGLWidgets.so.6", True),  # QtCharts links it
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6/Qt/translations/qtbase_fr.qm", True),
        ("babel/locale-data/fr_CM.dat", True),
        ("babel/locale-data/en_GB.dat", True),
        ("babel/locale-data/root.dat", True),
        ("resources/translations/desk_fr.qm", True),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6\\Qt6Qml.dll", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("babel/locale-data/de.dat", False),
    ],
)
def test_the_spec_drops_only_what_the_application_never_uses(
    spec: dict[str, Any], destination: str, kept: bool
) -> None:
    assert spec["keep"]((destination, "/somewhere", "BINARY")) is kept
