"""The employment track: documents, offers and their outcome, placements; bad input refused."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desk.services.errors import PermissionDenied, ValidationError
from tests.factories import intake_input, make_user


def test_employment_track(context):
    agent = context.for_actor(make_user(context, "agent"))
    case_id = agent.intake.register_intake(intake_input()).case_id
    agent.employment.set_documents(case_id, cv_done=True, cover_letter_done=False)
    offer = agent.employment.add_offer(case_id, "Hôtel Akwa Palace", "Coiffeuse", date.today())
    agent.employment.set_offer_outcome(offer, "accepted")
    agent.employment.add_placement(case_id, "Hôtel Akwa Palace", "Coiffeuse", date.today(), "fixed_term")
    track = agent.employment.track(case_id)
    assert (track.cv_done, track.cover_letter_done) == (True, False)
    assert [(o.employer, o.outcome) for o in track.offers] == [("Hôtel Akwa Palace", "accepted")]
    assert track.placements[0].contract_type == "fixed_term"
    with pytest.raises(ValidationError) as err:
        agent.employment.add_offer(case_id, "", "Coiffeuse", date.today())
    assert err.value.field == "employer"
    with pytest.raises(ValidationError):
        agent.employment.add_offer(case_id, "X", "Y", date.today() + timedelta(days=2))
    with pytest.raises(ValidationError):
        agent.employment.add_placement(case_id, "X", "Y", date.today(), "slavery")
    finance = context.for_actor(make_user(context, "finance"))
    assert finance.employment.track(case_id).placements  # finance reads the file
    with pytest.raises(PermissionDenied):
        finance.employment.set_documents(case_id, True, True)
