// The CLI's exit codes, as documented in --help and the README.
#pragma once

#include "govtech/diagnostics.hpp"

namespace govtech::cli {

enum ExitCode : int {
  kSuccess = 0,
  kConversionFailed = 1,  // an input could not be converted or its output not written
  kUsage = 2,             // the command line is wrong
  kFormatUnavailable = 3  // no plugin provides a requested format
};

inline ExitCode exit_code_for(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::usage:
      return kUsage;
    case ErrorKind::unavailable:
      return kFormatUnavailable;
    default:
      return kConversionFailed;
  }
}

}  // namespace govtech::cli
