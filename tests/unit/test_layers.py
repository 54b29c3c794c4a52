"""The architecture contract: ui -> services -> models, checked on every run."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "desk"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _violations(folder: str, forbidden: tuple[str, ...]) -> list[str]:
    found = []
    for path in (PACKAGE / folder).rglob("*.py"):
        for name in _imports(path):
            if any(name == f or name.startswith(f + ".") for f in forbidden):
                found.append(f"{path.relative_to(PACKAGE.parent)} imports {name}")
    return found


def test_ui_never_imports_the_database_layer():
    assert _violations("ui", ("sqlalchemy", "alembic", "desk.models", "psycopg")) == []


def test_services_and_models_are_qt_free():
    forbidden = ("PySide6", "desk.ui")
    assert _violations("services", forbidden) == []
    assert _violations("models", forbidden + ("desk.services",)) == []


def test_import_linter_contracts_hold():
    """import-linter also follows indirect imports for the layers contract (see pyproject.toml)."""
    script = Path(sys.executable).parent / "lint-imports"
    done = subprocess.run([str(script), "--no-cache"], capture_output=True, text=True, cwd=PACKAGE.parent)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "3 kept, 0 broken" in done.stdout


def test_models_and_services_type_check_strictly():
    """CONVENTIONS: mypy strict on models and services (configured in pyproject.toml)."""
    done = subprocess.run([sys.executable, "-m", "mypy"], capture_output=True, text=True, cwd=PACKAGE.parent)
    assert done.returncode == 0, done.stdout[-3000:]
