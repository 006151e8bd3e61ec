#include "cli_args.h"

#include <algorithm>
#include <thread>

#include "casus/casus.h"

namespace casus::cli {

std::unique_ptr<CLI::App> MakeCli(CliArgs* a) {
  auto app =
      std::make_unique<CLI::App>("casus: political event data from news text (CAMEO / PLOVER)");
  app->require_subcommand(1);
  app->set_version_flag("--version", casus::Version());
  app->add_option("--data", a->data,
                  "dictionary folder (default: CASUS_DATA, else share/casus/data next to casus)");
  app->add_option("--lexicon", a->lexicon,
                  "compiled lexicon (default: the data folder's lexicon.tsv)");

  auto* code = app->add_subcommand("code", "code articles into events (JSON Lines on stdout)");
  CodeFlags& cf = a->code;
  cf.threads = int(std::max(1u, std::thread::hardware_concurrency()));
  code->add_option("FILE", cf.inputs,
                   "text, JSON Lines, PDF, HTML, RSS or Atom files (also .gz, .zst) or folders; "
                   "- for stdin")
      ->required();
  code->add_option("--glob", cf.glob, "in folders, read only files matching this (e.g. '*.pdf')");
  code->add_option("--date", cf.date, "article date YYYY-MM-DD for inputs that carry none");
  code->add_option("--format", cf.format, "jsonl | csv | tsv | gdelt (GDELT 2.0 Event rows)")
      ->check(CLI::IsMember({"jsonl", "csv", "tsv", "gdelt"}));
  code->add_flag("--canonical", cf.canonical,
                 "print one canonical event per happening (with mention counts) instead of "
                 "each mention");
  code->add_option("--db", cf.db,
                   "also store everything in this SQLite database (committed every 256 "
                   "articles or second)");
  code->add_flag("--resume", cf.resume,
                 "with --db: skip articles already stored with the same content");
  code->add_option("--db-timeout", cf.db_timeout,
                   "seconds to wait for another writer's lock on --db (default 30)");
  code->add_flag("--sentences", cf.sentences,
                 "also print each re-flowed sentence as a 'sentence' record");
  code->add_flag("--no-quantities", cf.no_quantities, "do not print 'quantity' records");
  code->add_flag("--quiet", cf.quiet,
                 "no progress line on stderr (shown only when stderr is a terminal)");
  code->add_option("--threads", cf.threads,
                   "coding threads (default: all cores); output order is the input order");
  a->code_cmd = code;
  auto dict_flags = [a](CLI::App* sub) {
    sub->add_option("--dict-set", a->load.dict_set,
                    "code with these dictionaries instead of casus's: a PETRARCH config (.ini), "
                    "a TABARI .project or a casus manifest");
    sub->add_option("--add-dict", a->load.add_dicts,
                    "layer a dictionary file over the loaded ones (FORMAT=PATH if the name does "
                    "not tell the format)");
  };
  dict_flags(code);

  auto* validate = app->add_subcommand(
      "validate", "run a PETRARCH validation XML or TABARI validation .project");
  validate->add_option("FILE", a->validate_file, "the suite")->required();
  a->validate_cmd = validate;

  auto* eval = app->add_subcommand("eval", "score coding against gold records");
  eval->add_option("GOLD", a->gold, "gold JSON Lines file")->required();
  eval->add_option("--show", a->show, "how many misses and false positives to list");
  dict_flags(eval);
  a->eval_cmd = eval;

  auto* parse =
      app->add_subcommand("parse",
                          "show how casus codes a sentence: tokens, tags, actors, verbs, the "
                          "pattern and the decision (events or why none) per verb");
  parse->add_option("TEXT", a->parse_text, "one sentence")->required();
  parse->add_option("--date", a->parse_date, "date for office holders");
  dict_flags(parse);
  a->parse_cmd = parse;
  return app;
}

int ParseCli(CLI::App& app, int argc, const char* const* argv, std::ostream& out,
             std::ostream& err) {
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e, out, err) == 0 ? 0 : 2;  // --help, --version: 0; a bad flag: 2
  }
  return -1;
}

int CheckCodeFlags(const CodeFlags& f, WriterOptions* wo, int* threads, std::ostream& err) {
  if (!ParseFormat(f.format, &wo->format)) {
    err << "casus: --format '" << f.format << "': want jsonl, csv, tsv or gdelt\n";
    return 2;
  }
  if (f.canonical && (wo->format == Format::kCsv || wo->format == Format::kTsv)) {
    err << "casus: --canonical prints jsonl or gdelt\n";
    return 2;
  }
  wo->sentences = f.sentences;
  wo->quantities = !f.no_quantities;
  if (!f.date.empty() && !ValidDate(f.date)) {
    err << "casus: --date '" << f.date << "' is not a date (want YYYY-MM-DD)\n";
    return 2;
  }
  if (f.threads < 1) {
    err << "casus: --threads " << f.threads << ": want at least 1\n";
    return 2;
  }
  *threads = std::min(f.threads, MaxThreads());
  if (*threads < f.threads)
    err << "casus: --threads " << f.threads << " capped at " << *threads << "\n";
  if (f.resume && f.db.empty()) {
    err << "casus: --resume needs --db\n";
    return 2;
  }
  if (!(f.db_timeout >= 0)) {
    err << "casus: --db-timeout " << f.db_timeout << ": want seconds >= 0\n";
    return 2;
  }
  return 0;
}

}  // namespace casus::cli
