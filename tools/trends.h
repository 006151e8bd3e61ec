// `casus trends` and `casus alerts` (tools/trends.cc): registered on the CLI
// app by AddTrendsCommands, run by RunTrendsCommands after parsing. They read
// a store database (no dictionaries needed).
#pragma once
#include <CLI/CLI.hpp>
#include <memory>

struct TrendsCli;

std::shared_ptr<TrendsCli> AddTrendsCommands(CLI::App* app);
// The exit status of the command chosen, or -1 when neither was chosen.
int RunTrendsCommands(const TrendsCli& t);
