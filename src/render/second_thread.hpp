#pragma once
// Work done on a second thread while this one does its own: for the few outputs long
// enough to gain from it (the due report's sections, a long list; docs/performance.md).

#include <exception>
#include <functional>
#include <latch>
#include <system_error>
#include <thread>
#include <utility>

namespace followup::render {

// Starts `work` on a second thread, or, when no thread can be had, leaves it for wait()
// to do on this one. wait() returns as soon as the work is done and rethrows what it
// threw. It does not wait for the thread to end: ending one took 0.4-0.6 ms on the
// machines measured (its allocator hands its memory back), time the caller can spend
// printing. The destructor joins the thread, so whatever the work uses must outlive this.
class SecondThread {
  public:
    explicit SecondThread(std::function<void()> work) : work_(std::move(work)) {
        try {
            thread_ = std::jthread([this] {
                try {
                    work_();
                } catch (...) {
                    failed_ = std::current_exception();
                }
                done_.count_down();
            });
        } catch (const std::system_error&) {
        }
    }
    SecondThread(const SecondThread&) = delete;
    SecondThread& operator=(const SecondThread&) = delete;

    void wait() {
        if (thread_.joinable()) {
            done_.wait();
            if (failed_) {
                std::rethrow_exception(std::exchange(failed_, nullptr));
            }
        } else if (work_) {
            std::exchange(work_, nullptr)();
        }
    }

  private:
    std::function<void()> work_;
    std::exception_ptr failed_;
    std::latch done_{1};
    std::jthread thread_; // last, so it is joined before the members it uses go
};

} // namespace followup::render
