"""Finding the header row of a sheet and which of its columns holds which expected column.

Donor workbooks rarely start with their header on row 1: a title, a date and a blank line come first;
a header cell merged over two rows shows as a blank in one of them; an HXL hashtag row
(``#affected+name``) may sit under the header or replace it. The header is the row among the first
20 that names the most expected columns; columns are matched by their header (French or English,
accents, case, punctuation and spaces ignored) or by their hashtag.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from desk.i18n import translate
from desk.services.exchange.cell_base import cell_text, clean_text, column_reference, quoted
from desk.services.exchange.columns import (
    ColumnSpec,
    HxlTag,
    column_letter,
    header_keys,
    hxl_matches,
    normalise_header,
    parse_hxl,
)
from desk.services.exchange.safety import ImportRefused, Refusal

HEADER_SEARCH_ROWS = 20

# An explicit mapping (a donor profile): spec key -> 0-based column index (A = 0), header text or
# HXL hashtag as written in the file, or None for "this file has no such column".
ExplicitMapping = Mapping[str, "int | str | None"]


@dataclass(frozen=True)
class SourceColumn:
    """A column of the sheet: its position, its header as written and its HXL hashtag (or "")."""

    index: int  # 0-based, A = 0
    header: str
    hxl: str = ""

    @property
    def letter(self) -> str:
        return column_letter(self.index)

    @property
    def title(self) -> str:
        """What messages call it: its header, else its hashtag, else "column C"."""
        if self.header:
            return self.header
        if self.hxl:
            return self.hxl
        return translate("Import", "column {letter}").format(letter=self.letter)


@dataclass(frozen=True)
class HeaderRow:
    row: int  # 1-based: the text header's row, or the hashtag row when there is no text header
    hxl_row: int | None  # 1-based row of HXL hashtags, when there is one
    columns: tuple[SourceColumn, ...]  # every column of the table, left to right

    @property
    def first_data_row(self) -> int:
        return max(self.row, self.hxl_row or 0) + 1

    def column(self, index: int) -> SourceColumn | None:
        for column in self.columns:
            if column.index == index:
                return column
        return None


@dataclass(frozen=True)
class ColumnMapping:
    """Which column of the file holds each expected column, and what could not be matched."""

    columns: dict[str, int]  # spec key -> 0-based column index
    missing: tuple[str, ...]  # keys of required columns found nowhere
    unmapped: tuple[int, ...]  # file columns that no expected column uses (ignored)
    problems: tuple[str, ...] = field(default=())  # duplicated or ambiguous headers, translated
    duplicated: tuple[str, ...] = field(default=())  # headers found in several columns that were needed


def _text(value: object) -> str:
    return clean_text(value) if isinstance(value, str) else cell_text(value).strip()


def is_hxl_row(values: Sequence[object]) -> bool:
    """At least one hashtag, and hashtags in at least half of the non-blank cells."""
    texts = [_text(v) for v in values]
    filled = [t for t in texts if t]
    tags = sum(1 for t in filled if parse_hxl(t) is not None)
    return tags > 0 and tags * 2 >= len(filled)


def fill_merged(
    grid: list[list[object]], merged: Sequence[tuple[tuple[int, int], tuple[int, int]]], offset: int
) -> None:
    """Give a header cell merged over several rows its text in each of them (first column only).

    `grid` holds the first rows (absolute row numbers, columns from `offset`). The other columns of a
    horizontal merge stay blank: they are part of the same header and have none of their own.
    """
    for (r1, c1), (r2, _c2) in merged:
        if r1 >= len(grid) or r2 == r1:
            continue
        col = c1 - offset
        if col < 0 or col >= len(grid[r1]):
            continue
        value = grid[r1][col]
        for r in range(r1 + 1, min(r2, len(grid) - 1) + 1):
            if col < len(grid[r]) and (grid[r][col] == "" or grid[r][col] is None):
                grid[r][col] = value


def _spec_tags(spec: ColumnSpec) -> tuple[HxlTag, ...]:
    return tuple(tag for tag in (parse_hxl(t) for t in spec.hxl) if tag is not None)


def _matches(specs: Sequence[ColumnSpec], headers: Sequence[str], tags: Sequence[HxlTag | None]) -> set[str]:
    """The keys of the specs that some column names, by header or by hashtag."""
    found: set[str] = set()
    column_keys = [set(header_keys(h)) if h else set() for h in headers]
    for spec in specs:
        keys = spec.header_keys()
        spec_tags = _spec_tags(spec)
        for column, tag in zip(column_keys, tags, strict=True):
            if column and not keys.isdisjoint(column):
                found.add(spec.key)
                break
            if tag is not None and any(hxl_matches(p, tag) for p in spec_tags):
                found.add(spec.key)
                break
    return found


def find_header(
    top: Sequence[Sequence[object]],
    specs: Sequence[ColumnSpec],
    *,
    offset: int = 0,
    explicit: ExplicitMapping | None = None,
    header_row: int | None = None,
    sheet: str = "",
) -> HeaderRow:
    """The header among the first rows `top` (row 0 is the sheet's row 1; columns start at `offset`).

    `header_row` (1-based) forces it (a saved profile); otherwise the row naming the most expected
    columns wins, the earliest on a tie. Raises ImportRefused when no row names any.
    """
    rows = [[_text(v) for v in values] for values in top[:HEADER_SEARCH_ROWS]]
    hxl_rows = [is_hxl_row(r) for r in rows]
    wanted = {normalise_header(v) for v in (explicit or {}).values() if isinstance(v, str) and not v.startswith("#")}
    if header_row is not None:
        if not 1 <= header_row <= len(rows):
            raise ImportRefused(
                Refusal.NO_HEADER,
                translate("Import", "The sheet “{sheet}” has no row {row} to read the headers from.").format(
                    sheet=sheet, row=header_row
                ),
            )
        return _header_at(rows, hxl_rows, header_row - 1, offset)
    best, best_score = -1, 0
    for index, texts in enumerate(rows):
        if hxl_rows[index]:
            headers = [""] * len(texts)
            tags = [parse_hxl(t) for t in texts]
        else:
            headers = texts
            below = rows[index + 1] if index + 1 < len(rows) and hxl_rows[index + 1] else None
            tags = [parse_hxl(t) for t in below] if below else [None] * len(texts)
            tags += [None] * (len(headers) - len(tags))
        score = len(_matches(specs, headers, tags[: len(headers)]))
        score += sum(1 for h in headers if h and normalise_header(h) in wanted)
        if score > best_score:
            best, best_score = index, score
    if best < 0:
        examples = ", ".join(quoted(s.label) for s in specs if s.required) or ", ".join(quoted(s.label) for s in specs)
        raise ImportRefused(
            Refusal.NO_HEADER,
            translate(
                "Import",
                "No header row found in the first {rows} rows of the sheet “{sheet}”. The row above the data must "
                "name its columns, e.g. {examples}. Check that you chose the right sheet, or use the template.",
            ).format(rows=HEADER_SEARCH_ROWS, sheet=sheet, examples=examples),
        )
    return _header_at(rows, hxl_rows, best, offset)


def _header_at(rows: list[list[str]], hxl_rows: list[bool], index: int, offset: int) -> HeaderRow:
    texts = rows[index]
    if hxl_rows[index]:
        columns = tuple(SourceColumn(offset + j, "", t if parse_hxl(t) else "") for j, t in enumerate(texts))
        return HeaderRow(index + 1, index + 1, columns)
    if index + 1 < len(rows) and hxl_rows[index + 1]:
        below = rows[index + 1] + [""] * max(0, len(texts) - len(rows[index + 1]))
        columns = tuple(
            SourceColumn(offset + j, t, below[j] if parse_hxl(below[j]) else "") for j, t in enumerate(texts)
        )
        return HeaderRow(index + 1, index + 2, columns)
    return HeaderRow(index + 1, None, tuple(SourceColumn(offset + j, t) for j, t in enumerate(texts)))


# --- mapping -----------------------------------------------------------------------------------------


def _listing(columns: Sequence[SourceColumn]) -> str:
    return ", ".join(column_reference(c.letter, c.title) for c in columns)


def guess_mapping(
    header: HeaderRow, specs: Sequence[ColumnSpec], explicit: ExplicitMapping | None = None
) -> ColumnMapping:
    """Which column holds each spec: the explicit choices first, then hashtags, then headers.

    A hashtag equal to one of the spec's wins over a header; a header over a hashtag that only has the
    spec's attributes among others. Two columns with the same header that an expected column would use
    are a problem (which one holds the data?), as are two columns that both look like the same one.
    """
    by_key = {spec.key: spec for spec in specs}
    chosen: dict[str, int] = {}
    problems: list[str] = []
    for key, target in (explicit or {}).items():
        if key not in by_key:
            raise ValueError(f"unknown column key {key!r}")
        if target is None:
            continue
        index = _explicit_column(header, by_key[key], target)
        other = next((k for k, i in chosen.items() if i == index), None)
        if other is not None:
            raise ImportRefused(
                Refusal.BAD_MAPPING,
                translate(
                    "Import",
                    "The mapping gives column {letter} to both “{first}” and “{second}”. Choose one column for each, "
                    "then import the file again.",
                ).format(letter=column_letter(index), first=by_key[other].label, second=by_key[key].label),
            )
        chosen[key] = index
    taken = set(chosen.values())
    explicit_keys = set(explicit or {})
    parsed = {c.index: parse_hxl(c.hxl) if c.hxl else None for c in header.columns}
    duplicated: list[str] = []
    for spec in specs:
        if spec.key in explicit_keys:
            continue
        free = [c for c in header.columns if c.index not in taken]
        keys = spec.header_keys()
        tags = _spec_tags(spec)
        exact = [c for c in free if any(_same(t, parsed[c.index]) for t in tags)]
        by_text = [c for c in free if c.header and keys.intersection(header_keys(c.header))]
        loose = [c for c in free if any(_within(t, parsed[c.index]) for t in tags)]
        candidates = exact or by_text or loose
        if not candidates:
            continue
        if len(candidates) > 1:
            same = {normalise_header(c.header) for c in candidates}
            if candidates is by_text and len(same) == 1:
                if candidates[0].header not in duplicated:
                    duplicated.append(candidates[0].header)
                    problems.append(
                        translate(
                            "Import",
                            "The header “{header}” appears in several columns: {columns}. Rename them so that each "
                            "header appears once (or choose the right column in the mapping), then import again.",
                        ).format(header=candidates[0].header, columns=", ".join(c.letter for c in candidates))
                    )
            else:
                problems.append(
                    translate(
                        "Import",
                        "Several columns look like “{label}”: {columns}. Choose the right one in the mapping "
                        "(or rename the others), then import again.",
                    ).format(label=spec.label, columns=_listing(candidates))
                )
            continue
        chosen[spec.key] = candidates[0].index
        taken.add(candidates[0].index)
    missing = tuple(s.key for s in specs if s.required and s.key not in chosen)
    used = set(chosen.values())
    unmapped = tuple(c.index for c in header.columns if c.index not in used)
    return ColumnMapping(chosen, missing, unmapped, tuple(problems), tuple(duplicated))


def _same(a: HxlTag, b: HxlTag | None) -> bool:
    return b is not None and a.tag == b.tag and a.attributes == b.attributes


def _within(pattern: HxlTag, column: HxlTag | None) -> bool:
    return column is not None and hxl_matches(pattern, column)


def _explicit_column(header: HeaderRow, spec: ColumnSpec, target: int | str) -> int:
    if isinstance(target, int):
        if header.column(target) is None:
            raise ImportRefused(
                Refusal.BAD_MAPPING,
                translate(
                    "Import",
                    "The mapping puts “{label}” in column {letter}, but the sheet's table has no such column. "
                    "Check the mapping, then import the file again.",
                ).format(label=spec.label, letter=column_letter(target)),
            )
        return target
    if target.strip().startswith("#"):
        wanted_tag = parse_hxl(target)
        found = [c for c in header.columns if wanted_tag is not None and c.hxl and _same(wanted_tag, parse_hxl(c.hxl))]
    else:
        name = normalise_header(target)
        found = [c for c in header.columns if c.header and normalise_header(c.header) == name]
    if len(found) == 1:
        return found[0].index
    if len(found) > 1:
        raise ImportRefused(
            Refusal.DUPLICATED_HEADERS,
            translate(
                "Import",
                "The header “{header}” appears in several columns: {columns}. Rename them so that each "
                "header appears once (or choose the right column in the mapping), then import again.",
            ).format(header=target, columns=", ".join(c.letter for c in found)),
        )
    raise ImportRefused(
        Refusal.BAD_MAPPING,
        translate(
            "Import",
            "The mapping looks for the column “{header}” (for “{label}”), but the sheet has no such column. "
            "Check the mapping, then import the file again.",
        ).format(header=target, label=spec.label),
    )


def refuse_mapping(mapping: ColumnMapping, specs: Sequence[ColumnSpec], sheet: str) -> None:
    """Raise ImportRefused when the mapping cannot be used: duplicated headers, missing required columns."""
    if mapping.problems:
        reason = Refusal.DUPLICATED_HEADERS if mapping.duplicated else Refusal.AMBIGUOUS_COLUMNS
        raise ImportRefused(reason, " ".join(mapping.problems))
    if mapping.missing:
        by_key = {s.key: s for s in specs}
        names = ", ".join(quoted(by_key[k].label) for k in mapping.missing)
        raise ImportRefused(
            Refusal.MISSING_COLUMNS,
            translate(
                "Import",
                "The sheet “{sheet}” has no column for: {columns}. Add the missing columns (the template has them) "
                "or choose them in the mapping, then import the file again.",
            ).format(sheet=sheet, columns=names),
        )
