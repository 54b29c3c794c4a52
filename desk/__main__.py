"""`python -m desk` and the `desk` script: the window by default, subcommands for the command line."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if "--self-test" in args:  # checked first, so a broken installation still gets this far (desk/selftest.py)
        from desk.selftest import run as self_test

        return self_test(args)

    from desk.cli import run

    def gui(args) -> int:  # type: ignore[no-untyped-def]
        from desk.app import run_gui

        return run_gui(args)

    return run(args, gui=gui)


if __name__ == "__main__":
    raise SystemExit(main())
