#pragma once
// The one error type. Its message is finished (it names the value and the place), so
// main only prefixes "followup: error: " and maps the kind to an exit code.

#include <stdexcept>
#include <string>

namespace followup {

enum class ErrorKind {
    failure, // bad data, a file that cannot be read or written: exit 1
    usage,   // a wrong command line, an unknown or ambiguous prospect: exit 2
};

class Error : public std::runtime_error {
  public:
    explicit Error(const std::string& message, ErrorKind kind = ErrorKind::failure)
        : std::runtime_error(message), kind_(kind) {}
    ErrorKind kind() const { return kind_; }

  private:
    ErrorKind kind_;
};

inline Error usage_error(const std::string& message) {
    return Error(message, ErrorKind::usage);
}

} // namespace followup
