"""Column specs: headers compared without accents, case, punctuation or spaces; HXL hashtags."""

from __future__ import annotations

import pytest

from desk.i18n import set_language
from desk.services.exchange.columns import (
    ColumnSpec,
    Kind,
    column_index,
    column_letter,
    header_keys,
    hxl_matches,
    normalise_header,
    parse_hxl,
)


@pytest.mark.parametrize(
    "text",
    ["Date de naissance", "DATE DE NAISSANCE", "date_de_naissance", " Date-de-naissance : ", "Daté de naïssance"],
)
def test_headers_ignore_accents_case_punctuation_and_spaces(text: str) -> None:
    assert normalise_header(text) == "datedenaissance"


def test_ligatures_and_apostrophes() -> None:
    assert normalise_header("Nœud d’œuvre") == normalise_header("noeud d'oeuvre") == "noeuddoeuvre"
    assert normalise_header("N° pièce") == "npiece"


def test_bracketed_hints_are_ignored_as_a_second_key() -> None:
    assert header_keys("Date de naissance (jj/mm/aaaa)") == ("datedenaissancejjmmaaaa", "datedenaissance")
    assert header_keys("Nom") == ("nom",)
    assert header_keys("***") == ()


def test_a_spec_is_found_by_any_of_its_headers() -> None:
    spec = ColumnSpec("birth_date", Kind.DATE, "Date de naissance", "Date of birth", headers=("DOB", "Né(e) le"))
    assert spec.header_keys() == {"datedenaissance", "dateofbirth", "dob", "neele", "nele"}


def test_the_label_follows_the_language() -> None:
    spec = ColumnSpec("sex", Kind.CODE, "Sexe", "Sex", codes={"F": "Femme"})
    set_language("fr")
    try:
        assert spec.label == "Sexe"
    finally:
        set_language("en")
    assert spec.label == "Sex"
    assert spec.header("fr") == "Sexe" and spec.header("en") == "Sex"
    assert ColumnSpec("x").label == "x"


def test_hxl_tags_parse_in_any_order_and_case() -> None:
    tag = parse_hxl("#Affected +F +name")
    assert tag is not None
    assert str(tag) == "#affected+f+name"
    assert parse_hxl("#affected+name") == parse_hxl("#affected +name")
    assert parse_hxl("affected") is None
    assert parse_hxl("# 12") is None
    assert parse_hxl("#date+return extra") is None


def test_hxl_matching_follows_the_standard() -> None:
    pattern = parse_hxl("#affected+name")
    assert pattern is not None
    assert hxl_matches(pattern, parse_hxl("#affected+name+family"))  # type: ignore[arg-type]
    assert not hxl_matches(pattern, parse_hxl("#affected+code"))  # type: ignore[arg-type]
    assert not hxl_matches(pattern, parse_hxl("#beneficiary+name"))  # type: ignore[arg-type]


def test_specs_refuse_nonsense() -> None:
    with pytest.raises(ValueError):
        ColumnSpec("")
    with pytest.raises(ValueError):
        ColumnSpec("region", Kind.CODE)  # a code column without codes
    with pytest.raises(ValueError):
        ColumnSpec("name", hxl=("affected+name",))


def test_column_letters_round_trip() -> None:
    for index, letters in [(0, "A"), (25, "Z"), (26, "AA"), (701, "ZZ"), (702, "AAA"), (16383, "XFD")]:
        assert column_letter(index) == letters
        assert column_index(letters) == index
