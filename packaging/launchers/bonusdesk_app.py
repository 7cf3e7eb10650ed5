"""Frozen entry point of the desktop app (PyInstaller needs a script, not a module)."""

from bonusdesk.app import main

raise SystemExit(main())
