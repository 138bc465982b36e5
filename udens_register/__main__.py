"""``python -m udens_register``: same as the ``udens-register`` command."""

import sys

from udens_register.app import main

sys.exit(main())
