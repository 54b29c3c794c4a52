"""The donor indicator report as a PDF: the same figures as the indicators workbook, read by ExportService (which
checks the role, the period and the donor), laid out by ``documents.indicator_report`` and written atomically."""

from __future__ import annotations

import contextlib
import os
import secrets
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from desk.i18n import current_language, translate
from desk.models.reference import Donor
from desk.services.dto import Actor
from desk.services.exchange.export_indicators import IndicatorReport
from desk.services.exchange.xlsx_writer import _as_export_failure
from desk.services.exports_service import ExportService
from desk.services.permissions import Action, require
from desk.services.progress import CancelToken, ProgressCallback, no_progress
from desk.services.uow import SessionFactory, reading

if TYPE_CHECKING:
    from desk.services.documents.indicator_report import ReportHeading

STEPS = 3  # counting, drawing, saving


class IndicatorReports:
    """The indicator report of a period (and a donor) as a PDF, for the roles that may export."""

    def __init__(self, session_factory: SessionFactory, actor: Actor) -> None:
        self._sf = session_factory
        self._actor = actor
        self._exports = ExportService(session_factory, actor)

    def indicator_report_pdf(
        self,
        out: Path,
        date_from: date,
        date_to: date,
        donor_code: str | None = None,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> IndicatorReport:
        """Count the indicators of the period (only the programmes of `donor_code` when given) and write the PDF
        report to `out`; returns the figures it holds. A period with no activity gives a report that says so.

        Raises PermissionDenied (a role that may not export), ValidationError (period upside down, unknown
        donor), MissingGlyphs (a name the font cannot print), Cancelled or ExportFailed; nothing is left under
        `out` then."""
        progress = progress or no_progress
        cancel = cancel or CancelToken()
        cancel.check()
        progress(0, STEPS, translate("IndicatorReport", "Counting the indicators…"))
        report = self._exports.indicators(date_from, date_to, donor_code)
        self.write_pdf(out, report, progress=progress, cancel=cancel)
        return report

    def write_pdf(
        self,
        out: Path,
        report: IndicatorReport,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> Path:
        """Write the PDF of figures already counted (e.g. those ExportService.export_indicators returned with the
        workbook, so the quarterly pair costs one count); returns `out`."""
        # fpdf2 takes half a second to import: only when a report is drawn, not when the services are built
        from desk.services.documents.indicator_report import render_indicator_report

        require(self._actor, Action.EXCHANGE_EXPORT)
        progress = progress or no_progress
        cancel = cancel or CancelToken()
        cancel.check()
        out = Path(out)
        progress(1, STEPS, translate("IndicatorReport", "Drawing the report…"))
        data = render_indicator_report(report, self._heading(report.donor))
        cancel.check()
        progress(2, STEPS, translate("IndicatorReport", "Saving {file}…").format(file=out.name))
        _write_atomically(out, data, cancel)
        progress(STEPS, STEPS, translate("IndicatorReport", "Report written to {file}.").format(file=out.name))
        return out

    def _heading(self, donor_code: str | None) -> ReportHeading:
        from desk.services.documents.indicator_report import ReportHeading

        with reading(self._sf) as session:
            desk = ExportService._desk_name(session)
            donor = (
                session.execute(select(Donor.name_fr, Donor.name_en).where(Donor.code == donor_code)).first()
                if donor_code
                else None
            )
        if donor_code:
            name = (donor[1] if current_language() == "en" else donor[0]) if donor else ""
            donor_text = f"{donor_code} — {name}" if name and name != donor_code else donor_code
        else:
            donor_text = translate("IndicatorReport", "all donors")
        return ReportHeading(desk, donor_text, self._exports._who(), datetime.now())


def _write_atomically(path: Path, data: bytes, cancel: CancelToken) -> None:
    """`data` under `path` whole or not at all: a temporary file beside it (same disk), synced, then renamed."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    try:
        with open(tmp, "xb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        cancel.check()
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        failure = _as_export_failure(exc, path)
        if failure is not None:
            raise failure from exc
        raise
