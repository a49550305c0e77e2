// SIGINT in the middle of a batch, for every writer: the program dies of the signal (exit
// status 130 in a shell), says so, and leaves no temporary file; every output it did finish
// is whole. The outputs go to a folder of regular files, never to a device.
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <thread>

#include "hostile_support.hpp"
#include "output_checks.hpp"

using namespace govtech::hostile;
using govtech::testing::read_file;
using govtech::testing::write_file;

namespace {

constexpr int kInputs = 600;

// Starts the CLI in `dir` with standard output and error going to files there.
pid_t start_cli(const TempDir& dir, const std::vector<std::string>& args) {
  pid_t pid = ::fork();
  if (pid != 0) return pid;
  if (::chdir(dir.path().c_str()) != 0) ::_exit(126);
  int out = ::open("stdout.log", O_WRONLY | O_CREAT | O_TRUNC, 0644);
  int err = ::open("stderr.log", O_WRONLY | O_CREAT | O_TRUNC, 0644);
  int in = ::open("/dev/null", O_RDONLY);
  if (out < 0 || err < 0 || in < 0) ::_exit(126);
  ::dup2(in, STDIN_FILENO);
  ::dup2(out, STDOUT_FILENO);
  ::dup2(err, STDERR_FILENO);
  std::vector<char*> argv{const_cast<char*>(GOVTECH_CLI)};
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  ::execv(GOVTECH_CLI, argv.data());
  ::_exit(127);
}

// Runs a batch of kInputs interviews into `writer`, `jobs` at a time, sends `signal_number` once
// the first output is finished, and checks that the program died of it and left no temporary.
void interrupt_batch(const std::string& writer, int signal_number, int jobs) {
  std::string answer;
  while (answer.size() < 60'000) answer += "Each ministry kept its own register of addresses. ";
  INFO("text -> " << writer << ", signal " << signal_number << ", -j " << jobs);
  TempDir dir;
  fs::create_directory(dir / "in");
  fs::create_directory(dir / "out");
  for (int i = 0; i < kInputs; ++i) {
    write_file(dir / "in" / ("talk-" + std::to_string(i) + ".txt"),
               interview("text", "Interview " + std::to_string(i), answer));
  }
  write_file(dir / "list", [] {
    std::string list;
    for (int i = 0; i < kInputs; ++i) list += "in/talk-" + std::to_string(i) + ".txt\n";
    return list;
  }());

  pid_t pid = start_cli(dir, {"--files-from", "list", "-f", "text", "-t", writer, "-O", "out", "-j",
                              std::to_string(jobs), "--keep-going"});
  REQUIRE(pid > 0);
  // Wait for the first finished output (a name without the .part of a temporary).
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  bool output_seen = false;
  while (!output_seen && std::chrono::steady_clock::now() < deadline) {
    for (const auto& name : files_in(dir / "out")) {
      if (!name.ends_with(".part")) output_seen = true;
    }
    if (!output_seen) std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  int status = 0;
  const bool finished_early = ::waitpid(pid, &status, WNOHANG) == pid;
  if (!finished_early) {
    ::kill(pid, signal_number);
    REQUIRE(::waitpid(pid, &status, 0) == pid);
  }
  REQUIRE(output_seen);
  INFO("the batch must still be running when interrupted; add inputs if it is too fast");
  REQUIRE_FALSE(finished_early);

  const std::string err = read_file(dir / "stderr.log");
  INFO(err.substr(0, 2000));
  CHECK(WIFSIGNALED(status));
  CHECK(WTERMSIG(status) == signal_number);
  CHECK_THAT(err, Catch::Contains("interrupted"));
  const auto outputs = files_in(dir / "out");
  CHECK(outputs.size() < static_cast<std::size_t>(kInputs));
  for (const auto& name : outputs) {
    INFO(name);
    CHECK_FALSE(name.ends_with(".part"));
    CHECK_FALSE(name.starts_with("."));
    CHECK(govtech::checks::output_problem(writer, read_file(dir / "out" / name)) == std::string());
  }
}

}  // namespace

TEST_CASE("SIGINT during a batch exits by the signal, says so and leaves no temporary file") {
  require_formats();
  for (const auto& writer : writers()) interrupt_batch(writer, SIGINT, 2);
}

TEST_CASE("every signal that ends the process leaves no temporary file either") {
  require_formats();
  for (int signal_number : {SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGXFSZ}) {
    interrupt_batch("epub", signal_number, 2);
  }
}

TEST_CASE("SIGINT with more conversions in flight than the cleanup table holds") {
  require_formats();
  interrupt_batch("html", SIGINT, 300);  // -j above 256 runs 256 at a time
}
