// Status: the result of an operation that can fail, carried across the public
// API instead of exceptions (as in re2/sentencepiece).
#pragma once
#include <string>
#include <utility>

namespace casus {

class Status {
 public:
  Status() = default;
  static Status Ok() { return Status(); }
  static Status Error(std::string message) {
    Status s;
    s.ok_ = false;
    s.message_ = std::move(message);
    return s;
  }
  bool ok() const { return ok_; }
  const std::string& message() const { return message_; }

 private:
  bool ok_ = true;
  std::string message_;
};

}  // namespace casus
