"""French (the default) must be complete: every string the code marks for translation is translated."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from desk.i18n import load_catalog, set_language, translate, ts_file
from desk.i18n_build import _tool, sources

PLACEHOLDER = re.compile(r"\{[a-z_]*(?::[^}]*)?\}")


def _extract(tmp_path: Path) -> set[tuple[str, str]]:
    from defusedxml import ElementTree

    target = tmp_path / "extracted.ts"
    subprocess.run(
        [_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *sources(), "-ts", str(target)],
        check=True,
        capture_output=True,
    )
    root = ElementTree.parse(target).getroot()
    return {
        (ctx.findtext("name") or "", m.findtext("source") or "")
        for ctx in root.iter("context")
        for m in ctx.iter("message")
    }


def test_every_marked_string_has_a_french_translation(tmp_path):
    extracted = _extract(tmp_path)
    catalog = load_catalog("fr")
    assert len(extracted) > 150
    missing = sorted(key for key in extracted if key not in catalog)
    assert missing == [], "run `make translations` and translate these in resources/translations/desk_fr.ts"


def test_translations_keep_their_placeholders():
    for (context, source), french in load_catalog("fr").items():
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(french)), (context, source)


def test_no_unfinished_entries_in_the_ts_file():
    text = ts_file("fr").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text


def test_compiled_qm_matches_the_ts(tmp_path):
    compiled = tmp_path / "fr.qm"
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts_file("fr")), "-qm", str(compiled)], check=True)
    shipped = ts_file("fr").with_suffix(".qm")
    assert shipped.exists(), "run `python -m desk.i18n_build`"
    assert shipped.read_bytes() == compiled.read_bytes(), "the .qm is stale: run `python -m desk.i18n_build`"


def test_services_translate_without_qt():
    set_language("fr")
    try:
        assert translate("Errors", "Wrong user name or password.") == "Identifiant ou mot de passe incorrect."
    finally:
        set_language("en")
    assert translate("Errors", "Wrong user name or password.") == "Wrong user name or password."
