"""A referral letter for the institution, to hand to the person or send: who, why, by when, with consent."""

from __future__ import annotations

from datetime import date

from desk.i18n import translate
from desk.services.documents.layout import FAMILY, DeskPDF, ensure_printable
from desk.services.intake_dto import CaseFile
from desk.services.referral_service import ReferralView


def render_referral_letter(referral: ReferralView, case: CaseFile, desk_name: str, agent_name: str) -> bytes:
    pdf = DeskPDF(desk_name, translate("ReferralLetter", "Referral letter") + f" · {case.case_number}")
    name = f"{case.given_names} {case.family_name.upper()}"
    ensure_printable(pdf, name, referral.institution, referral.reason, referral.outcome, agent_name, desk_name)
    pdf.add_page()
    pdf.set_font(FAMILY, "", 10)
    pdf.cell(
        0,
        6,
        translate("ReferralLetter", "Date: {date}").format(date=date.today().strftime("%d/%m/%Y")),
        align="R",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    pdf.set_font(FAMILY, "B", 11)
    pdf.multi_cell(
        0,
        6,
        translate("ReferralLetter", "To: {institution}").format(institution=referral.institution),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    pdf.set_font(FAMILY, "B", 15)
    pdf.multi_cell(0, 8, translate("ReferralLetter", "Referral letter"), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.paragraph(
        translate(
            "ReferralLetter",
            "The reintegration desk refers to you the person below, who returned recently and whom we support. "
            "Thank you for receiving them and for letting us know the outcome.",
        )
    )
    pdf.ln(2)
    pdf.section(translate("ReferralLetter", "The person"))
    pdf.label_value_table(
        [
            (translate("ReferralLetter", "Name"), name),
            (translate("ReferralLetter", "Date of birth"), case.birth),
            (translate("ReferralLetter", "Phone"), case.phone),
            (translate("ReferralLetter", "Case number"), case.case_number),
            (translate("ReferralLetter", "Town"), ", ".join(x for x in (case.town, case.region) if x)),
        ],
        strong=(translate("ReferralLetter", "Name"),),
    )
    pdf.ln(2)
    pdf.section(translate("ReferralLetter", "Reason for the referral"))
    pdf.paragraph(referral.reason)
    if referral.due_on:
        pdf.ln(1)
        pdf.paragraph(
            translate("ReferralLetter", "Please receive the person before {date}.").format(
                date=referral.due_on.strftime("%d/%m/%Y")
            )
        )
    pdf.ln(2)
    consent = case.consent
    if consent is not None:
        pdf.small_note(
            translate(
                "ReferralLetter",
                "The person agreed on {date} to their data being shared with the institutions they are referred to.",
            ).format(date=consent.given_on.strftime("%d/%m/%Y"))
        )
    pdf.ln(10)
    pdf.set_font(FAMILY, "", 10)
    pdf.cell(
        0,
        6,
        translate("ReferralLetter", "For the desk: {agent}").format(agent=agent_name),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(16)
    pdf.cell(80, 0, "", border="T", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
