"""Chinese, Japanese and Korean show in the PDF; right-to-left scripts are noted, never boxes."""

from __future__ import annotations

import subprocess
from email.message import EmailMessage

from bonusdesk.export import ExportOptions, export_claim

from .helpers import pdftotext


def _import_mail(folder, claim, tmp_path, body: str):
    msg = EmailMessage()
    msg["From"], msg["To"] = "support@example.org", "joueur@example.org"
    msg["Subject"], msg["Date"] = "Réponse", "Sat, 21 Nov 2026 10:02:00 +0100"
    msg.set_content(body)
    path = tmp_path / "m.eml"
    path.write_bytes(bytes(msg))
    return folder.evidence.import_file(claim.id, path)


def test_cjk_text_is_set_in_the_fallback_font(folder, claim, tmp_path):
    _import_mail(folder, claim, tmp_path, "奖金已取消 ボーナス 보너스 – bonus annulé\n")
    out = tmp_path / "p.pdf"
    export_claim(folder, claim.id, out, ExportOptions(lang="fr"))
    text = pdftotext(out)
    assert "奖金已取消" in text and "ボーナス" in text and "보너스" in text
    assert "bonus annulé" in text
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    assert "DroidSansFallback" in fonts


def test_right_to_left_text_is_noted_not_shown_backwards(folder, claim, tmp_path):
    _import_mail(folder, claim, tmp_path, "مرحبا بكم في الكازينو\nשלום עולם\nFin.\n")
    out = tmp_path / "p.pdf"
    export_claim(folder, claim.id, out, ExportOptions(lang="en"))
    text = pdftotext(out)
    assert "[Arabic text not shown in this PDF: see the original file]" in text
    assert "[Hebrew text not shown in this PDF: see the original file]" in text
    assert "مرحبا" not in text
    assert "\nFin." in text  # the line break after the noted text is kept


def test_right_to_left_note_is_in_french_in_a_french_package(folder, claim, tmp_path):
    _import_mail(folder, claim, tmp_path, "שלום\n")
    out = tmp_path / "p.pdf"
    export_claim(folder, claim.id, out, ExportOptions(lang="fr"))
    assert "[texte en hébreu non affiché dans ce PDF : voir le fichier d'origine]" in \
        pdftotext(out).replace("\n", " ")


def test_main_font_only_agrees_with_each_characters_kind_over_random_text():
    """It looks up each distinct character past DejaVu's own range once: the same answer
    as asking every character."""
    import random

    from bonusdesk.export.layout import FONT, register_fonts
    from bonusdesk.export.scripts import _kind, main_font_only

    register_fonts()
    alphabet = ("aé ·×–€\u202f\u00a0«»ΩЖ" "خطأ" "奖金" "ボ" "\U0001F600" "\u0591\u058f\u0590"
                "\t\n")
    rng = random.Random(7)
    for _ in range(2000):
        value = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 12)))
        assert main_font_only(value, FONT) == all(_kind(c, FONT) == "main" for c in value)
