import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Whether the machine policy could only have been written by an administrator: a policy a user
 * could write would let that user unlock what the administrator locked. `null` when it is
 * trusted, else the exact reason (shown in POLICY_INVALID). Injectable parts keep it testable on
 * any OS.
 */
export type PolicyTrustCheck = (path: string) => string | null;

export interface PosixStat {
  uid: number;
  mode: number;
}

/** POSIX: the file and its folder owned by root and not writable by group or others. */
export function posixPolicyTrust(stat: (path: string) => PosixStat = (p) => statSync(p)): PolicyTrustCheck {
  return (path) => {
    for (const [what, p] of [['file', path], ['folder', dirname(path)]] as const) {
      let s: PosixStat;
      try {
        s = stat(p);
      } catch (err) {
        return `the policy ${what} ${p} cannot be checked: ${(err as Error).message}`;
      }
      if (s.uid !== 0) return `the policy ${what} ${p} is owned by user ${s.uid}, not root`;
      if (s.mode & 0o022) return `the policy ${what} ${p} is writable by group or others (mode ${(s.mode & 0o777).toString(8).padStart(3, '0')})`;
    }
    return null;
  };
}

/** SIDs that may own or write the policy: SYSTEM, Administrators, TrustedInstaller. */
const ADMIN_SIDS = new Set(['S-1-5-18', 'S-1-5-32-544', 'S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464']);
/** Rights (FileSystemRights names) that let the holder change the file or its permissions. */
const WRITE_RIGHTS = /FullControl|Modify|Write|AppendData|CreateFiles|ChangePermissions|TakeOwnership|Delete\b|^\d+$/;

export interface WindowsAcl {
  ownerSid: string;
  /** Allow entries: the trustee's SID and the FileSystemRights text. */
  allow: { sid: string; rights: string }[];
}

/**
 * Windows: the file's owner and every Allow entry that grants a write right belong to SYSTEM,
 * Administrators or TrustedInstaller. `readAcl` is injectable; the default asks PowerShell's
 * Get-Acl for SIDs (language-independent, unlike icacls' account names).
 */
export function windowsPolicyTrust(readAcl: (path: string) => WindowsAcl = powershellAcl): PolicyTrustCheck {
  return (path) => {
    let acl: WindowsAcl;
    try {
      acl = readAcl(path);
    } catch (err) {
      return `the permissions of ${path} cannot be read: ${(err as Error).message.slice(0, 200)}`;
    }
    if (!ADMIN_SIDS.has(acl.ownerSid)) return `the policy file ${path} is owned by ${acl.ownerSid}, not an administrator`;
    const writer = acl.allow.find((a) => !ADMIN_SIDS.has(a.sid) && a.rights.split(',').some((r) => WRITE_RIGHTS.test(r.trim())));
    if (writer) return `the policy file ${path} can be changed by ${writer.sid} (${writer.rights})`;
    return null;
  };
}

function powershellAcl(path: string): WindowsAcl {
  const script = [
    '$a = Get-Acl -LiteralPath $env:CW_POLICY_PATH',
    "$sid = { param($n) (New-Object System.Security.Principal.NTAccount($n)).Translate([System.Security.Principal.SecurityIdentifier]).Value }",
    "$o = & $sid $a.Owner",
    "$e = @($a.Access | Where-Object { $_.AccessControlType -eq 'Allow' } | ForEach-Object { @{ sid = $_.IdentityReference.Translate([System.Security.Principal.SecurityIdentifier]).Value; rights = $_.FileSystemRights.ToString() } })",
    '@{ ownerSid = $o; allow = $e } | ConvertTo-Json -Compress -Depth 3',
  ].join('; ');
  const out = execFileSync('powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', script], {
    env: { ...process.env, CW_POLICY_PATH: path },
    encoding: 'utf8',
    timeout: 15_000,
    windowsHide: true,
  });
  const parsed = JSON.parse(out) as { ownerSid: string; allow: WindowsAcl['allow'] | WindowsAcl['allow'][number] | null };
  return { ownerSid: parsed.ownerSid, allow: Array.isArray(parsed.allow) ? parsed.allow : parsed.allow ? [parsed.allow] : [] };
}

/** The check for this OS. */
export function systemPolicyTrust(platform: NodeJS.Platform = process.platform): PolicyTrustCheck {
  return platform === 'win32' ? windowsPolicyTrust() : posixPolicyTrust();
}
