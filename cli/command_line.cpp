#include "command_line.hpp"

#include <boost/program_options.hpp>
#include <cstdint>
#include <filesystem>
#include <iostream>

#include "exit_codes.hpp"
#include "govtech/plugin.hpp"
#include "manual.hpp"
#include "printable.hpp"

namespace govtech::cli {

namespace po = boost::program_options;

namespace {

constexpr const char* kUsageLine =
    "Usage: govtech-convert INPUT... [-f FORMAT] [-t FORMAT] [-o OUTPUT | -O DIR] [options]\n";
constexpr const char* kSummary = "Convert interviews between formats.";

constexpr const char* kExamples = R"(
Examples:
  govtech-convert interview.txt -t epub            writes interview.epub beside the input
  govtech-convert interview.md -t html -o -        HTML to standard output
  govtech-convert interview.md -o book.epub        the format from the output's extension
  cat notes.txt | govtech-convert - -f text -t docbook -o notes.xml
  govtech-convert a.txt b.md -t epub -O out/       one EPUB per input, into out/
  govtech-convert in.txt -t epub -M title="Building GovTech" -M lang=en-GB
  govtech-convert *.txt -t epub -O out/ -j 4 --keep-going --report report.jsonl
  find archive -name '*.txt' -print0 | govtech-convert --files-from - --null -t html -O out/
  govtech-convert part-*.md -t epub --combine -o report.epub -M title="Special Report 2020"
  govtech-convert --list-formats

Input formats are inferred from the file extension (.txt text, .md markdown, ...), else from
the content. Without -t, the output format is the one whose writer claims the extension of
-o FILE (.epub, .html, .xml, .json, ...; --list-formats shows them); -O DIR and -o - need -t.
Every format is provided by a plugin; see --list-plugins for where they come from and
GOVTECH_CONVERT_PLUGIN_PATH (colon-separated folders) to add your own.

Exit codes:
  0  success
  1  an input could not be converted, or its output could not be written
  2  usage error (the command line is wrong)
  3  a requested format is not available (the message lists those that are)
)";

// "key=value" -> pair; a usage error otherwise.
std::pair<std::string, std::string> key_value(const std::string& text, const char* option) {
  std::size_t eq = text.find('=');
  if (eq == 0 || eq == std::string::npos) {
    throw po::error(std::string("option '") + option + "' takes KEY=VALUE, not '" + text + "'");
  }
  return {text.substr(0, eq), text.substr(eq + 1)};
}

// "256M", "1G", "4096": a size in bytes, with an optional binary suffix (K, M, G, T).
std::uint64_t byte_size(const std::string& text, const char* option) {
  std::uint64_t value = 0;
  std::size_t i = 0;
  const auto bad = [&] {
    return po::error(std::string("option '") + option +
                     "' takes a size in bytes, with an optional suffix K, M, G or T (e.g. 256M), "
                     "not '" +
                     text + "'");
  };
  for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) {
    if (value > (UINT64_MAX - 9) / 10) throw bad();
    value = value * 10 + static_cast<std::uint64_t>(text[i] - '0');
  }
  if (i == 0) throw bad();
  int shift = 0;
  if (i < text.size()) {
    switch (text[i] | 0x20) {
      case 'k':
        shift = 10;
        break;
      case 'm':
        shift = 20;
        break;
      case 'g':
        shift = 30;
        break;
      case 't':
        shift = 40;
        break;
      default:
        throw bad();
    }
    ++i;
    if (i < text.size() && (text[i] == 'i' || text[i] == 'I')) ++i;
    if (i < text.size() && (text[i] == 'b' || text[i] == 'B')) ++i;
  }
  if (i != text.size() || value > (UINT64_MAX >> shift)) throw bad();
  return value << shift;
}

}  // namespace

std::string output_extension(const std::string& output) {
  const std::string ext = std::filesystem::path(output).extension().string();
  return ext.size() > 1 ? ext.substr(1) : std::string();
}

Parsed parse_command_line(int argc, char** argv) {
  CommandLine cmd;
  std::vector<std::string> metadata;
  std::vector<std::string> variables;
  std::string css;
  std::string cover_image;
  std::string input_encoding;
  int compression_level = -1;
  std::string max_input_size;
  int jobs = 0;

  // The option table reads best one option to a line; clang-format would run them together.
  // clang-format off
  po::options_description main("Conversion");
  main.add_options()
    ("from,f", po::value(&cmd.from)->value_name("FORMAT"),
     "input format (default: from the extension, else from the content)")
    ("to,t", po::value(&cmd.to)->value_name("FORMAT"),
     "output format, e.g. epub, html, docbook, json (default: from the extension of -o FILE)")
    ("output,o", po::value(&cmd.output)->value_name("FILE"),
     "output file ('-' for standard output); default: the input's name with the format's "
     "extension, beside the input")
    ("output-dir,O", po::value(&cmd.output_dir)->value_name("DIR"),
     "write outputs into DIR (created if missing)")
    ("metadata,M", po::value(&metadata)->value_name("KEY=VALUE")->composing(),
     "set a metadata field (title, subtitle, author, interviewee, interviewee.role, series, "
     "date, lang, description, identifier, keywords, rights, cover-image, or any other key)")
    ("variable,V", po::value(&variables)->value_name("KEY=VALUE")->composing(),
     "set an option of the reader or writer (--help-format FORMAT lists them; an option "
     "neither declares is an error)");

  po::options_description formats("Format options");
  formats.add_options()
    ("input-encoding", po::value(&input_encoding)->value_name("NAME"),
     "the input's character encoding if not UTF-8 (latin1, windows-1252, ...)")
    ("unsafe", "keep raw HTML and unsafe links from the input (trusted input only)")
    ("toc", "add a table of contents (the questions, or else the headings)")
    ("css", po::value(&css)->value_name("URL|FILE"),
     "a stylesheet: linked, embedded or packaged, as the output format does (EPUB packages "
     "the fonts its @font-face rules name too)")
    ("cover-image", po::value(&cover_image)->value_name("FILE"),
     "an image for the publication's cover, where the format has one; wins over the "
     "cover-image of the metadata, which is looked for beside the input")
    ("resource-path", po::value(&cmd.settings.resource_paths)->value_name("DIR")->composing(),
     "also embed images found beneath DIR (repeatable)")
    ("help-format", po::value(&cmd.help_format)->value_name("FORMAT"),
     "describe a format and list the -V options its reader and writer take");

  // Earlier spellings of options that belong to one format, kept so that scripts go on
  // working: each sets the -V option of the same name, which its format declares.
  po::options_description format_aliases;
  format_aliases.add_options()
    ("fragment", "same as -V fragment=true")
    ("embed-resources", "same as -V embed-resources=true")
    ("split", "same as -V split=true")
    ("compression-level", po::value(&compression_level), "same as -V compression-level=N");

  po::options_description batch("Batch");
  batch.add_options()
    ("jobs,j", po::value(&jobs)->value_name("N"),
     "convert N inputs at a time (default: one per processor core)")
    ("max-input-size", po::value(&max_input_size)->value_name("SIZE"),
     "refuse an input larger than SIZE bytes (suffix K, M or G; default 256M; 0: no limit)")
    ("keep-going", "after a failure, convert the remaining inputs (exit 1 at the end)")
    ("files-from", po::value(&cmd.files_from)->value_name("FILE"),
     "read input names from FILE, one per line ('-' for standard input)")
    ("null", "--files-from names are separated by NUL characters (find -print0)")
    ("report", po::value(&cmd.report)->value_name("FILE"),
     "write one JSON object per input to FILE (input, output, format, status, error, "
     "warnings, bytes, milliseconds)")
    ("combine", "make one publication of all inputs (-o FILE), each input a chapter");

  po::options_description general("General");
  general.add_options()
    ("list-formats", "list the formats the plugins provide")
    ("list-plugins", "list the plugin files found, and why any were skipped")
    ("plugin-dir", po::value(&cmd.plugin_dirs)->value_name("DIR")->composing(),
     "look for plugins in DIR first (repeatable)")
    ("quiet,q", "print no warnings")
    ("verbose,v", "say what is being done")
    ("version", "print the version and exit")
    ("help,h", "print this help and exit");
  // clang-format on

  po::options_description hidden;
  hidden.add_options()("input", po::value(&cmd.inputs)->composing());
  // The build writes the manual page from this, so it lists what --help lists.
  hidden.add_options()("help-man", "print the manual page govtech-convert(1) in roff and exit");
  po::positional_options_description positional;
  positional.add("input", -1);

  po::options_description all;
  all.add(main).add(formats).add(batch).add(general).add(hidden).add(format_aliases);
  po::options_description visible;
  visible.add(main).add(formats).add(batch).add(general);

  Parsed parsed;
  po::variables_map vm;
  try {
    po::store(
        po::command_line_parser(argc, argv)
            .options(all)
            .positional(positional)
            .style(po::command_line_style::default_style & ~po::command_line_style::allow_guessing)
            .run(),
        vm);
    po::notify(vm);

    if (vm.count("help")) {
      std::cout << kUsageLine << kSummary << "\n\n" << visible << kExamples;
      parsed.exit_code = kSuccess;
      return parsed;
    }
    if (vm.count("help-man")) {
      write_manual(std::cout, {kUsageLine, kSummary, visible, kExamples});
      parsed.exit_code = kSuccess;
      return parsed;
    }
    if (vm.count("version")) {
      std::cout << "govtech-convert " << GOVTECH_VERSION << " (plugin API " << kPluginApiVersion
                << ")\n";
      parsed.exit_code = kSuccess;
      return parsed;
    }

    if (vm.count("jobs")) {
      if (jobs < 1) throw po::error("-j takes a number of inputs to convert at a time, 1 or more");
      cmd.jobs = static_cast<unsigned>(jobs);
    }
    if (vm.count("max-input-size"))
      cmd.max_input_size = byte_size(max_input_size, "--max-input-size");
    cmd.keep_going = vm.count("keep-going") > 0;
    cmd.null_separated = vm.count("null") > 0;
    cmd.combine = vm.count("combine") > 0;
    if (cmd.null_separated && cmd.files_from.empty()) {
      throw po::error("--null goes with --files-from");
    }
    cmd.list_formats = vm.count("list-formats") > 0;
    cmd.list_plugins = vm.count("list-plugins") > 0;
    cmd.quiet = vm.count("quiet") > 0;
    cmd.verbose = vm.count("verbose") > 0;

    Options& options = cmd.settings.options;
    for (const auto& v : variables) {
      auto [key, value] = key_value(v, "--variable");
      cmd.variable_names.push_back(key);
      options.set(key, value);
    }
    for (const char* flag : {"unsafe", "fragment", "toc", "embed-resources", "split"}) {
      if (vm.count(flag)) options.set(flag, "true");
    }
    if (!css.empty()) options.set("css", css);
    if (!cover_image.empty()) options.set("cover-image", cover_image);
    if (!input_encoding.empty()) options.set("input-encoding", input_encoding);
    if (vm.count("compression-level")) {
      options.set("compression-level", std::to_string(compression_level));
    }
    for (const auto& m : metadata) {
      auto [key, value] = key_value(m, "--metadata");
      // Metadata goes into every output as text: bytes that are not UTF-8 would make each
      // XML file of an EPUB or DocBook ill-formed.
      if (auto problem = utf8_problem(key, "the -M key")) throw po::error(*problem);
      if (auto problem = utf8_problem(value, "the -M value of '" + printable(key) + "'")) {
        throw po::error(*problem);
      }
      cmd.settings.metadata.emplace_back(std::move(key), std::move(value));
    }

    if (!cmd.list_formats && !cmd.list_plugins && cmd.help_format.empty()) {
      if (cmd.inputs.empty() && cmd.files_from.empty()) {
        throw po::error("no input given (use '-' for standard input)");
      }
      if (!cmd.output.empty() && !cmd.output_dir.empty()) {
        throw po::error("-o and -O exclude each other");
      }
      // Without -t, the extension of -o chooses the writer (the registry decides which, once
      // plugins are found); anything else names no format at all.
      if (cmd.to.empty() && cmd.output.empty()) {
        throw po::error("no output format given: use -t FORMAT, or -o FILE with its extension");
      }
      if (cmd.to.empty() && cmd.output == "-") {
        throw po::error(
            "-o - (standard output) has no extension to tell the format: use -t FORMAT");
      }
      if (cmd.to.empty() && output_extension(cmd.output).empty()) {
        throw po::error("-o '" + printable(cmd.output) +
                        "' has no extension to tell the output format: use -t FORMAT");
      }
      if (cmd.combine && cmd.output.empty()) {
        throw po::error("--combine makes one publication: name it with -o FILE");
      }
      if (!cmd.combine && !cmd.output.empty() &&
          (cmd.inputs.size() > 1 || !cmd.files_from.empty())) {
        throw po::error("-o names one output, but " + std::to_string(cmd.inputs.size()) +
                        " inputs were given: use -O DIR");
      }
      std::size_t stdin_count = cmd.files_from == "-";
      for (const auto& in : cmd.inputs) stdin_count += in == "-";
      if (stdin_count > 1) throw po::error("standard input ('-') can be read only once");
    }
  } catch (const po::error& e) {
    std::cerr << "govtech-convert: " << printable(e.what()) << "\n"
              << kUsageLine << "Try 'govtech-convert --help' for more.\n";
    parsed.exit_code = kUsage;
    return parsed;
  }
  parsed.command = std::move(cmd);
  return parsed;
}

}  // namespace govtech::cli
