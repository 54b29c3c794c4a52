"""Benchmark: how fast a hostile or wrong file is refused, before any parsing (target: under a second).

    python bench/bench_import_checks.py

Builds a 1 GB-declaring zip bomb (zeros compressed 1000:1), a "billion laughs" workbook, an old .xls signature,
a CSV renamed .xlsx and 20 MB of random bytes, then times `check_workbook` on each (median of 5).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desk.services.exchange.reader import ImportRefused  # noqa: E402
from desk.services.exchange.safety import check_workbook  # noqa: E402

CONTENT_TYPES = (
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/></Types>'
)


def build(folder: Path) -> dict[str, Path]:
    files: dict[str, Path] = {}
    bomb = folder / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * (200 * 1024 * 1024))
    files["zip bomb (200 MB of zeros inside)"] = bomb
    laughs = folder / "laughs.xlsx"
    entities = "".join(f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10 if i else "lol"}">' for i in range(10))
    with zipfile.ZipFile(laughs, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("xl/workbook.xml", f'<?xml version="1.0"?><!DOCTYPE w [{entities}]><w>&l9;</w>')
    files["billion laughs"] = laughs
    xls = folder / "old.xlsx"
    xls.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + os.urandom(4096))
    files["old .xls renamed"] = xls
    csv = folder / "list.xlsx"
    csv.write_text("nom;prenom\nNGONO;Aicha\n" * 1000, encoding="utf-8")
    files["CSV renamed"] = csv
    noise = folder / "noise.xlsx"
    noise.write_bytes(os.urandom(20 * 1024 * 1024))
    files["20 MB of random bytes"] = noise
    return files


def main() -> int:
    folder = Path(tempfile.mkdtemp())
    for name, path in build(folder).items():
        times = []
        for _ in range(5):
            started = time.perf_counter()
            try:
                check_workbook(path)
                outcome = "accepted!"
            except ImportRefused as exc:
                outcome = exc.reason.value
            times.append(time.perf_counter() - started)
        print(f"{name}: refused as {outcome} in {statistics.median(times) * 1000:.1f} ms (median of 5)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
