; Parley's Windows installer, built on Linux with NSIS (scripts/dist.sh windows):
;   makensis -DVERSION=0.1.0 -DBUILD=1 -DEXE=Parley.exe -DICON=parley.ico \
;            -DOUTFILE=Parley-0.1.0-windows-amd64-setup.exe packaging/windows/parley.nsi
;
; Decisions:
; - Per user, no administrator rights: the program goes to
;   %LOCALAPPDATA%\Programs\Parley (where Windows puts per-user programs), the
;   Start-menu entry to the user's own Start menu, and the "Installed apps" entry
;   to HKCU. Nothing is written for other accounts.
; - The vault is not the program. Uninstalling leaves it in place unless the person
;   ticks "Also delete my vault" (off by default), and the finish page says where
;   it is. The vault lives in Fyne's app storage, %APPDATA%\fyne\org.parleyapp.parley
;   (README, "Where your data lives"); a PARLEY_HOME vault elsewhere is never touched.
; - Installing over an older version replaces the program and keeps the vault.

Unicode true
SetCompressor /SOLID lzma
RequestExecutionLevel user
ManifestDPIAware true

!define APPNAME "Parley"
!define APPID "org.parleyapp.parley"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPID}"
!define VAULTDIR "$APPDATA\fyne\${APPID}"

Name "${APPNAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APPNAME}"
InstallDirRegKey HKCU "${UNINSTKEY}" "InstallLocation"
BrandingText "${APPNAME} ${VERSION}"

VIProductVersion "${VERSION}.${BUILD}"
VIAddVersionKey /LANG=1033 "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}.${BUILD}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APPNAME} installer"
VIAddVersionKey /LANG=1033 "CompanyName" "The Parley developers"
VIAddVersionKey /LANG=1033 "LegalCopyright" "The Parley developers"

!include "MUI2.nsh"

Var VaultNote ; the uninstaller's last words: where the vault is, or that it is gone

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING

!define MUI_WELCOMEPAGE_TEXT "This puts Parley on this computer for you alone: no administrator rights are needed.$\r$\n$\r$\nIf an older Parley is installed, it is replaced; your vault stays as it is."
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\Parley.exe"
!define MUI_FINISHPAGE_RUN_TEXT "Start Parley now"
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!define MUI_COMPONENTSPAGE_TEXT_TOP "Parley itself is always removed. Your vault (everything you wrote in Parley) is kept unless you tick the box below."
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES
!define MUI_FINISHPAGE_TITLE "Parley has been removed"
!define MUI_FINISHPAGE_TEXT "$VaultNote"
!insertmacro MUI_UNPAGE_FINISH

!insertmacro MUI_LANGUAGE "English"

Section "Parley" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  File "/oname=Parley.exe" "${EXE}"
  WriteUninstaller "$INSTDIR\Uninstall Parley.exe"
  CreateShortcut "$SMPROGRAMS\${APPNAME}.lnk" "$INSTDIR\Parley.exe" "" "$INSTDIR\Parley.exe" 0 \
    SW_SHOWNORMAL "" "Private checklists and negotiation notes, kept on your computer"

  WriteRegStr HKCU "${UNINSTKEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\Parley.exe,0"
  WriteRegStr HKCU "${UNINSTKEY}" "Publisher" "The Parley developers"
  WriteRegStr HKCU "${UNINSTKEY}" "URLInfoAbout" "https://parleyapp.org"
  WriteRegStr HKCU "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTKEY}" "UninstallString" '"$INSTDIR\Uninstall Parley.exe"'
  WriteRegStr HKCU "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\Uninstall Parley.exe" /S'
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoRepair" 1
  SectionGetSize ${SecMain} $0
  WriteRegDWORD HKCU "${UNINSTKEY}" "EstimatedSize" $0
SectionEnd

Section "un.Parley" UnSecMain
  SectionIn RO
  Delete "$SMPROGRAMS\${APPNAME}.lnk"
  Delete "$INSTDIR\Parley.exe"
  Delete "$INSTDIR\Uninstall Parley.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTKEY}"
  StrCpy $VaultNote "Your vault is still in ${VAULTDIR}, so installing Parley again opens it as it was.$\r$\n$\r$\nTo remove it for good, delete that folder and, in Credential Manager (Windows Credentials), the entry that starts with Parley:vault-."
SectionEnd

Section /o "un.Also delete my vault" UnSecVault
  RMDir /r "${VAULTDIR}"
  StrCpy $VaultNote "Your vault has been deleted from ${VAULTDIR}.$\r$\n$\r$\nIf Parley kept its key in Credential Manager, the entry that starts with Parley:vault- can be deleted there too (Windows Credentials)."
SectionEnd

!insertmacro MUI_UNFUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${UnSecMain} "The program, its Start-menu entry and its entry in Installed apps."
  !insertmacro MUI_DESCRIPTION_TEXT ${UnSecVault} "Deletes ${VAULTDIR}: everything you wrote in Parley. Make a backup first (Settings, Make a backup) if you may want it again."
!insertmacro MUI_UNFUNCTION_DESCRIPTION_END
