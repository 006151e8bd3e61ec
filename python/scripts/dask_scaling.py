#!/usr/bin/env python3
"""Measures casus.dask on 1 and 2 worker processes (README "Python").

    PYTHONPATH=build/python python3 python/scripts/dask_scaling.py [TIMES] [SCHEDULER]

Codes bench/corpus/wire.jsonl repeated TIMES times (default 10: 4,000
articles, written to a temporary file that the workers read themselves, in
16 blocks) on a LocalCluster of 1, then 2 worker processes with one thread
each; or, with SCHEDULER (tcp://host:port), on the workers of that cluster
(the file must then be readable at the same path on every machine: set
TMPDIR to a shared folder). The dictionaries are
loaded on every worker before the clock starts (casus.shared_coder), so the
figures are coding plus Dask's own costs (moving articles and records).
"""
import json
import os
import pathlib
import sys
import tempfile
import time

import dask.bag as db
from distributed import Client, LocalCluster

import casus
import casus.dask

ROOT = pathlib.Path(__file__).resolve().parents[2]


def _cpu():
    import resource

    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def measure(client, path, articles):
    client.run(lambda: casus.shared_coder() and None)  # load the dictionaries on every worker first
    bag = db.read_text(str(path), blocksize=max(1, path.stat().st_size // 16)).map(json.loads)
    before = client.run(_cpu)
    t = time.perf_counter()
    events = casus.dask.code_bag(bag).count().compute()
    seconds = time.perf_counter() - t
    after = client.run(_cpu)
    cpu = ", ".join("%.2f" % (after[w] - before[w]) for w in sorted(after))
    print(f"{len(after)} worker(s): {len(articles):,} articles, {events:,} records in "
          f"{seconds:.2f} s = {len(articles) / seconds:,.0f} articles/s; CPU seconds per "
          f"worker: {cpu}", flush=True)
    return seconds


def main():
    times = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    wire = (ROOT / "bench/corpus/wire.jsonl").read_text(encoding="utf-8").splitlines()
    articles = [json.loads(line) for line in wire] * times
    tmp = tempfile.TemporaryDirectory()
    path = pathlib.Path(tmp.name) / "wire.jsonl"
    path.write_text("\n".join(wire * times) + "\n", encoding="utf-8")
    coder = casus.Coder()
    t = time.perf_counter()
    for _ in coder.code_many(articles):
        pass
    one = time.perf_counter() - t
    print(f"no Dask, 1 thread: {one:.2f} s = {len(articles) / one:,.0f} articles/s; load "
          f"average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores", flush=True)
    if len(sys.argv) > 2:
        with Client(sys.argv[2]) as client:
            measure(client, path, articles)
        return
    result = {}
    for n in (1, 2):
        with LocalCluster(n_workers=n, threads_per_worker=1, processes=True, host="127.0.0.1",
                          dashboard_address=None) as cluster, Client(cluster) as client:
            result[n] = measure(client, path, articles)
    print(f"speed-up 1 -> 2 workers: {result[1] / result[2]:.2f}x")


if __name__ == "__main__":
    main()
