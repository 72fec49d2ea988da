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
// touch of a page costs about 6 us: 80 ms of system time, more than all the parsing. In
// 2 MiB pages the same memory takes a few hundred faults. mimalloc (linked in place of
// malloc, see src/CMakeLists.txt) asks the kernel for such pages (transparent huge pages,
// via madvise) once its large_os_pages option is on; where the kernel says no, nothing
// changes but the speed. For a small file they would cost more than they save: each
// is zeroed whole on its first touch, and even a one-prospect run would fill two.
void prepare_for_load(std::size_t file_size) {
#ifdef FOLLOWUP_MIMALLOC
    constexpr std::size_t k_large_file = std::size_t{4} << 20;
    static bool prepared = false;
    if (prepared || file_size < k_large_file) {
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
    mi_free(probe);
#else
    (void)file_size;
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
