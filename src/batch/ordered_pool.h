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

// Takes items from next_item() one at a time, in order, until it returns
// nullopt; runs produce(item) on `jobs` worker threads; and hands each result
// to consume(i, result) on the calling thread in the order the items were
// taken (i = 0, 1, 2…), while the workers go on with the next items. At most
// `window` results wait to be consumed, so memory stays bounded however many
// items there are, and the order of consume() calls never depends on `jobs`.
// next_item() is called by one thread at a time. An exception from any of
// the three functions stops the workers and is rethrown.
template <typename Item, typename Result>
void for_each_ordered(unsigned jobs, size_t window, const std::function<std::optional<Item>()>& next_item,
                      const std::function<Result(Item&)>& produce,
                      const std::function<void(size_t, Result&)>& consume) {
  std::mutex mutex;
  std::condition_variable ready;  // a slot was filled, or no item is left
  std::condition_variable space;  // a slot was freed, or stop
  std::vector<std::optional<Result>> slots(window);
  size_t taken = 0;
  size_t consumed = 0;
  bool exhausted = false;
  bool stop = false;
  std::exception_ptr error;

  auto fail = [&](std::exception_ptr e) {
    if (!error) error = e;
    stop = true;
    ready.notify_all();
    space.notify_all();
  };
  auto work = [&] {
    while (true) {
      std::unique_lock lock(mutex);
      space.wait(lock, [&] { return stop || exhausted || taken < consumed + window; });
      if (stop || exhausted) return;
      std::optional<Item> item;
      try {
        item = next_item();
      } catch (...) {
        fail(std::current_exception());
        return;
      }
      if (!item) {
        exhausted = true;
        ready.notify_all();
        space.notify_all();
        return;
      }
      size_t i = taken++;
      lock.unlock();
      std::optional<Result> result;
      try {
        result = produce(*item);
      } catch (...) {
        lock.lock();
        fail(std::current_exception());
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
    for (size_t i = 0;; ++i) {
      std::optional<Result> result;
      {
        std::unique_lock lock(mutex);
        ready.wait(lock, [&] { return error || slots[i % window].has_value() || (exhausted && i >= taken); });
        if (error || !slots[i % window]) break;
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

// The same over the indexes 0 … count - 1.
template <typename Result>
void for_each_ordered(size_t count, unsigned jobs, size_t window, const std::function<Result(size_t)>& produce,
                      const std::function<void(size_t, Result&)>& consume) {
  size_t next = 0;
  for_each_ordered<size_t, Result>(
      jobs, window, [&]() -> std::optional<size_t> { return next < count ? std::optional(next++) : std::nullopt; },
      [&](size_t& i) { return produce(i); }, consume);
}

}  // namespace autodiag::batch
