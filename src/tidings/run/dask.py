"""Cluster runs on Dask (dask.distributed): reading and extraction on the workers.

Work is cut into tasks of ``chunk_size`` documents. When the input is many files, each
task reads its own files on a worker (the workers must see the same paths, e.g. a shared
filesystem); otherwise the client reads and ships Articles. Every worker process loads
the pipeline once and keeps it. At most ``window`` tasks are in flight, so memory stays
flat, and results come back in input order, so a cluster run gives the same documents
as a local run. ``address`` is a scheduler address (``tcp://host:8786``) or ``local``
for a LocalCluster on this machine.
"""

from __future__ import annotations

import itertools
import os
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from tidings.ingest.files import expand_files
from tidings.model import Article, Failure
from tidings.pipeline import Pipeline, Result

_PIPELINES: dict[tuple[Any, ...], Pipeline] = {}


def _pipeline(kwargs: dict[str, Any]) -> Pipeline:
    key = tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in kwargs.items()))
    if key not in _PIPELINES:
        _PIPELINES[key] = Pipeline(**kwargs)
    return _PIPELINES[key]


def extract_chunk(items: list[Article | Failure], kwargs: dict[str, Any]) -> list[Result]:
    """Runs on a worker: analyse a chunk of already-read documents."""
    return list(_pipeline(kwargs).process(items))


def read_and_extract(paths: list[str], read_kwargs: dict[str, Any], kwargs: dict[str, Any]) -> list[Result]:
    """Runs on a worker: read these files, then analyse what they hold."""
    from tidings.ingest import read

    return list(_pipeline(kwargs).process(read(paths, **read_kwargs)))


def connect(address: str) -> Any:
    from distributed import Client, LocalCluster

    if address == "local":
        cluster = LocalCluster(
            n_workers=os.cpu_count() or 1, threads_per_worker=1, host="127.0.0.1", dashboard_address=None, processes=True
        )
        client = Client(cluster)
        client._tidings_cluster = cluster  # closed with the client
        return client
    return Client(address)


def process_dask(
    paths: list[str] | None = None,
    items: Iterable[Article | Failure] | None = None,
    *,
    address: str = "local",
    client: Any = None,
    chunk_size: int = 16,
    files_per_task: int = 8,
    window: int | None = None,
    read_kwargs: dict[str, Any] | None = None,
    **pipeline_kwargs: Any,
) -> Iterator[Result]:
    """Documents and Failures in input order, computed on a Dask cluster.

    Pass ``paths`` to have workers read many files themselves, or ``items`` (Articles /
    Failures read here) to ship them.
    """
    own = client is None
    client = client or connect(address)
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})))
        window = window or n_workers * 2
        files = expand_files(paths) if paths is not None else None
        if files is not None and len(files) > 1:
            tasks: Iterator[tuple[Any, ...]] = (
                (read_and_extract, chunk, read_kwargs or {}, pipeline_kwargs)
                for chunk in _chunks(iter(files), files_per_task)
            )
        else:
            if items is None:
                from tidings.ingest import read

                items = read(paths or [], **(read_kwargs or {}))
            tasks = ((extract_chunk, chunk, pipeline_kwargs) for chunk in _chunks(iter(items), chunk_size))
        in_flight: deque[Any] = deque()
        for task in tasks:
            in_flight.append(client.submit(*task, pure=False))
            if len(in_flight) >= window:
                yield from in_flight.popleft().result()
        while in_flight:
            yield from in_flight.popleft().result()
    finally:
        if own:
            cluster = getattr(client, "_tidings_cluster", None)
            client.close()
            if cluster is not None:
                cluster.close()


def _chunks(it: Iterator[Any], size: int) -> Iterator[list[Any]]:
    while True:
        chunk = list(itertools.islice(it, size))
        if not chunk:
            return
        yield chunk
