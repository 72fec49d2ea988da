#pragma once
// How the followup process gets its memory: in huge pages from its start (huge_pages.cpp),
// and in small pages where SmallPages says so (memory.cpp).

#include <cstddef>

namespace followup::io {

// While one lives, the calling thread's allocations come in 4 KiB pages as long as they fit in
// `bytes`; then they are made as usual. For a parser's buffers: sized for a whole piece of the
// file, but only touched in part, and in 2 MiB pages every part touched would be resident whole
// (docs/performance.md). Under 512 KiB it changes nothing: that much fits in the huge pages the
// heap already has, where it costs no fresh page.
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
