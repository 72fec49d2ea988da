#include "io/memory.hpp"

#ifdef FOLLOWUP_MIMALLOC
#include <cstddef>
#include <mimalloc.h>
#include <optional>
#endif

namespace followup::io {

#ifdef FOLLOWUP_MIMALLOC
namespace {

// Address space only, committed as used: mimalloc takes a 32 MiB segment from it for each
// thread that allocates there. Two threads' parsers for 256 KiB pieces need 3 MiB.
constexpr std::size_t k_small_pages_arena = std::size_t{128} << 20;
constexpr std::size_t k_small_pages_most = std::size_t{16} << 20;
// Less than this fits in the huge pages the heap already has (a parser for 64 KiB pieces,
// io/store_format.hpp), so small pages would only add fresh pages to fault in.
constexpr std::size_t k_small_pages_least = std::size_t{512} << 10;

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
    if (bytes < k_small_pages_least || bytes > k_small_pages_most) {
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
