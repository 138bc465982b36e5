"""``udens-register`` on the command line: thin commands over the services.

:mod:`~udens_register.cli.parser` holds the grammar, :mod:`~udens_register.cli.main` the table of
commands and the dispatcher, one module per group of commands (``register``, ``evidence``,
``issuing``, ``backups``, ``retention``, ``persons``, ``portability``), and below them the helpers
they share: :mod:`~udens_register.cli.console` (streams, secrets, exit codes; light enough for
``--help``) and :mod:`~udens_register.cli.opening` (opening a register).
"""

from udens_register.cli.main import main

__all__ = ["main"]
