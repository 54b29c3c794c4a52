"""The home screens' tiles: one big number, a short label under it, a line of detail; each is a button that leads
to the list or the workspace where the work is done (click, Space or Enter)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from desk.i18n import format_number

MIN_WIDTH, MIN_HEIGHT = 150, 92
# Tones: the colour of the number and of the tile's left edge. Dark and saturated enough for a washed-out screen.
NEUTRAL, ALERT, WARN, GOOD, QUIET = "#1f3b63", "#b00020", "#8a4b00", "#1e5b2f", "#5f6670"
TILE_STYLE = """
QPushButton#{name} {{ background: #ffffff; border: 1px solid #b9c3d0; border-left: 6px solid {tone};
    border-radius: 4px; text-align: left; padding: 0; }}
QPushButton#{name}:hover {{ background: #eef3fa; }}
QPushButton#{name}:focus {{ border: 2px solid #1f5fbf; border-left: 6px solid {tone}; background: #eef3fa; }}
QPushButton#{name}:pressed {{ background: #dde7f5; }}
"""


class TileButton(QPushButton):
    """A count (or a short value) with its label: "12 / Visits today / 3 late"."""

    def __init__(self, object_name: str, label: str, tooltip: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAutoDefault(True)  # Enter clicks it, as Space does
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)  # a row of tiles, one height
        policy.setHeightForWidth(True)  # a label wrapped on a narrow screen makes the tile taller, never cut
        self.setSizePolicy(policy)
        self.setMinimumWidth(MIN_WIDTH)
        self.setToolTip(tooltip)
        self.value_label = QLabel("–")
        self.value_label.setObjectName("tile_value")
        self.caption_label = QLabel(label)
        self.caption_label.setObjectName("tile_caption")
        self.caption_label.setWordWrap(True)
        self.caption_label.setStyleSheet("font-size: 10.5pt; font-weight: bold; color: #202020;")
        self.detail_label = QLabel()
        self.detail_label.setObjectName("tile_detail")
        self.detail_label.setStyleSheet("font-size: 9.5pt; color: #404040;")
        self.detail_label.setWordWrap(True)
        for child in (self.value_label, self.caption_label, self.detail_label):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        column = QVBoxLayout(self)
        column.setContentsMargins(14, 6, 10, 6)
        column.setSpacing(0)
        column.addWidget(self.value_label)
        column.addWidget(self.caption_label)
        column.addWidget(self.detail_label)
        column.addStretch()
        self.set_value("–")

    def set_value(self, value: int | str, tone: str = NEUTRAL, detail: str = "") -> None:
        """A count is written with the language's digit grouping; a text (a date, a size) as it is."""
        text = format_number(value) if isinstance(value, int) else value
        self.value_label.setText(text)
        size = "22pt" if len(text) <= 12 else "15pt"  # a date or an amount takes more room than a count
        self.value_label.setStyleSheet(f"font-size: {size}; font-weight: bold; color: {tone};")
        self.detail_label.setText(detail)
        self.detail_label.setVisible(bool(detail))
        self.setStyleSheet(TILE_STYLE.format(name=self.objectName(), tone=tone))
        # what a screen reader says, and what a test reads
        self.setAccessibleName(f"{text} {self.caption_label.text()} {detail}".strip())

    def value(self) -> str:
        return self.value_label.text()

    # A button sizes itself by its own text; this one has none: its labels' layout says how tall it must be.
    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(MIN_HEIGHT, self.layout().totalHeightForWidth(width))

    def sizeHint(self) -> QSize:
        width = max(MIN_WIDTH, self.layout().totalSizeHint().width())
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(MIN_WIDTH, MIN_HEIGHT)


def tile_row(*tiles: TileButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(10)
    for tile in tiles:
        row.addWidget(tile, 1)
    return row


def count_tone(count: int, tone: str = NEUTRAL) -> str:
    """Nothing waiting reads quiet; something waiting takes the tile's tone."""
    return tone if count else QUIET
