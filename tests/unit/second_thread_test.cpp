#include "render/second_thread.hpp"

#include <atomic>
#include <chrono>
#include <doctest/doctest.h>
#include <stdexcept>
#include <string>
#include <thread>

using followup::render::SecondThread;

TEST_CASE("SecondThread: the work is done by wait(), its error thrown there, and never lost") {
    SUBCASE("wait() returns once the work is done, on another thread") {
        std::string text;
        std::thread::id worker;
        SecondThread helper([&] {
            worker = std::this_thread::get_id();
            text = "written";
        });
        helper.wait();
        CHECK(text == "written");
        CHECK(worker != std::this_thread::get_id());
    }
    SUBCASE("what the work throws is thrown by wait(), once") {
        SecondThread helper([] { throw std::runtime_error("disk full"); });
        CHECK_THROWS_WITH_AS(helper.wait(), "disk full", std::runtime_error);
        CHECK_NOTHROW(helper.wait());
    }
    SUBCASE("without wait(), the destructor still lets the work finish") {
        std::atomic<bool> done{false};
        {
            SecondThread helper([&done] {
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
                done = true;
            });
        }
        CHECK(done);
    }
}
