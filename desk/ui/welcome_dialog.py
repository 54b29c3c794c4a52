"""First run on this computer: set up the desk's own database, or explore a separate demonstration desk."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout

SETUP, DEMO = "desk", "demo"


class WelcomeDialog(QDialog):
    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.choice = ""
        self.setWindowTitle(self.tr("Welcome to Guichet"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "<h2>Welcome to Guichet</h2><p>This computer has no desk database yet.</p>"
                "<p><b>Set up my desk</b> creates the desk's own database and its first administrator.</p>"
                "<p><b>Explore the demonstration desk</b> opens a separate database filled with invented returnees, "
                "to learn and train. It is never mixed with the desk's real data.</p>"
            )
        )
        intro.setWordWrap(True)
        self.setup_button = QPushButton(self.tr("&Set up my desk"))
        self.setup_button.setObjectName("setup_button")
        self.demo_button = QPushButton(self.tr("&Explore the demonstration desk"))
        self.demo_button.setObjectName("demo_button")
        self.quit_button = QPushButton(self.tr("&Quit"))
        self.setup_button.clicked.connect(lambda: self._choose(SETUP))
        self.demo_button.clicked.connect(lambda: self._choose(DEMO))
        self.quit_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for button in (self.setup_button, self.demo_button, self.quit_button):
            button.setMinimumHeight(36)
            layout.addWidget(button)
        self.setup_button.setDefault(True)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()
