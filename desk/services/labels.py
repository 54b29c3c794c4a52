"""Codes stored in the database and their labels in the person's language (for screens, PDFs, exports)."""

from __future__ import annotations

from desk.i18n import QT_TRANSLATE_NOOP, translate

_T = QT_TRANSLATE_NOOP
CODES: dict[str, dict[str, str]] = {
    "sex": {"F": _T("Labels", "Female"), "M": _T("Labels", "Male"), "X": _T("Labels", "Other / not said")},
    "channel": {
        "walk_in": _T("Labels", "Walk-in"),
        "phone": _T("Labels", "Phone call"),
        "video": _T("Labels", "Video call"),
    },
    "route": {"air": _T("Labels", "Air"), "land": _T("Labels", "Land"), "sea": _T("Labels", "Sea")},
    "return_type": {
        "avr": _T("Labels", "Assisted voluntary return"),
        "forced": _T("Labels", "Forced return"),
        "spontaneous": _T("Labels", "Spontaneous return"),
        "end_of_studies": _T("Labels", "End of studies"),
        "diaspora_youth": _T("Labels", "Diaspora youth"),
    },
    "id_document_type": {
        "national_id": _T("Labels", "National ID card"),
        "passport": _T("Labels", "Passport"),
        "consular_card": _T("Labels", "Consular card"),
        "laissez_passer": _T("Labels", "Laissez-passer"),
        "none": _T("Labels", "None"),
    },
    "marital_status": {
        "single": _T("Labels", "Single"),
        "married": _T("Labels", "Married"),
        "partner": _T("Labels", "Living with a partner"),
        "divorced": _T("Labels", "Divorced or separated"),
        "widowed": _T("Labels", "Widowed"),
    },
    "education_level": {
        "none": _T("Labels", "No schooling"),
        "primary": _T("Labels", "Primary"),
        "secondary": _T("Labels", "Secondary"),
        "vocational": _T("Labels", "Vocational"),
        "higher": _T("Labels", "Higher education"),
    },
    "vulnerability": {
        "medical": _T("Labels", "Medical needs"),
        "psychosocial": _T("Labels", "Psychosocial distress"),
        "trafficking": _T("Labels", "Victim of trafficking"),
        "unaccompanied_minor": _T("Labels", "Unaccompanied or separated minor"),
        "disability": _T("Labels", "Disability"),
        "pregnancy": _T("Labels", "Pregnancy"),
        "elderly": _T("Labels", "Elderly person"),
        "single_parent": _T("Labels", "Single parent"),
    },
    "status": {
        "registered": _T("Labels", "Registered"),
        "assessed": _T("Labels", "Assessed"),
        "operator_designated": _T("Labels", "Operator designated"),
        "plan_submitted": _T("Labels", "Plan submitted"),
        "approved": _T("Labels", "Approved"),
        "to_amend": _T("Labels", "To amend"),
        "postponed": _T("Labels", "Postponed"),
        "rejected": _T("Labels", "Rejected"),
        "training": _T("Labels", "In training"),
        "disbursing": _T("Labels", "Disbursing"),
        "monitoring": _T("Labels", "Monitoring"),
        "closed": _T("Labels", "Closed"),
    },
}


def label(kind: str, code: str | None) -> str:
    if not code:
        return ""
    source = CODES.get(kind, {}).get(code)
    return translate("Labels", source) if source else code


def choices(kind: str) -> list[tuple[str, str]]:
    """(code, label) pairs in display order, for combo boxes."""
    return [(code, translate("Labels", source)) for code, source in CODES[kind].items()]
