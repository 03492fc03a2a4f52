"""Notice at once when the reader of our output goes away (`analyze ... | head -1`).

A write to a closed pipe fails, but the next write may be a whole batch away. A
daemon thread waits for the pipe's error state and raises BrokenPipeError in the
main thread, wherever it is waiting, so the run stops within a moment.
"""

from __future__ import annotations

import errno
import os
import select
import signal
import stat
import threading
import _thread


_raised = threading.Event()


def _raise_broken_pipe(signum, frame):
    # Once only: a real SIGPIPE from a write may follow the watcher's, and must not
    # interrupt the clean-up that the first one started.
    if not _raised.is_set():
        _raised.set()
        raise BrokenPipeError(errno.EPIPE, "standard output was closed by its reader")


def watch(stream) -> bool:
    """Watch `stream` (stdout) when it is a pipe; True when a watch was set up."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(select, "poll"):
        return False
    try:
        fd = stream.fileno()
        if not stat.S_ISFIFO(os.fstat(fd).st_mode):
            return False
        signal.signal(signal.SIGPIPE, _raise_broken_pipe)
    except (AttributeError, OSError, ValueError):
        return False

    def wait() -> None:
        poller = select.poll()
        poller.register(fd, select.POLLERR)  # a pipe's write end reports POLLERR once the reader is gone
        try:
            while True:
                for _, event in poller.poll():
                    if event & (select.POLLERR | select.POLLHUP):
                        _thread.interrupt_main(signal.SIGPIPE)
                        return
        except (OSError, ValueError):
            return

    threading.Thread(target=wait, name="giants-pipe-watch", daemon=True).start()
    return True
