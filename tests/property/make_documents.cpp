// Writes a run of generated Markdown documents for validate.sh:
//   property-documents FOLDER SEED COUNT
#include <cstdio>
#include <exception>
#include <string>

#include "documents.hpp"

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: property-documents FOLDER SEED COUNT\n");
    return 2;
  }
  try {
    govtech::property::write_documents(argv[1], std::stoull(argv[2]),
                                       static_cast<unsigned>(std::stoul(argv[3])));
  } catch (const std::exception& e) {
    std::fprintf(stderr, "property-documents: %s\n", e.what());
    return 1;
  }
  return 0;
}
