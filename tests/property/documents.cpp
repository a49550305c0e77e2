#include "documents.hpp"

#include <cstdlib>
#include <string>

#include "files.hpp"

namespace govtech::property {

std::vector<GeneratedDocument> write_documents(const std::filesystem::path& folder,
                                               std::uint64_t seed, unsigned count) {
  const std::string pixel =
      testing::read_file(testing::source_path("tests/fuzz/resources/pixel.png"));
  for (const auto& image : image_names()) testing::write_file(folder / image, pixel);
  std::vector<GeneratedDocument> documents;
  std::string manifest;
  for (unsigned i = 0; i < count; ++i) {
    documents.push_back(generate_document(seed, i));
    const auto& doc = documents.back();
    testing::write_file(folder / doc.name, doc.markdown);
    std::string words;
    for (const auto& w : doc.words) words += (words.empty() ? "" : " ") + w;
    manifest += doc.name + "\t" + describe(seed, doc) + "\t" + words + "\n";
  }
  testing::write_file(folder / "manifest.tsv", manifest);
  return documents;
}

namespace {
unsigned long long number_from_environment(const char* name, unsigned long long fallback) {
  const char* value = std::getenv(name);
  if (!value || !*value) return fallback;
  return std::stoull(value);
}
}  // namespace

std::uint64_t seed_from_environment(std::uint64_t fallback) {
  return number_from_environment("GOVTECH_PROPERTY_SEED", fallback);
}

unsigned count_from_environment(unsigned fallback) {
  return static_cast<unsigned>(number_from_environment("GOVTECH_PROPERTY_COUNT", fallback));
}

}  // namespace govtech::property
