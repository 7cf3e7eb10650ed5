"""A thread that hashes beside the writing of an export.

hashlib releases the GIL on large updates, so on two cores hashing in a thread adds
almost nothing to the export's time. The work comes through a small bounded queue (a few
chunks wait at most, so memory stays flat). Used for the PDF's own SHA-256
(post.HashingFile) and for the evidence check of the originals it copies
(splice._FileDigests).
"""

from __future__ import annotations

import queue
import threading


class HashThread:
    """Runs :meth:`_take` on each item :meth:`_put` queues, in one thread, in order.
    Subclasses set their own state before calling ``__init__`` (the thread starts there).
    Leave it with :meth:`close` (a ``with`` block), whatever happened: every item queued
    before is taken first."""

    QUEUED = 8  # items (up to 1 MiB each) waiting to be hashed

    def __init__(self, name: str) -> None:
        self._queue: queue.Queue = queue.Queue(self.QUEUED)
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (item := self._queue.get()) is not None:
            self._take(item)

    def _take(self, item) -> None:
        raise NotImplementedError

    def _put(self, item) -> None:
        self._queue.put(item)  # bytes, never a caller's reusable buffer

    def close(self) -> None:
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()
