"""The ledger's hash chain: each entry's SHA-256 covers the fields that matter and the previous entry's hash.

Changing an amount, a date, a case, a payee or a reference of any stored entry breaks its hash; deleting or
inserting an entry breaks the next one's link; cutting the end of the ledger is caught by the fingerprints
printed at each period close (the hash of the last entry then).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import date
from typing import Any

GENESIS = "0" * 64

# The fields chained, in this order. Adding one is a format change: never reorder or drop one.
CHAINED = (
    "seq",
    "case_id",
    "request_id",
    "instalment_id",
    "kind",
    "amount",
    "currency",
    "programme_id",
    "donor_id",
    "modality",
    "mobile_operator",
    "phone",
    "bank_account",
    "supplier",
    "collector_name",
    "collector_is_proxy",
    "collector_id_document",
    "reference",
    "value_date",
    "receipt_no",
    "reverses_id",
    "reason",
    "approved_by_id",
    "posted_by_id",
)


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def entry_hash(prev_hash: str, fields: Mapping[str, Any]) -> str:
    """SHA-256 (hex) of the previous hash and the chained fields, serialised without ambiguity."""
    payload = json.dumps([prev_hash, *(_plain(fields.get(name)) for name in CHAINED)], separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()
