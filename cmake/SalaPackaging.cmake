# Installing Sala on Linux and packaging it as a Debian package (cpack -G DEB); see
# docs/packaging.md. The executables install themselves (src/app, src/cli); this adds the desktop
# entry, the icons, the AppStream metadata and the documentation.

include(GNUInstallDirs)

set(SALA_APP_ID "org.sala.Sala")
set(SALA_PACKAGE_MAINTAINER "The Sala developers <maintainers@sala.example.org>"
    CACHE STRING "The Maintainer field of the Debian package: a name and an address that reaches them")

# The hicolor theme's PNG sizes, rendered from the one SVG at build time.
find_package(Qt6 6.4 REQUIRED COMPONENTS Svg)
add_executable(sala_svgtopng ${PROJECT_SOURCE_DIR}/cmake/tools/svgtopng.cpp)
target_link_libraries(sala_svgtopng PRIVATE Qt6::Gui Qt6::Svg sala_policy)

set(SALA_ICON_SIZES 16 22 24 32 48 64 128 256 512)
set(sala_icon_dir ${CMAKE_CURRENT_BINARY_DIR}/icons/hicolor)
set(sala_icon_pngs)
foreach(size IN LISTS SALA_ICON_SIZES)
    list(APPEND sala_icon_pngs ${sala_icon_dir}/${size}x${size}/apps/${SALA_APP_ID}.png)
endforeach()
add_custom_command(OUTPUT ${sala_icon_pngs}
    COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
            $<TARGET_FILE:sala_svgtopng> ${PROJECT_SOURCE_DIR}/resources/icons/sala.svg ${sala_icon_dir} ${SALA_APP_ID}
            ${SALA_ICON_SIZES}
    DEPENDS sala_svgtopng ${PROJECT_SOURCE_DIR}/resources/icons/sala.svg
    COMMENT "Rendering the application icon in ${SALA_ICON_SIZES} pixels"
    VERBATIM)
add_custom_target(sala_hicolor_icons ALL DEPENDS ${sala_icon_pngs})

install(DIRECTORY ${sala_icon_dir}/ DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/sala.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${SALA_APP_ID}.svg)
install(FILES ${PROJECT_SOURCE_DIR}/resources/linux/${SALA_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/linux/${SALA_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# The guides travel with the program; translations are compiled into it (Qt resources under
# :/i18n), so there are no .qm files to install.
set(sala_doc_dir ${CMAKE_INSTALL_DATADIR}/doc/sala)
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/LICENSE
        ${PROJECT_SOURCE_DIR}/resources/linux/copyright
        DESTINATION ${sala_doc_dir})
file(GLOB sala_docs CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/docs/*.md ${PROJECT_SOURCE_DIR}/docs/*.json)
install(FILES ${sala_docs} DESTINATION ${sala_doc_dir}/docs)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/screenshots DESTINATION ${sala_doc_dir}/docs FILES_MATCHING PATTERN "*.png")

# Debian package: sala_VERSION-1_ARCH.deb
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "sala")
set(CPACK_PACKAGE_VENDOR "The Sala developers")
set(CPACK_PACKAGE_CONTACT "${SALA_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "facilitator console for live online workshops")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${SALA_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "education")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# The first line of the Description field is CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the rest.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Sala helps trainers who run activity-based learning sessions for small
businesses over Zoom, Microsoft Teams or Google Meet. It prepares a session
plan offline (method library, templates, plan checks, printable run sheets),
runs it live (a large countdown, a presenter timer to share into the call,
keyboard check-in, breakout rooms in which nobody meets twice) and reports
attendance and timing to the people who fund the training.

Everything stays in one SQLite file on the trainer's laptop; Sala makes no
network connections. Names are stored exactly as written, and consent,
retention and erasure support the personal data laws of the Philippines,
Thailand, Malaysia and Laos. The interface is in English, Khmer, Lao, Thai,
Malay and Filipino. The package holds the desktop application (sala) and a
command-line tool on the same database (sala-cli).")
# Libraries come from dpkg-shlibdeps; Qt's plugins (SQLite driver, SVG icons) and the fonts for
# Khmer, Lao and Thai are loaded at run time, so they are named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-noto-core, libqt6sql6-sqlite, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
