"""The registry: find any returnee in milliseconds, open their case file, merge two records of one person."""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy import Select, and_, exists, select
from sqlalchemy.orm import Session, aliased

from desk.models.intake import CaseVulnerability
from desk.models.reference import Programme, Region
from desk.models.returnee import Case, Person
from desk.services.dto import Actor
from desk.services.intake_dto import RegistryFilters, RegistryRow
from desk.services.intake_service import format_birth
from desk.services.permissions import Action, can, require
from desk.services.person_search import (
    active_persons,
    fragment_similarity,
    fuzzy_candidate_ids,
    parse_query,
    restrict,
    uses_fts,
)
from desk.services.phones import display_phone
from desk.services.uow import SessionFactory, reading

PAGE = 100
FUZZY_WHEN_FEWER_THAN = 5
MIN_LIKENESS = 75  # rapidfuzz partial ratio of every typed fragment
SORTS = {
    "number": (Case.number,),
    "name": (Person.family_name, Person.given_names),
    "return_date": (Case.return_date,),
    "status": (Case.status,),
    "recent": (Person.id,),
}


class RegistryService:
    def __init__(self, session_factory: SessionFactory, actor: Actor) -> None:
        self._sf = session_factory
        self._actor = actor

    def search(
        self,
        text: str = "",
        filters: RegistryFilters | None = None,
        sort: str = "recent",
        descending: bool = True,
        offset: int = 0,
        limit: int = PAGE,
    ) -> list[RegistryRow]:
        """One row per case, matching every typed fragment of a name, case number, phone or ID number.

        When the exact search finds fewer than a handful of rows, misspelt names are looked for too
        (ranked by likeness, all on the first page).
        """
        require(self._actor, Action.CASE_VIEW)
        filters = filters or RegistryFilters()
        if filters.vulnerable_only:
            require(self._actor, Action.SENSITIVE_VIEW)
        query = parse_query(text)
        limit = max(1, min(limit, 1000))
        with reading(self._sf) as session:
            base = self._base(filters)
            recent = sort not in SORTS or sort == "recent"
            statement = restrict(session, base, query, order_recent=recent and descending)
            by_index = recent and descending and uses_fts(session, query)
            if recent and descending and not query.tokens:
                statement = statement.order_by(Case.id.desc())  # walks the primary key backwards, no sort
            elif by_index:
                pass  # the full-text index hands persons over newest first and SQLite stops after the page
            elif recent and descending:
                statement = statement.order_by(Person.id.desc(), Case.id.desc())
            else:
                columns = SORTS.get(sort, SORTS["recent"])
                statement = statement.order_by(*[c.desc() if descending else c.asc() for c in columns], Case.id.desc())
            rows = list(session.execute(statement.offset(offset).limit(limit)).all())
            if by_index:  # a person's cases come oldest first from the join: newest first, as everywhere else
                rows.sort(key=lambda r: (r.person_id, r.case_id), reverse=True)
            if offset == 0 and len(rows) < FUZZY_WHEN_FEWER_THAN and query.may_be_misspelt_name:
                rows = self._with_fuzzy(session, base, query.indexable, rows, limit)
            return [self._row(r) for r in rows]

    def _with_fuzzy(self, session: Session, base: Select, tokens: tuple[str, ...], rows: list, limit: int) -> list:  # type: ignore[type-arg]
        seen = {r.case_id for r in rows}
        scored: list = []  # type: ignore[type-arg]
        for swaps in (False, True):  # the wider pass only when the first finds nothing alike
            ids = fuzzy_candidate_ids(session, tokens, swaps=swaps)
            for row in session.execute(base.where(Person.id.in_(ids))).all() if ids else []:
                score = fragment_similarity(tokens, row.search_text)
                if row.case_id not in seen and score >= MIN_LIKENESS:
                    seen.add(row.case_id)
                    scored.append((score, row))
            if scored:
                break
        scored.sort(key=lambda item: (-item[0], item[1].family_name))
        return rows + [row for _, row in scored][: max(0, limit - len(rows))]

    @staticmethod
    @lru_cache(maxsize=64)  # built once per set of filters (2 ms each time), then reused: statements are immutable
    def _base(filters: RegistryFilters) -> Select:  # type: ignore[type-arg]
        region = aliased(Region)
        statement = (
            select(
                Case.id.label("case_id"),
                Case.number,
                Case.status,
                Case.return_date,
                Person.id.label("person_id"),
                Person.family_name,
                Person.given_names,
                Person.sex,
                Person.birth_date,
                Person.birth_year,
                Person.phone,
                Person.town,
                Person.search_text,
                region.name_fr.label("region"),
                Programme.code.label("programme"),
            )
            .join(Person, Person.id == Case.person_id)
            .outerjoin(region, region.id == Person.region_id)
            .outerjoin(Programme, Programme.id == Case.programme_id)
            .where(active_persons())
        )
        if filters.status:
            statement = statement.where(Case.status == filters.status)
        if filters.region_id:
            statement = statement.where(Person.region_id == filters.region_id)
        if filters.programme_id:
            statement = statement.where(Case.programme_id == filters.programme_id)
        if filters.returned_from_date:
            statement = statement.where(Case.return_date >= filters.returned_from_date)
        if filters.returned_to_date:
            statement = statement.where(Case.return_date <= filters.returned_to_date)
        if filters.vulnerable_only:
            statement = statement.where(exists().where(and_(CaseVulnerability.case_id == Case.id)))
        return statement

    @staticmethod
    def _row(r) -> RegistryRow:  # type: ignore[no-untyped-def]
        return RegistryRow(
            case_id=r.case_id,
            case_number=r.number,
            person_id=r.person_id,
            family_name=r.family_name,
            given_names=r.given_names,
            sex=r.sex,
            birth=format_birth(r.birth_date, r.birth_year),
            phone=display_phone(r.phone),
            region=r.region or "",
            town=r.town or "",
            status=r.status,
            return_date=r.return_date,
            programme=r.programme or "",
        )

    def may_see_vulnerabilities(self) -> bool:
        return can(self._actor.role, Action.SENSITIVE_VIEW)
