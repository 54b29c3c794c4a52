"""Registering a returnee: rules, duplicates, case numbers, consent, drafts, merges."""

from __future__ import annotations

import re
import threading
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from desk.models.audit import AuditEntry
from desk.models.intake import CaseVulnerability, Consent
from desk.models.returnee import Case, Person
from desk.services.errors import NotFound, PermissionDenied, ValidationError
from desk.services.intake_dto import RegistryFilters
from tests.factories import intake_input, make_user


@pytest.fixture
def agent(context):
    return context.for_actor(make_user(context, "agent"))


def _count(context, model) -> int:
    with context.session_factory() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_register_a_walk_in(context, agent):
    done = agent.intake.register_intake(
        intake_input(family="Ngono Mballa", given="Aïcha", vulnerabilities=["psychosocial"])
    )
    assert re.fullmatch(rf"CM-{date.today().year}-000001", done.case_number)
    assert done.full_name == "Aïcha Ngono Mballa"
    file = agent.case_files.case_file(done.case_id)
    assert (file.status, file.phone, file.nationality) == ("registered", "+237 6 99 12 34 56", "Cameroon")
    assert file.consent is not None and file.consent.share_operators and not file.consent.photo
    assert file.vulnerabilities is None and file.may_reveal  # confidential until asked for (an audited reveal)
    assert agent.case_files.reveal_sensitive(done.case_id).vulnerabilities == ("Psychosocial distress",)
    assert file.registered_by == "Agent Test"


def test_vulnerabilities_are_hidden_from_finance_and_out_of_the_audit_trail(context, agent):
    done = agent.intake.register_intake(intake_input(vulnerabilities=["trafficking"]))
    finance = context.for_actor(make_user(context, "finance"))
    file = finance.case_files.case_file(done.case_id)
    assert file.vulnerabilities is None and file.vulnerability_notes is None and not file.may_reveal
    assert not any("Vulnerable" in a for a in file.alerts)
    with pytest.raises(PermissionDenied):
        finance.case_files.reveal_sensitive(done.case_id)
    with pytest.raises(PermissionDenied):
        finance.registry.search("", RegistryFilters(vulnerable_only=True))
    with context.session_factory() as s:
        trail = " ".join(
            str(e.changes) for e in s.scalars(select(AuditEntry).where(AuditEntry.entity == "case_vulnerabilities"))
        )
    assert "trafficking" not in trail and "sensitive" in trail


def test_same_person_gets_a_new_case_and_keeps_the_old_one(context, agent):
    first = agent.intake.register_intake(intake_input())
    second = agent.intake.register_intake(intake_input(existing_person_id=first.person_id, phone="677000111"))
    assert second.person_id == first.person_id and second.case_number != first.case_number
    file = agent.case_files.case_file(second.case_id)
    assert [c[0] for c in file.other_cases] == [first.case_number]
    assert file.phone == "+237 6 77 00 01 11"
    assert _count(context, Person) == 1


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"birth": date.today() + timedelta(days=3)}, "birth_date"),
        ({"birth": date(1850, 1, 1)}, "birth_date"),
        ({"departure_date": date(2026, 5, 1), "return_date": date(2026, 4, 1)}, "return_date"),
        ({"return_date": date.today() + timedelta(days=1)}, "return_date"),
        ({"phone": "12"}, "phone"),
        ({"phone": "not a phone"}, "phone"),
        ({"family": "\x00\x01\x02"}, "family_name"),
        ({"family": "N" * 5000}, "family_name"),
        ({"given": ""}, "given_names"),
        ({"sex": "Q"}, "sex"),
        ({"returned_from": "ZZ"}, "returned_from"),
        ({"birth": date.today() - timedelta(days=365 * 15)}, "guardian_name"),
    ],
)
def test_bad_input_is_refused_on_its_field_and_nothing_is_saved(context, agent, changes, field):
    with pytest.raises(ValidationError) as err:
        agent.intake.register_intake(intake_input(**changes))
    assert err.value.field == field
    assert err.value.message
    assert (_count(context, Person), _count(context, Case), _count(context, Consent)) == (0, 0, 0)


def test_a_minor_with_a_guardian_is_registered(context, agent):
    done = agent.intake.register_intake(
        intake_input(
            birth=date.today() - timedelta(days=365 * 16),
            guardian="Marie Ngono",
            vulnerabilities=["unaccompanied_minor"],
        )
    )
    file = agent.case_files.case_file(done.case_id)
    assert file.consent.guardian_name == "Marie Ngono" and "Minor" in file.alerts


def test_no_file_without_consent_to_processing(context, agent):
    from dataclasses import replace

    intake = intake_input()
    with pytest.raises(ValidationError) as err:
        agent.intake.register_intake(replace(intake, consent=replace(intake.consent, processing=False)))
    assert err.value.field == "consent_processing"


def test_estimated_year_of_birth(context, agent):
    done = agent.intake.register_intake(intake_input(birth_year=1990))
    assert agent.case_files.case_file(done.case_id).birth == "≈ 1990"


def test_duplicates_survive_accents_swaps_and_typos(context, agent):
    agent.intake.register_intake(intake_input(family="Ngono Mballa", given="Aïcha", phone="699123456"))
    agent.intake.register_intake(intake_input(family="Ngono", given="Paul", birth=date(1980, 1, 1), phone=None))
    (best, *_) = agent.intake.check_duplicates("Ngono", "Aicha", birth_year=1998)
    assert best.full_name == "Aïcha Ngono Mballa" and "same year of birth" in best.reasons
    assert best.birth == "12/03/1998" and best.first_registered == date.today().year
    swapped = agent.intake.check_duplicates("Aicha", "Ngono Mbala", birth_date=date(1998, 3, 12))
    assert swapped[0].full_name == "Aïcha Ngono Mballa" and "same date of birth" in swapped[0].reasons
    by_phone = agent.intake.check_duplicates("Someone", "Else", phone="6 99 12 34 56")
    assert by_phone and "same phone number" in by_phone[0].reasons
    assert agent.intake.check_duplicates("Tchoupo", "Landry", birth_year=1970) == []


def test_registry_finds_by_any_fragment_misspelling_number_or_phone(context, agent):
    done = agent.intake.register_intake(intake_input(family="Ngono Mballa", given="Aïcha", id_number="1234 56789"))
    agent.intake.register_intake(intake_input(family="Essomba", given="Paul", phone="677001122"))
    found = lambda q: [r.case_number for r in agent.registry.search(q)]  # noqa: E731
    for query in (
        "ngono",
        "AICHA",
        "aïcha mbal",
        "Mbala",
        "Ngnoo",
        done.case_number,
        done.case_number[:10],
        "699 12 34 56",
        "123456789",
    ):
        assert done.case_number in found(query), query
    assert found("Essomba") != found("Mballa")
    assert found("zzzzzz") == []


def test_registry_filters_and_paging(context, agent):
    for i in range(7):
        agent.intake.register_intake(intake_input(family=f"Famille{i}", given="Test", phone=None))
    rows = agent.registry.search("", limit=5)
    assert len(rows) == 5 and rows[0].family_name == "Famille6"  # newest first
    assert len(agent.registry.search("", offset=5, limit=5)) == 2
    assert agent.registry.search("", RegistryFilters(status="closed")) == []
    by_name = agent.registry.search("famille", sort="name", descending=False)
    assert [r.family_name for r in by_name] == [f"Famille{i}" for i in range(7)]


def test_a_name_search_lists_persons_and_their_cases_newest_first_across_pages(context, agent):
    """On SQLite the full-text index orders the persons (no sort of every match); a person's cases come newest
    first all the same, and paging neither repeats nor loses a case."""
    first = agent.intake.register_intake(intake_input(family="Ndongo", given="Aline", phone=None))
    agent.intake.register_intake(intake_input(family="Ndongo", given="Bruno", phone=None))
    again = agent.intake.register_intake(
        intake_input(family="Ndongo", given="Aline", existing_person_id=first.person_id, phone=None)
    )
    agent.intake.register_intake(intake_input(family="Ndongo", given="Carine", phone=None))
    rows = agent.registry.search("ndongo")
    assert [(r.given_names, r.case_number) for r in rows] == [
        ("Carine", rows[0].case_number),
        ("Bruno", rows[1].case_number),
        ("Aline", again.case_number),  # the person registered first, her newest case first
        ("Aline", first.case_number),
    ]
    paged = [r.case_id for offset in range(0, 4, 2) for r in agent.registry.search("ndongo", offset=offset, limit=2)]
    assert sorted(paged) == sorted(r.case_id for r in rows)


def test_two_workstations_registering_at_once_get_distinct_numbers(context):
    actors = [context.for_actor(make_user(context, "agent")) for _ in range(2)]
    numbers: list[str] = []
    errors: list[BaseException] = []
    barrier = threading.Barrier(2)

    def register(services, n):
        try:
            barrier.wait()
            for i in range(8):
                numbers.append(
                    services.intake.register_intake(
                        intake_input(family=f"Concurrent{n}", given=f"Person{i}", phone=None)
                    ).case_number
                )
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=register, args=(s, n)) for n, s in enumerate(actors)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(numbers) == 16 and len(set(numbers)) == 16


def test_consent_withdrawal_is_recorded_and_kept(context, agent):
    done = agent.intake.register_intake(intake_input())
    agent.intake.withdraw_consent(done.person_id, "Ne souhaite plus être suivie")
    file = agent.case_files.case_file(done.case_id)
    assert file.consent.withdrawn_at is not None and "withdrawn" in " ".join(file.alerts)
    with pytest.raises(NotFound):
        agent.intake.withdraw_consent(done.person_id, "again")


def test_drafts_belong_to_their_author(context, agent):
    draft_id = agent.intake.save_draft("Ngono", {"family_name": "Ngono", "given_names": "Aïc"})
    assert [d.label for d in agent.intake.list_drafts()] == ["Ngono"]
    assert agent.intake.load_draft(draft_id)["given_names"] == "Aïc"
    other = context.for_actor(make_user(context, "agent"))
    assert other.intake.list_drafts() == []
    with pytest.raises(NotFound):
        other.intake.load_draft(draft_id)
    from dataclasses import replace

    agent.intake.register_intake(replace(intake_input(), draft_id=draft_id))
    assert agent.intake.list_drafts() == []


def test_merge_and_undo(context, agent):
    a = agent.intake.register_intake(intake_input(family="Ngono Mballa", given="Aïcha"))
    b = agent.intake.register_intake(intake_input(family="Ngono Mbala", given="Aicha", phone=None))
    manager = context.for_actor(make_user(context, "manager"))
    with pytest.raises(PermissionDenied):
        agent.case_files.merge_persons(a.person_id, b.person_id, "same person")
    merge_id = manager.case_files.merge_persons(a.person_id, b.person_id, "Même personne, nom mal orthographié")
    assert agent.case_files.case_file(b.case_id).person_id == a.person_id
    assert {r.person_id for r in agent.registry.search("ngono")} == {a.person_id}
    manager.case_files.undo_merge(merge_id)
    assert agent.case_files.case_file(b.case_id).person_id == b.person_id
    assert {r.person_id for r in agent.registry.search("ngono")} == {a.person_id, b.person_id}


def test_finance_cannot_register(context):
    finance = context.for_actor(make_user(context, "finance"))
    with pytest.raises(PermissionDenied):
        finance.intake.register_intake(intake_input())
    with pytest.raises(PermissionDenied):
        finance.intake.check_duplicates("Ngono", "Aicha")
    assert _count(context, CaseVulnerability) == 0


def test_sharing_follows_the_consent_and_its_withdrawal(context, agent):
    from desk.services.consent import require_sharing, sharing_allowed

    done = agent.intake.register_intake(intake_input())  # operators yes, institutions no, photo no
    with context.session_factory() as s:
        assert sharing_allowed(s, done.person_id, "operators")
        assert not sharing_allowed(s, done.person_id, "institutions")
        assert not sharing_allowed(s, done.person_id, "photo")
    agent.intake.withdraw_consent(done.person_id, "changed her mind")
    with context.session_factory() as s:
        assert not sharing_allowed(s, done.person_id, "operators")
        with pytest.raises(PermissionDenied, match="consent"):
            require_sharing(s, done.person_id, "operators")


def test_a_photo_needs_consent_and_stays_out_of_the_audit_trail(context, agent):
    from dataclasses import replace

    jpeg = b"\xff\xd8\xff\xe0" + b"0" * 2000
    refused = agent.intake.register_intake(intake_input())  # consent to a photo: no
    with pytest.raises(PermissionDenied):
        agent.case_files.set_photo(refused.person_id, jpeg)
    base = intake_input(family="Essomba", given="Paul")
    done = agent.intake.register_intake(replace(base, consent=replace(base.consent, photo=True)))
    with pytest.raises(ValidationError):
        agent.case_files.set_photo(done.person_id, b"GIF89a not a photo")
    with pytest.raises(ValidationError):
        agent.case_files.set_photo(done.person_id, b"\xff\xd8\xff" + b"0" * 400_000)
    agent.case_files.set_photo(done.person_id, jpeg)
    assert agent.case_files.photo(done.person_id) == jpeg
    with context.session_factory() as s:
        trail = [
            e.changes
            for e in s.scalars(
                select(AuditEntry).where(AuditEntry.entity == "persons", AuditEntry.entity_id == str(done.person_id))
            )
        ]
    assert trail[-1] == {"photo": {"sensitive": True}}
