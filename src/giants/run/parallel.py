"""`--workers N`: batches of articles analysed in worker processes, results in input order.

Our own small pool rather than spaCy's `n_process`, for three reasons:
- stopping early (the reader of our output went away, or Ctrl-C) ends the workers at
  once; spaCy's pipe joins workers that are blocked writing results nobody reads;
- each batch holds only articles that are already read, so a slow input never holds
  back finished records (spaCy's pipe reads its input in the main process);
- a worker that dies (out of memory) costs only the batch it had, which is retried.

Workers ignore SIGINT: Ctrl-C reaches the main process, which stops them; no worker
prints a traceback.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from spacy.language import Language

from giants.inputs.reader import Article
from giants.output.models import Analysis
from giants.inputs.readahead import ReadAhead

_NLP: Language | None = None
# How long the main process waits on one thing before looking at the others again.
_POLL = 0.1


def _init_worker(nlp: Language) -> None:
    global _NLP
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _NLP = nlp


def _ready() -> bool:
    return _NLP is not None


def _work(batch: list[Article]) -> list[Analysis]:
    from giants.api import analyze_batch

    return analyze_batch(_NLP, batch)  # pieces of the size chunk_size(_NLP) gives


def _context():
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _start_pool(nlp: Language, workers: int) -> ProcessPoolExecutor:
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=_context(), initializer=_init_worker,
                               initargs=(nlp,))
    # Start the workers now, before the reader thread exists: forking a process that
    # runs other threads can copy a lock some thread holds.
    pool.submit(_ready).result()
    return pool


def stop_pool(pool: ProcessPoolExecutor) -> None:
    """End the workers now, whatever they are doing, and release the pool."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        if process.is_alive():
            process.terminate()
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.join(timeout=2)
        if process.is_alive():
            process.kill()


def ramp(batch_size: int):
    from giants.api import ramp as _ramp

    return _ramp(batch_size)


def analyze_parallel(nlp: Language, articles: Iterable[Article], *, workers: int,
                     batch_size: int) -> Iterator[Analysis]:
    pool = _start_pool(nlp, workers)
    pending: deque = deque()  # [batch, future, tries], in input order
    try:
        with ReadAhead(articles, ahead=max(4, batch_size * workers * 2)) as reader:
            exhausted = False
            sizes = ramp(batch_size)
            while True:
                # hand out what is already read while the workers have room for it
                while not exhausted and len(pending) < 2 * workers:
                    size = next(sizes)
                    batch = reader.take(size, block=not pending, timeout=None if not pending else 0)
                    if batch is None:
                        exhausted = True
                    elif not batch:
                        break
                    else:
                        pending.append([batch, pool.submit(_work, batch), 1])
                if not pending:
                    if exhausted:
                        return
                    continue
                head = pending[0]
                if head[1] is None:  # failed twice: its articles get error records
                    yield from (_lost(a) for a in pending.popleft()[0])
                    continue
                # wait outside the try: an exception raised while waiting (Ctrl-C, the
                # output pipe closing) is the run's, not this batch's
                if not wait([head[1]], timeout=_POLL).done:
                    continue
                try:
                    results = head[1].result()
                except BrokenProcessPool:
                    # a worker died (killed, out of memory): the unfinished batches are lost
                    # with the pool; start a new one and give each of them one more try
                    stop_pool(pool)
                    pool = _start_pool(nlp, workers)
                    for item in pending:
                        if not _succeeded(item[1]):
                            item[1] = pool.submit(_work, item[0]) if item[2] < 2 else None
                            item[2] += 1
                    continue
                except Exception as exc:  # noqa: BLE001 - e.g. a result that cannot be sent back
                    yield from (_lost(a, exc) for a in pending.popleft()[0])
                    continue
                pending.popleft()
                yield from results
    finally:
        stop_pool(pool)


def _succeeded(future) -> bool:
    try:
        return future is not None and future.done() and future.exception(timeout=0) is None
    except BaseException:  # noqa: BLE001 - cancelled
        return False


def _lost(article: Article, exc: BaseException | None = None) -> Analysis:
    from giants.api import error_record

    if article.error is None:
        article.error = (f"analysis failed: {type(exc).__name__}: {exc}" if exc is not None
                         else "analysis failed: the worker process stopped (out of memory?)")
    return error_record(article)
