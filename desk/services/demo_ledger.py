"""The demonstration desk's money: pocket money at arrival, instalments after the committee's decisions, requests
waiting in both queues, a few reversals, and the past months closed with their fingerprints.

Entries are built in value-date order and chained in bulk (the same chain `desk verify` recomputes), so a demo
of 100,000 returnees gets its tens of thousands of entries in seconds.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from desk.models.account import User
from desk.models.committee import CommitteeDecision, CommitteeSession
from desk.models.ledger import DisbursementRequest, Instalment, LedgerEntry, LedgerPeriod
from desk.models.reference import Programme
from desk.models.returnee import Case, Counter, Person
from desk.models.setting import DeskSetting
from desk.services.ledger_chain import GENESIS
from desk.services.ledger_posting import LEDGER_COUNTER, RECEIPT_COUNTER, chained, rebuild_totals
from desk.services.ledger_rules import period_of, schedule_instalments

POCKET_MONEY = {"XAF": 50_000, "XOF": 50_000, "TND": 150_000}
MOBILE_OPERATORS = ("MTN Mobile Money", "Orange Money")
REVERSAL_REASONS = (
    "Erreur sur le numéro mobile money : somme renvoyée par l'opérateur",
    "Montant saisi en double",
    "Paiement au mauvais dossier",
)


def add_demo_ledger(session: Session, rng: random.Random) -> int:
    """Fill the ledger; returns the number of entries."""
    users = dict(session.execute(select(User.username, User.id)).all())
    agent, manager, finance = users["agent"], users["manager"], users["finance"]
    currency_row = session.get(DeskSetting, "desk.currency")
    currency = currency_row.value if currency_row else "XAF"
    donors = dict(session.execute(select(Programme.id, Programme.donor_id)).all())
    today = date.today()
    now = datetime.now(UTC)
    requests: list[dict[str, Any]] = []
    entries: list[dict[str, Any]] = []
    request_id = 0

    def payment(case_id: int, programme_id: int | None, phone: str | None) -> dict[str, Any]:
        mobile = phone is not None and rng.random() < 0.35
        return {
            "case_id": case_id,
            "programme_id": programme_id,
            "donor_id": donors.get(programme_id) if programme_id else None,
            "modality": "mobile_money" if mobile else "cash",
            "mobile_operator": rng.choice(MOBILE_OPERATORS) if mobile else None,
            "phone": phone if mobile else None,
            "bank_account": None,
            "supplier": None,
        }

    def request(fields: dict[str, Any], kind: str, amount: int, cur: str, status: str, at: date, **extra: Any) -> int:
        nonlocal request_id
        request_id += 1
        stamp = datetime.combine(at, datetime.min.time(), UTC)
        requests.append(
            {
                "id": request_id,
                **fields,
                "kind": kind,
                "amount": amount,
                "currency": cur,
                "proxy_name": None,
                "proxy_id_document": None,
                "note": None,
                "status": status,
                "requested_by_id": agent,
                "decided_by_id": manager if status != "requested" else None,
                "decided_at": stamp if status != "requested" else None,
                "decision_reason": None,
                "instalment_id": extra.get("instalment_id"),
                "created_at": stamp,
                "updated_at": now,
                "version": 1,
            }
        )
        return request_id

    def pay(
        fields: dict[str, Any], req: int, kind: str, amount: int, cur: str, day: date, name: str, **extra: Any
    ) -> None:
        entries.append(
            {
                **fields,
                "request_id": req,
                "instalment_id": extra.get("instalment_id"),
                "kind": kind,
                "amount": amount,
                "currency": cur,
                "collector_name": name,
                "collector_is_proxy": False,
                "collector_id_document": None,
                "reference": f"MP{day:%y%m%d}.{rng.randrange(10**7):07d}" if fields["modality"] != "cash" else None,
                "value_date": day,
                "reverses_id": None,
                "reason": None,
                "approved_by_id": manager,
                "posted_by_id": finance,
                "posted_at": datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=rng.randrange(8, 17)),
            }
        )

    # Pocket money at arrival, for most people who came in the last two years.
    rows = session.execute(
        select(
            Case.id,
            Case.programme_id,
            Case.return_date,
            Case.opened_at,
            Person.family_name,
            Person.given_names,
            Person.phone,
        )
        .join(Person, Person.id == Case.person_id)
        .order_by(Case.id)
    )
    amount = POCKET_MONEY.get(currency, 50_000)
    for case_id, programme_id, returned, opened, family, given, phone in rows:
        day = max(returned or opened.date(), opened.date())
        if day > today or (today - day).days > 730 or rng.random() > 0.7:
            continue
        fields = payment(case_id, programme_id, phone)
        req = request(fields, "pocket_money", amount, currency, "paid", day)
        pay(fields, req, "pocket_money", amount, currency, day, f"{given} {family.upper()}")

    # Instalments after the committee's decisions.
    decisions = session.execute(
        select(
            CommitteeDecision,
            CommitteeSession.held_on,
            Case.status,
            Case.programme_id,
            Person.family_name,
            Person.given_names,
            Person.phone,
        )
        .join(CommitteeSession, CommitteeSession.id == CommitteeDecision.session_id)
        .join(Case, Case.id == CommitteeDecision.case_id)
        .join(Person, Person.id == Case.person_id)
        .where(CommitteeDecision.decision == "approved")
    ).all()
    for decision, *_ in decisions:
        schedule_instalments(session, decision)
    session.flush()
    for decision, held_on, status, programme_id, family, given, phone in decisions:
        instalments = session.scalars(
            select(Instalment).where(Instalment.decision_id == decision.id).order_by(Instalment.number)
        ).all()
        fields = payment(decision.case_id, programme_id, phone)
        name = f"{given} {family.upper()}"
        for instalment in instalments:
            if instalment.number == 1 and status in ("approved",):
                stage = rng.choice(("requested", "approved", None))
                if stage:
                    request(
                        fields,
                        "business_instalment",
                        instalment.amount,
                        instalment.currency,
                        stage,
                        today - timedelta(days=2),
                        instalment_id=instalment.id,
                    )
                continue
            if status == "training" or (instalment.number > 1 and status != "monitoring"):
                continue
            day = min(today, held_on + timedelta(days=10 + 50 * (instalment.number - 1) + rng.randrange(0, 10)))
            if instalment.needs_report:
                instalment.report_received_on = day - timedelta(days=3)
            req = request(
                fields,
                "business_instalment",
                instalment.amount,
                instalment.currency,
                "paid",
                day,
                instalment_id=instalment.id,
            )
            pay(
                fields,
                req,
                "business_instalment",
                instalment.amount,
                instalment.currency,
                day,
                name,
                instalment_id=instalment.id,
            )

    entries.sort(key=lambda e: (e["value_date"], e["posted_at"]))
    # A few reversals, each right after its mistake (the original request marked reversed).
    with_reversals: list[dict[str, Any]] = []
    reversed_requests: set[int] = set()
    for entry in entries:
        with_reversals.append(entry)
        if entry["kind"] == "pocket_money" and rng.random() < 0.004:
            with_reversals.append(
                {
                    **entry,
                    "amount": -entry["amount"],
                    "reverses_id": "previous",
                    "reason": rng.choice(REVERSAL_REASONS),
                    "approved_by_id": None,
                }
            )
            reversed_requests.add(entry["request_id"])
    for row in requests:
        if row["id"] in reversed_requests:
            row["status"] = "reversed"
    if requests:
        session.execute(insert(DisbursementRequest), requests)

    first_id = (session.scalar(select(LedgerEntry.id).order_by(LedgerEntry.id.desc()).limit(1)) or 0) + 1
    receipt = 0
    for offset, row in enumerate(_resolve(with_reversals, first_id)):
        row["id"] = first_id + offset
        if row["reverses_id"] is None:
            receipt += 1
        row["receipt_no"] = receipt if row["reverses_id"] is None else None
    rows_out = list(chained(with_reversals, 0, GENESIS))
    for start in range(0, len(rows_out), 5000):
        session.execute(insert(LedgerEntry), rows_out[start : start + 5000])
    rebuild_totals(session)
    session.merge(Counter(name=LEDGER_COUNTER, value=len(rows_out)))
    session.merge(Counter(name=RECEIPT_COUNTER, value=receipt))

    # Close every month before last month, each with the ledger's head at the time.
    last_by_period: dict[str, tuple[int, str]] = {}
    for row in rows_out:
        last_by_period[row["period"]] = (row["seq"], row["hash"])
    first_open = period_of((today.replace(day=1) - timedelta(days=1)).replace(day=1))
    for period, (seq, fingerprint) in sorted(last_by_period.items()):
        if period < first_open:
            year, month = int(period[:4]), int(period[5:])
            closed_on = datetime(year + (month == 12), month % 12 + 1, 3, 16, 30, tzinfo=UTC)
            session.add(
                LedgerPeriod(
                    period=period, closed_at=closed_on, closed_by_id=finance, last_seq=seq, fingerprint=fingerprint
                )
            )
    if session.get_bind().dialect.name == "postgresql":
        for table in ("ledger_entries", "disbursement_requests"):
            session.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"GREATEST((SELECT max(id) FROM {table}), 1))"
                )
            )
    return len(rows_out)


def _resolve(rows: list[dict[str, Any]], first_id: int) -> list[dict[str, Any]]:
    """Give reversals the id of the entry just before them."""
    for index, row in enumerate(rows):
        if row["reverses_id"] == "previous":
            row["reverses_id"] = first_id + index - 1
    return rows
