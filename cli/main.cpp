// govtech-convert: wires the command line to the registry and the pipeline. Everything that
// knows a format lives in a plugin.
#include <malloc.h>
#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <new>

#include "batch.hpp"
#include "command_line.hpp"
#include "conversion.hpp"
#include "exit_codes.hpp"
#include "listing.hpp"
#include "output_file.hpp"
#include "printable.hpp"

namespace govtech::cli {
namespace {

std::string executable_path(const char* argv0) {
  char buffer[4096];
  ssize_t n = ::readlink("/proc/self/exe", buffer, sizeof buffer - 1);
  if (n > 0) return std::string(buffer, static_cast<std::size_t>(n));
  return argv0;
}

void print_warnings(const std::vector<std::string>& lines, bool quiet) {
  if (quiet) return;
  for (const auto& line : lines)
    std::cerr << "govtech-convert: warning: " << printable(line) << "\n";
}

int run(int argc, char** argv) {
  Parsed parsed = parse_command_line(argc, argv);
  if (!parsed.command) return parsed.exit_code;
  const CommandLine& cmd = *parsed.command;

  Registry registry;
  for (const auto& folder : plugin_search_path(cmd.plugin_dirs, executable_path(argv[0]))) {
    registry.add_folder(folder);
  }

  if (!cmd.help_format.empty()) {
    const bool found = describe_format(registry, cmd.help_format, std::cout);
    print_warnings(registry.take_warnings(), cmd.quiet);
    if (found) return kSuccess;
    std::cerr << "govtech-convert: no plugin provides the format '" << printable(cmd.help_format)
              << "'; --list-formats lists those there are\n";
    return kUsage;
  }
  if (cmd.list_formats || cmd.list_plugins) {
    if (cmd.list_formats) list_formats(registry, std::cout, cmd.verbose);
    if (cmd.list_plugins) list_plugins(registry, std::cout);
    print_warnings(registry.take_warnings(), cmd.quiet || cmd.list_plugins);
    return kSuccess;
  }

  try {
    Converter converter(registry, cmd);
    print_warnings(registry.take_warnings(), cmd.quiet);
    if (!cmd.output_dir.empty()) {
      // -O names where outputs go; make it, as `mkdir -p` would, so scripts need not.
      std::error_code ec;
      std::filesystem::create_directories(cmd.output_dir, ec);
      if (ec) {
        std::cerr << "govtech-convert: " << printable(cmd.output_dir)
                  << ": cannot create the output folder: " << ec.message() << "\n";
        return kConversionFailed;
      }
    }
    std::vector<std::string> inputs = collect_inputs(cmd);
    if (inputs.empty()) {
      std::cerr << "govtech-convert: " << printable(cmd.files_from) << ": names no input\n";
      return kUsage;
    }
    if (inputs.size() == 1 && !cmd.combine) converter.keep_documents_until_exit();
    int exit_code =
        cmd.combine ? run_combined(converter, cmd, inputs) : run_batch(converter, cmd, inputs);
    print_warnings(registry.take_warnings(), cmd.quiet);
    return exit_code;
  } catch (const Error& e) {
    print_warnings(registry.take_warnings(), cmd.quiet);
    std::cerr << "govtech-convert: " << printable(e.what()) << "\n";
    return exit_code_for(e.kind());
  }
}

}  // namespace
}  // namespace govtech::cli

int main(int argc, char** argv) {
  // Keep 4 MB of freed memory at the top of the heap instead of handing it back at once: every
  // entry of an EPUB gets a new deflate state of up to about 200 KB, which glibc returned to
  // the system after each entry only for the next to fault it in again (a fifth of the page
  // faults of a small EPUB; 200 small EPUBs took 0.17 s instead of 0.12 s).
  ::mallopt(M_TOP_PAD, 4 << 20);
  govtech::cli::install_cleanup_handlers();
  try {
    return govtech::cli::run(argc, argv);
  } catch (const std::bad_alloc&) {
    std::cerr << "govtech-convert: out of memory\n";
    return govtech::cli::kConversionFailed;
  } catch (const std::exception& e) {
    std::cerr << "govtech-convert: internal error: " << e.what() << "\n";
    return govtech::cli::kConversionFailed;
  }
}
