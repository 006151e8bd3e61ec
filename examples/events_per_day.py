#!/usr/bin/env python3
"""Events per day by QuadClass, notebook style: code a JSON Lines file of
articles into a pandas DataFrame and plot it with matplotlib.

    python3 examples/events_per_day.py [ARTICLES.jsonl] [OUT.png] [FREQ]

Defaults: bench/corpus/wire.jsonl (400 wire stories spread over 20 years),
events_per_day.png, and FREQ "D" (per day; "W" or "MS" bins a long span by
week or month).
Each cell below works as a notebook cell.
"""
import json
import pathlib
import sys

import matplotlib

matplotlib.use("Agg")  # no display needed; a notebook shows the figure inline
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

import casus  # noqa: E402

HERE = pathlib.Path(__file__).resolve().parent
source = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parent / "bench/corpus/wire.jsonl"
target = pathlib.Path(sys.argv[2]) if len(sys.argv) > 2 else pathlib.Path("events_per_day.png")
freq = sys.argv[3] if len(sys.argv) > 3 else "D"

# %% Read the articles (one JSON object per line: id, date, text, ...).
with open(source, encoding="utf-8") as f:
    articles = pd.DataFrame([json.loads(line) for line in f if line.strip()])
print(f"{len(articles)} articles from {source}")

# %% Code them: one row per event, the event-record keys as columns.
coder = casus.Coder()
events = coder.code_frame(articles, threads=2)
print(f"{len(events)} events")
print(events[["date", "cameo", "quad_class", "goldstein"]].head())

# %% Who did what to whom: the source and target codes out of the actor dicts.
events["source_code"] = events["source"].map(lambda a: a["code"] if a else None)
events["target_code"] = events["target"].map(lambda a: a["code"] if a else None)
print(events.groupby(["source_code", "target_code"]).size().nlargest(5))

# %% Events per day by QuadClass.
QUAD = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
        4: "material conflict"}
events["day"] = pd.to_datetime(events["date"])
per_day = (events.dropna(subset=["day"])
           .groupby(["day", "quad_class"]).size()
           .unstack("quad_class", fill_value=0)
           .reindex(columns=list(QUAD), fill_value=0)
           .rename(columns=QUAD))
# Days without events count as zero, so the lines do not skip them.
per_day = per_day.resample(freq).sum()

# %% Plot and save.
fig, ax = plt.subplots(figsize=(10, 4))
per_day.plot(ax=ax, linewidth=1.2)
ax.set_xlabel("day" if freq == "D" else f"period ({freq})")
ax.set_ylabel("events")
ax.set_title(f"Events per day by QuadClass ({source.name})")
ax.legend(title="QuadClass")
fig.tight_layout()
fig.savefig(target, dpi=100)
print(f"wrote {target}")
