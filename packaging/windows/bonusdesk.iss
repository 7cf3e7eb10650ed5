; Inno Setup 6.3+ script: the BonusDesk installer for Windows (per-user, no admin rights).
;
; On Windows, `python packaging\build.py` builds dist\bonusdesk with PyInstaller, smoke-tests
; it, then runs this script when Inno Setup is installed. By hand, from the repository root:
;   iscc /DAppVersion=0.1.0 /DIconFile=build\pyinstaller\bonusdesk\icons\bonusdesk.ico packaging\windows\bonusdesk.iss
; Signing (packaging/SIGNING.md): build.py adds /DSignWith=1 and /Sbonusdesk=<signtool command>
; when credentials are present; Inno Setup then signs the installer and the uninstaller.
; Output: dist\BonusDesk-<version>-setup.exe

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z (packaging\build.py reads it from pyproject.toml)
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\bonusdesk"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\pyinstaller\bonusdesk\icons\bonusdesk.ico"
#endif
#define AppName "BonusDesk"
#define AppExe "BonusDesk.exe"

[Setup]
; The AppId identifies the installation for upgrades and uninstall: never change it.
AppId={{6596712D-11D9-4658-9977-2F2B4F4A0496}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The BonusDesk authors
VersionInfoVersion={#AppVersion}
; Per-user install into %LOCALAPPDATA%\Programs: a player needs no administrator password.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
#ifdef SignWith
SignTool=bonusdesk
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; Uninstall removes only the program folder: claim folders (Documents\BonusDesk) are the
; player's evidence and stay where they are.
