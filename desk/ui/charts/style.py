"""How every chart of the desk looks: a fixed colour-blind-safe palette, readable fonts, round axis steps.

The palette is Okabe and Ito's ("Color Universal Design"), darkest first: the first series of a chart, often the
only one, is the deep blue that stays readable on a washed-out office screen and in black-and-white print. The
yellow, pale on white, comes last.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication

PALETTE = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#D55E00",  # vermillion
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#000000",  # black
    "#F0E442",  # yellow
)
INK = QColor("#202020")
MUTED = QColor("#505050")
GRID = QColor("#DADADA")
AXIS_LINE = QColor("#9A9A9A")
BACKGROUND = QColor("#FFFFFF")

TITLE_POINTS = 13.0
LABEL_POINTS = 10.0
VALUE_POINTS = 9.5
EMPTY_POINTS = 12.0
WRAP_AT = 26  # characters of a category label per line before it wraps (horizontal bars)
MAX_LINES = 2  # lines of a category label; the rest is cut with an ellipsis


def colour(index: int) -> QColor:
    return QColor(PALETTE[index % len(PALETTE)])


def font(points: float, bold: bool = False) -> QFont:
    """The application's font (Segoe UI, Cantarell…) at a size a tired eye reads without leaning in."""
    app = QApplication.instance()
    base = QFont(app.font()) if isinstance(app, QApplication) else QFont()
    base.setPointSizeF(points)
    base.setBold(bold)
    return base


def nice_scale(maximum: float, ticks: int = 6, integers: bool = True) -> tuple[float, float]:
    """(top, step) of a value axis from 0 that holds `maximum`: steps of 1, 2 or 5 × 10ⁿ, at most `ticks` lines.

    Counts of persons never get a step of 0.5 (an axis reading 0, 0, 1, 1, 2 looks broken)."""
    if not math.isfinite(maximum) or maximum <= 0:
        return 1.0, 1.0
    raw = maximum / max(ticks - 1, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    if integers:
        step = max(1.0, float(math.ceil(step)))
    top = math.ceil(maximum / step - 1e-9) * step
    return round(float(top), 9), round(float(step), 9)


def number_text(value: float, locale: QLocale | None = None) -> str:
    """A value as the current language writes it: 15 619 in French, 15,619 in English; decimals only if any."""
    locale = locale or QLocale()
    if float(value).is_integer():
        return locale.toString(int(value))
    # a score or a rate, not a count: about three significant digits, no trailing zeros (2,45 · 12,5 · 150)
    decimals = 0 if abs(value) >= 100 else 1 if abs(value) >= 10 else 2
    text = locale.toString(float(value), "f", decimals)
    point = locale.decimalPoint()
    return text.rstrip("0").rstrip(point) if point in text else text


def month_text(value: date | str, locale: QLocale | None = None) -> str:
    """A month as a short axis label ("janv. 2026", "Jan 2026"); a text is shown as it is."""
    if isinstance(value, str):
        return value
    return (locale or QLocale()).toString(QDate(value.year, value.month, 1), "MMM yyyy")


def month_step(count: int) -> int:
    """Every how many months a label is written so that they never need cutting: 1 up to a year, then 2, 3, 6."""
    return next((step for limit, step in ((12, 1), (24, 2), (36, 3)) if count <= limit), 6)


def month_axis_labels(months: Sequence[date | str], locale: QLocale | None = None) -> list[str]:
    """Two-line axis labels: the month, and under it the year at the first month and at each January. Over more
    than a year only every 2nd, 3rd or 6th month (counted from January) is named; the others stay blank."""
    locale = locale or QLocale()
    step = month_step(len(months))
    labels = []
    for index, month in enumerate(months):
        if isinstance(month, str):
            labels.append(html.escape(month, quote=False))
            continue
        if (month.month - 1) % step and index:
            labels.append("")
            continue
        text = html.escape(locale.toString(QDate(month.year, month.month, 1), "MMM"), quote=False)
        if index == 0 or month.month == 1:
            text += f"<br>{month.year}"
        labels.append(text)
    return labels


def wrapped_label(text: str, width: int = WRAP_AT, lines: int = MAX_LINES) -> str:
    """A category label for an axis, which reads rich text: escaped, cut into lines at spaces (<br>)."""
    words, rows, current = text.split(), [], ""
    for word in words:
        if current and len(current) + 1 + len(word) > width:
            rows.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    rows.append(current)
    if len(rows) > lines:
        rows = rows[:lines]
        rows[-1] = rows[-1][: width - 1].rstrip() + "…"
    return "<br>".join(html.escape(row, quote=False) for row in rows)


def unique_labels(labels: Sequence[str]) -> list[str]:
    """Qt's category axis refuses two equal labels: later duplicates get invisible zero-width spaces."""
    seen: set[str] = set()
    result = []
    for label in labels:
        while label in seen:
            label += "\u200b"
        seen.add(label)
        result.append(label)
    return result
