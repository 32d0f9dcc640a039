/**
 * The policy CA in Chromium's certificate check, with real certificates (openssl) and Electron's
 * session mocked: only an unknown-authority failure is overridden, and only for a chain that
 * really leads to the CA and names the host.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Certificate } from 'electron';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestCa } from '../../test/support/test-ca.js';
import type { TestCa } from '../../test/support/test-ca.js';
import { chainsToCa, trustPolicyCa } from './trusted-ca.js';

let dir: string;
let ca: TestCa;
let other: TestCa;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ostal-trusted-ca-'));
  for (const name of ['region', 'other']) mkdirSync(path.join(dir, name));
  ca = makeTestCa(path.join(dir, 'region'));
  other = makeTestCa(path.join(dir, 'other'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A certificate as Electron presents it (leaf only, as a server that does not send its chain). */
const presented = (pem: string): Certificate => ({ data: pem }) as Certificate;

type Proc = (request: { hostname: string; certificate: Certificate; verificationResult: string; errorCode: number }, callback: (result: number) => void) => void;

function install(file: () => string): Proc {
  let proc: Proc | undefined;
  trustPolicyCa({ setCertificateVerifyProc: (p: unknown) => (proc = p as Proc) }, file);
  return proc!;
}

function verdict(proc: Proc, request: Parameters<Proc>[0]): number {
  let result = NaN;
  proc(request, (r) => (result = r));
  return result;
}

describe('trusted CA by policy in Electron', () => {
  it('a certificate from the CA for the right host chains to it; another CA’s or another host does not', () => {
    const leaf = readFileSync(ca.certFile, 'utf8');
    const caPem = readFileSync(ca.caFile, 'utf8');
    expect(chainsToCa(presented(leaf), '127.0.0.1', caPem)).toBe(true);
    expect(chainsToCa(presented(leaf), '127.0.0.2', caPem)).toBe(false);
    expect(chainsToCa(presented(leaf), 'exo.region.fr', caPem)).toBe(false);
    expect(chainsToCa(presented(readFileSync(other.certFile, 'utf8')), '127.0.0.1', caPem)).toBe(false);
    // After its validity (the test certificates last two days).
    expect(chainsToCa(presented(leaf), '127.0.0.1', caPem, Date.now() + 5 * 86_400_000)).toBe(false);
    expect(chainsToCa(presented('not a certificate'), '127.0.0.1', caPem)).toBe(false);
    // The server's own certificate is no CA.
    expect(chainsToCa(presented(leaf), '127.0.0.1', leaf)).toBe(false);
  });

  it('overrides only an unknown-authority failure, only with the policy’s CA', () => {
    const leaf = presented(readFileSync(ca.certFile, 'utf8'));
    let file = ca.caFile;
    const proc = install(() => file);
    const unknown = { hostname: '127.0.0.1', certificate: leaf, verificationResult: 'net::ERR_CERT_AUTHORITY_INVALID', errorCode: -202 };
    expect(verdict(proc, unknown)).toBe(0);
    // Chromium's verdict stands for everything else.
    expect(verdict(proc, { ...unknown, verificationResult: 'net::OK', errorCode: 0 })).toBe(-3);
    expect(verdict(proc, { ...unknown, verificationResult: 'net::ERR_CERT_DATE_INVALID', errorCode: -201 })).toBe(-3);
    expect(verdict(proc, { ...unknown, verificationResult: 'net::ERR_CERT_COMMON_NAME_INVALID', errorCode: -200 })).toBe(-3);
    expect(verdict(proc, { ...unknown, hostname: 'evil.example' })).toBe(-3);
    // No policy, or a CA file that does not exist: nothing is overridden.
    file = '';
    expect(verdict(proc, unknown)).toBe(-3);
    file = path.join(dir, 'absent.pem');
    expect(verdict(proc, unknown)).toBe(-3);
    file = other.caFile;
    expect(verdict(proc, unknown)).toBe(-3);
  });
});
