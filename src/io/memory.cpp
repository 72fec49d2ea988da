#include "io/memory.hpp"

#ifdef FOLLOWUP_MIMALLOC
#include <cstddef>
#include <cstdint>
#include <mimalloc.h>
#include <optional>
#include <sys/mman.h>
#endif

namespace followup::io {

// Loading 10,000 prospects touches about 13,000 fresh 4 KiB pages (the file, the parser's
// index, the model), and on the virtual machines followup was measured on, the first
// touch of a page costs 6-11 us: 80 ms of system time at 10k, more than all the parsing,
// and at 1,000 prospects the model's 500 pages were 5.6 of a 16 ms `due`. In 2 MiB pages
// the same memory takes a few faults: mimalloc (linked in place of malloc, see
// src/CMakeLists.txt) asks the kernel for such pages (transparent huge pages, via
// madvise) once its large_os_pages option is on; where the kernel says no, nothing
// changes but the speed. This is done for every file: from 20 prospects on it is as fast
// or faster (300 prospects: 11.2 to 9.6 ms), and it costs a few MB of memory that no
// longer grows with the file (docs/performance.md, "Memory comes in huge pages").
void prepare_for_load() {
#ifdef FOLLOWUP_MIMALLOC
    static bool prepared = false;
    if (prepared) {
        return;
    }
    prepared = true;
    mi_option_set(mi_option_large_os_pages, 1);
    // A thread's first segment is committed lazily, and so in small pages, to spare
    // short threads; the reader's second thread (store_format.cpp) is short but fills
    // half the model, so its segment is treated like the first thread's.
    mi_option_set(mi_option_eager_commit_delay, 0);
    // The option counts for memory mimalloc maps from now on. The segment it mapped
    // first (for the C++ runtime's first allocations) is where the model's small blocks
    // would go next, so it gets the same advice. Segments are 32 MiB, aligned
    // to their size (mimalloc 2); were that to change, the advice would only miss.
    constexpr std::uintptr_t k_segment_size = std::uintptr_t{32} << 20;
    void* const probe = mi_malloc(16);
    const std::uintptr_t segment = reinterpret_cast<std::uintptr_t>(probe) & ~(k_segment_size - 1);
    (void)::madvise(reinterpret_cast<void*>(segment), k_segment_size, MADV_HUGEPAGE);
    // The advice only reaches the parts of the segment not touched yet. Its first 2 MiB
    // already hold the runtime's blocks in small pages, and the model's first blocks go
    // there too (half of its pages at 1,000 prospects), so they are made one huge page
    // now: the kernel copies the few pages in use, and the rest comes without a fault.
    // MADV_COLLAPSE is Linux 6.1's; an older kernel says no and the pages stay small.
#ifdef MADV_COLLAPSE
    constexpr int k_madv_collapse = MADV_COLLAPSE;
#else
    constexpr int k_madv_collapse = 25; // <linux/mman.h>; Debian 12's glibc headers lack it
#endif
    constexpr std::size_t k_huge_page = std::size_t{2} << 20;
    (void)::madvise(reinterpret_cast<void*>(segment), k_huge_page, k_madv_collapse);
    mi_free(probe);
#endif
}

#ifdef FOLLOWUP_MIMALLOC
namespace {

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
