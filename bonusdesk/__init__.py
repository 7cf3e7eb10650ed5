"""BonusDesk: an offline evidence organizer for online bonus problems."""

__version__ = "0.1.0"
APP_NAME = "BonusDesk"
