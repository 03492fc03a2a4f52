"""Reading inputs on a thread of their own, ahead of the analysis.

A slow input (a URL that takes 20 s, a pipe that is slow to fill) then delays only
itself: the analysis takes the articles that are already read, and their records
are written while the slow one is still being read.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterable

_END = object()


class _Failure:
    def __init__(self, exc: BaseException):
        self.exc = exc


def _text_size(item) -> int:
    return len(getattr(item, "text", None) or "")


class ReadAhead:
    """Iterates `items` on a daemon thread, keeping at most `ahead` of them waiting, and
    no more than `budget` characters of text (`size(item)`) unless only one is waiting:
    a folder of very long texts is then read one text ahead, not thirty."""

    def __init__(self, items: Iterable, ahead: int = 32, budget: int = 4_000_000, size=_text_size):
        self._items = items
        self._budget = budget
        self._size = size
        self._held_size = 0
        self._room = threading.Condition()
        self._queue: queue.Queue = queue.Queue(maxsize=max(1, ahead))
        self._stop = threading.Event()
        self._done = False
        self._held = None
        self._thread = threading.Thread(target=self._run, name="giants-reader", daemon=True)

    def __enter__(self) -> ReadAhead:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Stop reading (the thread ends after the input it is reading; being a daemon,
        it never holds up the end of the program)."""
        self._stop.set()
        with self._room:
            self._room.notify_all()

    def _put(self, item) -> bool:
        weight = self._size(item) if item is not _END and not isinstance(item, _Failure) else 0
        with self._room:
            while self._held_size and self._held_size + weight > self._budget and not self._stop.is_set():
                self._room.wait(0.2)
            self._held_size += weight
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.2)
                return True
            except queue.Full:
                continue
        return False

    def _run(self) -> None:
        try:
            for item in self._items:
                if not self._put(item):
                    return
        except BaseException as exc:  # noqa: BLE001 - handed to the consumer, raised there
            self._put(_Failure(exc))
        self._put(_END)

    def _taken(self, item) -> None:
        if item is not _END and not isinstance(item, _Failure):
            with self._room:
                self._held_size -= self._size(item)
                self._room.notify_all()

    def _unpack(self, item):
        self._taken(item)
        if item is _END:
            self._done = True
            return None
        if isinstance(item, _Failure):
            self._done = True
            raise item.exc
        return item

    def take(self, limit: int, *, block: bool = True, timeout: float | None = None) -> list | None:
        """Up to `limit` items that are ready: waits for the first one only when `block`
        (up to `timeout` seconds). [] when none is ready; None once the input is used up."""
        if self._done:
            return None
        if self._held is not None:
            held, self._held = self._held, None
            return self._unpack(held)
        batch: list = []
        try:
            first = self._queue.get(block=block, timeout=timeout if block else None)
        except queue.Empty:
            return batch
        first = self._unpack(first)
        if first is None:
            return None
        batch.append(first)
        while len(batch) < limit:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                break
            if item is _END or isinstance(item, _Failure):
                self._held = item  # handed out by the next call, after this batch
                break
            self._taken(item)
            batch.append(item)
        return batch
