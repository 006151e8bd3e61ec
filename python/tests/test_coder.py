"""casus.Coder: records like the CLI's, spans for Python slicing, errors with
the CLI's messages, order at any thread count, the GIL released."""
import json
import shutil
import subprocess
import threading
import time

import pytest

import casus
from conftest import SOURCE


def test_turkey_condemned_syria(coder):
    events = coder.code("Turkey condemned Syria.", date="2024-03-05", id="a1")
    assert len(events) == 1
    e = events[0]
    assert e["kind"] == "event"
    assert e["source"]["code"] == "TUR" and e["target"]["code"] == "SYR"
    assert e["root"] == e["cameo"][:2] and e["quad_class"] in (1, 2, 3, 4)
    assert e["article_id"] == "a1" and e["date"] == "2024-03-05"
    assert list(e) == casus.event_columns()


def test_records_equal_cli_jsonl(coder, casus_bin, wire, tmp_path):
    """The same articles give the same event records as `casus code`."""
    sample = wire[:60]
    path = tmp_path / "sample.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in sample), encoding="utf-8")
    out = subprocess.run([str(casus_bin), "code", "--threads", "1", str(path)],
                         capture_output=True, text=True, check=True).stdout
    cli = [json.loads(line) for line in out.splitlines()]
    cli_events = [r for r in cli if r["kind"] == "event"]
    py = [r for recs in coder.code_many(sample) for r in recs]
    assert len(cli_events) > 50
    assert py == cli_events
    # quantities=True: the quantity records too, in the CLI's order.
    py_all = [r for recs in coder.code_many(sample, quantities=True) for r in recs]
    assert py_all == cli


def test_char_span_slices_python_strings(coder):
    events = coder.code("Erdoğan sharply criticised Greece on Monday.", date="2024-03-05")
    assert events
    for e in events:
        ev = e["evidence"]
        begin, end = ev["char_span"]
        assert e["sentence"][begin:end] == ev["verb_phrase"]
        b, d = ev["span"]  # bytes: differ once a non-ASCII character precedes
        assert e["sentence"].encode()[b:d].decode() == ev["verb_phrase"]
        assert (b, d) != (begin, end)


def test_code_many_input_order_any_threads(coder, wire):
    one = list(coder.code_many(wire[:120], threads=1))
    two = list(coder.code_many(wire[:120], threads=2, chunk=17))
    assert len(one) == 120 and one == two
    ids = [recs[0]["article_id"] for recs in one if recs]
    order = [a["id"] for a in wire[:120]]
    assert ids == [i for i in order if i in set(ids)]


def test_code_many_streams(coder):
    """A generator is consumed chunk by chunk, not read whole first."""
    pulled = []

    def articles():
        for i in range(10_000):
            pulled.append(i)
            yield "Turkey condemned Syria."

    it = coder.code_many(articles(), chunk=8)
    first = next(it)
    assert first and first[0]["article_id"] == "0"
    assert len(pulled) <= 9


def test_errors_carry_cli_messages(coder, casus_bin, tmp_path):
    bad = {"id": "b1", "date": "2024-02-30", "text": "Turkey condemned Syria."}
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(bad) + "\n")
    cli = subprocess.run([str(casus_bin), "code", str(path)], capture_output=True, text=True)
    cli_error = json.loads(cli.stdout.splitlines()[0])
    assert cli_error["kind"] == "error"
    with pytest.raises(casus.InputError) as err:
        coder.code(bad["text"], date=bad["date"])
    assert str(err.value) == cli_error["message"]
    assert isinstance(err.value, ValueError) and isinstance(err.value, casus.Error)
    with pytest.raises(casus.InputError, match="article 1 \\(id 1\\): " + "unparseable date"):
        list(coder.code_many(["Turkey condemned Syria.", bad]))
    recs = list(coder.code_many(["Turkey condemned Syria.", bad, {"text": ""}], errors="record"))
    # As in the CLI, a record that cannot be read is named by its position.
    assert recs[1] == [{"kind": "error", "article_id": "1", "input": "python", "line": 2,
                        "message": cli_error["message"]}]
    assert recs[2][0]["message"] == "record has empty 'text'"
    with pytest.raises(casus.InputError, match="control character U\\+0000"):
        coder.code("Turkey\x00 condemned Syria.")
    with pytest.raises(casus.InputError, match="threads 0: want at least 1"):
        list(coder.code_many(["x"], threads=0))
    with pytest.raises(TypeError):
        coder.code(b"bytes are not text")


PETR_CONFIG = SOURCE.parent / "shared" / "data" / "petrarch2" / "dictionaries" / "PETR_config.ini"


def test_dict_set_missing_file_raises():
    with pytest.raises(casus.Error):
        casus.Coder(dict_set="/nonexistent/PETR_config.ini")


@pytest.mark.skipif(not PETR_CONFIG.exists(), reason="../shared (PETRARCH-2) absent")
def test_dict_set_codes_as_the_cli_does(casus_bin):
    # The same records as `casus code --dict-set` (the CLI's loader).
    text = "Turkey condemned Syria on Monday."
    got = casus.Coder(dict_set=str(PETR_CONFIG)).code(text, date="2024-03-05", id="a")
    out = subprocess.run([str(casus_bin), "code", "--dict-set", str(PETR_CONFIG), "--date",
                          "2024-03-05", "-"], input=json.dumps({"id": "a", "text": text}),
                         capture_output=True, text=True, check=True).stdout
    want = [json.loads(l) for l in out.splitlines() if '"kind":"event"' in l]
    assert want and got == want


def test_data_errors(tmp_path):
    with pytest.raises(casus.NotFoundError):
        casus.Coder(data_dir=tmp_path / "nowhere")
    data = tmp_path / "data"
    shutil.copytree(SOURCE / "data", data)
    codes = data / "cameo" / "codes.tsv"
    lines = codes.read_text().splitlines()
    lines[3] = "99x\tNot a code"
    codes.write_text("\n".join(lines) + "\n")
    with pytest.raises(casus.DataError, match="codes.tsv:4: "):
        casus.Coder(data_dir=data)


def test_code_frame(coder, wire):
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame(wire[:40])
    df["date"] = pd.to_datetime(df["date"])  # Timestamps are read as their day
    frame = coder.code_frame(df, threads=2)
    assert list(frame.columns) == casus.event_columns()
    expect = [r for recs in coder.code_many(wire[:40]) for r in recs]
    assert frame.to_dict("records") == expect
    empty = coder.code_frame([])
    assert len(empty) == 0 and list(empty.columns) == casus.event_columns()
    df.loc[3, "text"] = None
    with pytest.raises(casus.InputError, match="record has no 'text'"):
        coder.code_frame(df)
    kept = coder.code_frame(df, errors="record")
    assert kept.attrs["errors"][0]["article_id"] == "3"


def test_read_db(casus_bin, wire, tmp_path):
    pytest.importorskip("pandas")
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in wire[:30]) + "not json\n")
    db = tmp_path / "events.db"
    subprocess.run([str(casus_bin), "code", "--db", str(db), str(path)], check=True,
                   capture_output=True)
    tables = casus.read_db(db)
    assert set(tables) == {"articles", "events", "quantities", "errors"}
    assert len(tables["articles"]) == 30 and len(tables["errors"]) == 1
    events = tables["events"]
    assert len(events) > 20
    first = json.loads(events["record"][0])
    assert first["event_id"] == events["event_id"][0]
    with pytest.raises(casus.NotFoundError):
        casus.read_db(tmp_path / "missing.db")


def test_gil_released_while_coding(coder, wire):
    """Python threads run while a long batch codes."""
    # Long enough to see ticks on a fast machine (three copies of the wire
    # corpus took under 0.2 s once coding got faster).
    articles = wire * 12
    done = threading.Event()
    result = {}

    def work():
        t = time.perf_counter()
        result["n"] = sum(len(r) for r in coder.code_many(articles, chunk=len(articles)))
        result["seconds"] = time.perf_counter() - t
        done.set()

    thread = threading.Thread(target=work)
    ticks = 0
    thread.start()
    while not done.is_set():
        ticks += 1
        time.sleep(0.001)
    thread.join()
    # Holding the GIL for the whole batch would allow a handful of ticks.
    assert result["seconds"] > 0.2
    assert ticks > 0.3 * result["seconds"] * 1000 * 0.2, (ticks, result)
