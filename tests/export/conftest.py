"""A claim with every kind of evidence: screenshots (PNG, PNG with alpha, JPEG), a PDF,
an email, contacts with reference numbers, status changes and a ticked checklist."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest
from PIL import Image, ImageDraw
from reportlab.pdfgen import canvas

from bonusdesk.core.model import Channel, Contact, Direction, EvidenceKind

EMAIL = """\
From: =?utf-8?q?Support_=C3=89toile?= <support@etoile.example>
To: joueur@example.org
Subject: =?utf-8?q?Ticket_=23884211_=E2=80=93_votre_r=C3=A9clamation?=
Date: Sat, 21 Nov 2026 10:02:00 +0100
Message-ID: <884211@etoile.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour,

Nous avons bien reçu votre demande concernant le bonus « Welcome 100% » de 100 €.
Votre dossier est transmis au service bonus sous 48 heures.

Агент Ελένη Παπαδοπούλου
"""


def png_bytes(size=(960, 540), color=(30, 60, 120), mode="RGB", label="BNS-402") -> bytes:
    im = Image.new(mode, size, color + ((255,) if mode == "RGBA" else ()))
    d = ImageDraw.Draw(im)
    d.rectangle((40, 40, size[0] - 40, 120), fill=(200, 40, 40) + ((255,) if mode == "RGBA"
                                                                     else ()))
    d.text((60, 70), f"Error {label}", fill=(255, 255, 255))
    for y in range(160, size[1] - 20, 18):
        d.line((40, y, size[0] - 40 - (y * 7) % 300, y), fill=(220, 220, 220), width=6)
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


def jpeg_bytes(size=(800, 600)) -> bytes:
    im = Image.effect_noise(size, 40).convert("RGB")
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=90)
    return buf.getvalue()


def pdf_bytes(pages=2) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for i in range(pages):
        c.setFont("Helvetica", 14)
        c.drawString(72, 760, f"Bonus terms and conditions - page {i + 1}")
        c.drawString(72, 730, "Minimum deposit 20 EUR; wagering 35x")
        c.showPage()
    c.save()
    return buf.getvalue()


@pytest.fixture
def rich_claim(folder, claim, tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    files = {
        "capture_écran_Ελληνικά.png": png_bytes(),
        "ошибка бонуса.png": png_bytes((700, 900), (250, 250, 250), "RGBA", "RGBA"),
        "photo-dépôt.jpg": jpeg_bytes(),
        "conditions générales.pdf": pdf_bytes(),
        "ticket-884211.eml": EMAIL.encode("utf-8"),
    }
    for name, data in files.items():
        (src / name).write_bytes(data)
    ev = folder.evidence
    e1 = ev.import_file(claim.id, src / "capture_écran_Ελληνικά.png",
                        caption="Erreur BNS-402 « bonus non crédité » après dépôt de 100 €"
                        ).evidence[0]
    e2 = ev.import_file(claim.id, src / "ошибка бонуса.png", caption="Page bonus (Кириллица)"
                        ).evidence[0]
    e3 = ev.import_file(claim.id, src / "photo-dépôt.jpg", kind=EvidenceKind.BANK_PROOF,
                        caption="Relevé bancaire : dépôt 100 €").evidence[0]
    e4 = ev.import_file(claim.id, src / "conditions générales.pdf",
                        caption="Conditions du bonus").evidence[0]
    mail = ev.import_file(claim.id, src / "ticket-884211.eml")
    folder.contacts.add(Contact(
        claim_id=claim.id, channel=Channel.CHAT,
        at=datetime(2026, 11, 20, 20, 40, tzinfo=UTC), zone="Europe/Paris",
        direction=Direction.SENT, reference="CHAT-55123", agent="Дмитрий",
        summary="Explained the BNS-402 error; agent said to wait 24 h.",
        promised_action="Escalate to the bonus team",
        promised_due_at=datetime(2026, 11, 21, 20, 40, tzinfo=UTC), evidence_ids=[e1.id]))
    folder.claims.set_status(claim.id, "reported", note="chat opened",
                             at=datetime(2026, 11, 20, 20, 45, tzinfo=UTC))
    folder.claims.set_checklist(claim.id, "account_verified", "yes", evidence_ids=[e2.id])
    folder.claims.set_checklist(claim.id, "minimum_deposit", "yes", note="100 € ≥ 20 €",
                                evidence_ids=[e3.id])
    folder.claims.set_checklist(claim.id, "terms_read", "yes", evidence_ids=[e4.id])
    evidence = [e1, e2, e3, e4] + mail.evidence
    return claim, evidence
