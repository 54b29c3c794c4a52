; Inno Setup 6 script of the Guichet installer for Windows.
; installer/build.py runs it after PyInstaller has built dist\guichet (ISCC /DAppVersion=x.y.z guichet.iss);
; by hand: iscc /DAppVersion=0.1.0 installer\guichet.iss. The result is dist\guichet-setup-<version>.exe.
;
; The desk's data is never installed here, so the uninstaller never removes it: the database, its backups
; and the logs live in the user's data folder (%LOCALAPPDATA%\Guichet, see desk/paths.py) and the settings
; in the registry (HKCU\Software\Guichet). Reinstalling or upgrading finds them as they were.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Guichet"
#define AppExe "guichet.exe"

[Setup]
; The AppId identifies the installation for upgrades and the uninstaller: never change it.
AppId={{6F2B3C1E-4D7A-4B8E-9C21-5A0E7F3D9B64}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Guichet
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Installs for the current user without administrator rights; an administrator may choose all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=guichet-setup-{#AppVersion}
SetupIconFile=..\resources\icons\guichet.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Upgrades close a running Guichet first (Windows Restart Manager), then start it again if it was open.
CloseApplications=yes
RestartApplications=yes

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
french.DataKept=Les données du guichet (base, sauvegardes, journaux) sont conservées dans %1.
english.DataKept=The desk's data (database, backups, logs) is kept in %1.
french.LaunchApp=Ouvrir Guichet
english.LaunchApp=Open Guichet

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the program's files wholesale, so no file of an older version lingers in the bundle.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\dist\guichet\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchApp}"; Flags: nowait postinstall skipifsilent

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  { Only the program's own files go ([Files] above); say where the desk's data stayed. }
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [ExpandConstant('{localappdata}\{#AppName}')]),
      mbInformation, MB_OK);
end;
