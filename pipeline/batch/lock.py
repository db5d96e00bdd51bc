"""One run at a time per output folder: a non-blocking `flock` on OUT/.cnstats.lock.

>>> import tempfile
>>> out = tempfile.mkdtemp()
>>> with OutputLock(out):
...     try:
...         OutputLock(out).acquire()
...     except LockedError as error:
...         print("refused")
refused

The lock belongs to the open file, so it is released when the process ends however it ends
(SIGKILL included): a killed run never leaves a stale lock behind.
"""
from __future__ import annotations

import fcntl
import os
from pathlib import Path

LOCK_NAME = ".cnstats.lock"


class LockedError(Exception):
    """Another run holds the output folder."""


class OutputLock:
    def __init__(self, output: str | os.PathLike):
        self.path = Path(output) / LOCK_NAME
        self._handle = None

    def acquire(self) -> "OutputLock":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+", encoding="utf-8")
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            handle.close()
            raise LockedError(f"another cnstats run ({holder}) is writing to {self.path.parent}; "
                              "wait for it to finish, then run again") from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}\n")
        handle.flush()
        self._handle = handle
        return self

    def release(self) -> None:
        if self._handle is not None:
            fcntl.flock(self._handle.fileno(), fcntl.LOCK_UN)
            self._handle.close()
            self._handle = None

    def __enter__(self) -> "OutputLock":
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()
