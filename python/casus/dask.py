"""casus on Dask: code a bag or a DataFrame of articles on many processes or
machines.

    import dask.bag as db, casus.dask
    events = casus.dask.code_bag(db.read_text("news-*.jsonl").map(json.loads))
    frame = casus.dask.code_dataframe(ddf)          # dask DataFrame of events

Each worker process loads the dictionaries once (casus.shared_coder) and
reuses them for every partition it codes; only the articles and the records
travel. The records are those single-process coding gives (the same ids,
keys and values, in input order within each partition), so
``code_bag(bag).compute()`` equals coding the concatenated partitions with
casus.Coder().code_many. Every worker must be able to `import casus` and
find its data: install casus on each machine (scripts/bootstrap) or pass
data_dir naming a folder every worker can read.

An article without an id gets "<partition>:<position>" (its 0-based position
in its partition), so ids stay unique across partitions.
"""

import casus as _casus


def _with_ids(articles, partition):
    """Articles with a default id "<partition>:<position>" where they have none."""
    for i, a in enumerate(articles):
        if isinstance(a, str):
            yield {"id": "%d:%d" % (partition, i), "text": a}
        elif hasattr(a, "get") and _casus._field(a.get("id")) is None:  # None, NaN
            a = dict(a)
            a["id"] = "%d:%d" % (partition, i)
            yield a
        else:
            yield a


def _code_partition(articles, partition, data_dir, threads, date, quantities, errors):
    coder = _casus.shared_coder(data_dir)
    if not isinstance(partition, int):  # a one-item partition of the index bag
        partition = list(partition)[0]
    out = []
    for records in coder.code_many(_with_ids(articles, partition), threads=threads, date=date,
                                   quantities=quantities, errors=errors):
        out.extend(records)
    return out


def code_bag(bag, data_dir=None, threads=1, date=None, quantities=False, errors="record"):
    """A dask Bag of articles (str or dicts with id, date, text, ...) -> a Bag
    of records (dicts): the events of each article in input order, its
    quantity records too with quantities=True, and an error record in place
    of an article that could not be read (errors="record", as `casus code`
    does; errors="raise" fails the computation instead)."""
    import dask.bag as db

    index = db.from_sequence(range(bag.npartitions), npartitions=bag.npartitions)
    return bag.map_partitions(_code_partition, index, data_dir, threads, date, quantities,
                              errors)


def _meta():
    import pandas as pd

    return pd.DataFrame({c: pd.Series(dtype=_dtype(c)) for c in _casus.event_columns()})


def _dtype(column):
    return {"sentence_index": "int64", "quad_class": "int64", "goldstein": "float64",
            "negated": "bool"}.get(column, "object")


def _code_frame_partition(frame, data_dir, threads, date, errors, partition_info=None):
    partition = partition_info["number"] if partition_info else 0
    coder = _casus.shared_coder(data_dir)
    rows = frame.to_dict("records")
    out = coder.code_frame(list(_with_ids(rows, partition)), threads=threads, date=date,
                           errors=errors)
    return out.astype({c: _dtype(c) for c in out.columns})


def code_dataframe(ddf, data_dir=None, threads=1, date=None, errors="raise"):
    """A dask DataFrame of articles (columns id, date, text, title, source,
    url as in JSON Lines) -> a dask DataFrame of events with the columns of
    casus.Coder.code_frame, partition by partition. errors="record" leaves
    bad articles out (code_bag keeps them as error records)."""
    return ddf.map_partitions(_code_frame_partition, data_dir, threads, date, errors,
                              meta=_meta(), enforce_metadata=False)
