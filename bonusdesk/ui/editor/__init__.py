"""Annotate and redact image evidence (copies, never edits) and read the text in it."""
