#include "plugin_file.hpp"

#include <elf.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <bit>
#include <cerrno>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "govtech/plugin.hpp"

namespace govtech::detail {

namespace {

// Every read is bounds-checked against the file's size: offsets, sizes and counts all come
// from the file itself.
class ElfFile {
 public:
  ElfFile(int fd, std::uint64_t size) : fd_(fd), size_(size) {}
  bool read_at(std::uint64_t offset, void* into, std::size_t length) const {
    return !beyond(offset, length) &&
           ::pread(fd_, into, length, static_cast<off_t>(offset)) == static_cast<ssize_t>(length);
  }
  bool beyond(std::uint64_t offset, std::uint64_t length) const {
    return offset > size_ || length > size_ - offset;
  }
  // A NUL-terminated string of at most `limit` bytes at `offset`; empty if there is none.
  std::string string_at(std::uint64_t offset, std::uint64_t limit) const {
    std::string text(static_cast<std::size_t>(std::min<std::uint64_t>(limit, 256)), '\0');
    if (offset > size_) return {};
    text.resize(static_cast<std::size_t>(std::min<std::uint64_t>(text.size(), size_ - offset)));
    if (text.empty() || !read_at(offset, text.data(), text.size())) return {};
    const std::size_t end = text.find('\0');
    if (end == std::string::npos) return {};
    text.resize(end);
    return text;
  }

 private:
  int fd_;
  std::uint64_t size_;
};

// Where a virtual address lies in the file, by the loadable segments; nothing for addresses
// that are not backed by the file (.bss) or not mapped at all.
std::optional<std::uint64_t> file_offset(const std::vector<Elf64_Phdr>& loads,
                                         std::uint64_t address, std::uint64_t length) {
  for (const Elf64_Phdr& segment : loads) {
    if (address < segment.p_vaddr) continue;
    const std::uint64_t into = address - segment.p_vaddr;
    if (into > segment.p_filesz || length > segment.p_filesz - into) continue;
    return segment.p_offset + into;
  }
  return std::nullopt;
}

// "libgovtech-convert.so.<N>" -> N.
std::optional<int> core_api_of(std::string_view soname) {
  constexpr std::string_view prefix = "libgovtech-convert.so.";
  if (!soname.starts_with(prefix)) return std::nullopt;
  soname.remove_prefix(prefix.size());
  int version = 0;
  auto [end, ec] = std::from_chars(soname.data(), soname.data() + soname.size(), version);
  if (ec != std::errc() || end != soname.data() + soname.size() || soname.size() > 9) {
    return std::nullopt;
  }
  return version;
}

// The libraries a file needs, from its dynamic segment: the one the loader itself reads, so
// it is there even when the section headers are not.
std::optional<int> needed_core_api(const ElfFile& file, const Elf64_Phdr& dynamic,
                                   const std::vector<Elf64_Phdr>& loads) {
  if (file.beyond(dynamic.p_offset, dynamic.p_filesz)) return std::nullopt;
  std::uint64_t strtab = 0;
  std::uint64_t strsz = 0;
  std::vector<std::uint64_t> needed;
  for (std::uint64_t n = 0; n < dynamic.p_filesz / sizeof(Elf64_Dyn) && n < 4096; ++n) {
    Elf64_Dyn entry{};
    if (!file.read_at(dynamic.p_offset + n * sizeof entry, &entry, sizeof entry)) break;
    if (entry.d_tag == DT_NULL) break;
    if (entry.d_tag == DT_STRTAB) strtab = entry.d_un.d_ptr;
    if (entry.d_tag == DT_STRSZ) strsz = entry.d_un.d_val;
    if (entry.d_tag == DT_NEEDED) needed.push_back(entry.d_un.d_val);
  }
  const auto table = file_offset(loads, strtab, strsz);
  if (!table) return std::nullopt;
  for (std::uint64_t name : needed) {
    if (name >= strsz) continue;
    if (auto api = core_api_of(file.string_at(*table + name, strsz - name))) return api;
  }
  return std::nullopt;
}

}  // namespace

PluginFileFacts inspect_plugin_file(const std::string& path) {
  PluginFileFacts facts;
  // Without blocking, and only a regular file: a FIFO named *.so would otherwise hang a run.
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) {
    facts.problem = std::string("cannot open: ") + std::strerror(errno);
    return facts;
  }
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  struct stat info {};
  if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    facts.problem = "not a regular file (a FIFO, device or socket is never loaded)";
    return facts;
  }
  const ElfFile file(fd, static_cast<std::uint64_t>(info.st_size));
  auto fail = [&](std::string why) {
    facts.problem = std::move(why);
    return facts;
  };

  Elf64_Ehdr header{};
  if (!file.read_at(0, &header, sizeof header)) return fail("too short to be a shared library");
  if (std::memcmp(header.e_ident, ELFMAG, SELFMAG) != 0) return fail("not an ELF file");
  if (header.e_ident[EI_CLASS] != ELFCLASS64) return fail("not a 64-bit ELF file");
  if (header.e_type != ET_DYN) return fail("an ELF file, but not a shared library");
  // A library cut short maps pages past the end of the file, and dies of SIGBUS when they are
  // touched: everything the headers point at must really be in the file.
  if (header.e_phentsize != sizeof(Elf64_Phdr) ||
      file.beyond(header.e_phoff, std::uint64_t{header.e_phnum} * sizeof(Elf64_Phdr))) {
    return fail("truncated (its program headers lie past the end of the file)");
  }
  if (header.e_shnum > 0 &&
      file.beyond(header.e_shoff, std::uint64_t{header.e_shnum} * header.e_shentsize)) {
    return fail("truncated (its section headers lie past the end of the file)");
  }
  std::vector<Elf64_Phdr> loads;
  std::optional<Elf64_Phdr> dynamic;
  for (int i = 0; i < header.e_phnum; ++i) {
    Elf64_Phdr segment{};
    if (!file.read_at(header.e_phoff + std::uint64_t(i) * sizeof segment, &segment,
                      sizeof segment)) {
      return fail("unreadable");
    }
    if (segment.p_type == PT_LOAD && file.beyond(segment.p_offset, segment.p_filesz)) {
      return fail("truncated (a segment lies past the end of the file)");
    }
    if (segment.p_type == PT_LOAD) loads.push_back(segment);
    if (segment.p_type == PT_DYNAMIC) dynamic = segment;
  }
  // Numbers in the file are only read as numbers when it has this machine's byte order.
  const bool native_order =
      header.e_ident[EI_DATA] ==
      (std::endian::native == std::endian::little ? ELFDATA2LSB : ELFDATA2MSB);
  if (dynamic && native_order) facts.needed_core_api = needed_core_api(file, *dynamic, loads);

  // The entry symbol: a defined symbol of that name in .dynsym. Without section headers (a
  // stripped-down file) there is nothing to look in, and dlopen() decides as before.
  if (header.e_shnum == 0 || header.e_shentsize != sizeof(Elf64_Shdr)) return facts;
  const std::string_view wanted = kPluginEntrySymbol;
  for (int i = 0; i < header.e_shnum; ++i) {
    Elf64_Shdr symbols{};
    if (!file.read_at(header.e_shoff + std::uint64_t(i) * sizeof symbols, &symbols,
                      sizeof symbols)) {
      return fail("unreadable");
    }
    if (symbols.sh_type != SHT_DYNSYM) continue;
    Elf64_Shdr names{};
    if (symbols.sh_link >= header.e_shnum || symbols.sh_entsize != sizeof(Elf64_Sym) ||
        !file.read_at(header.e_shoff + std::uint64_t(symbols.sh_link) * sizeof names, &names,
                      sizeof names) ||
        file.beyond(symbols.sh_offset, symbols.sh_size) ||
        file.beyond(names.sh_offset, names.sh_size)) {
      return fail("its dynamic symbol table is damaged");
    }
    for (std::uint64_t n = 0; n < symbols.sh_size / sizeof(Elf64_Sym); ++n) {
      Elf64_Sym symbol{};
      if (!file.read_at(symbols.sh_offset + n * sizeof symbol, &symbol, sizeof symbol)) break;
      if (symbol.st_shndx == SHN_UNDEF || symbol.st_name >= names.sh_size) continue;
      if (file.string_at(names.sh_offset + symbol.st_name, names.sh_size - symbol.st_name) !=
          wanted) {
        continue;
      }
      // The version is the entry's first field, a constant: its bytes are in the file as
      // built (only the entry's pointers are relocated at load time).
      int api = 0;
      if (const auto at = file_offset(loads, symbol.st_value, sizeof api);
          at && native_order && symbol.st_size >= sizeof api &&
          file.read_at(*at, &api, sizeof api)) {
        facts.entry_api_version = api;
      }
      return facts;
    }
    facts.lacks_entry = true;
    return fail(std::string("not a govtech-convert plugin (no ") + kPluginEntrySymbol +
                " symbol); it was not loaded, so none of its code ran");
  }
  return facts;
}

}  // namespace govtech::detail
