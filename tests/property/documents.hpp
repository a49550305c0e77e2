// Writing a run of generated documents to a folder, with the images they refer to.
#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

#include "generator.hpp"

namespace govtech::property {

// Documents 0..count-1 of `seed`, written into `folder` with the images beside them, and a
// manifest.tsv (name, seed, construct mix, words) for the validator script's messages.
std::vector<GeneratedDocument> write_documents(const std::filesystem::path& folder,
                                               std::uint64_t seed, unsigned count);

// The seed and the count of a run: GOVTECH_PROPERTY_SEED and GOVTECH_PROPERTY_COUNT in the
// environment if set, else the defaults given.
std::uint64_t seed_from_environment(std::uint64_t fallback);
unsigned count_from_environment(unsigned fallback);

}  // namespace govtech::property
