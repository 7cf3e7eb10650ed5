"""Benchmark: OCR accuracy and time on 1920×1080 error dialogs, per engine.

Each page is a casino page full of grey text with an error dialog drawn by Pillow with
DejaVu Sans (tests/core/rendered.py): French and English, light and dark, body text at
14 and 20 px, and error codes in the usual shapes. For every engine available it prints

- character accuracy of the dialog lines (1 − edit distance / length, best-matching line),
- accented words read exactly (French),
- error codes read exactly,
- median seconds per 1080p screen.

Engines: BonusDesk's handlers (tesserocr, the tesseract program) and, when the module is
importable, RapidOCR on ONNX Runtime (``pip install rapidocr_onnxruntime``; not a
dependency of BonusDesk, measured for comparison). Prints figures; asserts nothing.
Ends with the machine and each engine's time beside the first engine's (no target in
issue 17), saved for bench/README.md like every bench (bench/common.py).

    python bench/ocr.py [--runs 3]
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import Result, machine, print_results  # noqa: E402
from bonusdesk.core import ocr  # noqa: E402
from bonusdesk.core.ocr.tesseract_handlers import (  # noqa: E402
    TesseractProgramHandler,
    TesserocrHandler,
)
from tests.core.rendered import DIALOGS, error_dialog  # noqa: E402

CODES = ["BNS-402", "ERR_1042", "PAY403", "E-2201", "WD-7781-B", "KYC-0042"]
CODE_LINES = {"fr": "Code : {code}", "en": "Code: {code}"}


def distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def line_accuracy(expected: str, read_lines: list[str]) -> float:
    best = min((distance(expected, got) for got in read_lines), default=len(expected))
    return max(0.0, 1 - best / len(expected))


def cases():
    for lang in ("fr", "en"):
        for dark in (False, True):
            for px in (14, 20):
                title, lines = DIALOGS[lang]
                codes = CODES[:3] if px == 14 else CODES[3:]
                body = lines + [CODE_LINES[lang].format(code=c) for c in codes]
                yield (f"{lang} {'dark' if dark else 'light'} {px}px",
                       error_dialog(lang, body_px=px, dark=dark, lines=body), body, codes)


class RapidOcr:
    """RapidOCR (ONNX Runtime) as a handler, only for this comparison."""

    name = "rapidocr"

    def __init__(self):
        from rapidocr_onnxruntime import RapidOCR

        self.engine = RapidOCR()

    def unavailable_reason(self):
        return ""

    def version(self):
        import importlib.metadata

        return "rapidocr_onnxruntime " + importlib.metadata.version("rapidocr_onnxruntime")

    def languages(self):
        return "ch+en (PP-OCRv4)"

    def read(self, image, cancel):
        import numpy as np

        found, _ = self.engine(np.asarray(image))
        lines = []
        for box, text, conf in found or []:
            xs, ys = [p[0] for p in box], [p[1] for p in box]
            rect = (int(min(xs)), int(min(ys)), int(max(xs) - min(xs)), int(max(ys) - min(ys)))
            lines.append(ocr.OcrLine([ocr.OcrWord(text, rect, conf * 100)]))
        return lines


def engines():
    out = [TesserocrHandler(), TesseractProgramHandler()]
    try:
        out.append(RapidOcr())
    except ImportError:
        print("(RapidOCR not installed: pip install rapidocr_onnxruntime to compare it)")
    return [h for h in out if not h.unavailable_reason()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="timed reads per page (median)")
    args = parser.parse_args()
    pages = list(cases())
    m = machine()
    results: list[Result] = []
    print(f"{len(pages)} pages of 1920×1080; body lines + error codes per page\n")
    header = f"{'engine':<40} {'chars':>6} {'accents':>8} {'codes':>6} {'s/screen':>9}"
    for handler in engines():
        handler.read(pages[0][1], None)  # warm-up: model loading is not per screen
        accs, accents_ok, accents_all, codes_ok, codes_all, times = [], 0, 0, 0, 0, []
        rows = []
        for name, image, body, codes in pages:
            for _ in range(args.runs):
                started = time.perf_counter()
                result = ocr.read_image(image, chain=[handler])
                times.append(time.perf_counter() - started)
            read = [line.text for line in result.lines]
            text = result.text
            page_acc = statistics.mean(line_accuracy(e, read) for e in body)
            accs.append(page_acc)
            accented = [w for line in body for w in re.findall(r"\w+", line)
                        if any(c in "éèêàâôûùçëïÉ" for c in w)]
            accents_ok += sum(w in text for w in accented)
            accents_all += len(accented)
            codes_ok += sum(c in text for c in codes)
            codes_all += len(codes)
            rows.append(f"    {name:<18} chars {page_acc:6.1%}  codes "
                        f"{sum(c in text for c in codes)}/{len(codes)}")
        print(header)
        print(f"{handler.version():<40} {statistics.mean(accs):6.1%} "
              f"{accents_ok:>4}/{accents_all:<3} {codes_ok:>3}/{codes_all:<2} "
              f"{statistics.median(times):9.2f}")
        print("\n".join(rows) + "\n")
        first = results[0] if results else None
        results.append(Result(
            f"{handler.version()}: seconds per 1080p screen", statistics.median(times), "s",
            first.name.split(":")[0] if first else "", first.value if first else None,
            note=f"characters right {statistics.mean(accs):.1%}, accented words exact "
                 f"{accents_ok}/{accents_all}, codes exact {codes_ok}/{codes_all}"))
    print_results("bench/ocr.py", m, results, [f"{len(pages)} pages of 1920×1080"])


if __name__ == "__main__":
    main()
