"""The main window as a package of parts: the action table, the incident list, the case pane,
the commands, and the window that wires them together."""

from udens_register.ui.main_window.commands import Gateway
from udens_register.ui.main_window.commands import SettingsPort
from udens_register.ui.main_window.window import MainWindow

__all__ = ["Gateway", "MainWindow", "SettingsPort"]
