#pragma once

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace autodiag::batch {

// Runs produce(i) for every i in [0, count) on `jobs` worker threads and
// hands each result to consume(i, result) on the calling thread, in index
// order, while the workers go on with the next items. At most `window`
// results wait to be consumed, so memory stays bounded however many items
// there are; and the order of consume() calls never depends on `jobs`. An
// exception from produce() or consume() stops the workers and is rethrown.
template <typename Result>
void for_each_ordered(size_t count, unsigned jobs, size_t window, const std::function<Result(size_t)>& produce,
                      const std::function<void(size_t, Result&)>& consume) {
  std::mutex mutex;
  std::condition_variable ready;  // a slot was filled
  std::condition_variable space;  // a slot was freed, or stop
  std::vector<std::optional<Result>> slots(window);
  size_t next = 0;
  size_t consumed = 0;
  bool stop = false;
  std::exception_ptr error;

  auto work = [&] {
    while (true) {
      std::unique_lock lock(mutex);
      size_t i = next++;
      if (i >= count) return;
      space.wait(lock, [&] { return stop || i < consumed + window; });
      if (stop) return;
      lock.unlock();
      std::optional<Result> result;
      try {
        result = produce(i);
      } catch (...) {
        lock.lock();
        if (!error) error = std::current_exception();
        stop = true;
        ready.notify_all();
        space.notify_all();
        return;
      }
      lock.lock();
      slots[i % window] = std::move(result);
      ready.notify_all();
    }
  };

  std::vector<std::thread> workers;
  auto halt = [&] {
    {
      std::lock_guard lock(mutex);
      stop = true;
    }
    space.notify_all();
    for (std::thread& worker : workers) worker.join();
    workers.clear();
  };
  for (unsigned k = 0; k < std::max(1u, jobs); ++k) workers.emplace_back(work);
  try {
    for (size_t i = 0; i < count; ++i) {
      std::optional<Result> result;
      {
        std::unique_lock lock(mutex);
        ready.wait(lock, [&] { return error || slots[i % window].has_value(); });
        if (error) break;
        result = std::move(slots[i % window]);
        slots[i % window].reset();
        ++consumed;
      }
      space.notify_all();
      consume(i, *result);
    }
  } catch (...) {
    halt();
    throw;
  }
  halt();
  if (error) std::rethrow_exception(error);
}

}  // namespace autodiag::batch
