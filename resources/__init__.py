"""BonusDesk's run-time data files, installed as the ``bonusdesk.data`` package (setup.py).

No code here: ``bonusdesk.resources`` finds these files in a source checkout, a wheel
install and the PyInstaller bundle alike.
"""
