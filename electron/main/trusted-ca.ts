/**
 * The platform's certificate authority set by machine policy (`trustedCaFile`), in Chromium's
 * certificate check (Electron's `net.fetch` is what sync uses in the desktop app). Chromium's own
 * verdict stands except for one failure: an unknown authority. That one is overridden only when
 * the presented chain really leads to the policy's CA (every signature checked with Node's
 * crypto), the certificates are within their validity, and the leaf names the host. An expired,
 * revoked or misnamed certificate is never accepted.
 */
import { readFileSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import { isIP } from 'node:net';
import type { Certificate, Session } from 'electron';

/** Chromium's answers to `setCertificateVerifyProc`. */
const ACCEPT = 0;
const CHROMIUM_VERDICT = -3;

/** The presented chain, leaf first (Electron links each certificate to its issuer). */
function chainOf(certificate: Certificate): X509Certificate[] {
  const chain: X509Certificate[] = [];
  let current: Certificate | undefined = certificate;
  while (current && chain.length < 10) {
    chain.push(new X509Certificate(current.data));
    const next: Certificate | undefined = current.issuerCert;
    if (!next || next.data === current.data) break;
    current = next;
  }
  return chain;
}

function validNow(cert: X509Certificate, now: number): boolean {
  return Date.parse(cert.validFrom) <= now && now <= Date.parse(cert.validTo);
}

/**
 * True when `certificate` (as Electron presents it) chains to `caPem` for `hostname` at `now`.
 * Never throws.
 */
export function chainsToCa(certificate: Certificate, hostname: string, caPem: string, now = Date.now()): boolean {
  try {
    const ca = new X509Certificate(caPem);
    if (!ca.ca || !validNow(ca, now)) return false;
    const chain = chainOf(certificate);
    const leaf = chain[0];
    if (!leaf) return false;
    const named = isIP(hostname) !== 0 ? leaf.checkIP(hostname) !== undefined : leaf.checkHost(hostname) !== undefined;
    if (!named) return false;
    for (let i = 0; i < chain.length; i++) {
      const cert = chain[i]!;
      if (!validNow(cert, now)) return false;
      if (cert.checkIssued(ca) && cert.verify(ca.publicKey)) return true;
      const issuer = chain[i + 1];
      if (!issuer?.ca || !cert.checkIssued(issuer) || !cert.verify(issuer.publicKey)) return false;
    }
    return false;
  } catch {
    return false;
  }
}

/**
 * Installs the check on `session`. `caFile()` gives the policy's CA file ('' for none) when a
 * certificate is checked; the file is read then (and kept while its path stays the same).
 */
export function trustPolicyCa(session: Pick<Session, 'setCertificateVerifyProc'>, caFile: () => string): void {
  let cached: { file: string; pem: string | undefined } | undefined;
  const pemOf = (file: string): string | undefined => {
    if (cached?.file !== file) {
      let pem: string | undefined;
      try {
        pem = readFileSync(file, 'utf8');
      } catch {
        pem = undefined;
      }
      cached = { file, pem };
    }
    return cached.pem;
  };
  session.setCertificateVerifyProc((request, callback) => {
    const file = caFile();
    if (request.errorCode === 0 || file === '' || !/CERT_AUTHORITY_INVALID/.test(request.verificationResult)) {
      callback(CHROMIUM_VERDICT);
      return;
    }
    const pem = pemOf(file);
    callback(pem !== undefined && chainsToCa(request.certificate, request.hostname, pem) ? ACCEPT : CHROMIUM_VERDICT);
  });
}
