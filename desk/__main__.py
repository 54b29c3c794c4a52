"""`python -m desk` and the `desk` script: the window by default, subcommands for the command line."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from desk.cli import run

    def gui(args) -> int:  # type: ignore[no-untyped-def]
        from desk.app import run_gui

        return run_gui(args)

    return run(sys.argv[1:] if argv is None else argv, gui=gui)


if __name__ == "__main__":
    raise SystemExit(main())
