// casus: political event data (CAMEO / PLOVER) from news text. The one
// header to include for the public API:
//
//   casus/status.h      Status, StatusCode: every fallible call returns one
//   casus/dictionary.h  LoadOptions, LoadDictionaries: the data casus codes with
//   casus/ingest.h      Article; ReadInput (files, stdin), ReadBuffer (memory)
//   casus/record.h      Event, Actor, QuantityRecord, ErrorRecord: plain values
//   casus/coder.h       Coder: one article in, its sentences, events, quantities out
//   casus/sink.h        RecordSink: where records go, in input order
//   casus/batch.h       BatchCoder, CodeBatch: many articles on many threads
//   casus/output.h      RecordWriter (JSON Lines, CSV, TSV) and the record JSON
//   casus/store.h       Store: the SQLite database
//   casus/eval.h        Evaluate: scoring against gold records
//   casus/version.h     CASUS_VERSION_*, Version()
//
// Contract, for every header above:
// - Errors are Status values, never exceptions ([[nodiscard]]: check them).
// - Loaded Dictionaries are immutable and shared (shared_ptr<const>); a Coder
//   may be used from any number of threads, each with its own Scratch.
// - Records are plain values the caller owns; sinks and writers are called
//   from one thread at a time.
// - Output is deterministic: the same input, dictionaries and version give
//   the same records byte for byte, at any thread count.
// - Nothing is compiled in about where the data lives: see LoadOptions.
//
// Minimal use:
//
//   std::shared_ptr<const casus::Dictionaries> dicts;
//   casus::Status s = casus::LoadDictionaries({.data_dir = "/usr/share/casus/data"}, &dicts);
//   if (!s.ok()) { ... s.message() ... }
//   casus::Coder coder(dicts);
//   casus::Article a{.id = "a1", .date = "2024-03-05", .text = "Russian forces shelled Kharkiv."};
//   for (const casus::Event& e : coder.Code(a).events) puts(casus::EventJson(e).c_str());
#pragma once

#include "casus/batch.h"
#include "casus/coder.h"
#include "casus/dictionary.h"
#include "casus/eval.h"
#include "casus/ingest.h"
#include "casus/output.h"
#include "casus/record.h"
#include "casus/sink.h"
#include "casus/status.h"
#include "casus/store.h"
#include "casus/trends.h"
#include "casus/version.h"
