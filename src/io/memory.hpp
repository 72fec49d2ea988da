#pragma once
// How the followup process gets its memory. See memory.cpp.

#include <cstddef>

namespace followup::io {

// Memory comes in 2 MiB pages from the start of the process, where the build and the
// system allow it (huge_pages.cpp).
//
// While one lives, the calling thread's allocations come in 4 KiB pages as long as they fit in
// `bytes`; then they are made as usual. For a parser's buffers: sized for a whole piece of the
// file, but only touched in part, and in 2 MiB pages every part touched would be resident whole
// (docs/performance.md).
class SmallPages {
  public:
    explicit SmallPages(std::size_t bytes);
    ~SmallPages();
    SmallPages(const SmallPages&) = delete;
    SmallPages& operator=(const SmallPages&) = delete;

  private:
    // Unused where the build has no mimalloc (sanitizer and fuzz builds).
    [[maybe_unused]] void* previous_heap_ = nullptr;
};

} // namespace followup::io
