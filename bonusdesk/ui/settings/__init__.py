"""Settings (UI preferences) and the About box."""
