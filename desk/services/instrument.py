"""The sustainability instrument as data: items, answer scales recoded to 0-1, weights; its versions; the scoring.

Version 1 of an instrument is the file shipped in resources/instruments. The administrator's edits are new,
whole versions kept in the database (desk.models.assessment.InstrumentVersion); an old version is never changed,
so an old assessment is always read and scored with the version it was answered with.
"""

from __future__ import annotations

import copy
import math
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from desk.i18n import current_language, translate
from desk.paths import RESOURCES
from desk.services.errors import ValidationError
from desk.services.validation import clean_text

SHIPPED = RESOURCES / "instruments" / "sustainability-v1.toml"
WEIGHT_DECIMALS = 3  # weights are shares of their dimension, typed as 0.250
_UNITS = 10**WEIGHT_DECIMALS


@dataclass(frozen=True)
class Item:
    code: str
    dimension: str
    text: str
    weight: float
    options: tuple[tuple[str, str, float], ...]  # (code, label, value 0-1)


@dataclass(frozen=True)
class Instrument:
    code: str
    version: int
    name: str
    provisional: bool
    dimensions: tuple[tuple[str, str, float], ...]  # (code, label, weight)
    items: tuple[Item, ...]

    def dimension_label(self, code: str) -> str:
        return next((label for c, label, _ in self.dimensions if c == code), code)


@dataclass(frozen=True)
class ItemDraft:
    code: str
    text_fr: str
    text_en: str
    weight: float


@dataclass(frozen=True)
class DimensionDraft:
    code: str
    name_fr: str
    name_en: str
    weight: float
    items: tuple[ItemDraft, ...]

    def label(self) -> str:
        return self.name_en if current_language() == "en" else self.name_fr


@dataclass(frozen=True)
class InstrumentDraft:
    """What the administrator edits: wording and weights, each weight a share of its dimension (they add up to 1)."""

    code: str
    version: int  # the version it was read from; saving makes version + 1
    name: str
    dimensions: tuple[DimensionDraft, ...]


@lru_cache(maxsize=1)
def _shipped() -> dict[str, Any]:
    with SHIPPED.open("rb") as fh:
        return tomllib.load(fh)


def shipped_definition() -> dict[str, Any]:
    """Version 1, as shipped (a copy: callers may change it)."""
    return copy.deepcopy(_shipped())


def parse(definition: dict[str, Any], language: str | None = None) -> Instrument:
    """The instrument in one language (the current one by default) from its stored definition."""
    lang = language or ("en" if current_language() == "en" else "fr")
    head = definition["instrument"]
    scales = definition["scales"]
    dims = tuple((code, d[f"name_{lang}"], float(d["weight"])) for code, d in definition["dimensions"].items())
    items = tuple(
        Item(
            i["code"],
            i["dimension"],
            i[lang],
            float(i.get("weight", 1.0)),
            tuple((o["code"], o[lang], float(o["value"])) for o in scales[i["scale"]]["options"]),
        )
        for i in definition["items"]
    )
    return Instrument(
        head["code"], int(head["version"]), head[f"name_{lang}"], bool(head.get("provisional")), dims, items
    )


def score(answers: dict[str, str], inst: Instrument) -> tuple[dict[str, float], float]:
    """Per dimension, the weighted mean of the recoded answers (0-1); the composite weighs the dimensions."""
    totals: dict[str, list[float]] = {code: [0.0, 0.0] for code, _, _ in inst.dimensions}
    first_item: dict[str, Item] = {}
    for item in inst.items:
        first_item.setdefault(item.dimension, item)
        code = answers.get(item.code)
        if not code:
            continue  # not answered ("does not know", "prefers not to say"): the others' weights are re-normalised
        value = next((v for c, _, v in item.options if c == code), None)
        if value is None:
            raise ValidationError(
                item.code,
                translate("Errors", "Questionnaire: “{answer}” is not an answer to “{question}”.").format(
                    answer=code, question=item.text
                ),
            )
        totals[item.dimension][0] += item.weight * value
        totals[item.dimension][1] += item.weight
    for dim, label, _ in inst.dimensions:
        if totals[dim][1] == 0:
            raise ValidationError(
                first_item[dim].code,
                translate("Errors", "Questionnaire: answer at least one question of the “{dimension}” part.").format(
                    dimension=label
                ),
            )
    scores = {dim: round(total / weight, 2) for dim, (total, weight) in totals.items()}
    composite = round(sum(w * scores[d] for d, _, w in inst.dimensions) / sum(w for _, _, w in inst.dimensions), 2)
    return scores, composite


def _shares(weights: list[float]) -> list[float]:
    """Weights as shares adding up to exactly 1 at WEIGHT_DECIMALS (largest remainder), ratios kept."""
    total = sum(weights)
    if total <= 0:
        return [0.0 for _ in weights]
    exact = [w / total * _UNITS for w in weights]
    units = [math.floor(x) for x in exact]
    by_remainder = sorted(range(len(weights)), key=lambda i: exact[i] - units[i], reverse=True)
    for i in by_remainder[: _UNITS - sum(units)]:
        units[i] += 1
    return [u / _UNITS for u in units]


def draft_of(definition: dict[str, Any]) -> InstrumentDraft:
    """The definition as the administrator edits it (weights shown as shares of their dimension)."""
    head = definition["instrument"]
    dims = definition["dimensions"]
    dim_shares = dict(zip(dims, _shares([float(d["weight"]) for d in dims.values()]), strict=True))
    drafts = []
    for code, dim in dims.items():
        items = [i for i in definition["items"] if i["dimension"] == code]
        shares = _shares([float(i.get("weight", 1.0)) for i in items])
        drafts.append(
            DimensionDraft(
                code,
                dim["name_fr"],
                dim["name_en"],
                dim_shares[code],
                tuple(ItemDraft(i["code"], i["fr"], i["en"], w) for i, w in zip(items, shares, strict=True)),
            )
        )
    name = head["name_en"] if current_language() == "en" else head["name_fr"]
    return InstrumentDraft(head["code"], int(head["version"]), name, tuple(drafts))


def format_weight(value: float) -> str:
    text = f"{value:.{WEIGHT_DECIMALS}f}".rstrip("0").rstrip(".")
    return text if current_language() == "en" else text.replace(".", ",")


def _check_weights(weights: list[float], field: str, message: str, label: str) -> None:
    for weight in weights:
        if not math.isfinite(weight) or weight < 0:
            raise ValidationError(field, translate("Errors", "Weights: each weight is a number from 0 to 1."))
    total = round(sum(weights), WEIGHT_DECIMALS)
    if abs(total - 1) > 0.5 / _UNITS:
        raise ValidationError(field, message.format(dimension=label, total=format_weight(total)))


def next_definition(base: dict[str, Any], draft: InstrumentDraft) -> dict[str, Any]:
    """The next version: the base with the draft's wording and weights, checked. Nothing else can change
    (items, answer scales, recoding), so answers to the old version mean the same in the new one."""
    if draft.code != base["instrument"]["code"]:
        raise ValidationError("instrument", translate("Errors", "This is not the same questionnaire."))
    definition = copy.deepcopy(base)
    items = {i["code"]: i for i in definition["items"]}
    dims = definition["dimensions"]
    drafted = {item.code for dim in draft.dimensions for item in dim.items}
    if {d.code for d in draft.dimensions} != set(dims) or drafted != set(items):
        raise ValidationError(
            "instrument", translate("Errors", "Questionnaire: questions cannot be added or removed here.")
        )
    _check_weights(
        [d.weight for d in draft.dimensions],
        "dimensions",
        translate("Errors", "The weights of the dimensions add up to {total}; they must add up to 1."),
        "",
    )
    for dim in draft.dimensions:
        if any(items[item.code]["dimension"] != dim.code for item in dim.items):
            raise ValidationError(
                dim.code, translate("Errors", "Questionnaire: a question cannot move to another dimension.")
            )
        _check_weights(
            [item.weight for item in dim.items],
            dim.code,
            translate("Errors", "Weights of the dimension “{dimension}” add up to {total}; they must add up to 1."),
            dim.label(),
        )
        dims[dim.code]["weight"] = round(dim.weight, WEIGHT_DECIMALS)
        for item in dim.items:
            row = items[item.code]
            label = translate("Fields", "Question {code}").format(code=item.code)
            row["fr"] = clean_text(item.code, item.text_fr, max_length=300, label=label)
            row["en"] = clean_text(item.code, item.text_en, max_length=300, label=label)
            row["weight"] = round(item.weight, WEIGHT_DECIMALS)
    definition["instrument"]["version"] = int(base["instrument"]["version"]) + 1
    if draft_of(definition).dimensions == draft_of(base).dimensions:
        raise ValidationError("instrument", translate("Errors", "Nothing was changed: no new version was saved."))
    return definition
