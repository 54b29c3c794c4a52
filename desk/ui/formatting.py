"""Dates and times as the desk reads them: local time, dd/mm/yyyy in French."""

from __future__ import annotations

from datetime import date, datetime


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    return value.strftime("%d/%m/%Y")  # the desks' usage in French and in English alike


def format_datetime(value: datetime | None) -> str:
    """A UTC timestamp shown in the workstation's local time."""
    if value is None:
        return ""
    return value.astimezone().strftime("%d/%m/%Y %H:%M")
