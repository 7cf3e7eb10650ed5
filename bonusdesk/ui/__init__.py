"""The PySide6 desktop app. Only this package (and bonusdesk/app.py) imports Qt."""
