"""Counting inputs cheaply for the ETA, and the progress display (TTY line / log lines)."""

from __future__ import annotations

import io
import json

from tidings.ingest.files import count_articles
from tidings.run.progress import Progress


def test_count_articles(tmp_path):
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps({"text": f"t{i}"}) for i in range(3)) + "\n\n")
    # a quoted field with a line break is one row, not two
    (tmp_path / "b.csv").write_text('url,text\nu1,"one\nline two"\nu2,two\n')
    (tmp_path / "c.txt").write_text("An article.")
    (tmp_path / "d.rss").write_text(
        "<rss><channel><item><title>a</title></item><item><title>b</title></item></channel></rss>"
    )
    (tmp_path / "ignored.bin").write_bytes(b"\x00")
    assert count_articles([str(tmp_path)]) == 3 + 2 + 1 + 2
    assert count_articles([str(tmp_path / "c.txt"), str(tmp_path / "a.jsonl")]) == 4
    assert count_articles(["-"]) is None  # stdin: unknown until read


class Clock:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


def test_progress_log_lines_when_not_a_tty():
    out, clock = io.StringIO(), Clock()
    p = Progress(total=10, out=out, tty=False, every=30, clock=clock)
    clock.t += 2
    p.tick(3)  # under 30 s since the start: nothing yet
    assert out.getvalue() == ""
    clock.t += 28
    p.tick(0, skipped=2)
    assert out.getvalue() == "tidings: 5/10 articles, 0.10 articles/s, 2 already stored, ETA 0:50\n"
    p.close()  # no trailing line needed in a log
    assert out.getvalue().count("\n") == 1


def test_progress_draws_a_rich_bar_on_a_tty():
    out, clock = io.StringIO(), Clock()
    p = Progress(total=8, out=out, tty=True, clock=clock)
    results = list(p.wrap(iter(range(4))))
    assert results == [0, 1, 2, 3]
    clock.t += 2
    p.tick(0)
    assert "4/8 articles, 2.00 articles/s, ETA 0:02" in out.getvalue()
    assert "\x1b[" in out.getvalue()  # drawn with terminal codes, redrawn in place
    p.close()  # the last state stays on screen, and the cursor comes back
    last = out.getvalue().rsplit("\r", 1)[-1]
    assert "4/8 articles, 2.00 articles/s, ETA 0:02\n" in last and out.getvalue().endswith("\x1b[?25h")
