"""Seeding the reference lists of a country from resources/reference/<CC>.toml (idempotent)."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from babel import Locale
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.i18n import translate
from desk.models.reference import (
    Country,
    Currency,
    Department,
    Donor,
    Institution,
    Programme,
    Region,
    Sector,
    Town,
    ValueChain,
)
from desk.paths import RESOURCES
from desk.services.errors import ValidationError

REFERENCE = RESOURCES / "reference"
COUNTRIES = ("CM", "TG", "TN")


def load_country_file(country: str) -> dict[str, Any]:
    path = REFERENCE / f"{country}.toml"
    if country not in COUNTRIES or not path.exists():
        raise ValidationError(
            "country",
            translate("Errors", "Country: choose one of {choices}.").format(choices=", ".join(COUNTRIES)),
        )
    with path.open("rb") as fh:
        return tomllib.load(fh)


def _load(path: Path) -> dict[str, Any]:
    with path.open("rb") as fh:
        return tomllib.load(fh)


def _existing(session: Session, model: type[Any]) -> dict[str, Any]:
    return {row.code: row for row in session.scalars(select(model))}


def _add(session: Session, model: type[Any], known: dict[str, Any], code: str, **fields: Any) -> Any:
    """Insert a missing item; an item the admin already has (even edited) is left as it is."""
    if code in known:
        return known[code]
    row = model(code=code, **fields)
    session.add(row)
    known[code] = row
    return row


def seed_reference(session: Session, country: str) -> dict[str, Any]:
    """Load currencies, countries of the world and the country's own lists. Returns the country section."""
    data = load_country_file(country)
    currencies = _existing(session, Currency)
    for i, cur in enumerate(_load(REFERENCE / "currencies.toml")["currencies"]):
        _add(
            session,
            Currency,
            currencies,
            cur["code"],
            name_fr=cur["name_fr"],
            name_en=cur["name_en"],
            minor_units=cur["minor_units"],
            symbol=cur.get("symbol", ""),
            sort_order=i,
        )
    _seed_countries(session)

    regions = _existing(session, Region)
    departments = _existing(session, Department)
    session.flush()
    for i, reg in enumerate(data.get("regions", [])):
        region = _add(
            session, Region, regions, reg["code"], name_fr=reg["name_fr"], name_en=reg["name_en"], sort_order=i
        )
        session.flush()
        for j, dep in enumerate(reg.get("departments", [])):
            is_new = dep["code"] not in departments
            department = _add(
                session,
                Department,
                departments,
                dep["code"],
                name_fr=dep["name"],
                name_en=dep["name"],
                region_id=region.id,
                sort_order=j,
            )
            if is_new:
                session.flush()
                for town in dict.fromkeys(dep.get("towns", [])):
                    session.add(Town(department_id=department.id, name=town))

    donors = _existing(session, Donor)
    for i, don in enumerate(data.get("donors", [])):
        _add(session, Donor, donors, don["code"], name_fr=don["name_fr"], name_en=don["name_en"], sort_order=i)
    session.flush()
    programmes = _existing(session, Programme)
    for i, prog in enumerate(data.get("programmes", [])):
        donor = donors.get(prog.get("donor", ""))
        _add(
            session,
            Programme,
            programmes,
            prog["code"],
            name_fr=prog["name_fr"],
            name_en=prog["name_en"],
            donor_id=donor.id if donor else None,
            aid_levels=list(prog.get("aid_levels", [])),
            required_training=list(prog.get("required_training", [])),
            sort_order=i,
        )

    institutions = _existing(session, Institution)
    for i, inst in enumerate(data.get("institutions", [])):
        _add(
            session,
            Institution,
            institutions,
            inst["code"],
            name_fr=inst["name_fr"],
            name_en=inst["name_en"],
            kind=inst.get("kind", "ministry"),
            services=list(inst.get("services", [])),
            sort_order=i,
        )

    sectors = _existing(session, Sector)
    chains = _existing(session, ValueChain)
    for i, sec in enumerate(data.get("sectors", [])):
        sector = _add(
            session, Sector, sectors, sec["code"], name_fr=sec["name_fr"], name_en=sec["name_en"], sort_order=i
        )
        session.flush()
        for j, chain in enumerate(sec.get("value_chains", [])):
            _add(
                session,
                ValueChain,
                chains,
                chain["code"],
                name_fr=chain["name_fr"],
                name_en=chain["name_en"],
                sector_id=sector.id,
                sort_order=j,
            )
    session.flush()
    return dict(data["country"])


def _seed_countries(session: Session) -> None:
    """Countries of the world with French and English names (Babel's CLDR data)."""
    known = _existing(session, Country)
    french, english = Locale("fr").territories, Locale("en").territories
    for code in sorted(english):
        if len(code) == 2 and code.isalpha() and code not in ("ZZ", "EU", "EZ", "UN", "QO", "XA", "XB", "XK"):
            _add(session, Country, known, code, name_fr=french.get(code, english[code]), name_en=english[code])
