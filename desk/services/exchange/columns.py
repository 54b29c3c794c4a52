"""What an import expects of each column: its type, whether it is required, how its header may be written.

Every import kind (returnees, operators, attendance, statements) declares a tuple of ``ColumnSpec``; the
reader maps the file's columns to them (by header text in French or English, accents, case, punctuation
and spaces ignored, or by HXL hashtag) and converts every cell to the declared type.

Headers and descriptions come in pairs (French, English) rather than through ``translate()``: the
template's instructions sheet shows both languages side by side, whatever the user's language.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from desk.i18n import current_language


class Kind(StrEnum):
    TEXT = "text"
    INT = "int"
    NUMBER = "number"  # a Decimal (amounts: never float); `decimals` limits the digits after the mark
    DATE = "date"
    BOOL = "bool"
    CODE = "code"  # one of `codes` (the code itself, its label or an alias, accents and case ignored)
    CODES = "codes"  # several of `codes` in one cell, separated by ";" "," or "/" (a tuple of codes)
    PHONE = "phone"
    ID_NUMBER = "id_number"  # text, even when Excel stored it as a number


@dataclass(frozen=True)
class ColumnSpec:
    """One column an import understands.

    ``header_fr``/``header_en`` are the headers the templates write and the labels messages use;
    ``headers`` adds other ways donors write it (both are recognised). ``hxl`` lists HXL hashtags
    (``#affected+name``); a file's tag matches when it has the same tag and at least these attributes.
    """

    key: str
    kind: Kind = Kind.TEXT
    header_fr: str = ""
    header_en: str = ""
    required: bool = False
    headers: tuple[str, ...] = ()
    hxl: tuple[str, ...] = ()
    codes: Mapping[str, str] = field(default_factory=dict, hash=False)  # CODE: code -> label
    code_aliases: Mapping[str, str] = field(default_factory=dict, hash=False)  # CODE: other spelling -> code
    max_length: int | None = None  # TEXT, ID_NUMBER, CODE: longest text accepted
    digits: int | None = None  # ID_NUMBER: every number has exactly this many digits (leading zeros matter)
    decimals: int | None = None  # NUMBER: at most this many digits after the decimal mark (0 for XAF)
    min_value: int | None = None  # INT, NUMBER
    max_value: int | None = None  # INT, NUMBER
    past_only: bool = False  # DATE: refuse dates after today (dates of birth); two-digit years pivot to the past
    description_fr: str = ""  # for the template's instructions sheet
    description_en: str = ""
    example: str = ""

    def __post_init__(self) -> None:
        if not self.key:
            raise ValueError("a column needs a key")
        if self.kind in (Kind.CODE, Kind.CODES) and not self.codes:
            raise ValueError(f"code column {self.key!r} needs its codes")
        for tag in self.hxl:
            if parse_hxl(tag) is None:
                raise ValueError(f"not an HXL hashtag: {tag!r}")

    @property
    def label(self) -> str:
        """The column's name in the user's language (messages, mapping screen)."""
        if current_language() == "fr":
            return self.header_fr or self.header_en or self.key
        return self.header_en or self.header_fr or self.key

    def header(self, language: str) -> str:
        """The header a template in `language` ("fr" or "en") writes."""
        if language == "fr":
            return self.header_fr or self.header_en or self.key
        return self.header_en or self.header_fr or self.key

    def header_keys(self) -> frozenset[str]:
        """Every normalised header this column is recognised by."""
        texts = (self.header_fr, self.header_en, *self.headers)
        return frozenset(k for text in texts if text for k in header_keys(text))


# --- headers ---------------------------------------------------------------------------------------

_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss", "’": "'"})
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")
_BRACKETED = re.compile(r"\([^)]*\)|\[[^\]]*\]")


def normalise_header(text: str) -> str:
    """A header as compared: 'Date de naissance', 'DATE_DE_NAISSANCE' and 'date de naissance :' -> 'datedenaissance'.

    Accents, case, punctuation and spaces are ignored; ligatures are spelt out (œ -> oe).
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return _NOT_ALNUM.sub("", bare)


def header_keys(text: str) -> tuple[str, ...]:
    """The normalised forms a header is looked up by: whole, then without its bracketed part.

    'Date de naissance (jj/mm/aaaa)' is found as 'datedenaissancejjmmaaaa' or as 'datedenaissance'.
    """
    whole = normalise_header(text)
    bare = normalise_header(_BRACKETED.sub(" ", text))
    keys = tuple(k for k in dict.fromkeys((whole, bare)) if k)
    return keys


# --- HXL -------------------------------------------------------------------------------------------

_HXL = re.compile(r"^\s*#\s*([a-z][a-z0-9_]*)((?:\s*\+\s*[a-z][a-z0-9_]*)*)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class HxlTag:
    """'#affected +name +f' -> tag 'affected', attributes {'name', 'f'}."""

    tag: str
    attributes: frozenset[str]

    def __str__(self) -> str:
        return "#" + self.tag + "".join("+" + a for a in sorted(self.attributes))


def parse_hxl(text: str) -> HxlTag | None:
    """The hashtag in a cell, or None when the cell is not one (attribute order and case ignored)."""
    match = _HXL.match(text)
    if match is None:
        return None
    attributes = frozenset(a.strip().lower() for a in match.group(2).split("+") if a.strip())
    return HxlTag(match.group(1).lower(), attributes)


def hxl_matches(pattern: HxlTag, column: HxlTag) -> bool:
    """HXL's rule: same hashtag, and the column has at least the pattern's attributes."""
    return pattern.tag == column.tag and pattern.attributes <= column.attributes


# --- column letters --------------------------------------------------------------------------------


def column_letter(index: int) -> str:
    """0 -> 'A', 25 -> 'Z', 26 -> 'AA' (the letters Excel shows above a column)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def column_index(letters: str) -> int:
    """'A' -> 0, 'AA' -> 26."""
    index = 0
    for ch in letters.upper():
        index = index * 26 + ord(ch) - 64
    return index - 1
