"""PySide6 user interface: windows, dialogs, widgets, table models and background workers."""
