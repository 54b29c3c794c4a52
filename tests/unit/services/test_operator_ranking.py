"""Ranking on constructed cases where the right answer is obvious."""

from __future__ import annotations

from datetime import date

from desk.services.operator_ranking import CaseFacts, OperatorFacts, rank, sectors_for_trade

TODAY = date(2026, 11, 22)


def op(id_, name, *, regions=(), departments=(), sectors=(), levels=("business",), capacity=10, active=True, end=None):
    return OperatorFacts(
        id_,
        name,
        active,
        end,
        frozenset(regions),
        frozenset(departments),
        frozenset(sectors),
        frozenset(levels),
        capacity,
    )


DOUALA_SALON = CaseFacts("LT", "WOU", "Douala (Wouri)", frozenset({"SERV"}), frozenset({"business"}))


def test_the_operator_covering_the_town_and_the_trade_comes_first():
    ranked = rank(
        DOUALA_SALON,
        [
            op(1, "Yaoundé Agro", regions={"CE"}, departments={"MFO"}, sectors={"AGRI"}),
            op(2, "Entreprendre Ensemble", regions={"LT"}, departments={"WOU"}, sectors={"SERV"}),
            op(3, "Littoral Conseil", regions={"LT"}, sectors={"AGRI"}),
        ],
        {},
        TODAY,
    )
    assert [s.name for s in ranked] == ["Entreprendre Ensemble", "Littoral Conseil", "Yaoundé Agro"]
    assert ranked[0].reasons[:2] == ("covers Douala (Wouri)", "coaches this sector")
    assert "does not cover Douala (Wouri)" in ranked[-1].reasons


def test_an_operator_at_capacity_is_shown_as_such_and_ranked_after_those_with_room():
    ranked = rank(
        DOUALA_SALON,
        [
            op(1, "Full", departments={"WOU"}, sectors={"SERV"}, capacity=5),
            op(2, "Room", regions={"LT"}),
        ],
        {1: 5},
        TODAY,
    )
    assert [s.name for s in ranked] == ["Room", "Full"]
    assert ranked[1].at_capacity and "at capacity (5/5)" in ranked[1].reasons


def test_spare_capacity_breaks_a_tie():
    ranked = rank(
        DOUALA_SALON, [op(1, "Busy", departments={"WOU"}), op(2, "Quiet", departments={"WOU"})], {1: 9, 2: 1}, TODAY
    )
    assert [s.name for s in ranked] == ["Quiet", "Busy"]


def test_inactive_or_expired_operators_are_not_eligible():
    ranked = rank(
        DOUALA_SALON,
        [
            op(1, "Closed", departments={"WOU"}, sectors={"SERV"}, active=False),
            op(2, "Expired", departments={"WOU"}, sectors={"SERV"}, end=date(2026, 1, 31)),
            op(3, "Far away", regions={"EN"}),
        ],
        {},
        TODAY,
    )
    assert ranked[0].name == "Far away" and ranked[0].eligible
    assert not ranked[1].eligible and not ranked[2].eligible
    assert any("agreement expired on 31/01/2026" in r for r in ranked[1].reasons + ranked[2].reasons)


def test_aid_level_matters():
    social_case = CaseFacts("LT", "WOU", "Douala", frozenset(), frozenset({"social"}))
    ranked = rank(
        social_case,
        [
            op(1, "Business only", departments={"WOU"}, levels=("business",)),
            op(2, "Social", departments={"WOU"}, levels=("social",)),
        ],
        {},
        TODAY,
    )
    assert ranked[0].name == "Social"


def test_sector_guessed_from_the_former_trade():
    sectors = [("SERV", ["Services", "Coiffure et esthétique", "Hair salon"]), ("AGRI", ["Agriculture", "Maïs"])]
    assert sectors_for_trade("coiffeuse", sectors) == {"SERV"}
    assert sectors_for_trade("agriculteur", sectors) == {"AGRI"}
    assert sectors_for_trade("", sectors) == frozenset()
