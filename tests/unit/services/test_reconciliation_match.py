"""Matching statement lines to ledger entries, on constructed cases where the right answer is obvious."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk.services.ledger_dto import StatementRow
from desk.services.reconciliation_match import Candidate, Proposal, match, same_phone, unmatched_entries

DAY = date(2026, 11, 20)


def line(row_no, amount, *, reference="", phone="", on=DAY, label=""):
    return StatementRow(row_no, on, reference, amount, phone, label)


def entry(entry_id, amount, *, reference="", phone="", on=DAY, seq=None, case="CM-2026-000001"):
    return Candidate(entry_id, seq if seq is not None else entry_id, on, reference, amount, phone, case)


def test_by_reference_trimmed_and_case_ignored():
    proposals = match(
        [line(2, 150000, reference="  mp261120.A12 "), line(3, 5000, reference="NOPE")],
        [entry(10, 150000, reference="MP261120.a12", on=DAY - timedelta(days=30))],  # dates do not matter here
    )
    assert proposals == [
        Proposal(2, 10, "matched", "reference"),
        Proposal(3, None, "unmatched", ""),
    ]


def test_same_reference_but_another_amount_is_a_mismatch_with_the_entry():
    proposals = match([line(2, 140000, reference="R1")], [entry(10, 150000, reference="R1")])
    assert proposals == [Proposal(2, 10, "amount_mismatch", "reference")]


def test_the_line_with_the_right_amount_gets_the_entry_even_when_a_wrong_one_comes_first():
    proposals = match(
        [line(2, 1, reference="R1"), line(3, 150000, reference="R1")],
        [entry(10, 150000, reference="R1")],
    )
    assert proposals == [Proposal(2, None, "unmatched", ""), Proposal(3, 10, "matched", "reference")]


def test_amount_phone_and_date_within_the_tolerance():
    proposals = match(
        [line(2, 75000, phone="237699123456", on=DAY + timedelta(days=3))],
        [entry(10, 75000, phone="699123456", reference="typed by finance")],
    )
    assert proposals == [Proposal(2, 10, "matched", "amount+phone+date")]


def test_outside_the_tolerance_or_another_amount_or_phone_is_unmatched():
    entries = [entry(10, 75000, phone="699123456")]
    assert match([line(2, 75000, phone="699123456", on=DAY + timedelta(days=4))], entries)[0].status == "unmatched"
    assert match([line(2, 75001, phone="699123456")], entries)[0].status == "unmatched"
    assert match([line(2, 75000, phone="699123457")], entries)[0].status == "unmatched"
    assert match([line(2, 75000)], entries)[0].status == "unmatched"  # no phone, no reference
    wider = match([line(2, 75000, phone="699123456", on=DAY + timedelta(days=4))], entries, date_tolerance_days=5)
    assert wider[0].status == "matched"


def test_a_line_with_an_unknown_reference_is_not_matched_by_amount_and_phone():
    proposals = match([line(2, 75000, reference="X9", phone="699123456")], [entry(10, 75000, phone="699123456")])
    assert proposals == [Proposal(2, None, "unmatched", "")]


@pytest.mark.parametrize(
    ("statement", "ledger"),
    [
        ("+237 699 12 34 56", "699123456"),
        ("00237699123456", "+237699123456"),
        ("237699123456", "237 6 99 12 34 56"),
        ("22890123456", "90123456"),  # Togo: 8-digit numbers
        ("+21620123456", "0021620123456"),  # Tunisia
    ],
)
def test_country_prefixes_do_not_matter(statement, ledger):
    assert same_phone(statement, ledger)
    proposals = match([line(2, 100, phone=statement)], [entry(10, 100, phone=ledger)])
    assert proposals == [Proposal(2, 10, "matched", "amount+phone+date")]


@pytest.mark.parametrize(("a", "b"), [("", ""), ("699123456", ""), ("1234567", "1234567"), ("699123456", "699123457")])
def test_phones_that_are_not_the_same(a, b):
    assert not same_phone(a, b)


def test_an_entry_is_not_matched_twice_and_the_nearest_date_wins():
    proposals = match(
        [
            line(2, 50000, phone="699123456", on=DAY + timedelta(days=2)),
            line(3, 50000, phone="699123456", on=DAY),
        ],
        [entry(10, 50000, phone="699123456")],
    )
    assert proposals == [Proposal(2, None, "unmatched", ""), Proposal(3, 10, "matched", "amount+phone+date")]


def test_two_equal_payments_are_paired_by_nearest_dates():
    proposals = match(
        [
            line(2, 50000, phone="699123456", on=DAY + timedelta(days=1)),
            line(3, 50000, phone="699123456", on=DAY + timedelta(days=3)),
        ],
        [
            entry(10, 50000, phone="699123456", on=DAY + timedelta(days=3)),
            entry(11, 50000, phone="699123456", on=DAY),
        ],
    )
    assert [(p.row_no, p.entry_id) for p in proposals] == [(2, 11), (3, 10)]


def test_an_entry_matched_by_reference_is_not_offered_again_by_phone():
    proposals = match(
        [line(2, 50000, reference="R1"), line(3, 50000, phone="699123456")],
        [entry(10, 50000, reference="r1", phone="699123456")],
    )
    assert [p.entry_id for p in proposals] == [10, None]


def test_duplicate_references_in_the_ledger_go_to_the_nearest_date_then_the_first_entry():
    entries = [
        entry(10, 100, reference="R", on=DAY - timedelta(days=10)),
        entry(11, 100, reference="R", on=DAY),
        entry(12, 100, reference="R", on=DAY),
    ]
    assert match([line(2, 100, reference="R")], entries)[0].entry_id == 11
    assert match([line(2, 100, reference="R")], list(reversed(entries)))[0].entry_id == 11


def test_unmatched_entries_are_those_no_proposal_points_to():
    entries = [entry(10, 100, reference="A"), entry(11, 200, reference="B"), entry(12, 300, reference="C")]
    proposals = match([line(2, 100, reference="A"), line(3, 999, reference="B")], entries)
    assert unmatched_entries(entries, proposals) == [entries[2]]


def test_nothing_to_match():
    assert match([], [entry(10, 1)]) == []
    assert match([line(2, 1, reference="A")], []) == [Proposal(2, None, "unmatched", "")]


def test_a_negative_tolerance_is_a_programming_error():
    with pytest.raises(ValueError):
        match([], [], date_tolerance_days=-1)


# --- properties ------------------------------------------------------------------------------------

_references = st.sampled_from(["", "", "R1", "r1 ", "R2", "R3"])
_phones = st.sampled_from(["", "699123456", "+237699123456", "677000000", "0023767700000 0"])
_amounts = st.sampled_from([100, 200, 300])
_dates = st.integers(min_value=-5, max_value=5).map(lambda d: DAY + timedelta(days=d))

_lines = st.lists(
    st.builds(StatementRow, st.integers(1, 50), _dates, _references, _amounts, _phones, st.just("")),
    max_size=12,
)
_entries = st.lists(
    st.builds(Candidate, st.integers(1, 15), st.integers(1, 100), _dates, _references, _amounts, _phones, st.just("")),
    max_size=12,
)


@given(_lines, _entries, st.integers(0, 5))
def test_no_entry_is_proposed_twice_and_every_line_gets_one_proposal(lines, entries, tolerance):
    proposals = match(lines, entries, tolerance)
    ids = [p.entry_id for p in proposals if p.entry_id is not None]
    assert len(ids) == len(set(ids))
    assert [p.row_no for p in proposals] == [line_.row_no for line_ in lines]
    assert all((p.entry_id is None) == (p.status == "unmatched") for p in proposals)
    assert match(lines, entries, tolerance) == proposals  # deterministic


@given(_lines, _entries)
def test_every_proposal_is_justified(lines, entries):
    by_id = {}
    for candidate in entries:
        by_id.setdefault(candidate.entry_id, []).append(candidate)
    for statement_line, proposal in zip(lines, match(lines, entries), strict=True):
        if proposal.entry_id is None:
            continue
        chosen = by_id[proposal.entry_id]
        if proposal.how == "reference":
            assert any(c.reference.strip().casefold() == statement_line.reference.strip().casefold() for c in chosen)
        else:
            assert not statement_line.reference.strip()
            assert any(
                c.amount == statement_line.amount
                and same_phone(c.phone, statement_line.phone)
                and abs((c.value_date - statement_line.value_date).days) <= 3
                for c in chosen
            )
