"""Exports for donors and partners beyond the ledger and the visits: the returnees roster, the indicators of a
period, a committee session's decisions. Every export needs Action.EXCHANGE_EXPORT, is written atomically by
``desk.services.exchange.xlsx_writer`` (typed cells, nothing a person typed can become a formula) and carries an
About sheet: the desk, what was exported with which filters, by whom and when, the row counts.

The roster is the one export with personal data, so:

- sensitive columns (vulnerabilities and the notes on them) are never in it unless chosen explicitly by a role
  allowed to see sensitive data;
- a workbook that leaves the desk (``for_partner``, the default) holds only persons whose consent is in force and
  covers sharing with institutions, and its About sheet says how many were left out;
- every roster export is written to the audit trail: who, which columns (sensitive ones named), for whom, how
  many rows. The entry is written once the file is complete; if it cannot be written the file is removed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import distinct, func, not_, select
from sqlalchemy.orm import Session

from desk.i18n import current_language, translate
from desk.models.audit import EXPORT
from desk.models.auditing import record_event
from desk.models.committee import CommitteeSession
from desk.models.reference import Donor, Programme, Region
from desk.models.returnee import CASE_STATUSES, Case, Person
from desk.models.setting import DeskSetting
from desk.services.committee_service import DECISION_LABELS, CommitteeService, members_of
from desk.services.desk_service import CURRENCY, NAME
from desk.services.dto import Actor
from desk.services.errors import NotFound, PermissionDenied, ValidationError
from desk.services.exchange.export_committee import counts_of, write_committee_workbook
from desk.services.exchange.export_indicators import (
    INDICATORS,
    IndicatorReport,
    indicator_headers,
    indicator_report,
    write_indicators_workbook,
)
from desk.services.exchange.export_returnees import (
    ReturneeField,
    ReturneeFilter,
    case_conditions,
    default_keys,
    returnee_fields,
    returnee_rows,
    shares_with_institutions,
)
from desk.services.exchange.xlsx_writer import SafeWorkbook
from desk.services.labels import label
from desk.services.permissions import Action, can, require
from desk.services.progress import CancelToken, ProgressCallback
from desk.services.uow import SessionFactory, reading, writing

__all__ = [
    "ExportService",
    "IndicatorReport",
    "ReturneeColumnView",
    "ReturneeExport",
    "ReturneeFilter",
]

AUDIT_ENTITY = "cases"


@dataclass(frozen=True)
class ReturneeColumnView:
    """A column the roster can have, as the screen lists it."""

    key: str
    header: str
    default: bool
    sensitive: bool
    allowed: bool  # False for a sensitive column the role may not export


@dataclass(frozen=True)
class ReturneeExport:
    """What a roster export wrote."""

    rows: int
    left_out: int  # cases left out for lack of consent to share (0 when the workbook stays at the desk)
    left_out_persons: int
    columns: tuple[str, ...]
    sensitive: tuple[str, ...]  # the sensitive columns it holds


def _day(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else "—"


def _yes_no(value: bool) -> str:
    return translate("Export", "yes") if value else translate("Export", "no")


class ExportService:
    def __init__(self, session_factory: SessionFactory, actor: Actor) -> None:
        self._sf = session_factory
        self._actor = actor

    # -- shared -------------------------------------------------------------------------------------------------
    def _who(self) -> str:
        return f"{self._actor.full_name} ({self._actor.username})"

    @staticmethod
    def _desk_name(session: Session) -> str:
        row = session.get(DeskSetting, NAME)
        return row.value if row else ""

    def donor_id(self, donor_code: str | None) -> int | None:
        """The id of the donor with this code (None for none); a code no donor has is a ValidationError."""
        if not donor_code:
            return None
        with reading(self._sf) as session:
            donor_id = session.scalar(select(Donor.id).where(Donor.code == donor_code.strip().upper()))
        if donor_id is None:
            raise ValidationError("donor", translate("Errors", "No donor has the code {code}.").format(code=donor_code))
        return int(donor_id)

    @staticmethod
    def _check_period(date_from: date | None, date_to: date | None) -> None:
        if date_from is not None and date_to is not None and date_to < date_from:
            raise ValidationError("date_to", translate("Errors", "The end of the period comes before its start."))

    # -- the returnees roster -----------------------------------------------------------------------------------
    def returnee_columns(self) -> list[ReturneeColumnView]:
        """Every column the roster can have, in order, with the default choice and what this role may choose."""
        require(self._actor, Action.EXCHANGE_EXPORT)
        sensitive_ok = can(self._actor.role, Action.SENSITIVE_VIEW)
        return [
            ReturneeColumnView(f.key, f.header, f.default, f.sensitive, sensitive_ok or not f.sensitive)
            for f in returnee_fields()
        ]

    def _chosen(self, columns: Sequence[str] | None) -> list[ReturneeField]:
        fields = {f.key: f for f in returnee_fields()}
        keys = list(dict.fromkeys(k.strip() for k in (columns if columns is not None else default_keys()) if k.strip()))
        if not keys:
            raise ValidationError("columns", translate("Errors", "Columns: choose at least one column to export."))
        unknown = [k for k in keys if k not in fields]
        if unknown:
            raise ValidationError(
                "columns",
                translate("Errors", "Columns: {unknown} unknown. Choose among: {known}.").format(
                    unknown=", ".join(unknown), known=", ".join(fields)
                ),
            )
        chosen = [fields[k] for k in keys]
        if any(f.sensitive for f in chosen) and not can(self._actor.role, Action.SENSITIVE_VIEW):
            raise PermissionDenied(
                translate(
                    "Errors",
                    "Your role does not allow exporting sensitive data ({columns}). Nothing was exported.",
                ).format(columns=", ".join(f.header for f in chosen if f.sensitive))
            )
        return chosen

    def export_returnees(
        self,
        path: Path,
        columns: Sequence[str] | None = None,
        f: ReturneeFilter | None = None,
        *,
        for_partner: bool = True,
        hxl: bool = False,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> ReturneeExport:
        """Write the roster, one row per case, with `columns` (keys of returnee_columns(); None: the default set).

        `for_partner` (the workbook leaves the desk) keeps only persons whose consent to share with institutions
        is in force. Sensitive columns need a role allowed to see them. The export is recorded in the audit trail
        once the file is complete. Raises ``Cancelled``/``ExportFailed`` leaving nothing under `path`."""
        require(self._actor, Action.EXCHANGE_EXPORT)
        require(self._actor, Action.CASE_VIEW)
        chosen = self._chosen(columns)
        f = f or ReturneeFilter()
        self._check_period(f.date_from, f.date_to)
        if f.status and f.status not in CASE_STATUSES:
            raise ValidationError("status", translate("Errors", "Status: choose a value from the list."))
        keys = [c.key for c in chosen]
        sensitive = tuple(c.key for c in chosen if c.sensitive)
        where = case_conditions(f)
        with reading(self._sf) as session:
            left_out, left_out_persons = 0, 0
            if for_partner:
                consented = shares_with_institutions(Person.id)
                row = session.execute(
                    select(func.count(), func.count(distinct(Person.id)))
                    .select_from(Case)
                    .join(Person, Person.id == Case.person_id)
                    .where(*where, not_(consented))
                ).one()
                left_out, left_out_persons = int(row[0]), int(row[1])
                where.append(consented)
            total = int(
                session.scalar(
                    select(func.count()).select_from(Case).join(Person, Person.id == Case.person_id).where(*where)
                )
                or 0
            )
            metadata = self._returnee_metadata(session, f, chosen, for_partner, left_out, left_out_persons, hxl)
            with SafeWorkbook(path, progress=progress, cancel=cancel, total=total) as book:
                sheet = book.add_table_sheet(translate("Export", "Returnees"), [c.column for c in chosen], hxl=hxl)
                for values in returnee_rows(session, keys, where):
                    sheet.write_row(values)
                metadata.append((translate("Export", "Rows written"), sheet.rows))
                if len(sheet.names) > 1:
                    metadata.append((translate("Export", "Sheets"), ", ".join(sheet.names)))
                book.add_metadata_sheet(translate("Export", "About"), metadata)
                rows = sheet.rows
        result = ReturneeExport(rows, left_out, left_out_persons, tuple(keys), sensitive)
        self._audit_roster(path, result, f, for_partner)
        return result

    def _audit_roster(self, path: Path, result: ReturneeExport, f: ReturneeFilter, for_partner: bool) -> None:
        summary = (
            f"returnees workbook {path.name[:120]}: {result.rows} rows"
            f"{', for a partner (consented only)' if for_partner else ', for the desk'}"
            f"{'; SENSITIVE columns: ' + ', '.join(result.sensitive) if result.sensitive else ''}"
        )
        try:
            with writing(self._sf, self._actor) as session:
                record_event(
                    session,
                    EXPORT,
                    AUDIT_ENTITY,
                    None,
                    summary=summary[:500],
                    changes={
                        "kind": "returnees",
                        "file": path.name,
                        "columns": list(result.columns),
                        "sensitive_columns": list(result.sensitive),
                        "for_partner": for_partner,
                        "rows": result.rows,
                        "left_out_no_consent": result.left_out,
                        "filters": {
                            "return_from": f.date_from,
                            "return_to": f.date_to,
                            "donor_id": f.donor_id,
                            "programme_id": f.programme_id,
                            "region_id": f.region_id,
                            "status": f.status,
                        },
                    },
                )
        except BaseException:
            # no roster without its trace: a workbook whose export could not be recorded is not left behind
            path.unlink(missing_ok=True)
            raise

    def _returnee_metadata(
        self,
        session: Session,
        f: ReturneeFilter,
        chosen: Sequence[ReturneeField],
        for_partner: bool,
        left_out: int,
        left_out_persons: int,
        hxl: bool,
    ) -> list[tuple[str, object]]:
        everyone = translate("Export", "all")
        donor = session.scalar(select(Donor.code).where(Donor.id == f.donor_id)) if f.donor_id else None
        programme = (
            session.scalar(select(Programme.code).where(Programme.id == f.programme_id)) if f.programme_id else None
        )
        region_name = Region.name_en if current_language() == "en" else Region.name_fr
        region = session.scalar(select(region_name).where(Region.id == f.region_id)) if f.region_id else None
        sensitive = [c.header for c in chosen if c.sensitive]
        pairs: list[tuple[str, object]] = [
            (translate("Export", "Desk"), self._desk_name(session)),
            (translate("Export", "Document"), translate("Export", "Returnees (one row per case)")),
            (translate("Export", "Return date from"), _day(f.date_from)),
            (translate("Export", "Return date to"), _day(f.date_to)),
            (translate("Export", "Donor"), donor or everyone),
            (translate("Export", "Programme"), programme or everyone),
            (translate("Export", "Region"), region or everyone),
            (translate("Export", "Status"), label("status", f.status) if f.status else everyone),
            (translate("Export", "Columns"), ", ".join(c.header for c in chosen)),
            (
                translate("Export", "Sensitive data"),
                translate("Export", "included: {columns} (recorded in the audit trail)").format(
                    columns=", ".join(sensitive)
                )
                if sensitive
                else translate("Export", "none"),
            ),
        ]
        if for_partner:
            pairs += [
                (
                    translate("Export", "Intended for"),
                    translate(
                        "Export",
                        "a partner outside the desk: only persons whose consent to share with institutions is in force",
                    ),
                ),
                (translate("Export", "Cases left out for lack of consent"), left_out),
                (translate("Export", "Persons left out for lack of consent"), left_out_persons),
            ]
        else:
            pairs.append(
                (
                    translate("Export", "Intended for"),
                    translate("Export", "use inside the desk: every person, whatever their consent to share"),
                )
            )
        pairs += [
            (translate("Export", "Exported by"), self._who()),
            (translate("Export", "Exported on"), datetime.now().strftime("%d/%m/%Y %H:%M")),
            (translate("Export", "HXL hashtags"), _yes_no(hxl)),
        ]
        return pairs

    # -- indicators ---------------------------------------------------------------------------------------------
    def indicators(self, date_from: date, date_to: date, donor_code: str | None = None) -> IndicatorReport:
        """Persons registered, assessed, referred, trained, with an approved plan, paid and followed up in the
        period, in total and by sex, age band, sex and age band, region, programme, aid level and sector."""
        require(self._actor, Action.EXCHANGE_EXPORT)
        self._check_period(date_from, date_to)
        donor_id = self.donor_id(donor_code)
        with reading(self._sf) as session:
            return indicator_report(
                session, date_from, date_to, donor_id, donor_code.strip().upper() if donor_code else None
            )

    def export_indicators(
        self,
        path: Path,
        date_from: date,
        date_to: date,
        donor_code: str | None = None,
        *,
        hxl: bool = False,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> IndicatorReport:
        """Write the indicators workbook (a summary, a sheet per disaggregation, About); returns what it holds."""
        report = self.indicators(date_from, date_to, donor_code)
        headers = indicator_headers()
        with reading(self._sf) as session:
            desk = self._desk_name(session)
        metadata: list[tuple[str, object]] = [
            (translate("Export", "Desk"), desk),
            (translate("Export", "Document"), translate("Export", "Indicators")),
            (translate("Export", "From"), _day(date_from)),
            (translate("Export", "To"), _day(date_to)),
            (translate("Export", "Donor"), report.donor or translate("Export", "all donors")),
            (
                translate("Export", "Personal data"),
                translate("Export", "none: numbers of persons only, each person counted once per line"),
            ),
            (
                translate("Export", "Age band"),
                translate("Export", "age at return (at registration when the return date is unknown)"),
            ),
            (translate("Export", "Exported by"), self._who()),
            (translate("Export", "Exported on"), datetime.now().strftime("%d/%m/%Y %H:%M")),
        ]
        metadata += [(headers[i], report.totals[i]) for i in INDICATORS]
        metadata.append((translate("Export", "HXL hashtags"), _yes_no(hxl)))
        write_indicators_workbook(path, report, metadata, hxl=hxl, progress=progress, cancel=cancel)
        return report

    # -- a committee session ------------------------------------------------------------------------------------
    def export_committee(
        self,
        path: Path,
        session_id: int,
        *,
        hxl: bool = False,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> int:
        """Write a session's decisions and its synthesis by sector and value chain; returns the decisions written."""
        require(self._actor, Action.EXCHANGE_EXPORT)
        committee = CommitteeService(self._sf, self._actor)
        agenda = committee.agenda(session_id)  # checks the role may run the committee, and that the session exists
        with reading(self._sf) as session:
            meeting = session.get(CommitteeSession, session_id)
            if meeting is None:
                raise NotFound(translate("Errors", "This committee session no longer exists."))
            desk = self._desk_name(session)
            currency_row = session.get(DeskSetting, CURRENCY)
            currency = currency_row.value if currency_row else "XAF"
            held_on, place, members, closed_at = meeting.held_on, meeting.place, meeting.members, meeting.closed_at
        counts = counts_of(agenda)
        metadata: list[tuple[str, object]] = [
            (translate("Export", "Desk"), desk),
            (translate("Export", "Document"), translate("Export", "Committee decisions")),
            (translate("Export", "Session held on"), _day(held_on)),
            (translate("Export", "Place"), place),
            (translate("Export", "Members"), "; ".join(m.label() for m in members_of(members))),
            (
                translate("Export", "Minutes"),
                translate("Export", "final (session closed)")
                if closed_at is not None
                else translate("Export", "provisional (session still open)"),
            ),
            (translate("Export", "Personal data"), translate("Export", "none: case numbers only")),
            (translate("Export", "Exported by"), self._who()),
            (translate("Export", "Exported on"), datetime.now().strftime("%d/%m/%Y %H:%M")),
            (translate("Export", "Decisions"), counts.decided),
        ]
        for decision, text in DECISION_LABELS.items():
            if counts.by_decision.get(decision):
                metadata.append(
                    (
                        translate("Export", "Decisions “{decision}”").format(decision=translate("Committee", text)),
                        counts.by_decision[decision],
                    )
                )
        metadata += [
            (translate("Export", "Plans waiting for a committee when exported"), counts.waiting),
            (translate("Export", "HXL hashtags"), _yes_no(hxl)),
        ]
        return write_committee_workbook(
            path, agenda, metadata, currency=currency, hxl=hxl, progress=progress, cancel=cancel
        )

    # -- what the CLI and the screens ask for -------------------------------------------------------------------
    def returnee_filter(
        self, date_from: date | None = None, date_to: date | None = None, donor_code: str | None = None
    ) -> ReturneeFilter:
        """The roster's filter from a return-date period and a donor's code."""
        self._check_period(date_from, date_to)
        return ReturneeFilter(date_from=date_from, date_to=date_to, donor_id=self.donor_id(donor_code))
