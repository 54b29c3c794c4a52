"""Codes stored in the database and their labels in the person's language (for screens, PDFs, exports)."""

from __future__ import annotations

from desk.i18n import QT_TRANSLATE_NOOP, translate

CODES: dict[str, dict[str, str]] = {
    "sex": {
        "F": QT_TRANSLATE_NOOP("Labels", "Female"),
        "M": QT_TRANSLATE_NOOP("Labels", "Male"),
        "X": QT_TRANSLATE_NOOP("Labels", "Other / not said"),
    },
    "channel": {
        "walk_in": QT_TRANSLATE_NOOP("Labels", "Walk-in"),
        "phone": QT_TRANSLATE_NOOP("Labels", "Phone call"),
        "video": QT_TRANSLATE_NOOP("Labels", "Video call"),
    },
    "route": {
        "air": QT_TRANSLATE_NOOP("Labels", "Air"),
        "land": QT_TRANSLATE_NOOP("Labels", "Land"),
        "sea": QT_TRANSLATE_NOOP("Labels", "Sea"),
    },
    "return_type": {
        "avr": QT_TRANSLATE_NOOP("Labels", "Assisted voluntary return"),
        "forced": QT_TRANSLATE_NOOP("Labels", "Forced return"),
        "spontaneous": QT_TRANSLATE_NOOP("Labels", "Spontaneous return"),
        "end_of_studies": QT_TRANSLATE_NOOP("Labels", "End of studies"),
        "diaspora_youth": QT_TRANSLATE_NOOP("Labels", "Diaspora youth"),
    },
    "id_document_type": {
        "national_id": QT_TRANSLATE_NOOP("Labels", "National ID card"),
        "passport": QT_TRANSLATE_NOOP("Labels", "Passport"),
        "consular_card": QT_TRANSLATE_NOOP("Labels", "Consular card"),
        "laissez_passer": QT_TRANSLATE_NOOP("Labels", "Laissez-passer"),
        "none": QT_TRANSLATE_NOOP("Labels", "None"),
    },
    "marital_status": {
        "single": QT_TRANSLATE_NOOP("Labels", "Single"),
        "married": QT_TRANSLATE_NOOP("Labels", "Married"),
        "partner": QT_TRANSLATE_NOOP("Labels", "Living with a partner"),
        "divorced": QT_TRANSLATE_NOOP("Labels", "Divorced or separated"),
        "widowed": QT_TRANSLATE_NOOP("Labels", "Widowed"),
    },
    "education_level": {
        "none": QT_TRANSLATE_NOOP("Labels", "No schooling"),
        "primary": QT_TRANSLATE_NOOP("Labels", "Primary"),
        "secondary": QT_TRANSLATE_NOOP("Labels", "Secondary"),
        "vocational": QT_TRANSLATE_NOOP("Labels", "Vocational"),
        "higher": QT_TRANSLATE_NOOP("Labels", "Higher education"),
    },
    "vulnerability": {
        "medical": QT_TRANSLATE_NOOP("Labels", "Medical needs"),
        "psychosocial": QT_TRANSLATE_NOOP("Labels", "Psychosocial distress"),
        "trafficking": QT_TRANSLATE_NOOP("Labels", "Victim of trafficking"),
        "unaccompanied_minor": QT_TRANSLATE_NOOP("Labels", "Unaccompanied or separated minor"),
        "disability": QT_TRANSLATE_NOOP("Labels", "Disability"),
        "pregnancy": QT_TRANSLATE_NOOP("Labels", "Pregnancy"),
        "elderly": QT_TRANSLATE_NOOP("Labels", "Elderly person"),
        "single_parent": QT_TRANSLATE_NOOP("Labels", "Single parent"),
    },
    "status": {
        "registered": QT_TRANSLATE_NOOP("Labels", "Registered"),
        "assessed": QT_TRANSLATE_NOOP("Labels", "Assessed"),
        "operator_designated": QT_TRANSLATE_NOOP("Labels", "Operator designated"),
        "plan_submitted": QT_TRANSLATE_NOOP("Labels", "Plan submitted"),
        "approved": QT_TRANSLATE_NOOP("Labels", "Approved"),
        "to_amend": QT_TRANSLATE_NOOP("Labels", "To amend"),
        "postponed": QT_TRANSLATE_NOOP("Labels", "Postponed"),
        "rejected": QT_TRANSLATE_NOOP("Labels", "Rejected"),
        "training": QT_TRANSLATE_NOOP("Labels", "In training"),
        "disbursing": QT_TRANSLATE_NOOP("Labels", "Disbursing"),
        "monitoring": QT_TRANSLATE_NOOP("Labels", "Monitoring"),
        "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
    },
    "course_kind": {
        "technical": QT_TRANSLATE_NOOP("Labels", "Technical"),
        "entrepreneurship": QT_TRANSLATE_NOOP("Labels", "Entrepreneurship and business management"),
        "civic": QT_TRANSLATE_NOOP("Labels", "Civic training"),
        "job_search": QT_TRANSLATE_NOOP("Labels", "Job search"),
    },
    "closure": {
        "completed": QT_TRANSLATE_NOOP("Labels", "Completed (last visit done)"),
        "abandoned": QT_TRANSLATE_NOOP("Labels", "Abandoned"),
        "remigrated": QT_TRANSLATE_NOOP("Labels", "Re-migrated"),
        "unreachable": QT_TRANSLATE_NOOP("Labels", "Unreachable"),
        "deceased": QT_TRANSLATE_NOOP("Labels", "Deceased"),
    },
    "visit_kind": {
        "phone": QT_TRANSLATE_NOOP("Labels", "Phone call"),
        "field": QT_TRANSLATE_NOOP("Labels", "Field visit"),
        "office": QT_TRANSLATE_NOOP("Labels", "Office visit"),
    },
    "visit_status": {
        "planned": QT_TRANSLATE_NOOP("Labels", "Planned"),
        "done": QT_TRANSLATE_NOOP("Labels", "Done"),
        "missed": QT_TRANSLATE_NOOP("Labels", "Missed"),
        "unreachable": QT_TRANSLATE_NOOP("Labels", "Person unreachable"),
        "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    },
    "visit_outcome": {
        "done": QT_TRANSLATE_NOOP("Labels", "Done"),
        "missed": QT_TRANSLATE_NOOP("Labels", "Missed"),
        "unreachable": QT_TRANSLATE_NOOP("Labels", "Person unreachable"),
        "remigrated": QT_TRANSLATE_NOOP("Labels", "Person re-migrated"),
        "deceased": QT_TRANSLATE_NOOP("Labels", "Person deceased"),
    },
    "project_status": {
        "running": QT_TRANSLATE_NOOP("Labels", "Running"),
        "struggling": QT_TRANSLATE_NOOP("Labels", "Struggling"),
        "suspended": QT_TRANSLATE_NOOP("Labels", "Suspended"),
        "closed": QT_TRANSLATE_NOOP("Labels", "Closed down"),
    },
    "income_band": {
        "none": QT_TRANSLATE_NOOP("Labels", "No income yet"),
        "low": QT_TRANSLATE_NOOP("Labels", "Low (below the minimum wage)"),
        "medium": QT_TRANSLATE_NOOP("Labels", "Medium (one to two minimum wages)"),
        "high": QT_TRANSLATE_NOOP("Labels", "High (more than two minimum wages)"),
    },
    "employment_status": {
        "self_employed": QT_TRANSLATE_NOOP("Labels", "Works in their own business"),
        "employed": QT_TRANSLATE_NOOP("Labels", "Employed"),
        "looking": QT_TRANSLATE_NOOP("Labels", "Looking for work"),
        "inactive": QT_TRANSLATE_NOOP("Labels", "Not working"),
    },
    "ledger_kind": {
        "pocket_money": QT_TRANSLATE_NOOP("Labels", "Arrival pocket money"),
        "social_aid": QT_TRANSLATE_NOOP("Labels", "Social aid"),
        "business_instalment": QT_TRANSLATE_NOOP("Labels", "Business-creation instalment"),
        "employment_aid": QT_TRANSLATE_NOOP("Labels", "Employment aid"),
        "training_allowance": QT_TRANSLATE_NOOP("Labels", "Training allowance"),
        "transport": QT_TRANSLATE_NOOP("Labels", "Transport"),
        "medical": QT_TRANSLATE_NOOP("Labels", "Medical care"),
        "in_kind": QT_TRANSLATE_NOOP("Labels", "In-kind purchase (paid to a supplier)"),
    },
    "modality": {
        "cash": QT_TRANSLATE_NOOP("Labels", "Cash"),
        "mobile_money": QT_TRANSLATE_NOOP("Labels", "Mobile money"),
        "bank_transfer": QT_TRANSLATE_NOOP("Labels", "Bank transfer"),
        "in_kind": QT_TRANSLATE_NOOP("Labels", "In kind (supplier)"),
    },
    "request_status": {
        "requested": QT_TRANSLATE_NOOP("Labels", "Waiting for approval"),
        "approved": QT_TRANSLATE_NOOP("Labels", "Approved, to pay"),
        "rejected": QT_TRANSLATE_NOOP("Labels", "Refused"),
        "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
        "paid": QT_TRANSLATE_NOOP("Labels", "Paid"),
        "reversed": QT_TRANSLATE_NOOP("Labels", "Paid, then reversed"),
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
