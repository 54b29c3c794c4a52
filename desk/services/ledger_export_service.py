"""The donor's ledger workbook and the period closing report, streamed from the database.

A donor gets one row per entry with the case number, sex and region (the disaggregations they report on), never
names, phones or ID numbers: the case number lets the desk answer an audit question without the workbook
carrying identities.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from desk.i18n import current_language, translate
from desk.models.ledger import LedgerEntry
from desk.models.reference import Donor, Programme, Region
from desk.models.returnee import Case, Person
from desk.models.setting import DeskSetting
from desk.services.desk_service import NAME
from desk.services.dto import Actor
from desk.services.errors import ValidationError
from desk.services.labels import label
from desk.services.ledger_dto import ExportRow, LedgerFilter, PeriodView, TotalLine
from desk.services.ledger_export import write_ledger_workbook, write_totals_workbook
from desk.services.ledger_periods import LedgerPeriods, period_bounds
from desk.services.ledger_views import LedgerViews, entry_conditions
from desk.services.money import MINOR_UNITS
from desk.services.permissions import Action, require
from desk.services.progress import CancelToken, ProgressCallback
from desk.services.uow import SessionFactory, reading


class LedgerExports:
    def __init__(self, session_factory: SessionFactory, actor: Actor) -> None:
        self._sf = session_factory
        self._actor = actor

    @property
    def _desk_name(self) -> str:
        with reading(self._sf) as session:
            row = session.get(DeskSetting, NAME)
            return row.value if row else ""

    def donor_filter(self, date_from: date | None, date_to: date | None, donor_code: str | None) -> LedgerFilter:
        donor_id = None
        if donor_code:
            with reading(self._sf) as session:
                donor_id = session.scalar(select(Donor.id).where(Donor.code == donor_code.upper()))
            if donor_id is None:
                raise ValidationError(
                    "donor", translate("Errors", "No donor has the code {code}.").format(code=donor_code)
                )
        return LedgerFilter(date_from=date_from, date_to=date_to, donor_id=donor_id)

    def export_ledger(
        self,
        path: Path,
        f: LedgerFilter,
        *,
        hxl: bool = False,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> int:
        """Write the donor workbook for the filter; returns the entries written. Nothing is left on failure."""
        require(self._actor, Action.EXCHANGE_EXPORT)
        require(self._actor, Action.LEDGER_VIEW)
        views = LedgerViews(self._sf, self._actor)
        summary = views.totals(f, ("donor", "programme"))
        total = sum(line.entries for line in summary)
        metadata = self._metadata(f, total, hxl)
        with reading(self._sf) as session:
            return write_ledger_workbook(
                path,
                self._rows(session, f),
                summary,
                metadata,
                hxl=hxl,
                total_rows=total,
                progress=progress,
                cancel=cancel,
            )

    @staticmethod
    def _rows(session: Session, f: LedgerFilter) -> Iterator[ExportRow]:
        original = aliased(LedgerEntry)
        english = current_language() == "en"
        kinds: dict[str, str] = {}
        modalities: dict[str, str] = {}
        query = (
            select(
                LedgerEntry.seq,
                LedgerEntry.value_date,
                LedgerEntry.period,
                Case.number,
                Person.sex,
                Region.name_en if english else Region.name_fr,
                Donor.code,
                Programme.code,
                LedgerEntry.kind,
                LedgerEntry.modality,
                LedgerEntry.currency,
                LedgerEntry.amount,
                LedgerEntry.reference,
                LedgerEntry.receipt_no,
                original.seq,
                LedgerEntry.reason,
            )
            .join(Case, Case.id == LedgerEntry.case_id)
            .join(Person, Person.id == Case.person_id)
            .outerjoin(Region, Region.id == Person.region_id)
            .outerjoin(Donor, Donor.id == LedgerEntry.donor_id)
            .outerjoin(Programme, Programme.id == LedgerEntry.programme_id)
            .outerjoin(original, original.id == LedgerEntry.reverses_id)
            .where(*entry_conditions(session, f))
            .order_by(LedgerEntry.value_date, LedgerEntry.id)
            .execution_options(yield_per=5000)
        )
        for row in session.execute(query):
            kind, modality, currency, amount = row[8], row[9], row[10], row[11]
            if kind not in kinds:
                kinds[kind] = label("ledger_kind", kind)
            if modality not in modalities:
                modalities[modality] = label("modality", modality)
            yield ExportRow(
                row[0],
                row[1],
                row[2],
                row[3],
                "",
                row[4],
                row[5] or "",
                row[6] or "",
                row[7] or "",
                kinds[kind],
                modalities[modality],
                currency,
                float(Decimal(amount).scaleb(-MINOR_UNITS.get(currency, 2))),
                row[12] or "",
                row[13],
                row[14],
                row[15] or "",
            )

    def _metadata(self, f: LedgerFilter, total: int, hxl: bool) -> list[tuple[str, str]]:
        with reading(self._sf) as session:
            donor = session.scalar(select(Donor.code).where(Donor.id == f.donor_id)) if f.donor_id else None
            entries_all = session.scalar(select(func.count()).select_from(LedgerEntry)) or 0
        return [
            (translate("Export", "Desk"), self._desk_name),
            (translate("Export", "Document"), translate("Export", "Disbursement ledger")),
            (translate("Export", "From"), f.date_from.strftime("%d/%m/%Y") if f.date_from else "—"),
            (translate("Export", "To"), f.date_to.strftime("%d/%m/%Y") if f.date_to else "—"),
            (translate("Export", "Donor"), donor or translate("Export", "all donors")),
            (translate("Export", "Personal data"), translate("Export", "none: case numbers, sex and region only")),
            (translate("Export", "Exported by"), f"{self._actor.full_name} ({self._actor.username})"),
            (translate("Export", "Exported on"), datetime.now().strftime("%d/%m/%Y %H:%M")),
            (translate("Export", "Entries in the export"), str(total)),
            (translate("Export", "Entries in the whole ledger"), str(entries_all)),
            (translate("Export", "HXL hashtags"), translate("Export", "yes") if hxl else translate("Export", "no")),
        ]

    def _closed(self, period: str) -> tuple[LedgerPeriods, PeriodView]:
        require(self._actor, Action.LEDGER_VIEW)
        periods = LedgerPeriods(self._sf, self._actor)
        view = next((p for p in periods.periods() if p.period == period), None)
        if view is None or view.closed_at is None:
            raise ValidationError("period", translate("Errors", "{period} is not closed.").format(period=period))
        return periods, view

    def closing_report_pdf(self, period: str) -> bytes:
        from desk.services.documents.period_closing import render_period_closing

        periods, view = self._closed(period)
        return render_period_closing(view, periods.closing_totals(period), self._desk_name)

    def closing_report_xlsx(self, path: Path, period: str) -> int:
        """Totals per donor, programme and modality of a closed month, with the ledger's fingerprint at closing."""
        periods, view = self._closed(period)
        assert view.closed_at is not None
        first, last = period_bounds(period)
        totals = periods.closing_totals(period)
        lines: list[TotalLine] = []
        for group, group_label in (
            ("donor", translate("Export", "Donor")),
            ("programme", translate("Export", "Programme")),
            ("modality", translate("Export", "Modality")),
        ):
            for line in totals[group]:
                key = (label("modality", line.key[0]),) if group == "modality" else line.key
                lines.append(replace(line, key=(group_label, *key)))
        metadata = [
            (translate("Export", "Desk"), self._desk_name),
            (translate("Export", "Document"), translate("Export", "Period closing report")),
            (translate("Export", "Period"), period),
            (translate("Export", "From"), first.strftime("%d/%m/%Y")),
            (translate("Export", "To"), last.strftime("%d/%m/%Y")),
            (translate("Export", "Closed by"), view.closed_by),
            (translate("Export", "Closed on"), view.closed_at.astimezone().strftime("%d/%m/%Y %H:%M")),
            (translate("Export", "Ledger length at closing"), str(view.last_seq)),
            (translate("Export", "Ledger fingerprint at closing (SHA-256)"), view.fingerprint),
        ]
        return write_totals_workbook(
            path,
            translate("Export", "Totals"),
            lines,
            (translate("Export", "Grouped by"), translate("Export", "Code")),
            metadata,
        )
