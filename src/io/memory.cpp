#include "io/memory.hpp"

#ifdef FOLLOWUP_MIMALLOC
#include <cstddef>
#include <mimalloc.h>
#include <optional>
#endif

namespace followup::io {

#ifdef FOLLOWUP_MIMALLOC
namespace {

// Loading 10,000 prospects touches about 13,000 fresh 4 KiB pages (the file, the parser's
// index, the model), and on the virtual machines followup was measured on, the first
// touch of a page costs 6-11 us: 80 ms of system time at 10k, more than all the parsing,
// and at 1,000 prospects the model's 500 pages were 5.6 ms of a 16 ms `due`. In 2 MiB
// pages the same memory takes a few faults: mimalloc (linked in place of malloc, see
// src/CMakeLists.txt) asks the kernel for such pages (transparent huge pages, via
// madvise) once its large_os_pages option is on; where the kernel says no, nothing
// changes but the speed. It is on for every run: from 20 prospects on that is as fast or
// faster (300 prospects: 11.2 to 9.6 ms), and it costs about 4 MB of memory that does
// not grow with the file (docs/performance.md, "Memory comes in huge pages").
void use_huge_pages(int /*argc*/, char** /*argv*/, char** /*envp*/) {
    mi_option_set(mi_option_large_os_pages, 1);
    // A thread's first segment is committed lazily, and so in small pages, to spare
    // short threads; the reader's second thread (store_format.cpp) is short but fills
    // half the model, so its segment is treated like the first thread's.
    mi_option_set(mi_option_eager_commit_delay, 0);
}

// The options count for the memory mimalloc maps from then on, and the first map comes
// before main: the C++ runtime's own initialiser allocates. An executable's
// .preinit_array runs before any shared library's initialiser (the sanitizers start
// the same way), so the heap's first segment, where the model's small blocks go, comes
// in huge pages too. Set from main, the segment's first 2 MiB stayed in small pages
// unless collapsed by hand, which still cost 0.3 ms more for `due` at 1,000 prospects
// and 1.1 ms more on a one-prospect file. This file is in every program that loads a
// pipeline: io/store_format.cpp uses SmallPages.
using StartFunction = void (*)(int, char**, char**);
[[gnu::used, gnu::section(".preinit_array")]] const StartFunction k_use_huge_pages = use_huge_pages;

// Address space only, committed as used: mimalloc takes a 32 MiB segment from it for each
// thread that allocates there. Two threads' parsers for 256 KiB pieces need 3 MiB.
constexpr std::size_t k_small_pages_arena = std::size_t{128} << 20;
constexpr std::size_t k_small_pages_most = std::size_t{16} << 20;

// An arena of its own, never given huge pages, and used only by the heaps made in it.
std::optional<mi_arena_id_t> small_pages_arena() {
    static const std::optional<mi_arena_id_t> arena = []() -> std::optional<mi_arena_id_t> {
        mi_arena_id_t id{};
        if (mi_reserve_os_memory_ex(k_small_pages_arena, /*commit=*/false, /*allow_large=*/false,
                                    /*exclusive=*/true, &id) != 0) {
            return std::nullopt;
        }
        return id;
    }();
    return arena;
}

} // namespace

SmallPages::SmallPages(std::size_t bytes) {
    if (bytes > k_small_pages_most) {
        return;
    }
    const auto arena = small_pages_arena();
    if (!arena) {
        return;
    }
    // A heap belongs to its thread; this one lives as long as the thread.
    thread_local mi_heap_t* const heap = mi_heap_new_in_arena(*arena);
    if (heap != nullptr) {
        previous_heap_ = mi_heap_set_default(heap);
    }
}

SmallPages::~SmallPages() {
    if (previous_heap_ != nullptr) {
        mi_heap_set_default(static_cast<mi_heap_t*>(previous_heap_));
    }
}
#else
SmallPages::SmallPages(std::size_t /*bytes*/) {}
SmallPages::~SmallPages() = default;
#endif

} // namespace followup::io
