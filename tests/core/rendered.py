"""Pictures with real text for OCR tests: an error dialog on a busy page, an ID card.

Drawn with Pillow and the DejaVu fonts BonusDesk ships (resources/fonts), so the text is
real glyphs, accents included, not something an OCR engine could be told in advance.
"""

from __future__ import annotations

from PIL import Image, ImageDraw, ImageFont

from bonusdesk.resources import resource_path

SANS = str(resource_path("fonts", "DejaVuSans.ttf"))
BOLD = str(resource_path("fonts", "DejaVuSans-Bold.ttf"))
MONO = str(resource_path("fonts", "DejaVuSansMono.ttf"))

DIALOGS = {
    "fr": ("Erreur de crédit du bonus",
           ["Le bonus n'a pas pu être crédité sur votre compte.",
            "Code d'erreur : BNS-402",
            "Réessayez plus tard ou contactez le support.",
            "Dépôt reçu : 100,00 € — référence TX-99812"]),
    "en": ("Bonus credit error",
           ["The bonus could not be credited to your account.",
            "Error code: BNS-402",
            "Please try again later or contact support.",
            "Deposit received: €100.00 — reference TX-99812"]),
}


def error_dialog(lang: str, size=(1920, 1080), body_px: int = 20, dark: bool = False,
                 lines: list[str] | None = None) -> Image.Image:
    """A casino page (grey text everywhere) with a modal error dialog in the middle."""
    title, default_lines = DIALOGS[lang]
    lines = lines or default_lines
    page, box, ink = (((236, 239, 244), (255, 255, 255), (30, 30, 35)) if not dark else
                      ((18, 18, 24), (40, 42, 54), (235, 235, 240)))
    im = Image.new("RGB", size, page)
    d = ImageDraw.Draw(im)
    small = ImageFont.truetype(SANS, 15)
    for y in range(20, size[1] - 20, 28):
        d.text((40, y), "Solde 1 234,56 € · Tours gratuits · Retrait en attente · Cashback 5 %",
               font=small, fill=(120, 125, 135))
    w, h = 800, 400
    x0, y0 = (size[0] - w) // 2, (size[1] - h) // 2
    d.rectangle([x0, y0, x0 + w, y0 + h], fill=box, outline=(180, 180, 190), width=2)
    d.rectangle([x0, y0, x0 + w, y0 + 52], fill=(200, 40, 50))
    d.text((x0 + 24, y0 + 12), title, font=ImageFont.truetype(BOLD, 22), fill=(255, 255, 255))
    body = ImageFont.truetype(SANS, body_px)
    for i, line in enumerate(lines):
        d.text((x0 + 30, y0 + 80 + round(body_px * 1.9) * i), line, font=body, fill=ink)
    d.rectangle([x0 + w - 180, y0 + h - 70, x0 + w - 30, y0 + h - 25], fill=(40, 90, 200))
    d.text((x0 + w - 122, y0 + h - 60), "OK", font=ImageFont.truetype(BOLD, 20),
           fill=(255, 255, 255))
    return im


DOC_NUMBER = "X4RTBPFW4"
MRZ = ["IDFRAMARTIN<<<<<<<<<<<<<<<<<<<<<<<<<<<",
       "X4RTBPFW46FRA8806923F3112042CAMILLE<<<<"]


def id_card() -> Image.Image:
    """A French identity card, front, as a phone scan would show it."""
    im = Image.new("RGB", (1100, 700), (232, 240, 248))
    d = ImageDraw.Draw(im)
    d.text((40, 30), "RÉPUBLIQUE FRANÇAISE", font=ImageFont.truetype(BOLD, 30), fill=(20, 40, 90))
    d.text((40, 75), "CARTE NATIONALE D'IDENTITÉ", font=ImageFont.truetype(SANS, 24),
           fill=(20, 40, 90))
    d.rectangle([40, 130, 300, 460], fill=(190, 195, 205))  # photo
    label, value = ImageFont.truetype(SANS, 20), ImageFont.truetype(BOLD, 28)
    rows = [("Nom", "MARTIN"), ("Prénom(s)", "Camille"), ("Né(e) le", "23.06.1988"),
            ("N° du document", DOC_NUMBER)]
    for i, (k, v) in enumerate(rows):
        d.text((340, 135 + 80 * i), k, font=label, fill=(70, 80, 100))
        d.text((340, 160 + 80 * i), v, font=value, fill=(10, 10, 20))
    d.rectangle([0, 520, 1100, 700], fill=(250, 250, 250))
    mono = ImageFont.truetype(MONO, 34)
    for i, line in enumerate(MRZ):
        d.text((40, 545 + 60 * i), line, font=mono, fill=(10, 10, 10))
    return im
