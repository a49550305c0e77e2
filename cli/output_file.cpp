#include "output_file.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <climits>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string_view>

namespace govtech::cli {

namespace fs = std::filesystem;

namespace {

// Temporary files in progress, in a fixed table the signal handler can read without locks
// or allocation. A slot's path is written before it is marked busy. constinit keeps the
// megabyte table in zeroed memory: initialised at run time, it cost 256 page faults a start.
constexpr int kSlots = kMaxOutputsInFlight;
struct Slot {
  std::atomic<bool> busy{false};
  char path[PATH_MAX]{};
};
constinit Slot g_slots[kSlots];

std::mutex g_claim_mutex;

// Other threads keep running while the handler cleans up, so a temporary created between its
// sweep and the process's death would be left behind. Creation therefore happens with the
// signals blocked in the creating thread (so the handler never runs in the middle of it), is
// counted, and stops once the handler has begun; the handler waits for creations in flight.
std::atomic<bool> g_interrupted{false};
std::atomic<int> g_creating{0};

// Every signal whose default action ends the process and that a user, a shell or a limit may
// send: a temporary left by any of them would be a partial output.
const int kCleanupSignals[] = {SIGINT,  SIGTERM, SIGHUP,  SIGQUIT,   SIGUSR1, SIGUSR2,
                               SIGALRM, SIGXFSZ, SIGXCPU, SIGVTALRM, SIGPROF};

// Blocks the cleanup signals in this thread while it lives, and counts a creation in flight.
class CreationGuard {
 public:
  CreationGuard() {
    sigset_t blocked;
    sigemptyset(&blocked);
    for (int sig : kCleanupSignals) sigaddset(&blocked, sig);
    ::pthread_sigmask(SIG_BLOCK, &blocked, &previous_);
    g_creating.fetch_add(1);
    if (g_interrupted.load()) {
      // The process is about to die of a signal: create nothing more, and wait for the end.
      g_creating.fetch_sub(1);
      while (true) ::pause();
    }
  }
  ~CreationGuard() {
    g_creating.fetch_sub(1);
    ::pthread_sigmask(SIG_SETMASK, &previous_, nullptr);
  }
  CreationGuard(const CreationGuard&) = delete;
  CreationGuard& operator=(const CreationGuard&) = delete;

 private:
  sigset_t previous_;
};

int claim_slot(const std::string& path) {
  if (path.size() >= PATH_MAX) return -1;
  std::lock_guard lock(g_claim_mutex);
  for (int i = 0; i < kSlots; ++i) {
    if (g_slots[i].busy.load(std::memory_order_relaxed)) continue;
    std::memcpy(g_slots[i].path, path.c_str(), path.size() + 1);
    g_slots[i].busy.store(true, std::memory_order_release);
    return i;
  }
  return -1;  // more outputs in flight than slots: still correct, just not signal-cleaned
}

void release_slot(int slot) {
  if (slot >= 0) g_slots[slot].busy.store(false, std::memory_order_release);
}

extern "C" void remove_temporaries_and_exit(int signal_number) {
  g_interrupted.store(true);
  while (g_creating.load() != 0) {
  }
  for (Slot& slot : g_slots) {
    if (slot.busy.load(std::memory_order_acquire)) ::unlink(slot.path);
  }
  static const char message[] = "govtech-convert: interrupted; no partial output was left\n";
  [[maybe_unused]] ssize_t ignored = ::write(STDERR_FILENO, message, sizeof message - 1);
  ::signal(signal_number, SIG_DFL);
  ::raise(signal_number);
}

[[noreturn]] void fail(const std::string& path, const std::string& why) {
  throw Error(ErrorKind::output, "cannot write output: " + why, {path});
}

// The descriptor of this process that `path` names, if it names one: /dev/stdout,
// /dev/stderr, /dev/fd/N, /proc/self/fd/N, /proc/thread-self/fd/N or /proc/PID/fd/N of this
// process. Such a path is a link to whatever the descriptor holds, perhaps a regular file a
// shell opened: written through the descriptor, the file keeps its offset and append mode,
// and no temporary is renamed over the link.
std::optional<int> own_descriptor(const std::string& path) {
  std::string_view p(path);
  if (p == "/dev/stdin") return 0;
  if (p == "/dev/stdout") return 1;
  if (p == "/dev/stderr") return 2;
  const std::string own = "/proc/" + std::to_string(::getpid()) + "/fd/";
  std::string_view number;
  for (std::string_view prefix :
       {std::string_view("/dev/fd/"), std::string_view("/proc/self/fd/"),
        std::string_view("/proc/thread-self/fd/"), std::string_view(own)}) {
    if (p.substr(0, prefix.size()) == prefix) number = p.substr(prefix.size());
  }
  if (number.empty() || number.size() > 9) return std::nullopt;
  int fd = 0;
  for (char c : number) {
    if (c < '0' || c > '9') return std::nullopt;
    fd = fd * 10 + (c - '0');
  }
  if (::fcntl(fd, F_GETFD) < 0) return std::nullopt;
  return fd;
}

// Whether `folder` is /dev itself or beneath /proc once links are resolved: what is there is
// no file to replace but a device or a process's descriptor. (Folders beneath /dev, such as
// /dev/shm, hold ordinary files, which are replaced as anywhere else.)
bool special_folder(const fs::path& folder) {
  std::error_code ec;
  const std::string real = fs::canonical(folder, ec).string();
  if (ec) return false;
  return real == "/dev" || real == "/proc" || real.rfind("/proc/", 0) == 0;
}

}  // namespace

void install_cleanup_handlers() {
  struct sigaction action {};
  action.sa_handler = remove_temporaries_and_exit;
  sigemptyset(&action.sa_mask);
  for (int sig : kCleanupSignals) ::sigaction(sig, &action, nullptr);
}

OutputFile::OutputFile(std::string target) : target_(std::move(target)) {
  if (auto fd = own_descriptor(target_)) {
    int copy = ::fcntl(*fd, F_DUPFD_CLOEXEC, 3);
    file_ = copy < 0 ? nullptr : ::fdopen(copy, "wb");
    if (!file_) {
      if (copy >= 0) ::close(copy);
      fail(target_, std::strerror(errno));
    }
    direct_ = true;
    return;
  }
  std::error_code ec;
  auto status = fs::status(target_, ec);
  if (fs::is_directory(status)) fail(target_, "it is a folder");
  fs::path target_path(target_);
  fs::path folder = target_path.parent_path();
  if (folder.empty()) folder = ".";
  if ((fs::exists(status) && !fs::is_regular_file(status)) || special_folder(folder)) {
    // A device or pipe (/dev/null, a FIFO): nothing to replace, so write straight to it.
    // Renaming a file over it would replace the device itself. Opened without blocking, so
    // that a FIFO no process reads is an error rather than a wait without end.
    int flags = O_WRONLY | O_CREAT | O_NONBLOCK | O_NOCTTY | O_CLOEXEC;
    if (fs::is_regular_file(status)) flags |= O_TRUNC;
    int fd = ::open(target_.c_str(), flags, 0666);
    if (fd < 0) {
      if (errno == ENXIO) fail(target_, "it is a FIFO that no process is reading");
      fail(target_, std::strerror(errno));
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    file_ = ::fdopen(fd, "wb");
    if (!file_) {
      ::close(fd);
      fail(target_, std::strerror(errno));
    }
    direct_ = true;
    return;
  }
  if (!fs::is_directory(folder, ec)) {
    fail(target_, fs::exists(folder, ec) ? "'" + folder.string() + "' is not a folder"
                                         : "its folder does not exist");
  }
  // A name near the 255-byte limit leaves no room for the temporary's additions: such a
  // target gets a short temporary name.
  const std::string name = target_path.filename().string();
  std::string pattern =
      (folder /
       ((name.size() > 200 ? std::string(".govtech-convert") : "." + name) + ".XXXXXX.part"))
          .string();
  int fd = -1;
  {
    CreationGuard guard;
    fd = ::mkstemps(pattern.data(), 5);
    if (fd < 0) fail(target_, std::strerror(errno));
    temp_ = pattern;
    slot_ = claim_slot(temp_);
  }
  // mkstemp makes the file private. A replaced output keeps its mode and, where this process
  // may set it, its group; a new one gets the permissions a new file would have.
  struct stat existing {};
  if (fs::is_regular_file(status) && ::stat(target_.c_str(), &existing) == 0) {
    [[maybe_unused]] int ignored = ::fchown(fd, static_cast<uid_t>(-1), existing.st_gid);
    ::fchmod(fd, existing.st_mode & 07777);
  } else {
    mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask);
  }
  file_ = ::fdopen(fd, "wb");
  if (!file_) {
    ::close(fd);
    ::unlink(temp_.c_str());
    release_slot(slot_);
    fail(target_, std::strerror(errno));
  }
}

OutputFile::~OutputFile() {
  if (file_) std::fclose(file_);
  if (!committed_ && !direct_) ::unlink(temp_.c_str());
  release_slot(slot_);
}

void OutputFile::write(std::string_view bytes) {
  if (bytes.empty()) return;
  if (std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size()) {
    fail(target_, std::strerror(errno));
  }
  bytes_ += bytes.size();
}

void OutputFile::commit() {
  std::FILE* file = file_;
  file_ = nullptr;
  // No fsync: the rename already makes the output appear whole or not at all to every other
  // program, and syncing each of thousands of small outputs would dominate a batch's time.
  if (std::fflush(file) != 0) {
    int err = errno;
    std::fclose(file);
    fail(target_, std::strerror(err));
  }
  if (std::fclose(file) != 0) fail(target_, std::strerror(errno));
  committed_ = direct_;
  if (direct_) return;
  if (::rename(temp_.c_str(), target_.c_str()) != 0) fail(target_, std::strerror(errno));
  committed_ = true;
}

}  // namespace govtech::cli
