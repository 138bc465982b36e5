"""The PySide6 desktop application: windows, dialogs, models, workers, translations glue."""
