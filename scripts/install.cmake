# What `cmake --install` puts where (GNU layout under the prefix; the Debian
# package uses /usr, scripts/package.sh rearranges it for the Deepin/UOS
# store). The programs find nothing through these paths at run time: the
# translations and QML are compiled in, fonts are the system's.
include(GNUInstallDirs)
set(HX_APP_ID cn.huixuan.huixuan)
set(HX_PACKAGING ${PROJECT_SOURCE_DIR}/assets/packaging)

install(TARGETS huixuan huixuan-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# The example meetings and a sample roster.
install(FILES
  assets/scenarios/founding-congress.json
  assets/scenarios/founding-preparation.json
  assets/scenarios/executive-by-election.json
  assets/scenarios/executive-term.json
  DESTINATION ${CMAKE_INSTALL_DATADIR}/huixuan/scenarios)
install(FILES assets/roster-sample.csv DESTINATION ${CMAKE_INSTALL_DATADIR}/huixuan)

# Desktop integration: menu entry, file type, icons, AppStream.
set(HX_EXEC huixuan)
set(HX_ICON ${HX_APP_ID})
configure_file(${HX_PACKAGING}/${HX_APP_ID}.desktop ${CMAKE_BINARY_DIR}/packaging/${HX_APP_ID}.desktop @ONLY)
configure_file(${HX_PACKAGING}/${HX_APP_ID}.metainfo.xml.in ${CMAKE_BINARY_DIR}/packaging/${HX_APP_ID}.metainfo.xml @ONLY)
install(FILES ${CMAKE_BINARY_DIR}/packaging/${HX_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_BINARY_DIR}/packaging/${HX_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${HX_PACKAGING}/${HX_APP_ID}.mime.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME ${HX_APP_ID}.xml)
install(FILES assets/icons/huixuan.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${HX_APP_ID}.svg)
foreach(size 16 24 32 48 64 128 256 512)
  install(FILES assets/icons/png/${size}.png
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME ${HX_APP_ID}.png)
endforeach()

# Manual pages.
install(FILES docs/man/huixuan.1 docs/man/huixuan-cli.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
