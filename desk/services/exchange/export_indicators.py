"""Donor indicators for a period, counted in the database and disaggregated the way donors ask.

Seven indicators, each a number of distinct persons (a person with two cases counts once):

- registered: a case opened in the period;
- assessed: a baseline assessment done in the period;
- referred: a referral sent in the period;
- trained: a training completed in the period (enrolment "completed");
- approved: a plan approved by a committee session held in the period;
- paid: ledger entries valued in the period whose net (payments less reversals, per currency) is above zero;
- followed up: a follow-up visit done in the period.

Each is broken down by sex, age band at return (at registration when the return date is unknown), sex and age
band together, region, programme, aid level (the latest baseline assessment's recommendation) and sector (the
current plan's). The facts ("this case did this in the period") are one UNION ALL; each disaggregation is one
GROUP BY over it joined to the case's attributes: a handful of small result rows, never a Python loop over
persons. Aid level is multi-valued (a person can be recommended social and business aid): its lines add up to
more than the total, which the workbook says.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    CTE,
    ColumnElement,
    Integer,
    String,
    Subquery,
    case,
    cast,
    distinct,
    extract,
    func,
    literal_column,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from desk.i18n import current_language, translate
from desk.models.assessment import Assessment
from desk.models.committee import CommitteeDecision, CommitteeSession
from desk.models.followup import Visit
from desk.models.ledger import LedgerEntry
from desk.models.plan import Plan
from desk.models.reference import Programme, Region, Sector
from desk.models.referral import Referral
from desk.models.returnee import SEXES, Case, Person
from desk.models.training import Enrolment
from desk.services.assessment_service import LEVELS
from desk.services.exchange.xlsx_writer import INT, TEXT, Column, SafeWorkbook
from desk.services.labels import label
from desk.services.progress import CancelToken, ProgressCallback

INDICATORS = ("registered", "assessed", "referred", "trained", "approved", "paid", "followed_up")
INDICATOR_HXL = {
    "registered": "#affected+registered+num",
    "assessed": "#affected+assessed+num",
    "referred": "#affected+referred+num",
    "trained": "#affected+trained+num",
    "approved": "#affected+plan_approved+num",
    "paid": "#affected+paid+num",
    "followed_up": "#affected+followed_up+num",
}
# (code, first age, last age); the last band has no upper end
AGE_BANDS: tuple[tuple[str, int, int | None], ...] = (
    ("0-17", 0, 17),
    ("18-24", 18, 24),
    ("25-34", 25, 34),
    ("35-49", 35, 49),
    ("50+", 50, None),
)
DISAGGREGATIONS = ("sex", "age_band", "sex_age_band", "region", "programme", "aid_level", "sector")
UNKNOWN = ""  # the code of "not recorded" in every disaggregation


def indicator_headers() -> dict[str, str]:
    return {
        "registered": translate("Export", "Persons registered"),
        "assessed": translate("Export", "Persons assessed"),
        "referred": translate("Export", "Persons referred"),
        "trained": translate("Export", "Persons trained"),
        "approved": translate("Export", "Persons with an approved plan"),
        "paid": translate("Export", "Persons paid"),
        "followed_up": translate("Export", "Persons followed up"),
    }


def indicator_definitions() -> dict[str, str]:
    return {
        "registered": translate("Export", "A case opened at the desk in the period."),
        "assessed": translate("Export", "A baseline needs assessment done in the period."),
        "referred": translate("Export", "A referral to an institution sent in the period."),
        "trained": translate("Export", "A training course completed in the period."),
        "approved": translate("Export", "A reintegration plan approved by a committee session held in the period."),
        "paid": translate(
            "Export", "Payments valued in the period, less their reversals, above zero (ledger entries)."
        ),
        "followed_up": translate("Export", "A follow-up visit done in the period."),
    }


# -- what the service hands over ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class IndicatorLine:
    """One group of a disaggregation: its codes (UNKNOWN when not recorded), labels and counts per indicator."""

    codes: tuple[str, ...]
    labels: tuple[str, ...]
    counts: dict[str, int]


@dataclass(frozen=True)
class Disaggregation:
    code: str  # one of DISAGGREGATIONS
    title: str  # the sheet's title
    key_headers: tuple[str, ...]
    key_hxl: tuple[str, ...]
    lines: tuple[IndicatorLine, ...]
    overlapping: bool = False  # a person can be in several lines (aid level): lines add up to more than the total

    def line(self, *codes: str) -> IndicatorLine | None:
        return next((line for line in self.lines if line.codes == codes), None)


@dataclass(frozen=True)
class IndicatorReport:
    date_from: date
    date_to: date
    donor: str | None  # the donor's code, or None for every donor
    totals: dict[str, int]
    disaggregations: tuple[Disaggregation, ...]

    def by(self, code: str) -> Disaggregation:
        return next(d for d in self.disaggregations if d.code == code)


# -- SQL ----------------------------------------------------------------------------------------------------------
def _const(value: int | str) -> ColumnElement[Any]:
    """A constant written into the SQL itself (not a bound parameter), so a GROUP BY repeats it identically."""
    if isinstance(value, int):
        return literal_column(str(value), Integer)
    return literal_column("'" + value.replace("'", "''") + "'", String)


def facts(date_from: date, date_to: date) -> Subquery:
    """(case_id, indicator number) for everything the cases did in the period; duplicates are harmless."""
    start = datetime.combine(date_from, time()).astimezone()  # the desk's days, stored in UTC
    end = datetime.combine(date_to + timedelta(days=1), time()).astimezone()

    def fact(name: str) -> ColumnElement[Any]:
        return _const(INDICATORS.index(name)).label("indicator")

    parts = (
        select(Case.id.label("case_id"), fact("registered")).where(Case.opened_at >= start, Case.opened_at < end),
        select(Assessment.case_id, fact("assessed")).where(
            Assessment.kind == "baseline", Assessment.done_on >= date_from, Assessment.done_on <= date_to
        ),
        select(Referral.case_id, fact("referred")).where(Referral.sent_on >= date_from, Referral.sent_on <= date_to),
        select(Enrolment.case_id, fact("trained")).where(
            Enrolment.status == "completed", Enrolment.completed_on >= date_from, Enrolment.completed_on <= date_to
        ),
        select(CommitteeDecision.case_id, fact("approved"))
        .join(CommitteeSession, CommitteeSession.id == CommitteeDecision.session_id)
        .where(
            CommitteeDecision.decision == "approved",
            CommitteeSession.held_on >= date_from,
            CommitteeSession.held_on <= date_to,
        ),
        select(LedgerEntry.case_id, fact("paid"))
        .where(LedgerEntry.value_date >= date_from, LedgerEntry.value_date <= date_to)
        .group_by(LedgerEntry.case_id, LedgerEntry.currency)
        .having(func.sum(LedgerEntry.amount) > 0),
        select(Visit.case_id, fact("followed_up")).where(
            Visit.status == "done", Visit.done_on >= date_from, Visit.done_on <= date_to
        ),
    )
    return union_all(*parts).subquery("facts")


def age_at_return() -> ColumnElement[Any]:
    """Age in whole years on the return date (the registration date when it is unknown), from the date of birth,
    else from the estimated year of birth; NULL when neither is known. The rule of intake_validation.age_on,
    computed as (yyyymmdd of the day - yyyymmdd of birth) integer-divided by 10000, which counts birthdays
    (29 February included) exactly as age_on does."""

    def part(name: str, column: Any) -> ColumnElement[Any]:
        return cast(extract(name, column), Integer)

    def day_number(column: Any) -> ColumnElement[Any]:
        return part("year", column) * _const(10000) + part("month", column) * _const(100) + part("day", column)

    reference = func.coalesce(day_number(Case.return_date), day_number(Case.opened_at))
    return case(
        (Person.birth_date.is_not(None), (reference - day_number(Person.birth_date)) // _const(10000)),
        (Person.birth_year.is_not(None), reference // _const(10000) - Person.birth_year),
        else_=None,
    )


def _ages(cases: Any, name: str = "ages") -> CTE:
    """(case_id, age) of the cases in `cases`, each age computed once (MATERIALIZED: otherwise the database copies
    the expression into each band's test and computes it up to five times a row)."""
    ages = (
        select(Case.id.label("case_id"), age_at_return().label("age"))
        .join(Person, Person.id == Case.person_id)
        .where(Case.id.in_(cases))
        .cte(name)
    )
    return _materialized(ages)


def age_band(age: Any) -> ColumnElement[Any]:
    """The band code of an age ("" when it is unknown)."""
    whens: list[tuple[ColumnElement[bool], ColumnElement[Any]]] = []
    for code, _first, last in AGE_BANDS:
        whens.append(((age <= _const(last)) if last is not None else age.is_not(None), _const(code)))
    return case(*whens, else_=_const(UNKNOWN))


def _materialized(cte: CTE) -> CTE:
    """The CTE computed once (PostgreSQL 12+, SQLite 3.35+; older SQLite copies it into the query, only slower)."""
    cte = cte.prefix_with("MATERIALIZED", dialect="postgresql")
    if sqlite3.sqlite_version_info >= (3, 35):
        cte = cte.prefix_with("MATERIALIZED", dialect="sqlite")
    return cte


def _latest_baseline() -> Subquery:
    return (
        select(Assessment.case_id, func.max(Assessment.id).label("assessment_id"))
        .where(Assessment.kind == "baseline")
        .group_by(Assessment.case_id)
        .subquery("latest_baseline")
    )


def _aid_levels() -> CTE:
    """(case_id, level): one row per level the case's latest baseline assessment recommends.

    The levels are a JSON list; matching its text for each known level works the same on SQLite and PostgreSQL.
    MATERIALIZED: computed once, not once per case it is joined to."""
    latest = _latest_baseline()
    text = cast(Assessment.aid_levels, String)
    parts = [
        select(Assessment.case_id.label("case_id"), _const(level).label("level"))
        .join(latest, latest.c.assessment_id == Assessment.id)
        .where(text.like(_const(f'%"{level}"%')))
        for level in LEVELS
    ]
    return _materialized(union_all(*parts).cte("aid_levels"))


def _current_sectors() -> Subquery:
    return select(Plan.case_id, Plan.sector_id).where(Plan.current.is_(True)).subquery("current_plans")


def _groups(code: str, donor_id: int | None, events: Subquery | CTE) -> Subquery:
    """(case_id, person_id, k0[, k1]): the groups each case that did something in the period belongs to."""
    keys: list[Any]  # columns and SQL expressions
    cases = select(events.c.case_id)
    query = (
        select(Case.id.label("case_id"), Case.person_id.label("person_id"))
        .join(Person, Person.id == Case.person_id)
        .where(Case.id.in_(cases))
    )
    if code == "sex":
        keys = [Person.sex]
    elif code in ("age_band", "sex_age_band"):
        ages = _ages(cases, f"ages_{code}")
        query = query.join(ages, ages.c.case_id == Case.id)
        keys = [age_band(ages.c.age)] if code == "age_band" else [Person.sex, age_band(ages.c.age)]
    elif code == "region":
        keys = [Person.region_id]
    elif code == "programme":
        keys = [Case.programme_id]
    elif code == "aid_level":
        # the cases with their levels, then those without any: a UNION rather than an outer join, which the
        # database would run as a scan of every case's levels for each case
        levels = _aid_levels()
        with_levels = query.join(levels, levels.c.case_id == Case.id).add_columns(levels.c.level.label("k0"))
        without = query.where(Case.id.not_in(select(levels.c.case_id))).add_columns(
            literal_column("NULL", String).label("k0")
        )
        if donor_id is not None:
            with_levels, without = (part.where(_donor_cases(donor_id)) for part in (with_levels, without))
        return union_all(with_levels, without).subquery("groups")
    elif code == "sector":
        plans = _current_sectors()
        query = query.outerjoin(plans, plans.c.case_id == Case.id)
        keys = [plans.c.sector_id]
    elif code == "total":
        keys = []
    else:
        raise ValueError(code)
    query = query.add_columns(*[key.label(f"k{i}") for i, key in enumerate(keys)])
    if donor_id is not None:
        query = query.where(_donor_cases(donor_id))
    return query.subquery("groups")


def _donor_cases(donor_id: int) -> ColumnElement[bool]:
    return Case.programme_id.in_(select(Programme.id).where(Programme.donor_id == donor_id))


def counts(session: Session, date_from: date, date_to: date, donor_id: int | None, code: str) -> list[Any]:
    """Rows (k0[, k1], indicator number, persons) of one disaggregation ("total": no key)."""
    return all_counts(session, date_from, date_to, donor_id, (code,))[code]


def all_counts(
    session: Session, date_from: date, date_to: date, donor_id: int | None, codes: tuple[str, ...]
) -> dict[str, list[Any]]:
    """Rows (k0[, k1], indicator number, persons) of each disaggregation in `codes`, in one statement: the period's
    facts are gathered once (a MATERIALIZED CTE) and every grouping reads them — eight statements each gathering
    them again took 18 s for a year of a 100,000-returnee desk. Keys come back as text (or None)."""
    facts_of_period = facts(date_from, date_to)
    events = _materialized(select(facts_of_period.c.case_id, facts_of_period.c.indicator).distinct().cte("events"))
    parts = []
    widths: dict[str, int] = {}
    for code in codes:
        groups = _groups(code, donor_id, events)
        keys = [c for c in groups.c if c.name.startswith("k")]
        widths[code] = len(keys)
        padded = [cast(k, String) for k in keys] + [literal_column("NULL", String)] * (2 - len(keys))
        parts.append(
            select(
                _const(code).label("code"),
                *(key.label(f"key{i}") for i, key in enumerate(padded)),
                events.c.indicator,
                func.count(distinct(groups.c.person_id)).label("persons"),
            )
            .select_from(events)
            .join(groups, groups.c.case_id == events.c.case_id)
            .group_by(*keys, events.c.indicator)
        )
    found: dict[str, list[Any]] = {code: [] for code in codes}
    for code, key0, key1, indicator, persons in session.execute(union_all(*parts)).all():
        found[code].append((key0, key1)[: widths[code]] + (indicator, persons))
    return found


# -- labels and order ---------------------------------------------------------------------------------------------
def _not_recorded() -> str:
    return translate("Export", "Not recorded")


def _label_maker(session: Session, code: str) -> Callable[[str], tuple[tuple[object, ...], str]]:
    """code -> (sort key, label) for the values of one key column."""
    english = current_language() == "en"
    if code == "sex":
        order = {s: i for i, s in enumerate(SEXES)}
        return lambda v: ((0, order.get(v, len(order)), v), label("sex", v)) if v else ((1,), _not_recorded())
    if code == "age_band":
        order = {band[0]: i for i, band in enumerate(AGE_BANDS)}
        return lambda v: ((0, order.get(v, 99)), v) if v else ((1,), translate("Export", "Age unknown"))
    if code == "aid_level":
        return lambda v: (
            ((0, list(LEVELS).index(v) if v in LEVELS else 99), translate("Assessment", LEVELS[v]))
            if v in LEVELS
            else ((1,), translate("Export", "No baseline assessment"))
        )
    model: Any = {"region": Region, "programme": Programme, "sector": Sector}[code]
    column = model.name_en if english else model.name_fr
    names = {
        str(i): (int(order), str(name), str(short))
        for i, name, short, order in session.execute(select(model.id, column, model.code, model.sort_order))
    }
    missing = translate("Export", "No sector (or no plan)") if code == "sector" else _not_recorded()

    def named(v: str) -> tuple[tuple[object, ...], str]:
        if not v or v not in names:
            return (1,), missing
        order, name, short = names[v]
        text = short if code == "programme" else name
        return (0, order, text.casefold()), text

    return named


def _disaggregation_title(code: str) -> str:
    return {
        "sex": translate("Export", "By sex"),
        "age_band": translate("Export", "By age band"),
        "sex_age_band": translate("Export", "By sex and age band"),
        "region": translate("Export", "By region"),
        "programme": translate("Export", "By programme"),
        "aid_level": translate("Export", "By aid level"),
        "sector": translate("Export", "By sector"),
    }[code]


def _key_columns(code: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    sex, band = translate("Export", "Sex"), translate("Export", "Age band at return")
    return {
        "sex": ((sex,), ("#gender",)),
        "age_band": ((band,), ("#age+range",)),
        "sex_age_band": ((sex, band), ("#gender", "#age+range")),
        "region": ((translate("Export", "Region"),), ("#adm1+name",)),
        "programme": ((translate("Export", "Programme"),), ("#activity+programme",)),
        "aid_level": ((translate("Export", "Aid level"),), ("#activity+aid_level",)),
        "sector": ((translate("Export", "Sector"),), ("#sector+name",)),
    }[code]


def indicator_report(
    session: Session, date_from: date, date_to: date, donor_id: int | None, donor_code: str | None
) -> IndicatorReport:
    """Every indicator, its total and its disaggregations, in a few GROUP BY queries."""
    totals = dict.fromkeys(INDICATORS, 0)
    everything = all_counts(session, date_from, date_to, donor_id, ("total", *DISAGGREGATIONS))
    for indicator, persons in everything["total"]:
        totals[INDICATORS[int(indicator)]] = int(persons)
    result = []
    for code in DISAGGREGATIONS:
        parts = ["sex", "age_band"] if code == "sex_age_band" else [code]
        makers = [_label_maker(session, part) for part in parts]
        grouped: dict[tuple[str, ...], dict[str, int]] = {}
        for row in everything[code]:
            *keys, indicator, persons = row
            codes = tuple("" if k is None else str(k) for k in keys)
            grouped.setdefault(codes, dict.fromkeys(INDICATORS, 0))[INDICATORS[int(indicator)]] = int(persons)
        lines = []
        for codes, values in grouped.items():
            named = [make(c) for make, c in zip(makers, codes, strict=True)]
            lines.append((tuple(n[0] for n in named), IndicatorLine(codes, tuple(n[1] for n in named), values)))
        lines.sort(key=lambda pair: pair[0])
        headers, hxl = _key_columns(code)
        result.append(
            Disaggregation(
                code,
                _disaggregation_title(code),
                headers,
                hxl,
                tuple(line for _, line in lines),
                overlapping=code == "aid_level",
            )
        )
    return IndicatorReport(date_from, date_to, donor_code, totals, tuple(result))


# -- the workbook -------------------------------------------------------------------------------------------------
def _count_columns() -> tuple[Column, ...]:
    headers = indicator_headers()
    return tuple(Column(headers[i], INT, hxl=INDICATOR_HXL[i], width=12) for i in INDICATORS)


def write_indicators_workbook(
    path: Any,
    report: IndicatorReport,
    metadata: Sequence[tuple[str, object]],
    *,
    hxl: bool,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> int:
    """Summary (each indicator's total and definition), one sheet per disaggregation (indicators as columns, a
    total line), then About. Returns the number of group lines written."""
    lines_total = sum(len(d.lines) for d in report.disaggregations)
    headers, definitions = indicator_headers(), indicator_definitions()
    with SafeWorkbook(path, progress=progress, cancel=cancel, total=lines_total) as book:
        summary = book.add_table_sheet(
            translate("Export", "Indicators"),
            (
                Column(translate("Export", "Indicator"), TEXT, hxl="#indicator+name", width=30),
                Column(translate("Export", "Persons"), INT, hxl="#affected+num", width=10),
                Column(translate("Export", "Definition"), TEXT, hxl="#description", width=70),
            ),
            hxl=hxl,
        )
        for indicator in INDICATORS:
            summary.write_row((headers[indicator], report.totals[indicator], definitions[indicator]))
        written = 0
        for part in report.disaggregations:
            keys = tuple(
                Column(header, TEXT, hxl=tag, width=22)
                for header, tag in zip(part.key_headers, part.key_hxl, strict=True)
            )
            sheet = book.add_table_sheet(part.title, keys + _count_columns(), hxl=hxl)
            for line in part.lines:
                sheet.write_row((*line.labels, *(line.counts[i] for i in INDICATORS)))
            written += sheet.rows
            sheet.write_blank_row()
            label_cells: list[object] = [None] * len(keys)
            label_cells[0] = translate("Export", "Total (each person counted once)")
            sheet.write_total_row((*label_cells, *(report.totals[i] for i in INDICATORS)))
            if part.overlapping:
                note: list[object] = [None] * len(keys)
                note[0] = translate(
                    "Export",
                    "A person recommended several aid levels is counted on each of their lines: "
                    "the lines add up to more than the total.",
                )
                sheet.write_total_row(note)
        book.add_metadata_sheet(translate("Export", "About"), list(metadata))
    return written
