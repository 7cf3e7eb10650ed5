"""Realistic synthetic screenshots for benchmarks: a casino web page at 1920×1080.

Flat UI colours, anti-aliased text, a photo-like banner and an error toast, so PNG
sizes (a few hundred KB) and encode costs resemble real captures. ``screenshots(n)``
makes them once under bench/out/screens/ and reuses them; ``variant`` copies one with
an extra text chunk: other bytes (another SHA-256), same pixels, same size.
"""

from __future__ import annotations

import random
import struct
import zlib
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from bonusdesk.resources import resource_path

WORDS = ("bonus deposit wagering cashback terms promotion account verified withdraw "
         "spins welcome offer balance support ticket error credited pending casino "
         "jackpot reward loyalty level conditions minimum maximum days valid").split()


def make_screenshot(path: Path, seed: int, size: tuple[int, int] = (1920, 1080)) -> Path:
    rnd = random.Random(seed)
    w, h = size
    im = Image.new("RGB", size, (245, 246, 250))
    d = ImageDraw.Draw(im)
    font = ImageFont.truetype(str(resource_path("fonts", "DejaVuSans.ttf")), 15)
    big = ImageFont.truetype(str(resource_path("fonts", "DejaVuSans-Bold.ttf")), 28)
    # browser chrome and site header
    d.rectangle((0, 0, w, 70), fill=(222, 225, 230))
    d.rounded_rectangle((180, 18, w - 300, 52), 14, fill=(255, 255, 255))
    d.text((200, 26), f"https://casino-etoile.example/promotions/{seed}", font=font, fill=(60,) * 3)
    d.rectangle((0, 70, w, 150), fill=(28, 32, 64))
    d.text((40, 95), "Casino Étoile", font=big, fill=(255, 210, 90))
    # photo-like banner: smooth noise, the part of a real page that compresses worst
    bw, bh = w - 480, 300
    noise = Image.effect_noise((bw // 4, bh // 4), 60).resize((bw, bh), Image.BICUBIC)
    tint = Image.new("RGB", (bw, bh), (rnd.randrange(80, 200), 40, rnd.randrange(90, 220)))
    banner = Image.composite(tint, noise.convert("RGB"), noise.filter(ImageFilter.GaussianBlur(3)))
    im.paste(banner, (40, 180))
    d.text((80, 220), "WELCOME BONUS 100% up to 500 €", font=big, fill=(255, 255, 255))
    # sidebar and body text
    d.rectangle((w - 420, 180, w - 40, h - 40), fill=(255, 255, 255), outline=(210,) * 3)
    y = 510
    while y < h - 60:
        line = " ".join(rnd.choice(WORDS) for _ in range(rnd.randrange(8, 22)))
        d.text((40, y), line.capitalize() + ".", font=font, fill=(40, 40, 48))
        y += 24
    for i in range(20):
        d.text((w - 400, 200 + i * 40), f"{rnd.choice(WORDS).title()}  {rnd.randrange(1, 999)} €",
               font=font, fill=(30, 30, 30))
    # the error toast the claim is about
    d.rounded_rectangle((w // 2 - 300, h - 200, w // 2 + 300, h - 120), 10, fill=(200, 40, 40))
    d.text((w // 2 - 270, h - 175), f"Error BNS-402: bonus could not be credited ({seed})",
           font=font, fill=(255, 255, 255))
    im.save(path, "PNG")
    return path


CACHE = Path(__file__).resolve().parent / "out" / "screens"


def screenshots(count: int, log=print) -> list[Path]:
    """``count`` distinct screenshots, made once and cached (about 0.2 s each to make)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    files = [CACHE / f"screen-{i:03d}.png" for i in range(count)]
    missing = [f for f in files if not f.exists()]
    if missing:
        log(f"making {len(missing)} screenshots under {CACHE} (once)")
    for path in missing:
        make_screenshot(path, int(path.stem.split("-")[1]))
    return files


def variant(png: bytes, n: int) -> bytes:
    """``png`` with a ``tEXt`` chunk naming variant ``n`` after the header chunk."""
    body = b"bench-variant\0" + str(n).encode()
    chunk = struct.pack(">I", len(body)) + b"tEXt" + body
    chunk += struct.pack(">I", zlib.crc32(b"tEXt" + body))
    end_of_ihdr = 8 + 8 + 13 + 4  # signature, IHDR length+type, IHDR data, CRC
    return png[:end_of_ihdr] + chunk + png[end_of_ihdr:]
