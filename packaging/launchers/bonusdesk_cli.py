"""Frozen entry point of bonusdesk-cli (PyInstaller needs a script, not a module)."""

from bonusdesk.cli import main

raise SystemExit(main())
