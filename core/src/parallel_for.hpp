// Runs f(0) .. f(count - 1) on the machine's cores when there are enough of them to be worth a
// thread (`per_thread` each at least), else on the caller's thread. Each call must touch only
// what its index owns. An exception in any call (out of memory) stops the rest and is thrown
// again on the caller's thread once every thread has finished.
#pragma once
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <thread>
#include <vector>

namespace govtech {

template <class F>
void parallel_for(std::size_t count, std::size_t per_thread, F f) {
  const std::size_t threads =
      std::min<std::size_t>(std::max(1u, std::thread::hardware_concurrency()),
                            count / std::max<std::size_t>(per_thread, 1));
  if (threads <= 1) {
    for (std::size_t i = 0; i < count; ++i) f(i);
    return;
  }
  std::atomic<std::size_t> next{0};
  std::vector<std::exception_ptr> failures(threads);
  auto work = [&](std::size_t worker) {
    try {
      for (std::size_t i = next++; i < count; i = next++) f(i);
    } catch (...) {
      failures[worker] = std::current_exception();
      next = count;
    }
  };
  {
    std::vector<std::jthread> helpers;
    helpers.reserve(threads - 1);
    for (std::size_t worker = 1; worker < threads; ++worker) helpers.emplace_back(work, worker);
    work(0);
  }
  for (const std::exception_ptr& failure : failures) {
    if (failure) std::rethrow_exception(failure);
  }
}

}  // namespace govtech
