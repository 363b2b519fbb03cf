"""Détente: source-cited PLOVER event data from Hebrew, Arabic, Russian and English text."""

import os as _os

# The Russian parser runs on numpy; OpenBLAS's default thread pool makes its small
# matrix products many times slower on two cores, so one thread unless the user says otherwise.
_os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

__version__ = "0.1.0"
