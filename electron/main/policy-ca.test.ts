import { describe, expect, it } from 'vitest';
import { ACCEPT, parseCaBundle, policyCaVerdict, USE_CHROMIUM_RESULT, type VerifyRequest } from './policy-ca';

import { CA, LEAF, LEAF_HOST as HOST, ROGUE_LEAF, ROGUE_ROOT } from '../../tests/helpers/tls-certs';

const now = new Date('2027-01-01T00:00:00Z');
const unknownIssuer = (leaf: string, issuer?: string, hostname = HOST): VerifyRequest => ({
  hostname,
  certificate: { data: leaf, issuerCert: issuer ? { data: issuer } : undefined },
  verificationResult: 'net::ERR_CERT_AUTHORITY_INVALID',
  errorCode: -202,
});

describe('the policy CA for sync', () => {
  const cas = parseCaBundle(`${CA}\n${ROGUE_ROOT.replace(/[A-Za-z]{10}/, 'not base64!')}\n`);

  it('accepts a platform certificate the policy CA issued, when the OS store does not know it', () => {
    expect(cas).toHaveLength(1);
    expect(policyCaVerdict(unknownIssuer(LEAF), cas, now)).toBe(ACCEPT);
    // The server may send the root along: the chain still ends at the policy CA.
    expect(policyCaVerdict(unknownIssuer(LEAF, CA), cas, now)).toBe(ACCEPT);
  });

  it('leaves every other case to Chromium', () => {
    // Same issuer name, another key.
    expect(policyCaVerdict(unknownIssuer(ROGUE_LEAF), cas, now)).toBe(USE_CHROMIUM_RESULT);
    expect(policyCaVerdict(unknownIssuer(ROGUE_LEAF, ROGUE_ROOT), cas, now)).toBe(USE_CHROMIUM_RESULT);
    expect(policyCaVerdict(unknownIssuer(LEAF, undefined, 'other.county.example.gov.cn'), cas, now)).toBe(USE_CHROMIUM_RESULT);
    expect(policyCaVerdict(unknownIssuer(LEAF), cas, new Date('2130-01-01T00:00:00Z'))).toBe(USE_CHROMIUM_RESULT);
    expect(policyCaVerdict({ ...unknownIssuer(LEAF), verificationResult: 'net::ERR_CERT_DATE_INVALID', errorCode: -201 }, cas, now)).toBe(USE_CHROMIUM_RESULT);
    expect(policyCaVerdict({ ...unknownIssuer(LEAF), verificationResult: 'net::OK', errorCode: 0 }, cas, now)).toBe(USE_CHROMIUM_RESULT);
    expect(policyCaVerdict(unknownIssuer('garbage'), cas, now)).toBe(USE_CHROMIUM_RESULT);
    expect(policyCaVerdict(unknownIssuer(LEAF), [], now)).toBe(USE_CHROMIUM_RESULT);
  });
});
