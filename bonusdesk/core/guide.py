"""The in-app guide "What do I do now?": shipped Markdown, in French and English.

The text lives in ``resources/help/guide_<lang>.md`` (readable and reviewable as plain
files; the app shows it with QTextBrowser's Markdown support, the CLI prints it). Both
languages have the same sections in the same order, so the app can open the guide at
one of them (``SECTIONS``: the welcome screen links the journey, a deadline links
"deadlines").
"""

from __future__ import annotations

from dataclasses import dataclass

from ..resources import resource_path
from .errors import BonusDeskError
from .localefmt import french_spacing

LANGUAGES = ("en", "fr")
# The sections after the title, in order: stable keys the app links to.
SECTIONS = ("journey", "evidence", "report", "deadlines", "escalate")


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    markdown: str  # the section's text, its "## title" line included


def guide_text(lang: str) -> str:
    """The whole guide in ``lang`` ("fr" or "en"; anything else: English)."""
    path = resource_path("help", f"guide_{lang if lang in LANGUAGES else 'en'}.md")
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise BonusDeskError(f"the guide is missing from this installation ({path}: "
                             f"{exc.strerror or exc}); reinstall BonusDesk") from None
    # The file is typed with plain spaces (easy to edit); French puts a no-break space
    # before ? ! : ; and inside « », so a line never starts with them.
    return french_spacing(text) if path.name == "guide_fr.md" else text


def guide_sections(lang: str) -> tuple[str, list[Section]]:
    """(title, sections) of the guide in ``lang``, each section under its key."""
    title, *parts = ("\n" + guide_text(lang)).split("\n## ")
    heading = title.strip().splitlines()[0].lstrip("# ").strip() if title.strip() else ""
    sections = []
    for key, part in zip(SECTIONS, parts, strict=False):
        name = part.splitlines()[0].strip()
        sections.append(Section(key, name, "## " + part.rstrip() + "\n"))
    return heading, sections
