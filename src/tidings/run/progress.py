"""Progress of a long run: a rich progress bar on a terminal, periodic log lines otherwise.

The total, for the ETA, comes from ``tidings.ingest.files.count_articles``.
"""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Iterable, Iterator
from typing import IO, Any


def _eta(seconds: float) -> str:
    seconds = int(seconds)
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


class Progress:
    """Counts analysed and skipped documents; draws a rich bar (TTY) or logs every ``every`` s."""

    def __init__(
        self,
        total: int | None = None,
        out: IO[str] | None = None,
        tty: bool | None = None,
        every: float = 30.0,
        clock=time.monotonic,
    ) -> None:
        self.total = total
        self.out = out or sys.stderr
        self.tty = self.out.isatty() if tty is None else tty
        self.every = every if not self.tty else 0.2
        self.clock = clock
        self.start = clock()
        self.last = self.start
        self.analysed = 0
        self.skipped = 0
        self.drawn = False
        self._bar: Any = None  # the rich Progress on a terminal, started at the first draw

    @property
    def done(self) -> int:
        return self.analysed + self.skipped

    def line(self) -> str:
        elapsed = max(self.clock() - self.start, 1e-9)
        rate = self.analysed / elapsed
        parts = [
            f"{self.done}" + (f"/{self.total}" if self.total is not None else "") + " articles",
            f"{rate:.2f} articles/s",
        ]
        if self.skipped:
            parts.append(f"{self.skipped} already stored")
        if self.total is not None:
            left = max(self.total - self.done, 0)
            parts.append(f"ETA {_eta(left / rate)}" if rate > 0 else "ETA ?")
        return ", ".join(parts)

    def tick(self, analysed: int = 0, skipped: int | None = None) -> None:
        self.analysed += analysed
        if skipped is not None:
            self.skipped = skipped
        now = self.clock()
        if now - self.last >= self.every:
            self.last = now
            self._draw()

    def _draw(self) -> None:
        if self.tty:
            self._draw_bar()
            return
        self.out.write(f"tidings: {self.line()}\n")
        self.out.flush()

    def _draw_bar(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, TextColumn
        from rich.progress import Progress as Bar

        if self._bar is None:
            columns = [BarColumn()] if self.total is not None else []
            # Writes to stderr while the bar shows (warnings, failures) appear above it.
            self._bar = Bar(
                *columns,
                TextColumn("{task.description}"),
                console=Console(file=self.out, force_terminal=True),
                redirect_stdout=False,
                redirect_stderr=self.out is sys.stderr,
                get_time=self.clock,
                auto_refresh=False,
            )
            self._task = self._bar.add_task(self.line(), total=self.total)
            self._bar.start()
        self._bar.update(self._task, completed=self.done, description=self.line())
        self._bar.refresh()
        self.drawn = True

    def close(self) -> None:
        if self.tty:
            self._draw_bar()
            self._bar.stop()

    @contextlib.contextmanager
    def shown(self) -> Iterator[Progress]:
        """The display for the duration of a ``with`` block: on a terminal the bar shows at
        once (while the model loads), and it is closed at the end."""
        if self.tty:
            self._draw_bar()
        try:
            yield self
        finally:
            self.close()

    def wrap(self, results: Iterable) -> Iterable:
        """Pass results through, counting each one."""
        for r in results:
            self.tick(1)
            yield r
