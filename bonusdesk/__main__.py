"""``python -m bonusdesk`` starts the desktop app."""

from bonusdesk.app import main

raise SystemExit(main())
