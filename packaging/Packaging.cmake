# Desktop integration and installers. One version number: project(VERSION) in the top-level
# CMakeLists.txt, shown in About and `mwb --version` and used for every package.
#   Linux:   cpack -G DEB   (a .deb with the desktop file, AppStream metainfo, MIME type and icons)
#   Windows: cpack -G NSIS  after windeployqt (see README)
#   macOS:   cpack -G DragNDrop after macdeployqt (see README)
include(GNUInstallDirs)
set(MWB_APP_ID "org.marketingworkbench.MarketingWorkbench")

if(MWB_BUILD_GUI AND UNIX AND NOT APPLE)
    set(linux "${PROJECT_SOURCE_DIR}/packaging/linux")
    install(FILES "${linux}/${MWB_APP_ID}.desktop" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    configure_file("${linux}/${MWB_APP_ID}.metainfo.xml" "${PROJECT_BINARY_DIR}/${MWB_APP_ID}.metainfo.xml" @ONLY)
    install(FILES "${PROJECT_BINARY_DIR}/${MWB_APP_ID}.metainfo.xml" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    install(FILES "${linux}/marketing-workbench-mime.xml" DESTINATION "${CMAKE_INSTALL_DATADIR}/mime/packages"
            RENAME "${MWB_APP_ID}.xml")
    set(icon "${PROJECT_SOURCE_DIR}/resources/icons/marketing-workbench.svg")
    install(FILES "${icon}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps" RENAME "${MWB_APP_ID}.svg")

    # The PNG sizes, drawn from the SVG at build time.
    add_executable(mwb_icon_render packaging/IconRender.cpp)
    target_link_libraries(mwb_icon_render PRIVATE Qt6::Gui Qt6::Svg mwb_build_flags)
    set(pngs)
    foreach(size 16 24 32 48 64 128 256 512)
        set(png "${PROJECT_BINARY_DIR}/icons/${size}/${MWB_APP_ID}.png")
        add_custom_command(OUTPUT "${png}"
            COMMAND ${CMAKE_COMMAND} -E make_directory "${PROJECT_BINARY_DIR}/icons/${size}"
            COMMAND mwb_icon_render "${icon}" "${png}" ${size}
            DEPENDS mwb_icon_render "${icon}"
            COMMENT "Icon ${size}x${size}")
        list(APPEND pngs "${png}")
        install(FILES "${png}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
    endforeach()
    add_custom_target(mwb_icons ALL DEPENDS ${pngs})
endif()

set(CPACK_PACKAGE_NAME "marketing-workbench")
set(CPACK_PACKAGE_VENDOR "Marketing Workbench")
set(CPACK_PACKAGE_CONTACT "Marketing Workbench <support@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Marketing Workbench")
set(CPACK_PACKAGE_EXECUTABLES "marketing-workbench" "Marketing Workbench")
set(CPACK_STRIP_FILES ON)

# Debian: dependencies from the binaries' shared libraries (dpkg-shlibdeps).
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6, fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Offline workbench for marketing and CRM analysts\n Imports CRM, shop and marketing exports, follows customers through the 5A\n lifecycle, builds segments, and measures campaigns against a control group.")

# Windows (NSIS): run windeployqt on the installed binaries first (README).
set(CPACK_NSIS_DISPLAY_NAME "Marketing Workbench")
set(CPACK_NSIS_PACKAGE_NAME "Marketing Workbench ${PROJECT_VERSION}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\marketing-workbench.exe")
set(CPACK_NSIS_CREATE_ICONS_EXTRA
    "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Marketing Workbench.lnk' '$INSTDIR\\\\bin\\\\marketing-workbench.exe'")
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS
    "WriteRegStr HKCR '.mwb' '' 'MarketingWorkbench.Workspace'\nWriteRegStr HKCR 'MarketingWorkbench.Workspace\\\\shell\\\\open\\\\command' '' '\\\"$INSTDIR\\\\bin\\\\marketing-workbench.exe\\\" \\\"%1\\\"'")

# macOS (DragNDrop): the app bundle after macdeployqt (README).
set(CPACK_DMG_VOLUME_NAME "Marketing Workbench")

if(WIN32)
    set(CPACK_GENERATOR "NSIS")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB")
endif()
include(CPack)
