"""How the followup process gets its memory (src/io/huge_pages.cpp): where the build links
mimalloc, its huge pages are asked for before the first allocation, that is before
mimalloc reads its options, from the executable's .preinit_array. MIMALLOC_VERBOSE=1 makes
mimalloc print each option as it starts. A build without mimalloc (the sanitizer preset,
which CI runs) prints none, and the test is skipped there; the dev preset runs it.

Usage: test_memory.py --followup PATH [unittest options]"""

import e2e_support
from e2e_support import FollowupTestCase, mimalloc_options, scrubbed_env


class Memory(FollowupTestCase):
    def test_huge_pages_from_the_start(self):
        for args in (("due",), ("--version",)):
            done = self.run_followup(*args, env=scrubbed_env(self.folder, MIMALLOC_VERBOSE="1"))
            options = mimalloc_options(done.stderr)
            if not options:
                self.skipTest("built without mimalloc")
            self.assertEqual(options.get("large_os_pages"), "1", args)
            self.assertEqual(options.get("eager_commit_delay"), "0", args)

    def test_the_output_is_the_same_with_mimalloc_talking(self):
        # The options go to stderr only: stdout, which scripts read, is unchanged.
        quiet = self.run_followup("due", "--format", "csv")
        verbose = self.run_followup("due", "--format", "csv",
                                    env=scrubbed_env(self.folder, MIMALLOC_VERBOSE="1"))
        self.assertEqual(verbose.stdout, quiet.stdout)


if __name__ == "__main__":
    e2e_support.main()
