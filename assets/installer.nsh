; Included by electron-builder's NSIS installer (electron-builder.yml: nsis.include).
; The policy folder %ProgramData%\CatalogueWorkbench: ProgramData lets every user create files in
; new subfolders, so the inherited rights are removed and only SYSTEM and Administrators may write;
; users may read. The app refuses a policy file a non-administrator could have written.
!macro customInstall
  SetShellVarContext all
  CreateDirectory "$APPDATA\CatalogueWorkbench"
  nsExec::ExecToLog 'icacls "$APPDATA\CatalogueWorkbench" /inheritance:r /grant:r *S-1-5-18:(OI)(CI)F *S-1-5-32-544:(OI)(CI)F *S-1-5-32-545:(OI)(CI)RX'
  Pop $0
!macroend
