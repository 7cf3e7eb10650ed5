"""Tesseract behind the handler interface: in-process (tesserocr) or the system program.

Both use the same LSTM engine and language data, so they read alike. The in-process
handler comes first: its wheel carries libtesseract on every platform, so the installers
need no separate Tesseract. The ``tesseract`` program is the fallback for installs where
tesserocr is missing (an unusual platform, a distribution package without it).

Cancelling: the program is killed at once; in-process recognition cannot be interrupted
from another thread (Tesseract's own cancel hook is only wired to Python signals on the
main thread), so the flag is checked before and after recognition — about one second per
1080p screen of latency.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import threading
import time

from . import tessdata
from .base import CancelFlag, OcrError, OcrLine, OcrWord, check_cancel

# Below this size UI text is too small for Tesseract (it wants ~20 px capitals): read it
# at twice the size. A whole screen is read as it is (4x the pixels would cost 4x).
UPSCALE_BELOW = 1000


def _scale_for(image) -> int:
    return 2 if max(image.size) < UPSCALE_BELOW else 1


def _scaled(image, scale: int):
    from PIL import Image

    if scale == 1:
        return image
    return image.resize((image.width * scale, image.height * scale), Image.Resampling.LANCZOS)


def _unscale(box, scale: int) -> tuple[int, int, int, int]:
    x, y, w, h = box
    return (x // scale, y // scale, max(1, round(w / scale)), max(1, round(h / scale)))


class TesserocrHandler:
    name = "tesserocr"

    def __init__(self) -> None:
        self._local = threading.local()  # a TessBaseAPI belongs to one thread

    def _module(self):
        import tesserocr

        return tesserocr

    def unavailable_reason(self) -> str:
        try:
            self._module()
        except ImportError as exc:
            return f"tesserocr is not installed ({exc})"
        folder, _ = tessdata.find()
        return "" if folder else tessdata.missing_message()

    def version(self) -> str:
        mod = self._module()
        first = mod.tesseract_version().splitlines()[0].strip()  # "tesseract 5.5.4"
        return f"{first} (tesserocr {getattr(mod, '__version__', '?')})"

    def languages(self) -> str:
        return "+".join(tessdata.find()[1])

    def _api(self):
        folder, langs = tessdata.find()
        key = (str(folder), "+".join(langs))
        cached = getattr(self._local, "api", None)
        if cached is not None and cached[0] == key:
            return cached[1]
        mod = self._module()
        try:
            api = mod.PyTessBaseAPI(path=str(folder) + os.sep, lang=key[1],
                                    psm=mod.PSM.AUTO, oem=mod.OEM.LSTM_ONLY)
        except RuntimeError as exc:
            raise OcrError(f"Tesseract could not load its language data from {folder}: {exc}"
                           ) from None
        self._local.api = (key, api)
        return api

    def read(self, image, cancel: CancelFlag | None) -> list[OcrLine]:
        from tesserocr import RIL, iterate_level

        api = self._api()
        scale = _scale_for(image)
        check_cancel(cancel)
        api.SetImage(_scaled(image, scale))
        api.Recognize()
        check_cancel(cancel)
        words, breaks = [], []
        for r in iterate_level(api.GetIterator(), RIL.WORD):
            box = r.BoundingBox(RIL.WORD)
            text = r.GetUTF8Text(RIL.WORD) if box else None
            breaks.append(r.IsAtBeginningOf(RIL.TEXTLINE))
            words.append(None if not box or not text else OcrWord(
                text.strip(), _unscale((box[0], box[1], box[2] - box[0], box[3] - box[1]),
                                       scale), r.Confidence(RIL.WORD)))
        # Character boxes let a redaction keep exactly the last characters of a number.
        index = -1
        for r in iterate_level(api.GetIterator(), RIL.SYMBOL):
            if r.IsAtBeginningOf(RIL.WORD):
                index += 1
            box = r.BoundingBox(RIL.SYMBOL)
            if box and 0 <= index < len(words) and words[index] is not None:
                words[index].chars.append(
                    _unscale((box[0], box[1], box[2] - box[0], box[3] - box[1]), scale))
        api.Clear()
        return _lines(words, breaks)


def _lines(words: list[OcrWord | None], breaks: list[bool]) -> list[OcrLine]:
    lines: list[OcrLine] = []
    current: list[OcrWord] = []
    for word, new_line in zip(words, breaks, strict=True):
        if new_line and current:
            lines.append(OcrLine(current))
            current = []
        if word is not None and word.text:
            current.append(word)
    if current:
        lines.append(OcrLine(current))
    return lines


class TesseractProgramHandler:
    """The ``tesseract`` program (5.x) with TSV output; words only, no character boxes."""

    name = "tesseract"
    POLL = 0.05

    def __init__(self, program: str | None = None) -> None:
        self.program = shutil.which("tesseract") or "" if program is None else program

    def unavailable_reason(self) -> str:
        if not self.program:
            return "the tesseract program is not installed"
        folder, _ = tessdata.find()
        return "" if folder else tessdata.missing_message()

    def version(self) -> str:
        if not getattr(self, "_version", ""):  # asked once: it starts a process
            out = subprocess.run([self.program, "--version"], capture_output=True, text=True,
                                 timeout=30)
            self._version = (out.stdout or out.stderr).splitlines()[0].strip() + " (program)"
        return self._version

    def languages(self) -> str:
        return "+".join(tessdata.find()[1])

    def read(self, image, cancel: CancelFlag | None) -> list[OcrLine]:
        folder, langs = tessdata.find()
        scale = _scale_for(image)
        buf = io.BytesIO()
        _scaled(image, scale).save(buf, "PNG", compress_level=1)
        # One thread: with OpenMP on a busy 2-core machine Tesseract was 6x slower.
        env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
        cmd = [self.program, "stdin", "stdout", "--tessdata-dir", str(folder),
               "-l", "+".join(langs), "--oem", "1", "--psm", "3", "tsv"]
        check_cancel(cancel)
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=env)
        feeder = threading.Thread(target=_feed, args=(proc, buf.getvalue()), daemon=True)
        feeder.start()
        out: list[bytes] = []
        reader = threading.Thread(target=lambda: out.append(proc.stdout.read()), daemon=True)
        reader.start()
        try:
            while proc.poll() is None:
                if cancel is not None:
                    check_cancel(cancel)
                time.sleep(self.POLL)
        except BaseException:
            proc.kill()
            proc.wait()
            raise
        reader.join()
        err = proc.stderr.read().decode("utf-8", "replace").strip()
        if proc.returncode != 0:
            raise OcrError(f"tesseract failed (exit {proc.returncode}): {err[-300:]}")
        return parse_tsv(b"".join(out).decode("utf-8", "replace"), scale)


def _feed(proc: subprocess.Popen, data: bytes) -> None:
    try:
        proc.stdin.write(data)
        proc.stdin.close()
    except OSError:  # killed while writing (cancelled)
        pass


def parse_tsv(text: str, scale: int = 1) -> list[OcrLine]:
    """Tesseract's TSV output -> lines of words (level 5 rows), in reading order."""
    lines: dict[tuple[str, str, str, str], list[OcrWord]] = {}
    for row in csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE):
        if row.get("level") != "5" or not (row.get("text") or "").strip():
            continue
        key = (row["page_num"], row["block_num"], row["par_num"], row["line_num"])
        box = (int(row["left"]), int(row["top"]), int(row["width"]), int(row["height"]))
        lines.setdefault(key, []).append(
            OcrWord(row["text"].strip(), _unscale(box, scale), float(row["conf"])))
    return [OcrLine(words) for words in lines.values()]
