# SPDX-License-Identifier: GPL-3.0-or-later
# Linux: desktop integration files and the .deb / .tar.gz generators. Included by
# packaging/Packaging.cmake. Layout (DEB prefix /usr; the .tar.gz holds the same tree relative):
#   bin/privatesnn, bin/privatesnn-lab
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
(privatesnn) and the bundled demo teacher and judge models.")
# The Debian 12 runtime packages of the libraries the two programs link (objdump -p NEEDED,
# mapped with dpkg -S; versions as dpkg-shlibdeps computes them). packaging/linux/test-deb.sh
# re-runs dpkg-shlibdeps on the built binaries and fails if this list misses one.
set(PRIVATESNN_DEB_DEPENDS
  "libc6 (>= 2.34)"
  "libgcc-s1 (>= 3.0)"
  "libstdc++6 (>= 11)"
  "zlib1g (>= 1:1.2.6)"
  "libtorch1.13 (>= 1.13.1+dfsg)"
  "libhdf5-103-1 (>= 1.10.0)"
  "libopencv-core406 (>= 4.6.0+dfsg)"
  "libopencv-imgproc406 (>= 4.6.0+dfsg)"
  "libopencv-imgcodecs406 (>= 4.6.0+dfsg)"
  "libqt6core6 (>= 6.4.0)"
  "libqt6gui6 (>= 6.1.2)"
  "libqt6widgets6 (>= 6.3.0)"
  "libqt6svg6 (>= 6.2.0)"
  "libqcustomplot2.1-qt6 (>= 2.1.0+dfsg1)"
)
list(JOIN PRIVATESNN_DEB_DEPENDS ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
# On another Debian release or on Ubuntu the sonames differ (libtorch, OpenCV): configure with
# -DPRIVATESNN_DEB_SHLIBDEPS=ON to let dpkg-shlibdeps compute Depends instead of the list above.
option(PRIVATESNN_DEB_SHLIBDEPS "Compute the .deb's Depends with dpkg-shlibdeps instead of the Debian 12 list" OFF)
if(PRIVATESNN_DEB_SHLIBDEPS)
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "")
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
endif()
# The real data set of the demo (`privatesnn run`, fashion-mnist:... data specs) and the Wayland
# platform plugin are optional.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "dataset-fashion-mnist, qt6-wayland")
