"""casus: political event data (CAMEO / PLOVER) from news text, in Python.

    import casus
    coder = casus.Coder()                      # loads the dictionaries once
    coder.code("Turkey condemned Syria.", date="2024-03-05")
    for events in coder.code_many(articles, threads=4): ...   # input order
    frame = coder.code_frame(df)               # pandas DataFrame, one row per event
    tables = casus.read_db("events.db")        # the SQLite store as DataFrames

Records are dicts in the event-record shape (../shared/spec/event-record.md):
the same keys and values `casus code` prints as JSON Lines, because they are
that very JSON text, parsed. ``evidence["char_span"]`` is in characters, so
``e["sentence"][slice(*e["evidence"]["char_span"])] == e["evidence"]["verb_phrase"]``;
``evidence["span"]`` is the same range in UTF-8 bytes.

An article is a str (its text) or a mapping with the JSON Lines fields
``id, date, title, text, source, url`` (other keys are ignored). It is read
exactly as the CLI reads a JSON Lines record, so a bad one fails with the
CLI's message: casus.InputError (a ValueError). Dictionaries that do not load
raise casus.DataError (file:line) or casus.NotFoundError. Every one is a
casus.Error.

Threads: the GIL is released while dictionaries load and while articles are
coded; a Coder may be shared by several Python threads.
"""

import datetime as _dt
import json as _json
import math as _math
import threading as _threading
import warnings as _warnings

from . import _casus
from ._casus import DataError, Error, InputError, NotFoundError

__version__ = _casus.__version__
__all__ = ["Coder", "read_db", "shared_coder", "event_columns", "Error", "DataError",
           "InputError", "NotFoundError", "__version__"]

_FIELDS = ("id", "date", "title", "text", "source", "url")


def event_columns():
    """The keys of an event record, in the order the JSON writer puts them."""
    return list(_json.loads(_casus.event_json_template()).keys())


def _field(value):
    """A field value as JSON Lines carries it (None: absent)."""
    if value is None:
        return None
    if isinstance(value, float) and _math.isnan(value):
        return None  # a missing cell of a pandas frame
    if isinstance(value, (_dt.date, _dt.datetime)) or hasattr(value, "isoformat"):
        try:
            if value != value:  # pandas NaT
                return None
        except (TypeError, ValueError):
            pass
        return value.isoformat()[:10]
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        return value.item()  # numpy scalars
    return value


def _json_line(article):
    """One article as a JSON Lines record, for the CLI's own reader."""
    if isinstance(article, str):
        rec = {"text": article}
    elif hasattr(article, "get"):
        rec = {}
        for k in _FIELDS:
            v = _field(article.get(k))
            if v is not None:
                rec[k] = v
    else:
        raise TypeError("an article is a str or a mapping with 'text', not %s"
                        % type(article).__name__)
    try:
        return _json.dumps(rec, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as e:
        raise InputError("article cannot be read: %s" % e) from None


def _chunks(iterable, size):
    chunk = []
    for item in iterable:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class Coder:
    """Loads the dictionaries once and codes articles with them.

    data_dir: a casus data folder; None finds the one installed with this
    module (<prefix>/share/casus/data, or the build tree's), unless the
    CASUS_DATA environment variable names one.
    dict_set: code with imported dictionaries instead of casus's own, as
    `casus code --dict-set FILE`: a PETRARCH config (.ini), a TABARI .project
    or a casus manifest (README "Imported dictionaries").
    """

    def __init__(self, data_dir=None, dict_set=None):
        self.data_dir = data_dir
        self.dict_set = dict_set
        self._core = _casus._Coder(None if data_dir is None else str(data_dir),
                                   None if dict_set is None else str(dict_set))

    def __reduce__(self):
        # Sent to another process (a Dask task closing over a Coder), a Coder
        # arrives as that process's shared one: its dictionaries load once
        # there, not once per task.
        return (shared_coder, (self.data_dir, self.dict_set))

    def code(self, text, date=None, id=None, quantities=False):
        """Codes one article; returns its event records (list of dicts).

        With quantities=True the list also holds its 'quantity' records.
        A text that cannot be read raises casus.InputError.
        """
        if isinstance(text, str):
            rec = {"text": text}
        elif hasattr(text, "get"):
            rec = dict(text)
        else:
            raise TypeError("text is a str or a mapping with 'text', not %s"
                            % type(text).__name__)
        if date is not None:
            rec["date"] = date
        if id is not None:
            rec["id"] = id
        out = self._run([rec], first=0, threads=1, quantities=quantities, date=None)[0]
        if out and out[0].get("kind") == "error":
            raise InputError(out[0]["message"])
        return out

    def code_many(self, articles, threads=1, date=None, quantities=False, errors="raise",
                  chunk=None):
        """Codes an iterable of articles; yields one list of records per article.

        The lists come in input order (whatever `threads`), as soon as each
        chunk of articles is coded: a long iterable is never held whole.
        `date` is the date of articles that carry none (the CLI's --date). An
        article without an id gets its 0-based position in the iterable.
        errors="raise": a bad article raises casus.InputError (naming its
        position and id) after the lists before it were yielded;
        errors="record": it yields [{"kind": "error", ...}] in its place
        instead, as `casus code` does.
        """
        if errors not in ("raise", "record"):
            raise ValueError("errors=%r: want 'raise' or 'record'" % (errors,))
        threads = self._threads(threads)
        size = chunk or max(64, 64 * threads)
        first = 0
        for part in _chunks(articles, size):
            for out in self._run(part, first, threads, quantities, date):
                if errors == "raise" and out and out[0].get("kind") == "error":
                    e = out[0]
                    raise InputError("article %d (id %s): %s"
                                     % (e["line"] - 1, e["article_id"], e["message"]))
                yield out
            first += len(part)

    def code_frame(self, articles, threads=1, date=None, errors="raise"):
        """Codes a DataFrame (columns id, date, text, ... as in JSON Lines) or
        an iterable of articles; returns a pandas DataFrame with one row per
        event and the event-record keys as columns (actors, location and
        evidence stay dicts; `date` is a string, None when unknown).
        errors="record": bad articles are left out and listed in
        ``frame.attrs["errors"]``."""
        import pandas as pd

        if isinstance(articles, pd.DataFrame):
            columns = list(articles.columns)
            articles = (dict(zip(columns, row))
                        for row in articles.itertuples(index=False, name=None))
        rows, bad = [], []
        for out in self.code_many(articles, threads=threads, date=date, errors=errors):
            for rec in out:
                (bad if rec.get("kind") == "error" else rows).append(rec)
        frame = pd.DataFrame.from_records(rows, columns=event_columns())
        frame.attrs["errors"] = bad
        return frame

    def _threads(self, threads):
        threads = int(threads)
        if threads < 1:
            raise InputError("threads %d: want at least 1" % threads)
        cap = _casus.max_threads()
        if threads > cap:
            _warnings.warn("threads %d capped at %d" % (threads, cap))
            threads = cap
        return threads

    def _run(self, articles, first, threads, quantities, date):
        lines = [_json_line(a) for a in articles]
        text = self._core.code_lines(lines, "python", first, threads, bool(quantities),
                                     "" if date is None else _field(date))
        return _json.loads(text)


_shared = {}
_shared_lock = _threading.Lock()


def shared_coder(data_dir=None, dict_set=None):
    """One Coder per process, data folder and dictionary set: the dictionaries
    are loaded the first time and reused by every later call (casus.dask's
    tasks use it)."""
    key = (None if data_dir is None else str(data_dir),
           None if dict_set is None else str(dict_set))
    with _shared_lock:
        coder = _shared.get(key)
        if coder is None:
            coder = _shared[key] = Coder(data_dir, dict_set)
        return coder


def read_db(path):
    """The SQLite store of `casus code --db` as DataFrames: a dict with
    'articles', 'events', 'quantities' and 'errors' (events keep their full
    JSON record in the 'record' column). The file is opened read-only."""
    import os
    import sqlite3
    import urllib.parse

    import pandas as pd

    path = os.fspath(path)
    if not os.path.isfile(path):
        raise NotFoundError("%s: no such database" % path)
    uri = "file:%s?mode=ro" % urllib.parse.quote(os.path.abspath(path))
    con = sqlite3.connect(uri, uri=True)
    try:
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        tables = ("articles", "events", "quantities", "errors")
        missing = [t for t in tables if t not in names]
        if missing:
            raise Error("%s: not a casus database (no table %s)" % (path, ", ".join(missing)))
        return {t: pd.read_sql_query("SELECT * FROM %s" % t, con) for t in tables}
    finally:
        con.close()
