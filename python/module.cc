// casus._casus: the C++ half of `import casus` (python/casus/__init__.py is
// the public face and documents the API).
//
// One reading and one rendering, shared with the CLI: every article reaches
// the coder as a JSON Lines record (the Python side serialises it), read by
// the same function the CLI reads a .jsonl line with (ParseJsonArticle, after
// the same size and text checks), so a bad record fails with the CLI's
// message; every record comes back as the JSON text the CLI prints
// (EventJson, QuantityJson, ErrorJson), which the Python side parses into
// dicts. Python dicts and `casus code` output carry the same keys and values.
//
// Threads: the GIL is released while dictionaries load and while articles
// are coded (BatchCoder, `threads` workers); it is held only to copy the
// input strings in and the output string out. A _Coder is immutable after
// construction and may be used from several Python threads at once.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "casus/casus.h"

namespace py = pybind11;

namespace {

// casus.Error and its kinds, created once at import.
struct Errors {
  PyObject* base = nullptr;       // casus.Error (RuntimeError)
  PyObject* data = nullptr;       // casus.DataError: a malformed dictionary file
  PyObject* input = nullptr;      // casus.InputError (ValueError): a record that cannot be read
  PyObject* not_found = nullptr;  // casus.NotFoundError (FileNotFoundError)
};
Errors g_errors;

[[noreturn]] void Raise(const casus::Status& s) {
  PyObject* type = g_errors.base;
  switch (s.code()) {
    case casus::StatusCode::kDataError:
      type = g_errors.data;
      break;
    case casus::StatusCode::kInputError:
    case casus::StatusCode::kInvalidArgument:
      type = g_errors.input;
      break;
    case casus::StatusCode::kNotFound:
      type = g_errors.not_found;
      break;
    default:
      break;
  }
  PyErr_SetString(type, s.message().c_str());
  throw py::error_already_set();
}

// Collects the records of each input record as one JSON array, the arrays
// in input order inside one outer array: [[event, ...], [error], ...].
class JsonArrays : public casus::RecordSink {
 public:
  explicit JsonArrays(bool quantities) : quantities_(quantities) {}
  casus::Status OnArticle(const casus::Article&, const casus::CodedArticle&) override {
    Open();
    return casus::Status::Ok();
  }
  casus::Status OnEvent(const casus::Event& e) override {
    Item(casus::EventJson(e));
    return casus::Status::Ok();
  }
  casus::Status OnQuantity(const casus::QuantityRecord& q) override {
    if (quantities_) Item(casus::QuantityJson(q));
    return casus::Status::Ok();
  }
  casus::Status OnError(const casus::ErrorRecord& e) override {
    Open();
    Item(casus::ErrorJson(e));
    return casus::Status::Ok();
  }
  std::string Take() {
    out_ += open_ ? "]]" : "]";
    return std::move(out_);
  }

 private:
  void Open() {
    out_ += open_ ? "],[" : "[";
    open_ = true;
    first_ = true;
  }
  void Item(const std::string& json) {
    if (!first_) out_ += ',';
    out_ += json;
    first_ = false;
  }
  bool quantities_;
  bool open_ = false, first_ = true;
  std::string out_ = "[";
};

struct CodeOptions {
  std::string input = "python";  // what error records name as their input
  long first = 0;                // position of lines[0] in the whole stream
  int threads = 1;
  bool quantities = false;
  std::string default_date;
};

// One input record, as the CLI reads a JSON Lines line: the size limit, the
// text checks, then the record itself. `pos` is its 0-based position: the
// default id is that number, the error record's line is pos + 1.
casus::Status AddRecord(const std::string& line, long pos, const CodeOptions& o,
                        const casus::IngestOptions& io, casus::BatchCoder* batch) {
  std::string id = std::to_string(pos);
  std::string why;
  casus::Article a;
  if (line.size() > io.max_record_bytes)
    why = "record of " + std::to_string(line.size()) + " bytes exceeds the limit of " +
          std::to_string(io.max_record_bytes);
  else
    why = casus::TextProblem(line);
  if (why.empty() && casus::ParseJsonArticle(line, io, &a, &why)) {
    if (a.id.empty()) a.id = id;
    a.input = o.input;
    a.line = pos + 1;
    return batch->Add(std::move(a));
  }
  return batch->Add(casus::ErrorRecord{id, o.input, pos + 1, why});
}

class PyCoder {
 public:
  PyCoder(const std::optional<std::string>& data_dir, const std::optional<std::string>& dict_set) {
    casus::LoadOptions lo;
    if (data_dir) lo.data_dir = *data_dir;
    if (dict_set) lo.dict_set = *dict_set;  // as casus code --dict-set
    casus::Status s;
    {
      py::gil_scoped_release nogil;
      s = casus::LoadDictionaries(lo, &dicts_);
    }
    if (!s.ok()) Raise(s);
    coder_ = std::make_unique<casus::Coder>(dicts_);
  }

  // Codes JSON Lines records; returns the JSON text of one array per record.
  std::string Code(const std::vector<std::string>& lines, const CodeOptions& o) const {
    if (!o.default_date.empty() && !casus::ValidDate(o.default_date))
      Raise(casus::Status::Error(casus::StatusCode::kInvalidArgument,
                                 "date '" + o.default_date + "' is not a date (want YYYY-MM-DD)"));
    if (o.threads < 1)
      Raise(casus::Status::Error(casus::StatusCode::kInvalidArgument,
                                 "threads " + std::to_string(o.threads) + ": want at least 1"));
    casus::BatchOptions bo;
    bo.threads = std::min(o.threads, casus::MaxThreads());
    casus::IngestOptions io;
    io.default_date = o.default_date;
    JsonArrays sink(o.quantities);
    casus::Status s;
    {
      py::gil_scoped_release nogil;
      std::unique_ptr<casus::BatchCoder> batch;
      s = casus::BatchCoder::Create(*coder_, bo, &sink, &batch);
      for (size_t i = 0; s.ok() && i < lines.size(); ++i)
        s = AddRecord(lines[i], o.first + long(i), o, io, batch.get());
      if (batch) {
        casus::Status done = batch->Finish();
        if (s.ok()) s = done;
      }
    }
    if (!s.ok()) Raise(s);
    return sink.Take();
  }

 private:
  std::shared_ptr<const casus::Dictionaries> dicts_;
  std::unique_ptr<casus::Coder> coder_;
};

}  // namespace

PYBIND11_MODULE(_casus, m) {
  m.doc() = "casus C++ core (use the casus package)";
  g_errors.base = PyErr_NewException("casus.Error", PyExc_RuntimeError, nullptr);
  g_errors.data = PyErr_NewException("casus.DataError", g_errors.base, nullptr);
  g_errors.input = PyErr_NewException(
      "casus.InputError",
      py::make_tuple(py::handle(g_errors.base), py::handle(PyExc_ValueError)).ptr(), nullptr);
  g_errors.not_found = PyErr_NewException(
      "casus.NotFoundError",
      py::make_tuple(py::handle(g_errors.base), py::handle(PyExc_FileNotFoundError)).ptr(),
      nullptr);
  m.attr("Error") = py::handle(g_errors.base);
  m.attr("DataError") = py::handle(g_errors.data);
  m.attr("InputError") = py::handle(g_errors.input);
  m.attr("NotFoundError") = py::handle(g_errors.not_found);
  m.attr("__version__") = casus::Version();
  m.def("max_threads", &casus::MaxThreads);
  // The keys of an event record, in the order the JSON writer puts them.
  m.def("event_json_template", [] { return casus::EventJson(casus::Event{}); });

  py::class_<PyCoder>(m, "_Coder")
      .def(py::init<const std::optional<std::string>&, const std::optional<std::string>&>(),
           py::arg("data_dir") = py::none(), py::arg("dict_set") = py::none())
      .def(
          "code_lines",
          [](const PyCoder& c, const std::vector<std::string>& lines, const std::string& input,
             long first, int threads, bool quantities, const std::string& date) {
            CodeOptions o{input, first, threads, quantities, date};
            return c.Code(lines, o);
          },
          py::arg("lines"), py::arg("input") = "python", py::arg("first") = 0,
          py::arg("threads") = 1, py::arg("quantities") = false, py::arg("date") = "");
}
