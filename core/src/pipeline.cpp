#include "govtech/pipeline.hpp"

#include <new>

#include "govtech/language_detection.hpp"
#include "govtech/walk.hpp"

namespace govtech {

namespace {

// Calls `work`, letting a govtech::Error through (naming `file`) and turning anything else a
// plugin throws into an Error that names the plugin.
template <class Work>
decltype(auto) guarded(const FormatEntry& plugin, const std::string& file, Work&& work) {
  try {
    return work();
  } catch (const Error& e) {
    throw e.in_file(file);
  } catch (const std::bad_alloc&) {
    throw Error(ErrorKind::input, "out of memory while converting", {file});
  } catch (const std::exception& e) {
    throw Error(ErrorKind::plugin,
                "the " + plugin.plugin + " plugin failed (" + plugin.plugin_path + "): " + e.what(),
                {file});
  } catch (...) {
    throw Error(ErrorKind::plugin,
                "the " + plugin.plugin + " plugin failed (" + plugin.plugin_path +
                    ") with an exception of unknown type",
                {file});
  }
}

}  // namespace

Document read_document(const Provided<Reader>& reader, std::string_view input,
                       const std::string& file, const ConversionSettings& settings,
                       Diagnostics& diagnostics) {
  ReadContext ctx{file, settings.options, diagnostics};
  Document doc = guarded(reader.entry, file, [&] { return reader.handler->read(input, ctx); });
  apply_metadata_overrides(doc.meta, settings.metadata);
  limit_nesting(doc, diagnostics);
  drop_unused_resources(doc);
  // After -M, which always wins: only a document that still says nothing is detected.
  detect_document_language(doc, diagnostics);
  // An English interview with one Korean answer: that answer is marked lang="ko".
  mark_other_languages(doc, diagnostics);
  return doc;
}

void write_document(const Provided<Writer>& writer, const Document& doc, const std::string& file,
                    const std::string& input_folder, const ConversionSettings& settings,
                    Diagnostics& diagnostics, Sink& out) {
  WriteContext ctx{
      file, settings.options, diagnostics,
      document_resource_loader({&doc}, input_folder, settings.resource_paths, diagnostics),
      user_file_loader(diagnostics)};
  guarded(writer.entry, file, [&] { writer.handler->write(doc, ctx, out); });
}

void write_collection(const Provided<Writer>& writer, Collection books,
                      const std::string& input_folder, const ConversionSettings& settings,
                      Diagnostics& diagnostics, Sink& out) {
  give_resources_distinct_names(books);
  std::vector<const Document*> documents;
  for (const Document& doc : books.documents) documents.push_back(&doc);
  WriteContext ctx{
      diagnostics.file(), settings.options, diagnostics,
      document_resource_loader(documents, input_folder, settings.resource_paths, diagnostics),
      user_file_loader(diagnostics)};
  guarded(writer.entry, diagnostics.file(),
          [&] { writer.handler->write_collection(books, ctx, out); });
}

}  // namespace govtech
