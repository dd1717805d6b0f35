// electron-builder's msiProjectCreated hook (electron-builder.yml): adds the policy folder
// %ProgramData%\CatalogueWorkbench to the MSI, with the rights the NSIS installer gives it
// (assets/installer.nsh): inherited rights removed, SYSTEM and Administrators full control, Users
// read. By default any user may create files in a new folder under ProgramData, which would let
// them write a policy. The folder stays on uninstall (it holds the administrator's policy).
'use strict';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- electron-builder loads the hook with require().
const { readFile, writeFile } = require('node:fs/promises');

/** The folder name under %ProgramData% (electron/core/policy: defaultPolicyPath). */
const POLICY_FOLDER = 'CatalogueWorkbench';
/**
 * MsiLockPermissionsEx in SDDL, by well-known SID so that it works on any Windows language:
 * owner Administrators; protected DACL (P: nothing inherited from ProgramData); SYSTEM (SY) and
 * Administrators (BA) full access (FA), Users (BU) read and execute (0x1200a9), each for the folder,
 * its subfolders and files (OICI).
 */
const POLICY_FOLDER_SDDL = 'O:BAG:SYD:PAI(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)(A;OICI;0x1200a9;;;BU)';
// A component without a file needs a fixed GUID; it must never change between releases.
const COMPONENT_GUID = '{C411EC5D-8ED8-43C1-BDDF-B5CEB45383CB}';

const FEATURE_ANCHOR = '<ComponentGroupRef Id="ProductComponents"/>';
const PRODUCT_END = '</Product>';

/** The project (.wxs text) with the policy folder added; throws when electron-builder's template no longer has the anchors. */
function addPolicyFolder(wxs) {
  if (wxs.includes('Id="PolicyFolder"')) return wxs;
  if (!wxs.includes(FEATURE_ANCHOR) || !wxs.includes(PRODUCT_END)) {
    throw new Error('msi-policy-folder: electron-builder’s MSI template changed; the policy folder cannot be added');
  }
  const folder = [
    '    <DirectoryRef Id="TARGETDIR">',
    '      <Directory Id="CommonAppDataFolder">',
    `        <Directory Id="POLICYFOLDER" Name="${POLICY_FOLDER}">`,
    `          <Component Id="PolicyFolder" Guid="${COMPONENT_GUID}" Permanent="yes">`,
    '            <CreateFolder>',
    `              <PermissionEx Sddl="${POLICY_FOLDER_SDDL}"/>`,
    '            </CreateFolder>',
    '          </Component>',
    '        </Directory>',
    '      </Directory>',
    '    </DirectoryRef>',
    '',
  ].join('\n');
  return wxs.replace(FEATURE_ANCHOR, `${FEATURE_ANCHOR}\n      <ComponentRef Id="PolicyFolder"/>`).replace(PRODUCT_END, `${folder}  ${PRODUCT_END}`);
}

async function msiProjectCreated(projectFile) {
  await writeFile(projectFile, addPolicyFolder(await readFile(projectFile, 'utf8')));
}

module.exports = msiProjectCreated;
module.exports.default = msiProjectCreated;
module.exports.addPolicyFolder = addPolicyFolder;
module.exports.POLICY_FOLDER = POLICY_FOLDER;
module.exports.POLICY_FOLDER_SDDL = POLICY_FOLDER_SDDL;
