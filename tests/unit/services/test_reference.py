"""Reference lists: seeded per country, editable by the administrator only, codes stable."""

from __future__ import annotations

import pytest

from desk.services.context import DeskContext
from desk.services.errors import Conflict, NotFound, ValidationError
from desk.services.reference_seed import COUNTRIES, load_country_file
from tests.factories import make_admin, make_user


def test_cameroon_is_seeded(context):
    reference = context.for_actor(make_user(context, "agent")).reference
    regions = {r.code: r for r in reference.list_items("regions")}
    assert len(regions) == 10 and regions["LT"].name_fr == "Littoral"
    littoral_departments = reference.list_items("departments", parent_id=regions["LT"].id)
    assert "Wouri" in {d.name_fr for d in littoral_departments}
    institutions = {i.code for i in reference.list_items("institutions")}
    assert {"MINAS", "MINSANTE", "MINJEC", "MINEFOP", "FNE"} <= institutions
    programmes = {p.code: p for p in reference.list_items("programmes")}
    assert "entrepreneurship" in programmes["OFII-ARV"].extra["required_training"]
    currencies = {c.code: c for c in reference.list_items("currencies")}
    assert currencies["XAF"].extra["minor_units"] == 0 and currencies["TND"].extra["minor_units"] == 3
    countries = {c.code: c for c in reference.list_items("countries")}
    assert countries["LY"].name_fr == "Libye" and countries["LY"].name_en == "Libya"


@pytest.mark.parametrize("country", COUNTRIES)
def test_every_country_file_is_consistent(country):
    data = load_country_file(country)
    donors = {d["code"] for d in data["donors"]}
    assert all(p.get("donor", next(iter(donors))) in donors for p in data["programmes"])
    department_codes = [d["code"] for r in data["regions"] for d in r["departments"]]
    assert len(department_codes) == len(set(department_codes))
    assert all(d["towns"] for r in data["regions"] for d in r["departments"])


def test_initialise_is_idempotent_and_keeps_admin_edits(context):
    admin = make_admin(context)
    reference = context.for_actor(admin).reference
    fne = next(i for i in reference.list_items("institutions") if i.code == "FNE")
    reference.update_item(
        "institutions", fne.id, fne.version, name_fr="FNE – agence de Douala", name_en="", active=True
    )
    count = len(reference.list_items("institutions"))
    context.desk.initialise("CM")
    again = {i.code: i for i in reference.list_items("institutions")}
    assert len(again) == count and again["FNE"].name_fr == "FNE – agence de Douala"


def test_a_desk_keeps_its_country(context):
    with pytest.raises(ValidationError, match="already set up for CM"):
        context.desk.initialise("TN")


def test_add_retire_and_rename(context):
    reference = context.for_actor(make_admin(context)).reference
    sector = reference.list_items("sectors")[0]
    chain = reference.add_item("value_chains", "agri-moringa", "Moringa", "", parent_id=sector.id)
    assert (chain.code, chain.name_en, chain.parent_id) == ("AGRI-MORINGA", "Moringa", sector.id)
    retired = reference.update_item(
        "value_chains", chain.id, chain.version, name_fr="Moringa", name_en="Moringa", active=False
    )
    assert chain.code not in {c.code for c in reference.list_items("value_chains")}
    assert chain.code in {c.code for c in reference.list_items("value_chains", include_inactive=True)}
    with pytest.raises(Conflict):
        reference.update_item("value_chains", chain.id, chain.version, name_fr="X", name_en="X", active=True)
    assert retired.version == chain.version + 1


@pytest.mark.parametrize(
    ("kind", "code", "name_fr", "parent", "field"),
    [
        ("sectors", "", "Nom", None, "code"),
        ("sectors", "AGRI", "Doublon", None, "code"),
        ("sectors", "NEW", "", None, "name_fr"),
        ("sectors", "NEW", "x" * 201, None, "name_fr"),
        ("departments", "NEWDEP", "Nouveau", None, "parent"),
        ("departments", "NEWDEP", "Nouveau", 999_999, "parent"),
    ],
)
def test_bad_items_are_refused_on_their_field(context, kind, code, name_fr, parent, field):
    reference = context.for_actor(make_admin(context)).reference
    before = len(reference.list_items(kind, include_inactive=True))
    with pytest.raises(ValidationError) as err:
        reference.add_item(kind, code, name_fr, "", parent_id=parent)
    assert err.value.field == field
    assert len(reference.list_items(kind, include_inactive=True)) == before


def test_unknown_list(context):
    with pytest.raises(NotFound):
        context.for_actor(make_admin(context)).reference.list_items("planets")


@pytest.mark.parametrize("country", ["TG", "TN"])
def test_other_countries_initialise(empty_db_url, country):
    ctx = DeskContext(empty_db_url)
    try:
        ctx.migrate(None)
        info = ctx.desk.initialise(country)
        assert info.country == country and info.currency == {"TG": "XOF", "TN": "TND"}[country]
        assert info.currency_minor_units == {"TG": 0, "TN": 3}[country]
    finally:
        ctx.close()
