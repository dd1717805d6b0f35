// electron-builder's custom Windows sign hook (electron-builder.yml: win.signtoolOptions.sign).
// signtool picks the certificate by thumbprint from the Windows certificate store, so a key on a
// hardware token (USB key, HSM with a CSP/KSP) works without exporting a .pfx. Settings come from
// the environment only:
//   CW_SIGN_SHA1      thumbprint of the code-signing certificate; unset = leave files unsigned
//   CW_TIMESTAMP_URL  RFC 3161 timestamp server (the build network's own where there is no internet);
//                     unset = no timestamp (the signature then expires with the certificate)
//   CW_SIGNTOOL       path of signtool.exe (default: signtool on PATH)
'use strict';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- electron-builder loads the hook with require().
const { execFileSync } = require('node:child_process');

/** The signtool arguments for one file (exported for the test). */
function signtoolArgs(file, hash, env) {
  const args = ['sign', '/sha1', env.CW_SIGN_SHA1, '/fd', hash === 'sha1' ? 'sha1' : 'sha256'];
  if (env.CW_TIMESTAMP_URL) args.push('/tr', env.CW_TIMESTAMP_URL, '/td', hash === 'sha1' ? 'sha1' : 'sha256');
  // A second (nested) signature is appended, not replacing the first.
  return [...args, file];
}

/**
 * One file: `configuration` is electron-builder's ({ path, hash, isNest }), `publisherName` the
 * configured win.signtoolOptions.publisherName; env and run are for the test.
 */
async function signWith(configuration, env, run, publisherName) {
  if (!env.CW_SIGN_SHA1) {
    console.warn(`  • not signed (CW_SIGN_SHA1 unset): ${configuration.path}`);
    return;
  }
  if (!/^[0-9a-fA-F]{40}$/.test(env.CW_SIGN_SHA1)) throw new Error('CW_SIGN_SHA1 must be the 40-hex-digit certificate thumbprint');
  // electron-updater checks an update's signature against the publisher written into
  // app-update.yml; with the certificate on a token electron-builder cannot read it from a file.
  if (!publisherName) throw new Error('set win.signtoolOptions.publisherName to the certificate subject CN (-c.win.signtoolOptions.publisherName="…") so that updates verify the signature');
  const args = signtoolArgs(configuration.path, configuration.hash, env);
  if (configuration.isNest) args.splice(1, 0, '/as');
  run(env.CW_SIGNTOOL || 'signtool', args, { stdio: 'inherit' });
}

// electron-builder calls it as (configuration, packager).
async function sign(configuration, packager) {
  const options = packager && packager.platformSpecificBuildOptions && packager.platformSpecificBuildOptions.signtoolOptions;
  await signWith(configuration, process.env, execFileSync, options && options.publisherName);
}

module.exports = sign;
module.exports.default = sign;
module.exports.signWith = signWith;
module.exports.signtoolArgs = signtoolArgs;
