// Status: the result of an operation that can fail, carried across the public
// API instead of exceptions (as in re2/sentencepiece). A Status names what
// kind of failure it is (StatusCode) and says why in one line; file-related
// failures read "file:line: what is wrong".
//
// Every function returning a Status is [[nodiscard]] through the class: an
// unchecked result is a compiler warning. Plain value, thread-safe to copy.
#pragma once
#include <string>
#include <utility>

namespace casus {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // a bad flag, option or argument from the caller
  kNotFound,         // a file or folder that does not exist
  kDataError,        // a dictionary, rule or gold file that is malformed
  kInputError,       // input text that cannot be read as an article
  kIoError,          // a read or write that failed (disk full, permissions, locks)
  kInternal,         // a broken invariant: a bug in casus
};

// "ok", "invalid argument", ...
const char* StatusCodeName(StatusCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;
  static Status Ok() { return Status(); }
  static Status Error(StatusCode code, std::string message) {
    Status s;
    s.code_ = code == StatusCode::kOk ? StatusCode::kInternal : code;
    s.message_ = std::move(message);
    return s;
  }
  // A data error: the most common failure of loading.
  static Status Error(std::string message) {
    return Error(StatusCode::kDataError, std::move(message));
  }
  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // Explicitly drops a status whose failure does not matter here (say why at the call).
  void IgnoreError() const {}

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

inline const char* StatusCodeName(StatusCode code) {
  switch (code) {
    case StatusCode::kOk:
      return "ok";
    case StatusCode::kInvalidArgument:
      return "invalid argument";
    case StatusCode::kNotFound:
      return "not found";
    case StatusCode::kDataError:
      return "data error";
    case StatusCode::kInputError:
      return "input error";
    case StatusCode::kIoError:
      return "i/o error";
    case StatusCode::kInternal:
      return "internal error";
  }
  return "unknown";
}

}  // namespace casus
