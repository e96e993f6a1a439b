"""Load generator for `tidings serve`: N concurrent clients for S seconds against 127.0.0.1 only.

    python tests/reliability/loadgen.py --port 8000 --clients 50 --seconds 30

Each client is a thread with its own keep-alive HTTP connection, cycling through a mix of
API calls (filtered events, series, network, places, quotes, documents) and static files.
Prints one JSON object: requests, errors (non-200 answers and failed connections, with
examples), requests per second and p50/p90/p99/max latency in milliseconds.
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import threading
import time

PATHS = [
    "/api/stats",
    "/api/events",
    "/api/events?actor=IRN",
    "/api/events?dyad=IRN:IRQ&directed=false",
    "/api/events?cameo=04&date_from=2022-10-01&date_to=2022-10-31",
    "/api/events?q=Tehran&limit=10",
    "/api/series?by=week",
    "/api/series?root=04",
    "/api/actors",
    "/api/network?max_edges=50",
    "/api/places",
    "/api/places?country=IR",
    "/api/quotes",
    "/api/speakers",
    "/api/documents",
    "/api/documents/irna-1",
    "/",
    "/static/app.js",
    "/static/style.css",
]
HOST = "127.0.0.1"  # never anywhere else


def client(
    port: int, until: float, seed: int, lat: list[float], errors: list[str], lock: threading.Lock
) -> None:
    rng = random.Random(seed)
    con = http.client.HTTPConnection(HOST, port, timeout=30)
    mine: list[float] = []
    errs: list[str] = []
    while time.monotonic() < until:
        path = rng.choice(PATHS)
        t0 = time.perf_counter()
        try:
            con.request("GET", path)
            r = con.getresponse()
            r.read()
            if r.status != 200:
                errs.append(f"{r.status} {path}")
        except (OSError, http.client.HTTPException) as e:
            errs.append(f"{type(e).__name__} {path}: {e}")
            con.close()
            con = http.client.HTTPConnection(HOST, port, timeout=30)
        mine.append(time.perf_counter() - t0)
    con.close()
    with lock:
        lat.extend(mine)
        errors.extend(errs)


def run(port: int, clients: int, seconds: float) -> dict:
    lat: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    until = time.monotonic() + seconds
    t0 = time.monotonic()
    threads = [
        threading.Thread(target=client, args=(port, until, i, lat, errors, lock)) for i in range(clients)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.monotonic() - t0
    lat.sort()

    def pct(p: float) -> float:
        return round(1000 * lat[min(len(lat) - 1, int(p * len(lat)))], 2) if lat else 0.0

    return {
        "clients": clients,
        "seconds": round(wall, 2),
        "requests": len(lat),
        "errors": len(errors),
        "error_examples": errors[:5],
        "rps": round(len(lat) / wall, 1),
        "p50_ms": pct(0.50),
        "p90_ms": pct(0.90),
        "p99_ms": pct(0.99),
        "max_ms": round(1000 * lat[-1], 2) if lat else 0.0,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=30.0)
    a = ap.parse_args()
    print(json.dumps(run(a.port, a.clients, a.seconds)))


if __name__ == "__main__":
    main()
