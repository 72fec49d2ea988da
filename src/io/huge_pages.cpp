// Compiled into each executable that links mimalloc (followup, bench's followup_floor),
// never into a library: see below.
//
// Loading 10,000 prospects touches about 13,000 fresh 4 KiB pages (the file, the parser's
// index, the model), and on the virtual machines followup was measured on, the first
// touch of a page costs 6-11 us: 80 ms of system time at 10k, more than all the parsing,
// and at 1,000 prospects the model's 500 pages were 5.6 ms of a 16 ms `due`. In 2 MiB
// pages the same memory takes a few faults: mimalloc (linked in place of malloc, see
// src/CMakeLists.txt) asks the kernel for such pages (transparent huge pages, via
// madvise) once its large_os_pages option is on; where the kernel says no, nothing
// changes but the speed. It is on for every run: from 20 prospects on that is as fast or
// faster (300 prospects: 11.2 to 9.6 ms), and it costs about 4 MB of memory that does
// not grow with the file (docs/performance.md, "Memory comes in huge pages"). Where
// memory must stay in small pages, io/memory.hpp's SmallPages says so.

#include <mimalloc.h>

namespace {

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
// and 1.1 ms more on a one-prospect file. Only an executable's .preinit_array is run,
// and an object in a static library is linked only when something calls into it, so
// this file is a source of each executable (tests/e2e/test_memory.py checks it works).
using StartFunction = void (*)(int, char**, char**);
[[gnu::used, gnu::section(".preinit_array")]] const StartFunction k_use_huge_pages = use_huge_pages;

} // namespace
