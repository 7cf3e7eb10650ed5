"""Why an item or a page could not be drawn, in the package's language.

The libraries that read images, PDFs and e-mails raise English, technical messages
("Stream has ended unexpectedly", "LZW code 511 out of range…"). A French package must
not print them as its reason: the reason is said in the reader's language from the kind
of failure, and the library's words follow as the technical detail (what support or an
expert can search for), stripped of local file names.
"""

from __future__ import annotations

import re

from ..core.localefmt import french_spacing
from ..core.pdf_check import shorten

REASONS: dict[str, dict[str, str]] = {
    "en": {
        "image_format": "the image format is not recognised or the file is damaged",
        "image_too_large": "the image is too large to be drawn",
        "truncated": "the file is incomplete (truncated)",
        "pdf_password": "the PDF is protected by a password",
        "pdf_damaged": "the PDF is damaged",
        "email": "the e-mail cannot be read",
        "unreadable": "its content cannot be read",
        "page": "page {page}: {reason}",
        "detail": "{reason}; technical detail: {detail}",
    },
    "fr": {
        "image_format": "le format de l'image n'est pas reconnu ou le fichier est endommagé",
        "image_too_large": "l'image est trop grande pour être affichée",
        "truncated": "le fichier est incomplet (tronqué)",
        "pdf_password": "le PDF est protégé par un mot de passe",
        "pdf_damaged": "le PDF est endommagé",
        "email": "l'e-mail ne peut pas être lu",
        "unreadable": "son contenu ne peut pas être lu",
        "page": "page {page} : {reason}",
        "detail": "{reason} ; détail technique : {detail}",
    },
}

# reportlab re-raises a Pillow error with its reader's identity in front of the message:
# "fileName=<_io.BufferedReader name='/home/…/ab12….png'> identity=[ImageReader@0x7f…] …".
_READER_PREFIX = re.compile(r"^fileName=.*?identity=\[[^\]]*\]\s*", re.S)
_MEMORY_ADDRESS = re.compile(r"\s*<_io\.\w+ object at 0x[0-9a-f]+>")


def kind_of(exc: BaseException) -> str:
    """The kind of failure, from the exception's class names (no library is imported)."""
    names = {cls.__name__ for cls in type(exc).__mro__}
    modules = {cls.__module__.split(".", 1)[0] for cls in type(exc).__mro__}
    text = str(exc).lower()
    if "DecompressionBombError" in names:
        return "image_too_large"
    if "UnidentifiedImageError" in names or "cannot identify image file" in text:
        return "image_format"
    if "truncated" in text:
        return "truncated"
    if "FileNotDecryptedError" in names or "not been decrypted" in text or "password" in text:
        return "pdf_password"
    if "pypdf" in modules or "PdfReadError" in names or "PdfStreamError" in names:
        return "pdf_damaged"
    if "email" in modules or "extract_msg" in modules or "MessageError" in names:
        return "email"
    return "unreadable"


def detail_of(exc: BaseException) -> str:
    """The library's own words, without local paths or memory addresses."""
    text = _MEMORY_ADDRESS.sub("", _READER_PREFIX.sub("", str(exc).strip())).strip()
    return shorten(text) if text else type(exc).__name__


def not_drawn_reason(exc: BaseException, lang: str, page: int | None = None) -> str:
    """``le PDF est endommagé ; détail technique : Stream has ended unexpectedly``."""
    table = REASONS.get(lang, REASONS["en"])
    if lang == "fr":  # our words only: the library's detail stays exactly as it was
        table = {k: french_spacing(v) for k, v in table.items()}
    reason = table[kind_of(exc)]
    if page is not None:
        reason = table["page"].format(page=page, reason=reason)
    return table["detail"].format(reason=reason, detail=detail_of(exc))
