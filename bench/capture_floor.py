"""The least a lossless screen capture in Python does, as a whole process (bench/capture.py).

    python bench/capture_floor.py OUT.png

Starts the interpreter, grabs the whole screen with mss (started as core/capture.py
starts it: one ldconfig run for its library look-ups), encodes the grabbed BGRX pixels
with core/png.py as core/capture.py does (``encode_bgrx``: strided copies straight into
the PNG rows, no Pillow), hashes with SHA-256 and writes with fsync. No folder, no
database, no metadata: what any Python capture pays, so bench/capture.py can show how
far from scrot the language alone is.
"""

import hashlib
import os
import sys

from bonusdesk.core import png  # PYTHONPATH: the checkout (bench/capture.py sets it)
from bonusdesk.core.capture_warmup import one_ldconfig


def main(out: str) -> None:
    with one_ldconfig():
        import mss

        sct = (getattr(mss, "MSS", None) or mss.mss)()
    with sct:
        shot = sct.grab(sct.monitors[0])
        data = png.encode_bgrx(shot.raw, shot.width, shot.height)
    hashlib.sha256(data).hexdigest()
    with open(out, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


if __name__ == "__main__":
    main(sys.argv[1])
