import { X509Certificate } from 'node:crypto';

/**
 * The policy's private CA for sync through Chromium's network stack. Chromium checks the platform's
 * certificate against the OS trust store; when that fails only because the issuer is unknown,
 * the chain the server sent is checked against the policy's CA here: every link signed by the
 * next, each certificate within its dates, the leaf for the host, and the last one issued by a
 * policy CA. Any other failure (expired, wrong host, revoked) stays Chromium's verdict.
 */

/** What this needs of Electron's `CertificateVerifyProcRequest`. */
export interface VerifyRequest {
  hostname: string;
  certificate: PresentedCertificate;
  verificationResult: string;
  errorCode: number;
}
interface PresentedCertificate {
  data: string;
  issuerCert?: PresentedCertificate | null;
}

/** `setCertificateVerifyProc` results: accept, or keep Chromium's own verification. */
export const ACCEPT = 0;
export const USE_CHROMIUM_RESULT = -3;
const ERR_CERT_AUTHORITY_INVALID = -202;

/** The certificates of a PEM bundle; unparsable blocks are skipped (the policy loader checked it holds one). */
export function parseCaBundle(pem: string): X509Certificate[] {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  return blocks.flatMap((block) => {
    try {
      return [new X509Certificate(block)];
    } catch {
      return [];
    }
  });
}

export function policyCaVerdict(request: VerifyRequest, cas: readonly X509Certificate[], now: Date): number {
  if (cas.length === 0 || request.errorCode !== ERR_CERT_AUTHORITY_INVALID) return USE_CHROMIUM_RESULT;
  const chain: X509Certificate[] = [];
  try {
    for (let c: PresentedCertificate | null | undefined = request.certificate; c && chain.length < 10; c = c.issuerCert) chain.push(new X509Certificate(c.data));
  } catch {
    return USE_CHROMIUM_RESULT;
  }
  const leaf = chain[0];
  if (!leaf || !matchesHost(leaf, request.hostname)) return USE_CHROMIUM_RESULT;
  const current = (c: X509Certificate) => new Date(c.validFrom) <= now && now <= new Date(c.validTo);
  for (let i = 0; i < chain.length; i++) {
    const cert = chain[i]!;
    if (!current(cert)) return USE_CHROMIUM_RESULT;
    if (cas.some((ca) => current(ca) && ca.ca && cert.checkIssued(ca) && cert.verify(ca.publicKey))) return ACCEPT;
    const issuer = chain[i + 1];
    if (!issuer || !issuer.ca || !cert.checkIssued(issuer) || !cert.verify(issuer.publicKey)) return USE_CHROMIUM_RESULT;
  }
  return USE_CHROMIUM_RESULT;
}

function matchesHost(leaf: X509Certificate, hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '');
  return /^[\d.]+$|:/.test(host) ? leaf.checkIP(host) !== undefined : leaf.checkHost(host) !== undefined;
}
