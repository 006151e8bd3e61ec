"""casus.dask on real worker processes: a LocalCluster of 2 processes, and a
dask-scheduler with 2 dask-worker processes started here on 127.0.0.1 (and
always stopped). Results must equal single-process coding."""
import os
import signal
import socket
import subprocess
import sys
import time

import pytest

import casus

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")
import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402
import pandas as pd  # noqa: E402

import casus.dask  # noqa: E402


def _expected(coder, articles):
    return [r for recs in coder.code_many(articles, errors="record") for r in recs]


def _check(client, coder, wire):
    articles = wire[:80] + [{"id": "bad", "text": 7}]
    bag = db.from_sequence(articles, npartitions=6)
    got = casus.dask.code_bag(bag).compute()
    expect = _expected(coder, articles)
    # The bad record's error names its position in its partition; the rest match.
    assert got[:-1] == expect[:-1]
    assert got[-1]["kind"] == "error" and got[-1]["message"] == "field 'text' is not a string"

    frame = pd.DataFrame(wire[:80])
    frame.loc[5, "id"] = None  # an article without an id: "<partition>:<position>"
    ddf = dd.from_pandas(frame, npartitions=4)
    out = casus.dask.code_dataframe(ddf).compute().reset_index(drop=True)
    local = coder.code_frame(frame.fillna({"id": "0:5"}))
    assert "0:5" in set(out["article_id"])
    assert list(out.columns) == casus.event_columns()
    assert out.to_dict("records") == local.to_dict("records")

    # Dictionaries are loaded once per worker process: every worker reports
    # the same Coder object for every call after its first.
    # A Coder pickled into a task arrives as the worker's shared one.
    shared = client.run(lambda: id(casus.shared_coder()))
    sent = client.gather(client.map(lambda c, i: id(c), [coder] * 4, range(4)))
    assert set(sent) <= set(shared.values())
    ids = client.run(lambda: id(casus.shared_coder()))
    again = client.run(lambda: id(casus.shared_coder()))
    assert ids == again and len(ids) == 2
    pids = client.run(os.getpid)
    assert len(set(pids.values())) == 2 and os.getpid() not in pids.values()


def test_local_cluster(coder, wire):
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster) as client:
        _check(client, coder, wire)


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _stop(proc):
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)


@pytest.fixture
def scheduler_and_workers(request, tmp_path):
    """dask-scheduler + 2 dask-worker processes on 127.0.0.1, free ports."""
    bindir = os.path.dirname(sys.executable)
    exe = lambda name: os.path.join(bindir, name) if os.path.exists(
        os.path.join(bindir, name)) else name
    port = _free_port()
    address = "tcp://127.0.0.1:%d" % port
    procs = []

    def stop_all():
        for p in reversed(procs):
            _stop(p)

    request.addfinalizer(stop_all)
    log = open(tmp_path / "dask.log", "w")
    request.addfinalizer(log.close)
    procs.append(subprocess.Popen(
        [exe("dask-scheduler"), "--host", "127.0.0.1", "--port", str(port),
         "--dashboard-address", "127.0.0.1:%d" % _free_port()],
        stdout=log, stderr=subprocess.STDOUT))
    for _ in range(2):
        procs.append(subprocess.Popen(
            [exe("dask-worker"), address, "--host", "127.0.0.1", "--nworkers", "1",
             "--nthreads", "1", "--no-dashboard"],
            stdout=log, stderr=subprocess.STDOUT))
    return address, procs, tmp_path / "dask.log"


def test_scheduler_and_two_workers(scheduler_and_workers, coder, wire):
    from distributed import Client

    address, procs, log = scheduler_and_workers
    port = int(address.rsplit(":", 1)[1])
    deadline = time.time() + 60
    while True:  # the scheduler listens
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if time.time() > deadline or any(p.poll() is not None for p in procs):
                pytest.fail("the scheduler did not start: " + log.read_text()[-2000:])
            time.sleep(0.2)
    client = Client(address, timeout=30)
    with client:
        client.wait_for_workers(2, timeout=60)
        _check(client, coder, wire)
