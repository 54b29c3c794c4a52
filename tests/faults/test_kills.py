"""SIGKILL during a registration, an import, a payment, a backup and a restore: after every kill the desk reopens
with the operation entirely there or entirely absent, and `desk verify` passes.

CI runs 20 kills per operation; `make faults` runs FAULT_KILLS=100 of them through this same test.
"""

from __future__ import annotations

import sys

import pytest

from tests.faults.harness import FaultHarness, kills_wanted
from tests.faults.operations import OPERATIONS, RegisterInTwoSteps

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="SIGKILL and fcntl: the fault harness runs on Linux and macOS"
)


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_a_killed_operation_is_all_there_or_not_at_all(name, sqlite_template, tmp_path):
    kills = kills_wanted()
    harness = FaultHarness(OPERATIONS[name], sqlite_template, tmp_path / name)
    report = harness.run(kills)
    without_manifest = getattr(harness.operation, "without_manifest", 0)
    print(report.summary() + (f"; {without_manifest} backups killed before their manifest" if without_manifest else ""))
    assert len(report.runs) == kills
    # The kills really happened, at both kinds of moment, and left both outcomes behind.
    assert report.killed >= kills // 2, report.summary()
    hooked = [r for r in report.runs if not r.how.startswith("timer")]
    assert hooked and all(r.killed for r in hooked), report.summary()
    first, last = report.runs[1], report.runs[3]
    assert (first.how, first.outcome) == (report.calibration.first, "absent"), report.summary()
    assert (last.how, last.outcome) == (report.calibration.last, "present"), report.summary()


def test_the_harness_catches_an_operation_saved_in_two_transactions(sqlite_template, tmp_path):
    """Proof that the checks bite: a registration committed in two steps, killed between them, is reported."""
    harness = FaultHarness(RegisterInTwoSteps(), sqlite_template, tmp_path / "two-steps")
    try:
        calibration = harness.calibrate()
        assert calibration.counts["committed"] == 2
        with pytest.raises(AssertionError, match="the person has 0 cases") as caught:
            harness.run_once(0, "committed:1", calibration)
        assert "&& DESK_FAULT_KILL=committed:1 " in str(caught.value)  # how to replay it
        # Killed before the first commit or after the second, it is all or nothing like any other.
        assert harness.run_once(1, "commit:1", calibration).outcome == "absent"
        assert harness.run_once(2, "committed:2", calibration).outcome == "present"
    finally:
        harness.close()
