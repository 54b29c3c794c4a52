"""`desk --self-test`: proves that this installation works end to end, from a source checkout or the installed bundle.

Starts Qt offscreen, creates a database in a temporary folder and migrates it, fills it as a small demonstration
desk, registers a case, pays its pocket money with separated duties, prints the receipt and checks the PDF, then
opens the main window offscreen. One line per step; exit code 0, or the number of the step that failed.

The output is for developers, CI and support staff checking an installation, so it is English and not
translated on purpose (the receipt itself is printed in French, the desk's default language, which also proves
that the translations were shipped).

Nothing outside the temporary folder is touched: DESK_HOME points there while the test runs, so settings, logs and
backups stay out of the user's folders.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

TIMEOUT_SECONDS = 300  # a step that hangs (a modal dialog offscreen, a lock) fails instead of blocking CI
DEMO_RETURNEES = 20
MIN_PDF_BYTES = 5_000  # a receipt with its embedded Unicode font weighs tens of kilobytes


class StepFailed(Exception):
    """A check inside a step did not hold."""


@dataclass
class SelfTest:
    """The state carried from one step to the next."""

    folder: Path
    objects: dict[str, Any] = field(default_factory=dict)

    # -- steps ---------------------------------------------------------------------------------------
    def qt(self) -> str:
        import PySide6
        from PySide6.QtCore import QSize
        from PySide6.QtGui import QIcon
        from PySide6.QtWidgets import QApplication

        from desk.paths import RESOURCES

        app = QApplication.instance() or QApplication(sys.argv[:1])
        self.objects["app"] = app
        icon_path = RESOURCES / "icons" / "guichet.svg"
        if not icon_path.exists():
            raise StepFailed(f"missing {icon_path}")
        pixmap = QIcon(str(icon_path)).pixmap(QSize(64, 64))  # needs the SVG image plugin
        if pixmap.isNull():
            raise StepFailed("the application icon does not render (SVG plugin missing?)")
        # The home screens draw charts and can print them: both Qt add-ons must be there.
        from PySide6.QtCharts import QChart
        from PySide6.QtPrintSupport import QPrinter

        QChart()
        QPrinter()
        platform = QApplication.platformName()
        return f"PySide6 {PySide6.__version__}, platform {platform}, icon, charts and printing available"

    def translations(self) -> str:
        from PySide6.QtCore import QTranslator

        from desk.i18n import TRANSLATIONS, set_language, translate

        qm = TRANSLATIONS / "desk_fr.qm"
        translator = QTranslator()
        if not translator.load(str(qm)):
            raise StepFailed(f"cannot load {qm}")
        set_language("fr")
        if translate("Receipt", "Payment receipt") == "Payment receipt":
            raise StepFailed("the French catalogue (desk_fr.ts) gives no translation")
        return f"French loaded ({qm.name}, {qm.stat().st_size:,} bytes)"

    def database(self) -> str:
        from desk.models.migrate import head_revision
        from desk.paths import sqlite_url
        from desk.services.context import DeskContext

        path = self.folder / "data" / "selftest.sqlite"
        path.parent.mkdir(parents=True, exist_ok=True)
        context = DeskContext(sqlite_url(path))
        self.objects["context"] = context
        report = context.migrate(self.folder / "backups")
        if report.to_revision != head_revision():
            raise StepFailed(f"migrated to {report.to_revision}, head is {head_revision()}")
        return f"migrated to {report.to_revision}"

    def demo_desk(self) -> str:
        from desk.services.context import DeskContext

        context: DeskContext = self.objects["context"]
        context.desk.initialise("CM", is_demo=True)
        report = context.demo.generate(DEMO_RETURNEES, seed=1)
        if report.persons != DEMO_RETURNEES:
            raise StepFailed(f"{report.persons} returnees created instead of {DEMO_RETURNEES}")
        return f"{report.persons} returnees, {report.cases} cases, users {', '.join(report.users)}"

    def case(self) -> str:
        from desk.services.context import DeskContext
        from desk.services.demo_service import DEMO_PASSWORD
        from desk.services.intake_dto import ConsentInput, IdentityInput, IntakeInput, ReturnInput

        context: DeskContext = self.objects["context"]
        for role in ("agent", "manager", "finance"):
            self.objects[role] = context.for_actor(context.auth.authenticate(role, DEMO_PASSWORD))
        intake = IntakeInput(
            identity=IdentityInput(
                family_name="Essomba",
                given_names="Aïcha Éloïse",  # accents: the receipt's font must draw them
                sex="F",
                birth_date=date(1998, 3, 12),
                phone="699123456",
                town="Douala",
            ),
            return_info=ReturnInput(
                return_date=date.today() - timedelta(days=3), returned_from="LY", return_type="avr", route="air"
            ),
            consent=ConsentInput(processing=True, share_operators=True),
        )
        registered = self.objects["agent"].intake.register_intake(intake)
        self.objects["case"] = registered
        return f"{registered.case_number} registered for {registered.full_name}"

    def payment(self) -> str:
        from desk.services.ledger_dto import PaymentInput, RequestInput

        case_id = self.objects["case"].case_id
        request_id = self.objects["agent"].ledger.request(
            RequestInput(case_id, "pocket_money", 50_000, PaymentInput("cash"))
        )
        self.objects["manager"].ledger.approve(request_id)
        entry_id, receipt_no = self.objects["finance"].ledger.pay(request_id)
        self.objects["entry_id"] = entry_id
        return f"pocket money requested (agent), approved (manager), paid (finance): receipt no. {receipt_no}"

    def receipt(self) -> str:
        from desk.services.context import DeskContext
        from desk.services.documents.receipt import render_receipts

        context: DeskContext = self.objects["context"]
        receipts = self.objects["finance"].ledger_views.print_receipts([self.objects["entry_id"]])
        data = render_receipts(receipts, context.desk.info().name)
        path = self.folder / "receipt.pdf"
        path.write_bytes(data)
        if not data.startswith(b"%PDF-"):
            raise StepFailed(f"{path.name} does not start with %PDF-")
        if b"%%EOF" not in data[-1024:]:
            raise StepFailed(f"{path.name} has no end-of-file marker")
        if len(data) < MIN_PDF_BYTES:
            raise StepFailed(f"{path.name} is only {len(data)} bytes")
        return f"{len(receipts)} receipt, {len(data):,} bytes, starts with %PDF-"

    def window(self) -> str:
        from PySide6.QtCore import QThreadPool
        from PySide6.QtWidgets import QApplication

        from desk.ui.main_window import MainWindow

        manager = self.objects["manager"]
        window = MainWindow(self.objects["context"], manager.actor, "fr")
        window.show()
        app = QApplication.instance()
        assert app is not None
        for _ in range(3):  # let the home screen load its figures in the background and draw them
            app.processEvents()
            QThreadPool.globalInstance().waitForDone(30_000)
        app.processEvents()
        title = window.windowTitle()
        workspaces = window.nav_list.count()
        window.close()
        window.deleteLater()
        app.processEvents()
        if not workspaces:
            raise StepFailed("the main window lists no workspace")
        return f"main window “{title}” opened offscreen as manager, {workspaces} workspaces"

    def close(self) -> None:
        context = self.objects.pop("context", None)
        if context is not None:
            context.close()


STEPS: tuple[tuple[str, Callable[[SelfTest], str]], ...] = (
    ("qt", SelfTest.qt),
    ("translations", SelfTest.translations),
    ("database", SelfTest.database),
    ("demo desk", SelfTest.demo_desk),
    ("case", SelfTest.case),
    ("payment", SelfTest.payment),
    ("receipt", SelfTest.receipt),
    ("window", SelfTest.window),
)


@contextmanager
def _environment(folder: Path) -> Iterator[None]:
    """Offscreen Qt and a private DESK_HOME while the test runs; the previous values come back afterwards."""
    wanted = {"QT_QPA_PLATFORM": "offscreen", "DESK_HOME": str(folder)}
    saved = {key: os.environ.get(key) for key in (*wanted, "DESK_DATABASE_URL")}
    os.environ.update(wanted)
    os.environ.pop("DESK_DATABASE_URL", None)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


@dataclass
class _Current:
    """The step under way, for the watchdog."""

    name: str = "start"
    number: int = 0


def _say(line: str) -> None:
    # A windowed Windows executable has no console: sys.stdout is None and print() then does nothing.
    print(line, flush=True)


def run(argv: list[str] | None = None, out: Callable[[str], None] = _say) -> int:
    """Run every step; 0 when all passed, else the number (1-based) of the step that failed."""
    del argv  # no options yet; the signature matches the other entry points
    started = time.perf_counter()
    current = _Current()

    def timed_out() -> None:
        out(f"FAIL {current.name}: no answer after {TIMEOUT_SECONDS} s")
        os._exit(current.number or 1)

    watchdog = threading.Timer(TIMEOUT_SECONDS, timed_out)
    watchdog.daemon = True
    watchdog.start()
    from desk import __version__

    out(f"Guichet {__version__} self-test ({'bundle' if getattr(sys, 'frozen', False) else 'source'})")
    try:
        folder = tempfile.TemporaryDirectory(prefix="guichet-selftest-", ignore_cleanup_errors=True)
        with folder as tmp, _environment(Path(tmp)):
            test = SelfTest(Path(tmp))
            try:
                for number, (name, step) in enumerate(STEPS, start=1):
                    current.name, current.number = name, number
                    began = time.perf_counter()
                    try:
                        detail = step(test)
                    except Exception as exc:
                        out(f"FAIL {name}: {type(exc).__name__}: {exc}")
                        if sys.stderr is not None:
                            traceback.print_exc(file=sys.stderr)
                        return number
                    out(f"ok   {name:<13}{detail} ({time.perf_counter() - began:.2f} s)")
            finally:
                test.close()
    finally:
        watchdog.cancel()
    out(f"self-test passed: {len(STEPS)} steps in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(run(sys.argv[1:]))
