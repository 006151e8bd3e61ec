// `casus serve`: the dashboard over a database (src/serve/). casus.cc adds
// the subcommand with AddServe and, when it was chosen, calls RunServe.
#pragma once
#include <CLI/CLI.hpp>

#include <string>

struct ServeCommand {
  CLI::App* app = nullptr;
  std::string db = "casus.db", host = "127.0.0.1", web;
  int port = 8080, threads = 64;
  double query_seconds = 5;
};

void AddServe(CLI::App& app, ServeCommand* c);
// Serves until SIGINT or SIGTERM; 0 then, 2 for a bad database, folder or
// address.
int RunServe(const ServeCommand& c);
