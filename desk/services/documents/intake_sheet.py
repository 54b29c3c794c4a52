"""The intake sheet: a case's intake on paper, signed at the desk by the returnee and the agent.

Labels follow the desk's language; the consent statement follows the language the consent was given in,
since it is what the person read and signs.
"""

from __future__ import annotations

from collections.abc import Iterator

from desk.i18n import translate
from desk.services.documents.layout import FAMILY, INK, MUTED, DeskPDF, ensure_printable
from desk.services.intake_dto import CaseFile, ConsentView
from desk.services.labels import label

SIGNATURE_BOX = (80.0, 30.0)

CONSENT_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "statement": "I agree that the reintegration desk records and uses my personal data to organise and follow "
        "my reintegration support. My data stays confidential and is shared only as I choose below. "
        "I can withdraw this consent at any time.",
        "processing": "Processing of my personal data",
        "share_operators": "Sharing with the partner operators who support me",
        "share_institutions": "Sharing with public institutions",
        "photo": "Taking and keeping my photo",
        "yes": "Yes",
        "no": "No",
    },
    "fr": {
        "statement": "J’accepte que le guichet de réintégration enregistre et utilise mes données personnelles pour "
        "organiser et suivre mon accompagnement à la réintégration. Mes données restent confidentielles et ne sont "
        "partagées que selon mes choix ci-dessous. Je peux retirer ce consentement à tout moment.",
        "processing": "Traitement de mes données personnelles",
        "share_operators": "Partage avec les opérateurs partenaires qui m’accompagnent",
        "share_institutions": "Partage avec les institutions publiques",
        "photo": "Prise et conservation de ma photo",
        "yes": "Oui",
        "no": "Non",
    },
}
SCOPES = ("processing", "share_operators", "share_institutions", "photo")


def render_intake_sheet(case: CaseFile, desk_name: str, agent_name: str) -> bytes:
    """The intake sheet as PDF bytes; raises MissingGlyphs, before printing anything, if a text cannot be drawn."""
    pdf = DeskPDF(desk_name, translate("IntakeSheet", "Intake sheet") + f" · {case.case_number}")
    ensure_printable(pdf, *_texts(case, desk_name, agent_name))
    pdf.add_page()
    _heading(pdf, case)
    _identity(pdf, case)
    _table_section(pdf, translate("IntakeSheet", "Situation"), list(case.situation.items()))
    _table_section(
        pdf,
        translate("IntakeSheet", "Return"),
        [*case.return_info.items(), (translate("IntakeSheet", "Programme"), case.programme)],
    )
    if case.vulnerabilities is not None:
        _vulnerabilities(pdf, case)
    _consent(pdf, case.consent)
    _signatures(pdf, agent_name)
    return bytes(pdf.output())


def _texts(case: CaseFile, desk_name: str, agent_name: str) -> Iterator[str | None]:
    """Every text the sheet prints, names first so the message points at the likeliest culprit."""
    consent = case.consent
    yield from (case.family_name, case.family_name.upper(), case.given_names, agent_name, case.registered_by, desk_name)
    if consent is not None:
        yield from (consent.guardian_name, consent.guardian_relation, consent.recorded_by, consent.withdrawn_reason)
    yield from (case.birth, case.nationality, case.phone, case.phone_alt, case.id_document)
    yield from (case.region, case.department, case.town, case.programme, case.channel, case.vulnerability_notes)
    yield from (*case.situation.values(), *case.return_info.values(), *(case.vulnerabilities or ()))


def _table_section(pdf: DeskPDF, title: str, rows: list[tuple[str, str]], strong: tuple[str, ...] = ()) -> None:
    pdf.section(title, keep_with=pdf.table_height(rows))
    pdf.label_value_table(rows, strong=strong)


def _heading(pdf: DeskPDF, case: CaseFile) -> None:
    top = pdf.get_y()
    pdf.set_font(FAMILY, "", 12)
    pdf.set_text_color(MUTED)
    pdf.cell(85, 6, translate("IntakeSheet", "Intake sheet"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FAMILY, "B", 22)
    pdf.set_text_color(INK)
    pdf.cell(85, 11, case.case_number, new_x="LMARGIN", new_y="NEXT")
    left_bottom = pdf.get_y()
    pdf.set_y(top + 1)
    pdf.label_value_table(
        [
            (translate("IntakeSheet", "Opened on"), case.opened_at.astimezone().strftime("%d/%m/%Y")),
            (translate("IntakeSheet", "Channel"), case.channel),
            (translate("IntakeSheet", "Registered by"), case.registered_by),
        ],
        label_width=32,
        width=88,
        align="RIGHT",
    )
    pdf.set_xy(pdf.l_margin, max(left_bottom, pdf.get_y()))


def _birth(case: CaseFile) -> str:
    if case.age is None:
        return case.birth
    return translate("IntakeSheet", "{birth} (age {age})").format(birth=case.birth, age=case.age)


def _identity(pdf: DeskPDF, case: CaseFile) -> None:
    family, given = translate("IntakeSheet", "Family name"), translate("IntakeSheet", "Given names")
    _table_section(
        pdf,
        translate("IntakeSheet", "Identity"),
        [
            (family, case.family_name.upper()),
            (given, case.given_names),
            (translate("IntakeSheet", "Sex"), label("sex", case.sex)),
            (translate("IntakeSheet", "Date of birth"), _birth(case)),
            (translate("IntakeSheet", "Nationality"), case.nationality),
            (translate("IntakeSheet", "Phones"), " / ".join(p for p in (case.phone, case.phone_alt) if p)),
            (translate("IntakeSheet", "ID document"), case.id_document),
            (
                translate("IntakeSheet", "Place of settlement"),
                ", ".join(p for p in (case.region, case.department, case.town) if p),
            ),
        ],
        (family, given),
    )


def _vulnerabilities(pdf: DeskPDF, case: CaseFile) -> None:
    pdf.section(translate("IntakeSheet", "Vulnerabilities"))
    pdf.small_note(translate("IntakeSheet", "Confidential: share only with the people who need it."))
    pdf.ln(1)
    reported = "\n".join(f"• {v}" for v in case.vulnerabilities or ()) or translate("IntakeSheet", "None reported")
    pdf.label_value_table(
        [
            (translate("IntakeSheet", "Reported"), reported),
            (translate("IntakeSheet", "Notes"), case.vulnerability_notes or ""),
        ]
    )


def _consent(pdf: DeskPDF, consent: ConsentView | None) -> None:
    pdf.section(translate("IntakeSheet", "Consent"), keep_with=45)
    if consent is None:
        pdf.paragraph(translate("IntakeSheet", "No consent recorded"))
        return
    texts = CONSENT_TEXTS.get(consent.language, CONSENT_TEXTS["fr"])
    pdf.paragraph(texts["statement"])
    pdf.ln(2)
    answers = {scope: texts["yes" if getattr(consent, scope) else "no"] for scope in SCOPES}
    pdf.label_value_table([(texts[scope], answers[scope]) for scope in SCOPES], label_width=130, strong=texts.values())
    pdf.ln(2)
    pdf.label_value_table(list(_consent_facts(consent)))
    if consent.withdrawn_at is not None:
        pdf.ln(1.5)
        pdf.set_font(FAMILY, "B", 9.5)
        pdf.multi_cell(
            0, 5, translate("IntakeSheet", "Consent withdrawn: nothing may be shared."), new_x="LMARGIN", new_y="NEXT"
        )


def _consent_facts(consent: ConsentView) -> Iterator[tuple[str, str]]:
    yield translate("IntakeSheet", "Consent given on"), consent.given_on.strftime("%d/%m/%Y")
    yield translate("IntakeSheet", "Recorded by"), consent.recorded_by
    if consent.guardian_name:
        yield (
            translate("IntakeSheet", "Guardian"),
            " – ".join(x for x in (consent.guardian_name, consent.guardian_relation) if x),
        )
    if consent.withdrawn_at is None:
        yield translate("IntakeSheet", "Withdrawn"), translate("IntakeSheet", "No")
        return
    yield translate("IntakeSheet", "Withdrawn on"), consent.withdrawn_at.astimezone().strftime("%d/%m/%Y")
    yield translate("IntakeSheet", "Reason for withdrawal"), consent.withdrawn_reason or ""


def _signatures(pdf: DeskPDF, agent_name: str) -> None:
    width, height = SIGNATURE_BOX
    pdf.section(translate("IntakeSheet", "Signatures"), keep_with=height + 2)
    top = pdf.get_y()
    titles = (
        translate("IntakeSheet", "Returnee (or guardian)"),
        translate("IntakeSheet", "Agent: {name}").format(name=agent_name),
    )
    for x, title in zip((pdf.l_margin, pdf.w - pdf.r_margin - width), titles, strict=True):
        _signature_box(pdf, x, top, title)
    pdf.set_xy(pdf.l_margin, top + height)


def _signature_box(pdf: DeskPDF, x: float, y: float, title: str) -> None:
    width, height = SIGNATURE_BOX
    pdf.set_draw_color(MUTED)
    pdf.set_line_width(0.3)
    pdf.rect(x, y, width, height)
    pdf.set_xy(x + 2, y + 1.5)
    pdf.set_font(FAMILY, "B", 8.5)
    pdf.set_text_color(INK)
    pdf.multi_cell(width - 4, 4, title, max_line_height=4)
    pdf.set_font(FAMILY, "", 8.5)
    pdf.set_xy(x + 2, y + height - 6.5)
    date = translate("IntakeSheet", "Date:")
    pdf.cell(pdf.get_string_width(date) + 1.5, 5, date)
    pdf.set_draw_color(MUTED)
    pdf.set_line_width(0.2)
    pdf.set_dash_pattern(dash=0.8, gap=0.8)
    pdf.line(pdf.get_x(), y + height - 2.5, x + width - 4, y + height - 2.5)
    pdf.set_dash_pattern()
