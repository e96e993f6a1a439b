"""Local multi-process runs: N worker processes, each loading the pipeline once.

Work goes out in chunks through a bounded window (2 chunks per worker), so memory stays
flat however long the input; results come back in input order.
"""

from __future__ import annotations

import itertools
import multiprocessing as mp
import os
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from tidings.model import Article, Failure
from tidings.pipeline import Pipeline, Result

_WORKER: Pipeline | None = None
_THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS")


def _init(kwargs: dict[str, Any]) -> None:
    global _WORKER
    _WORKER = Pipeline(**kwargs)
    _ = _WORKER.nlp  # load the model now, not inside the first task


def _work(chunk: list[Article | Failure]) -> list[Result]:
    assert _WORKER is not None
    return list(_WORKER.process(chunk))


def process_parallel(
    items: Iterable[Article | Failure], workers: int, chunk_size: int = 16, **pipeline_kwargs: Any
) -> Iterator[Result]:
    """Like ``Pipeline(**pipeline_kwargs).process(items)``, spread over ``workers`` processes."""
    if workers <= 1:
        yield from Pipeline(**pipeline_kwargs).process(items)
        return
    from tidings.nlp import check_installed

    check_installed(Pipeline(**pipeline_kwargs).model)  # before any worker tries to load it
    ctx = mp.get_context("spawn")  # fork after loading spaCy/duckdb is unsafe
    it = iter(items)
    # Each worker is one core's worth of work: BLAS thread pools inside N workers would
    # oversubscribe the cores. Spawned children read these at their numpy import.
    saved = {k: os.environ.get(k) for k in _THREAD_VARS}
    os.environ.update({k: "1" for k in _THREAD_VARS})
    try:
        pool = ctx.Pool(workers, initializer=_init, initargs=(pipeline_kwargs,))
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    with pool:
        window: deque[Any] = deque()
        while True:
            while len(window) < workers * 2:
                chunk = list(itertools.islice(it, chunk_size))
                if not chunk:
                    break
                window.append(pool.apply_async(_work, (chunk,)))
            if not window:
                break
            yield from window.popleft().get()
