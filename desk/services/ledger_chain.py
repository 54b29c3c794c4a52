"""The ledger's hash chain: each entry's SHA-256 covers the fields that matter and the previous entry's hash.

Changing an amount, a date, a case, a payee or a reference of any stored entry breaks its hash; deleting or
inserting an entry breaks the next one's link; cutting the end of the ledger is caught by the fingerprints
printed at each period close (the hash of the last entry then).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
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


_ENCODER = json.JSONEncoder(separators=(",", ":"))
_DATE_AT = CHAINED.index("value_date")
_BOOL_AT = CHAINED.index("collector_is_proxy")


def hash_values(prev_hash: str, values: Sequence[Any]) -> str:
    """SHA-256 (hex) of the previous hash and the chained fields given in CHAINED order, serialised without
    ambiguity (a JSON list: dates as ISO text, booleans as 0/1)."""
    plain = [prev_hash, *values]
    day = plain[_DATE_AT + 1]
    if isinstance(day, date):
        plain[_DATE_AT + 1] = day.isoformat()
    plain[_BOOL_AT + 1] = int(bool(plain[_BOOL_AT + 1]))
    return hashlib.sha256(_ENCODER.encode(plain).encode("utf-8")).hexdigest()


def entry_hash(prev_hash: str, fields: Mapping[str, Any]) -> str:
    return hash_values(prev_hash, [fields.get(name) for name in CHAINED])
