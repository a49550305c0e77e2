// Reading files on a writer's behalf. Document resources are confined to the input's folder
// and the --resource-path folders, so that a hostile input cannot embed ../../etc/passwd; the
// resources a document carries inside itself are served from the document, before any file.
#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>

#include "govtech/pipeline.hpp"
#include "govtech/text.hpp"
#include "govtech/walk.hpp"

namespace govtech {

namespace fs = std::filesystem;

namespace {

std::optional<std::string> slurp(const fs::path& path) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return std::move(bytes).str();
}

// Bounds on what a document's references may pull in: each file, and all the distinct files of
// one document (or collection) together. A file referenced again is read again but not counted
// again: writers embed each resolved file once.
constexpr std::uintmax_t kMaxResourceBytes = std::uintmax_t{32} << 20;
constexpr std::uintmax_t kMaxDocumentResourceBytes = std::uintmax_t{256} << 20;

// Opens `relative` beneath `root` (a canonical folder) for reading, following links only as
// long as they stay beneath it (openat2 with RESOLVE_BENEATH): a link swapped in after the
// path was checked cannot lead out. Without openat2 (before Linux 5.6), the last component
// is opened without following a link and must be the file the path resolves to now.
// Returns the descriptor, or -1 with errno set (EXDEV: it leads out).
int open_beneath(const fs::path& root, const std::string& relative, const fs::path& resolved) {
  const int folder = ::open(root.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
  if (folder < 0) return -1;
  open_how how{};
  how.flags = O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK;
  how.resolve = RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS;
  int fd = static_cast<int>(::syscall(SYS_openat2, folder, relative.c_str(), &how, sizeof how));
  const int error = errno;
  ::close(folder);
  if (fd >= 0 || error != ENOSYS) {
    errno = error;
    return fd;
  }
  fd = ::open(resolved.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK | O_NOFOLLOW);
  struct stat opened {
  }, named{};
  if (fd >= 0 && (::fstat(fd, &opened) != 0 || ::stat(resolved.c_str(), &named) != 0 ||
                  opened.st_dev != named.st_dev || opened.st_ino != named.st_ino)) {
    ::close(fd);
    errno = EXDEV;
    return -1;
  }
  return fd;
}

// An open file's bytes, up to just past `limit` (a file may grow as it is read), or nothing if
// reading fails.
std::optional<std::string> read_all(int fd, std::size_t size_hint, std::size_t limit) {
  std::string bytes;
  bytes.reserve(size_hint);
  char buffer[1 << 16];
  while (true) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n == 0 || bytes.size() > limit) return bytes;
    if (n < 0) {
      if (errno == EINTR) continue;
      return std::nullopt;
    }
    bytes.append(buffer, static_cast<std::size_t>(n));
  }
}

bool is_within(const fs::path& path, const fs::path& folder) {
  auto p = path.begin();
  for (auto f = folder.begin(); f != folder.end(); ++f, ++p) {
    if (f->empty()) continue;  // a trailing separator
    if (p == path.end() || *p != *f) return false;
  }
  return true;
}

// The images of a document, to be renamed in place: the walk hands out const nodes of a
// document that the caller owns and may change.
std::vector<Image*> images_of(Document& doc) {
  struct Finder : Visitor {
    std::vector<Image*> images;
    void enter(const Inline& node) override {
      if (const auto* image = node.as<Image>()) images.push_back(const_cast<Image*>(image));
    }
  } finder;
  walk(doc, finder);
  return std::move(finder.images);
}

}  // namespace

void drop_unused_resources(Document& doc) {
  if (doc.resources.empty()) return;
  std::set<std::string_view> used;
  const std::vector<Image*> images = images_of(doc);
  for (const Image* image : images) used.insert(image->src);
  for (const auto& [key, value] : doc.meta.extra) {
    if (key == "cover-image") used.insert(value);
  }
  std::erase_if(doc.resources,
                [&used](const DocumentResource& resource) { return !used.count(resource.name); });
}

void give_resources_distinct_names(Collection& books) {
  std::vector<std::vector<Image*>> images;
  // What the documents refer to as files (their images that name no resource of their own, a
  // cover image in the metadata): no resource may take such a name. URLs with a scheme (and
  // data: URIs, which may be megabytes) cannot be a resource's name, so they are not kept.
  std::set<std::string, std::less<>> files;
  auto refer_to_file = [&files](const std::string& reference) {
    if (!reference.empty() && !has_url_scheme(reference)) files.insert(reference);
  };
  for (const auto& [key, value] : books.meta.extra) {
    if (key == "cover-image") refer_to_file(value);
  }
  for (Document& doc : books.documents) {
    images.push_back(images_of(doc));
    for (const Image* image : images.back()) {
      if (!find_resource(doc, image->src)) refer_to_file(image->src);
    }
    for (const auto& [key, value] : doc.meta.extra) {
      if (key == "cover-image" && !find_resource(doc, value)) refer_to_file(value);
    }
  }
  std::map<std::string, const DocumentResource*, std::less<>> named;  // across the collection
  for (std::size_t n = 0; n < books.documents.size(); ++n) {
    Document& doc = books.documents[n];
    std::map<std::string, std::string, std::less<>> renamed;
    std::set<std::string, std::less<>> own;  // a second resource of one name is never used
    for (DocumentResource& resource : doc.resources) {
      if (!own.insert(resource.name).second) continue;
      auto other = named.find(resource.name);
      const bool free = other == named.end() || (other->second->bytes == resource.bytes &&
                                                 other->second->media_type == resource.media_type);
      if (free && !files.count(resource.name)) {
        named.emplace(resource.name, &resource);
        continue;
      }
      const std::string prefix = "document-" + std::to_string(n + 1);
      std::string name = prefix + "/" + resource.name;
      for (int k = 2; named.count(name) || files.count(name); ++k) {
        name = prefix + "-" + std::to_string(k) + "/" + resource.name;
      }
      renamed.emplace(resource.name, name);
      resource.name = name;
      named.emplace(std::move(name), &resource);
    }
    if (renamed.empty()) continue;
    for (Image* image : images[n]) {
      if (auto found = renamed.find(image->src); found != renamed.end()) image->src = found->second;
    }
  }
}

ResourceLoader document_resource_loader(const std::string& input_folder,
                                        std::vector<std::string> resource_paths,
                                        Diagnostics& diagnostics) {
  return document_resource_loader({}, input_folder, std::move(resource_paths), diagnostics);
}

ResourceLoader document_resource_loader(const std::vector<const Document*>& documents,
                                        const std::string& input_folder,
                                        std::vector<std::string> resource_paths,
                                        Diagnostics& diagnostics) {
  // Carried resources by name; the first document (and resource) to hold a name answers it.
  std::map<std::string_view, const DocumentResource*, std::less<>> carried;
  for (const Document* doc : documents) {
    for (const DocumentResource& resource : doc->resources)
      carried.emplace(resource.name, &resource);
  }
  std::vector<fs::path> roots;
  if (!input_folder.empty()) resource_paths.insert(resource_paths.begin(), input_folder);
  for (const auto& folder : resource_paths) {
    std::error_code ec;
    fs::path root = fs::canonical(folder, ec);
    if (!ec) roots.push_back(root);
  }
  struct Budget {
    std::set<std::string> counted;  // resolved paths
    std::uintmax_t bytes = 0;
  };
  auto budget = std::make_shared<Budget>();
  return [carried = std::move(carried), roots, budget,
          &diagnostics](std::string_view reference) -> std::optional<Resource> {
    if (auto found = carried.find(reference); found != carried.end()) {
      return Resource{found->second->name, found->second->bytes};
    }
    std::string ref(reference.substr(0, reference.find_first_of("?#")));
    if (ref.empty() || has_url_scheme(ref)) return std::nullopt;  // remote or special: not a file
    ref = percent_decoded(ref);
    if (fs::path(ref).is_absolute()) {
      diagnostics.warn("refused to embed '" + ref +
                       "': only files beneath the input's folder or a --resource-path may be "
                       "embedded");
      return std::nullopt;
    }
    bool escaped = false;
    for (const fs::path& root : roots) {
      std::error_code ec;
      fs::path resolved = fs::weakly_canonical(root / ref, ec);
      if (ec) continue;
      if (!is_within(resolved, root)) {
        escaped = true;
        continue;
      }
      // Read from the descriptor that was checked, opened beneath the root: the path may
      // change between the check above and the read.
      const int fd = open_beneath(root, ref, resolved);
      if (fd < 0) {
        if (errno == EXDEV || errno == ELOOP) escaped = true;
        continue;
      }
      struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
      } closer{fd};
      struct stat info {};
      if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) continue;
      if (info.st_nlink > 1) {
        // Another name of the file may lie anywhere on the file system.
        diagnostics.warn("refused to embed '" + ref + "': it has " + std::to_string(info.st_nlink) +
                         " hard links, so it may be a file from outside the input's folder");
        return std::nullopt;
      }
      const auto size = static_cast<std::uintmax_t>(info.st_size);
      const bool counted = budget->counted.count(resolved.string()) > 0;
      if (size > kMaxResourceBytes) {
        diagnostics.warn("refused to embed '" + ref +
                         "': it is larger than 32 MiB, the most one file may add to an output");
        return std::nullopt;
      }
      if (!counted && budget->bytes + size > kMaxDocumentResourceBytes) {
        diagnostics.warn("refused to embed '" + ref +
                         "': the files this document embeds would pass 256 MiB");
        return std::nullopt;
      }
      if (auto bytes = read_all(fd, static_cast<std::size_t>(size), kMaxResourceBytes)) {
        if (bytes->size() > kMaxResourceBytes) {
          diagnostics.warn("refused to embed '" + ref + "': it grew past 32 MiB as it was read");
          return std::nullopt;
        }
        if (!counted) {
          budget->counted.insert(resolved.string());
          budget->bytes += bytes->size();
        }
        return Resource{resolved.string(), std::move(*bytes)};
      }
    }
    if (escaped) {
      diagnostics.warn("refused to embed '" + ref +
                       "': it lies outside the input's folder and every --resource-path");
    } else {
      diagnostics.warn("resource '" + ref + "' was not found");
    }
    return std::nullopt;
  };
}

ResourceLoader user_file_loader(Diagnostics& diagnostics) {
  return [&diagnostics](std::string_view reference) -> std::optional<Resource> {
    fs::path path{std::string(reference)};
    if (auto bytes = slurp(path)) return Resource{path.string(), std::move(*bytes)};
    diagnostics.warn("cannot read '" + path.string() + "'");
    return std::nullopt;
  };
}

}  // namespace govtech
