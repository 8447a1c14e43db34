# SPDX-License-Identifier: GPL-3.0-or-later
# Linux: desktop integration files and the .deb / .tar.gz generators. Included by
# packaging/Packaging.cmake. Layout (DEB prefix /usr; the .tar.gz holds the same tree relative):
#   bin/privatesnn, bin/privatesnn-report (the report writer privatesnn runs), bin/privatesnn-lab
#   share/privatesnn/models/*.psnn                 (top CMakeLists.txt; found by core's findBundled)
#   share/applications/privatesnn-lab.desktop
#   share/metainfo/<app id>.metainfo.xml
#   share/mime/packages/privatesnn-lab.xml         (application/x-privatesnn-archive, *.psnn)
#   share/icons/hicolor/{scalable,NxN}/apps/privatesnn-lab.{svg,png}
#   share/doc/privatesnn-lab/copyright

set(_psnn_linux "${CMAKE_CURRENT_LIST_DIR}")
set(_psnn_icons "${PROJECT_SOURCE_DIR}/resources/icons")

if(PRIVATESNN_BUILD_GUI)
  install(FILES "${_psnn_linux}/privatesnn-lab.desktop" DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES "${_psnn_linux}/${PRIVATESNN_APP_ID}.metainfo.xml" DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  install(FILES "${_psnn_icons}/privatesnn-lab.svg" DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
  foreach(size IN ITEMS 16 24 32 48 64 128 256 512)
    install(FILES "${_psnn_icons}/hicolor/${size}x${size}/privatesnn-lab.png"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
  endforeach()
endif()
install(FILES "${_psnn_linux}/privatesnn-lab-mime.xml" DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
        RENAME privatesnn-lab.xml)
install(FILES "${_psnn_linux}/copyright" DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/privatesnn-lab)

set(CPACK_GENERATOR "DEB;TGZ")

# .deb. No postinst is needed: shared-mime-info, desktop-file-utils and hicolor-icon-theme update
# their caches through dpkg file triggers when files land in their folders.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # privatesnn-lab_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_NAME "privatesnn-lab")
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# CPack puts CPACK_PACKAGE_DESCRIPTION_SUMMARY on the first (synopsis) line, this below it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "PrivateSNN Lab converts a trained neural network into a spiking neural network
without its training data, encrypts the weights in time, and measures how much
of the training classes the spiking network leaks to model-inversion attacks.
.
This package holds the desktop lab (privatesnn-lab), the command-line tool
(privatesnn, with its report writer privatesnn-report) and the bundled demo
teacher and judge models.")
# Depends: computed by dpkg-shlibdeps from the packaged binaries (each linked library's package and
# minimum version), so it follows the libraries on any Debian release and cannot drift from the
# code; a hand-written list lacked libssl3 for a while. What dpkg-shlibdeps cannot see would go in
# CPACK_DEBIAN_PACKAGE_DEPENDS; today that is nothing: the Qt plugins the programs load at run time
# (platforms, image formats) ship in libqt6gui6, which the QtGui link already brings in.
# packaging/linux/check-deb.sh (run by scripts/run-tests.sh) checks the built package.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "")
# The real data set of the demo (`privatesnn run`, fashion-mnist:... data specs), the Wayland
# platform plugin and the CJK glyphs of the Korean and Chinese translations are optional.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "dataset-fashion-mnist, qt6-wayland, fonts-noto-cjk")
