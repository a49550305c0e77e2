// A libFuzzer target for one path through the converter: GOVTECH_FUZZ_READER into
// GOVTECH_FUZZ_WRITER (empty: the reader alone), both loaded as plugins from the fuzz build's
// plugin folder, exactly as the CLI loads them. Every input the reader accepts must come out
// of the writer as output that passes output_checks.hpp; anything else stops the fuzzer.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "conversion_checker.hpp"

namespace {

govtech::checks::ConversionChecker* checker = nullptr;  // lives as long as the process

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  checker = new govtech::checks::ConversionChecker(GOVTECH_PLUGIN_DIR, GOVTECH_FUZZ_RESOURCES);
  if (!checker->available(GOVTECH_FUZZ_READER, GOVTECH_FUZZ_WRITER)) {
    std::fprintf(stderr, "fuzz target: the plugins for %s -> %s are not in %s\n",
                 GOVTECH_FUZZ_READER, GOVTECH_FUZZ_WRITER, GOVTECH_PLUGIN_DIR);
    std::exit(2);
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string problem =
      checker->check(GOVTECH_FUZZ_READER, GOVTECH_FUZZ_WRITER,
                     std::string_view(reinterpret_cast<const char*>(data), size));
  if (!problem.empty()) {
    std::fprintf(stderr, "fuzz target %s -> %s: %s\n", GOVTECH_FUZZ_READER, GOVTECH_FUZZ_WRITER,
                 problem.c_str());
    __builtin_trap();
  }
  return 0;
}
