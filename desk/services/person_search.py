"""Finding persons fast: a trigram index (FTS5 on SQLite, pg_trgm on PostgreSQL) over an accent-folded text.

Exact search asks the index for every typed fragment. When that finds little, a fuzzy search asks the
index for rows sharing the most trigrams with the query, then ranks them with rapidfuzz: this is how a
misspelt name ("Mbala" for "Mballa") still finds its person.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz
from sqlalchemy import ColumnElement, Integer, Select, and_, column, table, text
from sqlalchemy.orm import Session

from desk.models.returnee import Case, Person
from desk.services.validation import fold

MIN_TRIGRAM = 3
CASE_NUMBER = re.compile(r"^[a-z]{2}-\d{4}-\d{1,6}$")
FUZZY_CANDIDATES = 150


def search_text(*parts: str | None) -> str:
    """What the index holds for a person: names, phone digits, document number and case numbers, folded."""
    words = []
    for part in parts:
        if not part:
            continue
        words.append(part.lstrip("+") if part.startswith("+") and part[1:].isdigit() else part)
    return fold(" ".join(words))


@dataclass(frozen=True)
class Query:
    tokens: tuple[str, ...]

    @property
    def indexable(self) -> tuple[str, ...]:
        return tuple(t for t in self.tokens if len(t) >= MIN_TRIGRAM)

    @property
    def short(self) -> tuple[str, ...]:
        return tuple(t for t in self.tokens if len(t) < MIN_TRIGRAM)

    @property
    def is_case_number(self) -> bool:
        return len(self.tokens) == 1 and bool(CASE_NUMBER.match(self.tokens[0]))

    @property
    def may_be_misspelt_name(self) -> bool:
        """Fuzzy matching is for names: not for case numbers, phone or document numbers."""
        return not self.is_case_number and any(sum(ch.isalpha() for ch in t) >= 4 for t in self.tokens)


def parse_query(raw: str) -> Query:
    """Folded tokens; a number typed with spaces ('699 12 34 56') is one token."""
    folded = fold(raw).strip()
    if re.fullmatch(r"[\d\s.+-]+", folded) and sum(ch.isdigit() for ch in folded) >= 6:
        return Query((re.sub(r"\D", "", folded),))
    return Query(tuple(t for t in re.split(r"[\s,;]+", folded) if t))


def _fts_phrase(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def _like_pattern(token: str) -> str:
    return "%" + token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


PERSONS_FTS = table("persons_fts", column("rowid", Integer))


def restrict(session: Session, statement: Select, query: Query, order_recent: bool) -> Select:  # type: ignore[type-arg]
    """`statement` (over Person) narrowed to rows containing every token of the query.

    On SQLite the FTS5 table is joined, so that with `order_recent` the index hands rows over newest
    first and the database stops after the page it needs, instead of sorting every match.
    """
    if not query.tokens:
        return statement
    if query.is_case_number:
        prefix = query.tokens[0].upper()  # a case number, whole or its beginning: the unique index answers
        return statement.where(Case.number >= prefix, Case.number < prefix + "\uffff")
    remaining: Iterable[str] = query.tokens  # PostgreSQL: LIKE '%…%' is answered by the pg_trgm GIN index
    if uses_fts(session, query):
        match = " AND ".join(_fts_phrase(t) for t in query.indexable)
        statement = statement.join(PERSONS_FTS, PERSONS_FTS.c.rowid == Person.id).where(
            text("persons_fts MATCH :match").bindparams(match=match)
        )
        if order_recent:
            statement = statement.order_by(PERSONS_FTS.c.rowid.desc())
        remaining = query.short
    conditions = [Person.search_text.like(_like_pattern(t), escape="\\") for t in remaining]
    return statement.where(and_(*conditions)) if conditions else statement


def uses_fts(session: Session, query: Query) -> bool:
    """Whether `restrict` answers the query from SQLite's full-text index (which then orders the rows, newest person
    first, only when it is the sole ORDER BY term: any other term makes SQLite sort every match)."""
    return bool(
        query.tokens and not query.is_case_number and query.indexable and session.get_bind().dialect.name == "sqlite"
    )


def _swaps(token: str) -> list[str]:
    """The token with each pair of adjacent letters swapped: 'ngnoo' must still reach 'ngono', with which it
    shares no trigram at all."""
    return (
        [token[:i] + token[i + 1] + token[i] + token[i + 2 :] for i in range(len(token) - 1)]
        if len(token) <= 10
        else []
    )


def _trigrams(words: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(word[i : i + 3] for word in words for i in range(len(word) - 2)))


def fuzzy_candidate_ids(
    session: Session, tokens: Sequence[str], limit: int = FUZZY_CANDIDATES, swaps: bool = False
) -> list[int]:
    """Ids of persons sharing the most trigrams with the tokens, best first (not yet ranked by rapidfuzz).

    With `swaps`, the adjacent-letter swaps of each token are looked for too (a second, wider pass).
    """
    tokens = [t for t in tokens if len(t) >= MIN_TRIGRAM]
    if not tokens:
        return []
    words = list(tokens) + ([w for t in tokens for w in _swaps(t)] if swaps else [])
    if session.get_bind().dialect.name == "sqlite":
        match = " OR ".join(_fts_phrase(g) for g in _trigrams(words))
        rows = session.execute(
            text("SELECT rowid FROM persons_fts WHERE persons_fts MATCH :match ORDER BY rank LIMIT :limit"),
            {"match": match, "limit": limit},
        )
        return [row[0] for row in rows]
    if swaps:
        # A swapped variant must appear as it is: plain LIKE, answered by the GIN index (an OR of many
        # word-similarity searches took seconds at 100,000 persons).
        variants = [w for t in tokens for w in _swaps(t)]
        if not variants:  # words too long to swap letters in: nothing to look for this way
            return []
        where = " OR ".join(f"search_text LIKE :v{i}" for i in range(len(variants)))
        params: dict[str, object] = {f"v{i}": _like_pattern(v) for i, v in enumerate(variants)}
        rows = session.execute(text(f"SELECT id FROM persons WHERE {where} LIMIT :limit"), {**params, "limit": limit})
        return [row[0] for row in rows]
    # The nearest texts by trigram word distance, straight from the GiST index (migration 0007), best first.
    # Filtering with the GIN index then sorting every loose match took up to 600 ms for common given names at
    # 100,000 persons; the nearest-neighbour scan costs about 45 ms whatever the name.
    rows = session.execute(
        text("SELECT id FROM persons ORDER BY :q <<-> search_text LIMIT :limit"),
        {"q": " ".join(tokens), "limit": limit},
    )
    return [row[0] for row in rows]


def name_similarity(query_name: str, family_name: str, given_names: str) -> int:
    """0-100; survives accents, case, swapped family/given names and a typo or two."""
    candidate = fold(f"{family_name} {given_names}")
    query_name = fold(query_name)
    return int(max(fuzz.token_sort_ratio(query_name, candidate), fuzz.token_set_ratio(query_name, candidate)))


def fragment_similarity(tokens: Sequence[str], text_value: str) -> int:
    """How well every typed fragment appears in a person's text (partial matches allowed), 0-100."""
    if not tokens:
        return 0
    return int(min(fuzz.partial_ratio(token, text_value) for token in tokens))


def active_persons() -> ColumnElement[bool]:
    return Person.merged_into_id.is_(None)
