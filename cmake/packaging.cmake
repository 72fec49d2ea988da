# Installing and packaging: `cmake --install` puts the binary, the man page and the shell
# completions in the usual places under the prefix; `cpack -G DEB` (in the build folder)
# makes followup_VERSION_ARCH.deb. tests/package/test_package.py builds and checks it.
include(GNUInstallDirs)

# The completion scripts are written by the binary just built (`followup completion
# SHELL`), so they always know every command and option it has.
set(completion_dir ${CMAKE_BINARY_DIR}/completions)
set(completion_files
  ${completion_dir}/followup ${completion_dir}/_followup ${completion_dir}/followup.fish)
add_custom_command(
  OUTPUT ${completion_files}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${completion_dir}
  COMMAND sh -c "\"$1\" completion bash > \"$2\"" sh $<TARGET_FILE:followup>
          ${completion_dir}/followup
  COMMAND sh -c "\"$1\" completion zsh > \"$2\"" sh $<TARGET_FILE:followup>
          ${completion_dir}/_followup
  COMMAND sh -c "\"$1\" completion fish > \"$2\"" sh $<TARGET_FILE:followup>
          ${completion_dir}/followup.fish
  DEPENDS followup
  COMMENT "Writing the bash, zsh and fish completions"
  VERBATIM)

# The man page, compressed as Debian ships man pages (-n: no time stamp, so the package
# is the same on every build).
set(man_page ${CMAKE_BINARY_DIR}/man/followup.1.gz)
add_custom_command(
  OUTPUT ${man_page}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/man
  COMMAND sh -c "gzip -9n < \"$1\" > \"$2\"" sh ${PROJECT_SOURCE_DIR}/docs/followup.1
          ${man_page}
  DEPENDS ${PROJECT_SOURCE_DIR}/docs/followup.1
  COMMENT "Compressing the man page"
  VERBATIM)

add_custom_target(followup_install_files ALL DEPENDS ${completion_files} ${man_page})

install(FILES ${man_page} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${completion_dir}/followup
  DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
install(FILES ${completion_dir}/_followup
  DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES ${completion_dir}/followup.fish
  DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE
  DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME copyright)
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/docs/manual.md
  ${PROJECT_SOURCE_DIR}/docs/cadence.md ${PROJECT_SOURCE_DIR}/docs/cron.md
  ${PROJECT_SOURCE_DIR}/docs/file-format.md ${PROJECT_SOURCE_DIR}/docs/stats.md
  DESTINATION ${CMAKE_INSTALL_DOCDIR})

# The Debian package. Its dependencies (libc6, libstdc++6, libfmt9, libsimdjson14...) are
# read off the binary by dpkg-shlibdeps (package dpkg-dev), so they match what it links.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME followup)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(FOLLOWUP_PACKAGE_MAINTAINER "followup maintainers <maintainers@followup.invalid>"
  CACHE STRING "The Maintainer field of the Debian package")
set(CPACK_PACKAGE_CONTACT "${FOLLOWUP_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
  "command-line follow-up tracker for people who sell")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
  "command-line follow-up tracker for people who sell
 followup keeps a sales pipeline (prospects and every call, email and meeting)
 in one JSON file and says every morning who to follow up with, on which
 channel, and who is being abandoned before the fifth touch. It prints tables,
 CSV, TSV and JSON, mails a daily digest from cron, imports CRM exports and
 exports calendars.")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # followup_0.1.0_amd64.deb
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
include(CPack)
