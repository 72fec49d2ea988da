#include "io/memory.hpp"

#ifdef FOLLOWUP_MIMALLOC
#include <cstddef>
#include <cstdint>
#include <mimalloc.h>
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

} // namespace followup::io
