"""Realistic synthetic data for a demonstration desk: accounts for each role, returnees and their cases.

Demo data only ever goes into a database marked as a demonstration (desk.is_demo), never a real desk's.
Rows are generated deterministically from the seed and inserted in bulk, in one transaction: a
cancelled or failed run leaves the database as it was.
"""

from __future__ import annotations

import random
import time
import tomllib
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select, text, update
from sqlalchemy.orm import Session

from desk.i18n import translate
from desk.models.account import User
from desk.models.assessment import Assessment
from desk.models.audit import DEMO
from desk.models.auditing import record_event
from desk.models.committee import CommitteeDecision, CommitteeSession
from desk.models.intake import VULNERABILITY_KINDS, CaseVulnerability, Consent
from desk.models.operator import Designation, Operator
from desk.models.plan import Plan, PlanLine
from desk.models.reference import Department, Institution, Programme, Region, Sector, Town, ValueChain
from desk.models.referral import Referral
from desk.models.returnee import Case, Counter, Person
from desk.models.setting import DeskSetting
from desk.models.training import Course, Enrolment, TrainingSession
from desk.paths import RESOURCES
from desk.services.demo_followup import add_demo_followup
from desk.services.demo_ledger import add_demo_ledger
from desk.services.desk_service import COUNTRY, IS_DEMO
from desk.services.dto import DemoReport
from desk.services.errors import ValidationError
from desk.services.passwords import hash_password
from desk.services.person_search import search_text
from desk.services.progress import CancelToken, ProgressCallback, no_progress
from desk.services.uow import SessionFactory, writing
from desk.services.validation import fold

DEMO_PASSWORD = "demo"
DEMO_USERS = (
    ("agent", "Brigitte Abena", "agent"),
    ("manager", "Joseph Tchoupo", "manager"),
    ("finance", "Mireille Essomba", "finance"),
    ("admin", "Samuel Nkwenti", "admin"),
)
CHUNK = 5_000
STATUS_WEIGHTS = {
    "registered": 18,
    "assessed": 12,
    "operator_designated": 10,
    "plan_submitted": 8,
    "approved": 6,
    "to_amend": 2,
    "postponed": 1,
    "rejected": 2,
    "training": 6,
    "disbursing": 8,
    "monitoring": 17,
    "closed": 10,
}
RETURN_TYPES = {"avr": 55, "forced": 15, "spontaneous": 20, "end_of_studies": 5, "diaspora_youth": 5}
# Mobile numbers as they look in each country: prefix and how many digits follow.
MOBILE = {"CM": ("+2376", 8), "TG": ("+2289", 7), "TN": ("+2162", 7)}
DEMO_COURSES = (
    ("GERME", "entrepreneurship", "Gérer mieux son entreprise (GERME)", "Improve your business (IYB)", "BIT / FNE", 5),
    ("CIVIC", "civic", "Éducation civique et citoyenneté", "Civic education", "MINJEC", 2),
    ("POULTRY", "technical", "Aviculture : poulets de chair et pondeuses", "Poultry farming", "IRAD", 10),
    ("MARKET-GARDEN", "technical", "Maraîchage", "Market gardening", "MINADER", 8),
    ("SEWING", "technical", "Couture et retouches", "Sewing and alterations", "Centre de formation de Bonabéri", 10),
    ("JOB-SEARCH", "job_search", "CV, lettre de motivation et entretien", "CV, cover letter and interview", "FNE", 1),
)
DEMO_PLACES = ("Douala, salle FNE Bonanjo", "Yaoundé, Centre multifonctionnel", "Bafoussam, Maison de la jeunesse")
DEMO_TRAINERS = ("M. Etoundi", "Mme Ngo Bilong", "M. Fotso", "Mme Abega")
# Two past committees, each member with the institution they sit for (invented names).
DEMO_COMMITTEES = (
    [
        {"name": "Jean-Pierre Mbarga", "institution": "MINJEC"},
        {"name": "Solange Ewodo", "institution": "MINEFOP"},
        {"name": "Paul Nkwenti", "institution": "FNE"},
        {"name": "Claire Dupuis", "institution": "Délégation de l'UE"},
    ],
    [
        {"name": "Hervé Tchinda", "institution": "MINJEC"},
        {"name": "Martine Ngo Ndjock", "institution": "MINEFOP"},
        {"name": "Ibrahim Oumarou", "institution": "OIM"},
        {"name": "Rose Abena", "institution": "Opérateur de suivi"},
    ],
)

# Cases at these stages have no operator yet.
UNDESIGNATED = ("registered", "assessed")
ROUTES = ("air", "air", "air", "land", "land", "sea")
ID_TYPES = {"national_id": 45, "passport": 20, "consular_card": 10, "laissez_passer": 15, "none": 10}


def load_demo_names(country: str) -> dict[str, Any]:
    path = RESOURCES / "demo" / f"{country}.toml"
    if not path.exists():
        path = RESOURCES / "demo" / "CM.toml"
    with path.open("rb") as fh:
        return tomllib.load(fh)


def _weighted(rng: random.Random, weights: dict[str, int], k: int) -> list[str]:
    return rng.choices(list(weights), weights=list(weights.values()), k=k)


def _mobile(rng: random.Random, country: str) -> str:
    prefix, digits = MOBILE.get(country, MOBILE["CM"])
    return f"{prefix}{rng.randrange(10 ** (digits - 1), 10**digits)}"


def _typo(rng: random.Random, text: str) -> str:
    """A plausible misspelling of a name: a dropped, doubled or swapped letter."""
    if len(text) < 4:
        return text + text[-1]
    i = rng.randrange(1, len(text) - 2)
    op = rng.randrange(3)
    if op == 0:
        return text[:i] + text[i + 1 :]
    if op == 1:
        return text[:i] + text[i] + text[i:]
    return text[:i] + text[i + 1] + text[i] + text[i + 2 :]


class DemoService:
    def __init__(self, session_factory: SessionFactory) -> None:
        self._sf = session_factory

    def generate(
        self,
        returnees: int,
        seed: int = 1,
        progress: ProgressCallback = no_progress,
        cancel: CancelToken | None = None,
    ) -> DemoReport:
        """Fill a demonstration database: the four demo accounts (password 'demo') and `returnees` persons."""
        if not 0 <= returnees <= 2_000_000:
            raise ValidationError("returnees", translate("Errors", "Returnees: between 0 and 2,000,000."))
        cancel = cancel or CancelToken()
        started = time.perf_counter()
        rng = random.Random(seed)
        with writing(self._sf, None) as session:
            settings = {row.key: row.value for row in session.scalars(select(DeskSetting))}
            if settings.get(IS_DEMO) != "1":
                raise ValidationError(
                    "database",
                    translate("Errors", "Demo data goes only into a demonstration database, never a real desk's."),
                )
            if session.scalar(select(func.count()).select_from(Person)):
                raise ValidationError(
                    "database", translate("Errors", "This demonstration database already has returnees.")
                )
            users = self._users(session)
            progress(0, returnees, translate("Demo", "Creating returnees…"))
            persons, cases = self._returnees(session, rng, returnees, settings.get(COUNTRY, "CM"), progress, cancel)
            record_event(session, DEMO, "persons", None, summary=f"demo data: {persons} persons, {cases} cases")
        self._analyse()
        return DemoReport(persons, cases, users, time.perf_counter() - started)

    def _analyse(self) -> None:
        """Fresh statistics after a bulk load on PostgreSQL, so the first searches get good query plans.

        Not on SQLite: with statistics its planner builds a Bloom filter over every person before listing
        the newest 100 cases (18 ms instead of 4 ms, measured with bench/bench_registry.py).
        """
        with self._sf() as session:
            if session.get_bind().dialect.name != "postgresql":
                return
            session.connection().exec_driver_sql("ANALYZE")
            session.commit()

    def _users(self, session: Session) -> tuple[str, ...]:
        existing = set(session.scalars(select(User.username)))
        demo_hash = hash_password(DEMO_PASSWORD)  # one hash: argon2 salts make each fresh hash differ anyway
        for username, full_name, role in DEMO_USERS:
            if username not in existing:
                session.add(User(username=username, full_name=full_name, role=role, password_hash=demo_hash))
        session.flush()
        return tuple(u for u, _, _ in DEMO_USERS)

    def _returnees(
        self,
        session: Session,
        rng: random.Random,
        count: int,
        country: str,
        progress: ProgressCallback,
        cancel: CancelToken,
    ) -> tuple[int, int]:
        names = load_demo_names(country)
        places = self._places(session, names)
        programmes = list(session.scalars(select(Programme.id).where(Programme.active.is_(True))))
        operators_by_region, all_operators = self._operators(session, names, rng, country)
        region_codes = dict(session.execute(select(Region.id, Region.code)).all())
        loads: dict[int, int] = defaultdict(int)
        designation_rows: list[dict[str, Any]] = []
        origins = names.get("countries_returned_from", [{"code": "LY", "weight": 1}])
        origin_weights = {o["code"]: o.get("weight", 1) for o in origins}
        groups = [f"Charter {d:%d/%m/%Y}" for d in (date(2025, 3, 14), date(2025, 9, 2), date(2026, 2, 20))]
        now = datetime.now(UTC)
        today = now.date()
        person_id = (session.scalar(select(func.max(Person.id))) or 0) + 1
        case_id = (session.scalar(select(func.max(Case.id))) or 0) + 1
        counters: dict[int, int] = defaultdict(int)
        done = cases_done = 0
        previous: list[dict[str, Any]] = []
        while done < count:
            cancel.check()
            n = min(CHUNK, count - done)
            person_rows: list[dict[str, Any]] = []
            case_rows: list[dict[str, Any]] = []
            consent_rows: list[dict[str, Any]] = []
            vulnerability_rows: list[dict[str, Any]] = []
            statuses = _weighted(rng, STATUS_WEIGHTS, n)
            for i in range(n):
                person = self._person(rng, names, places, previous, country)
                person.update(id=person_id, created_at=now, updated_at=now, version=1)
                if len(previous) < 500 or rng.random() < 0.01:
                    previous.append(person)
                # Some people came back twice: the earlier case is closed, the later one is current.
                returns = sorted(
                    today - timedelta(days=rng.randrange(20, 7 * 365)) for _ in range(2 if rng.random() < 0.08 else 1)
                )
                numbers = []
                for k, returned in enumerate(returns):
                    opened = min(today, returned + timedelta(days=rng.randrange(1, 40)))
                    counters[opened.year] += 1
                    number = f"{country}-{opened.year}-{counters[opened.year]:06d}"
                    numbers.append(number)
                    current = k == len(returns) - 1
                    status = statuses[i] if current else "closed"
                    operator_id = None
                    if status not in UNDESIGNATED and all_operators:
                        nearby = operators_by_region.get(region_codes.get(person["region_id"], ""), all_operators)
                        operator_id = rng.choice(nearby)
                        designated = datetime.combine(
                            min(today, opened + timedelta(days=rng.randrange(7, 45))), datetime.min.time(), UTC
                        )
                        designation_rows.append(
                            {
                                "case_id": case_id,
                                "operator_id": operator_id,
                                "over_capacity": False,
                                "created_at": designated,
                                "updated_at": now,
                                "version": 1,
                            }
                        )
                        if status not in ("closed", "rejected"):
                            loads[operator_id] += 1
                    case_rows.append(
                        {
                            "id": case_id,
                            "number": number,
                            "person_id": person_id,
                            "status": status,
                            "operator_id": operator_id,
                            "opened_at": datetime.combine(opened, datetime.min.time(), UTC),
                            "return_date": returned,
                            "channel": "walk_in" if rng.random() < 0.85 else "phone",
                            "returned_from": rng.choices(list(origin_weights), list(origin_weights.values()))[0],
                            "return_type": _weighted(rng, RETURN_TYPES, 1)[0],
                            "route": rng.choice(ROUTES),
                            "programme_id": rng.choice(programmes) if programmes else None,
                            "arrival_group": rng.choice(groups) if rng.random() < 0.05 else None,
                            "created_at": now,
                            "updated_at": now,
                            "version": 1,
                        }
                    )
                    consent_rows.append(
                        {
                            "person_id": person_id,
                            "case_id": case_id,
                            "processing": True,
                            "share_operators": rng.random() < 0.95,
                            "share_institutions": rng.random() < 0.85,
                            "photo": rng.random() < 0.6,
                            "given_on": opened,
                            "language": "fr",
                            "created_at": now,
                            "updated_at": now,
                            "version": 1,
                        }
                    )
                    if current and rng.random() < 0.15:
                        for kind in rng.sample(VULNERABILITY_KINDS, k=rng.choice((1, 1, 2))):
                            vulnerability_rows.append(
                                {"case_id": case_id, "kind": kind, "created_at": now, "updated_at": now, "version": 1}
                            )
                    case_id += 1
                person["search_text"] = search_text(
                    person["family_name"],
                    person["given_names"],
                    person["phone"],
                    person["id_document_number"],
                    *numbers,
                )
                person_rows.append(person)
                person_id += 1
            session.execute(insert(Person), person_rows)
            session.execute(insert(Case), case_rows)
            session.execute(insert(Consent), consent_rows)
            if vulnerability_rows:
                session.execute(insert(CaseVulnerability), vulnerability_rows)
            if designation_rows:
                session.execute(insert(Designation), designation_rows)
                designation_rows.clear()
            done += n
            cases_done += len(case_rows)
            progress(done, count, translate("Demo", "Creating returnees…"))
        self._set_capacities(session, all_operators, loads)
        self._training(session, rng, now)
        self._plans_and_committee(session, rng)
        session.flush()
        progress(done, count, translate("Demo", "Paying pocket money and instalments…"))
        add_demo_ledger(session, rng)
        add_demo_followup(session, rng)
        if session.get_bind().dialect.name == "postgresql":
            # Rows were inserted with their ids: move the sequences past them, or the next registration collides.
            for table in ("persons", "cases"):
                session.execute(
                    text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
                )
        for year, value in counters.items():
            session.merge(Counter(name=f"case:{country}:{year}", value=value))
        return done, cases_done

    @staticmethod
    def _operators(
        session: Session, names: dict[str, Any], rng: random.Random, country: str
    ) -> tuple[dict[str, list[int]], list[int]]:
        """The country's demo operators; returns their ids by region code covered, and all ids."""
        by_region: dict[str, list[int]] = defaultdict(list)
        ids: list[int] = []
        for spec in names.get("operators", []):
            operator = Operator(
                name=spec["name"],
                kind=spec["kind"],
                regions=spec["regions"],
                departments=spec["departments"],
                sectors=spec["sectors"],
                aid_levels=spec["aid_levels"],
                capacity=30,
                agreement_ref=f"AGR-{len(ids) + 1:03d}",
                contact_name=f"{rng.choice(names['female_given_names'])} {rng.choice(names['family_names'])}",
                phone=_mobile(rng, country),
                agreement_start=date(2024, 1, 1),
                agreement_end=date(2027, 12, 31),
            )
            session.add(operator)
            session.flush()
            ids.append(operator.id)
            for region in spec["regions"]:
                by_region[region].append(operator.id)
        return by_region, ids

    @staticmethod
    def _plans_and_committee(session: Session, rng: random.Random) -> None:
        """Assessments, referrals, plans and two past committee sessions, for the cases at those stages."""
        from desk.services.assessment_service import instrument, score

        inst = instrument()
        sectors = list(session.scalars(select(Sector.id)))
        chains: dict[int, list[int]] = {}
        for chain_id, chain_sector in session.execute(
            select(ValueChain.id, ValueChain.sector_id).order_by(ValueChain.id)
        ):
            chains.setdefault(chain_sector, []).append(chain_id)
        institutions = list(session.scalars(select(Institution.id)))
        today = date.today()
        staged = session.execute(
            select(Case.id, Case.status)
            .where(
                Case.status.in_(
                    (
                        "assessed",
                        "operator_designated",
                        "plan_submitted",
                        "approved",
                        "to_amend",
                        "postponed",
                        "rejected",
                        "training",
                        "disbursing",
                        "monitoring",
                    )
                )
            )
            .order_by(Case.id)
            .limit(400)
        ).all()
        meetings = [
            CommitteeSession(held_on=today - timedelta(days=d), place=place, members=members)
            for d, place, members in (
                (95, "Yaoundé, salle du comité", DEMO_COMMITTEES[0]),
                (30, "Douala, FNE Bonanjo", DEMO_COMMITTEES[1]),
            )
        ]
        session.add_all(meetings)
        session.flush()
        for case_id, status in staged:
            answers = {item.code: rng.choice(item.options)[0] for item in inst.items}
            scores, composite = score(answers, inst)
            session.add(
                Assessment(
                    case_id=case_id,
                    instrument_code=inst.code,
                    instrument_version=inst.version,
                    done_on=today - timedelta(days=rng.randrange(40, 200)),
                    answers=answers,
                    scores=scores,
                    composite=composite,
                    aid_levels=["business"],
                    needs=rng.sample(["skills_training", "psychosocial_support", "job_search"], 1),
                )
            )
            if rng.random() < 0.3 and institutions:
                session.add(
                    Referral(
                        case_id=case_id,
                        institution_id=rng.choice(institutions),
                        reason="Orientation après l'évaluation",
                        sent_on=today - timedelta(days=30),
                        due_on=today + timedelta(days=rng.randrange(-10, 20)),
                        status=rng.choice(("sent", "accepted", "service_given")),
                    )
                )
            if status in ("assessed", "operator_designated"):
                continue
            decided = status not in ("plan_submitted",)
            plan_status = {"training": "approved", "disbursing": "approved", "monitoring": "approved"}.get(
                status, status if decided else "submitted"
            )
            equipment = rng.randrange(4, 12) * 100_000
            sector_id = rng.choice(sectors) if sectors else None
            options = chains.get(sector_id or 0, [])
            plan = Plan(
                case_id=case_id,
                plan_type="business",
                sector_id=sector_id,
                value_chain_id=options[case_id % len(options)] if options else None,  # no draw: same demo otherwise
                description="Projet d'activité génératrice de revenus",
                own_contribution=50_000,
                split=[70, 30],
                status=plan_status,
                submitted_at=datetime.now(UTC) - timedelta(days=100),
            )
            session.add(plan)
            session.flush()
            session.add_all(
                [
                    PlanLine(
                        plan_id=plan.id, category="equipment", label="Équipement", quantity=1, unit_cost=equipment
                    ),
                    PlanLine(
                        plan_id=plan.id, category="raw_material", label="Stock de départ", quantity=1, unit_cost=200_000
                    ),
                ]
            )
            if decided:
                requested = equipment + 200_000 - 50_000
                session.add(
                    CommitteeDecision(
                        session_id=rng.choice(meetings).id,
                        plan_id=plan.id,
                        case_id=case_id,
                        decision=plan_status,
                        amount_approved=requested - rng.choice((0, 0, 50_000)) if plan_status == "approved" else 0,
                        criteria={
                            "profitability": rng.randrange(2, 6),
                            "viability": rng.randrange(2, 6),
                            "relevance": rng.randrange(3, 6),
                            "feasibility": rng.randrange(2, 6),
                        },
                        comment=None if plan_status == "approved" else "Motif communiqué à la personne",
                        conditions="Suivre la formation en gestion avant le second versement"
                        if plan_status == "approved" and case_id % 4 == 0
                        else None,
                    )
                )

    @staticmethod
    def _training(session: Session, rng: random.Random, now: datetime) -> None:
        """A catalogue, past sessions with outcomes and certificates, coming ones (one full, with a waiting list)."""
        courses = []
        for code, kind, name_fr, name_en, provider, days in DEMO_COURSES:
            course = Course(
                code=code, kind=kind, name_fr=name_fr, name_en=name_en, provider=provider, duration_days=days
            )
            session.add(course)
            courses.append(course)
        session.flush()
        pool = list(
            session.scalars(
                select(Case.id).where(Case.status.in_(("training", "disbursing", "monitoring", "approved"))).limit(600)
            )
        )
        rng.shuffle(pool)
        today = date.today()
        certificate = 0
        starts = [today - timedelta(days=d) for d in (180, 120, 75, 40, 20)] + [
            today + timedelta(days=d) for d in (3, 10, 24)
        ]
        for index, start in enumerate(starts):
            course = courses[index % len(courses)]
            capacity = 20
            ts = TrainingSession(
                course_id=course.id,
                starts_on=start,
                ends_on=start + timedelta(days=course.duration_days - 1),
                place=rng.choice(DEMO_PLACES),
                trainer=rng.choice(DEMO_TRAINERS),
                capacity=capacity,
            )
            session.add(ts)
            session.flush()
            wanted = 25 if index == len(starts) - 2 else rng.randrange(8, capacity + 1)  # one session overflows
            people, pool = pool[:wanted], pool[wanted:]
            for seat, case_id in enumerate(people):
                status = "enrolled" if seat < capacity else "waiting"
                number = None
                if start + timedelta(days=course.duration_days) < today and status == "enrolled":
                    status = rng.choices(("completed", "dropped_out", "failed"), (85, 10, 5))[0]
                    if status == "completed":
                        certificate += 1
                        number = f"CERT-{start.year}-{certificate:06d}"
                session.add(
                    Enrolment(
                        session_id=ts.id,
                        case_id=case_id,
                        status=status,
                        certificate_number=number,
                        completed_on=ts.ends_on if number else None,
                    )
                )
        if certificate:
            session.merge(Counter(name=f"certificate:{today.year}", value=certificate))

    @staticmethod
    def _set_capacities(session: Session, operators: list[int], loads: dict[int, int]) -> None:
        """Room for a quarter more than today's load; the first operator is exactly full (to see it shown)."""
        for index, operator_id in enumerate(operators):
            load = loads.get(operator_id, 0)
            capacity = load if index == 0 else load + max(5, load // 4)
            session.execute(update(Operator).where(Operator.id == operator_id).values(capacity=capacity))

    @staticmethod
    def _places(session: Session, names: dict[str, Any]) -> list[tuple[int, int, str, int]]:
        """(region, department, town, weight) for every town, weighted by the region's share of returns."""
        weights = names.get("region_weights", {})
        rows = session.execute(
            select(Region.id, Region.code, Department.id, Town.name)
            .join(Department, Department.region_id == Region.id)
            .join(Town, Town.department_id == Department.id)
        ).all()
        return [(reg_id, dep_id, town, int(weights.get(code, 1))) for reg_id, code, dep_id, town in rows]

    @staticmethod
    def _person(
        rng: random.Random,
        names: dict[str, Any],
        places: list[tuple[int, int, str, int]],
        previous: list[dict[str, Any]],
        country: str,
    ) -> dict[str, Any]:
        if previous and rng.random() < 0.03:
            # A deliberate near-duplicate of an earlier person: what the desk's duplicate check must catch.
            base = rng.choice(previous)
            family, given = base["family_name"], base["given_names"]
            variant = rng.randrange(3)
            if variant == 0:
                family = _typo(rng, family)
            elif variant == 1:
                given = fold(given).title()
            else:
                family, given = given, family
            sex = base["sex"]
            birth = base["birth_date"] or date(base["birth_year"], 7, 1)
        else:
            sex = "F" if rng.random() < 0.32 else "M"
            pool = names["female_given_names"] if sex == "F" else names["male_given_names"]
            given = rng.choice(pool)
            if rng.random() < 0.25:
                given = f"{given} {rng.choice(pool)}"
            family = rng.choice(names["family_names"])
            if rng.random() < 0.3:
                family = f"{family} {rng.choice(names['family_names'])}"
            birth = date(rng.randrange(1965, 2007), rng.randrange(1, 13), rng.randrange(1, 29))
        place = rng.choices(places, weights=[p[3] for p in places])[0] if places else (None, None, None, 1)
        phone = _mobile(rng, country) if rng.random() < 0.85 else None
        id_type = _weighted(rng, ID_TYPES, 1)[0]
        id_number = None if id_type == "none" else f"{rng.randrange(10**8, 10**9)}"
        unknown_birth = rng.random() < 0.04
        return {
            "family_name": family,
            "given_names": given,
            "sex": sex,
            "birth_date": None if unknown_birth else birth,
            "birth_year": birth.year if unknown_birth else None,
            "nationality": country,
            "phone": phone,
            "id_document_type": id_type,
            "id_document_number": id_number,
            "region_id": place[0],
            "department_id": place[1],
            "town": place[2],
        }
