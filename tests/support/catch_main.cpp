// Catch2's main, with one fix for running tests by name under CTest: a test named like an
// option ("--unsafe keeps raw HTML") would be parsed as an option. An argument that starts
// with '-' and holds a space cannot be an option, so it is turned into a test spec that
// matches the same name ("*" matches nothing extra in front of it).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <string>
#include <vector>

int main(int argc, char* argv[]) {
  std::vector<std::string> storage(argv, argv + argc);
  std::vector<char*> args;
  for (auto& arg : storage) {
    if (arg.size() > 1 && arg[0] == '-' && arg.find(' ') != std::string::npos) arg = "*" + arg;
    args.push_back(arg.data());
  }
  return Catch::Session().run(static_cast<int>(args.size()), args.data());
}
