"""The core: no Qt, no display. Importable and testable anywhere.

The claim folder's stores register themselves with ``folder.store`` when imported;
importing them here means every ``ClaimFolder`` has all of them, whatever module of
the core was imported first.
"""

from . import claims, contacts, evidence  # noqa: F401 - registers folder.claims/.contacts/.evidence
