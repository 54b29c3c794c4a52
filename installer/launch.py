"""The bundle's entry point (PyInstaller runs this file as __main__): the same main() as `python -m desk`."""

from desk.__main__ import main

if __name__ == "__main__":
    raise SystemExit(main())
