import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Whether the openssl CLI is here to make a test certificate. */
export function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * A throwaway self-signed certificate for `hosts` (DNS names or IPs), generated at test time so
 * no private key is ever committed. Returns PEM strings; the temporary files are removed.
 */
export function makeSelfSignedCert(hosts: readonly string[] = ['localhost', '127.0.0.1']): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'aisa-fake-tls-'));
  try {
    const san = hosts.map((h) => (/^[\d.]+$|:/.test(h) ? `IP:${h}` : `DNS:${h}`)).join(',');
    const keyPath = join(dir, 'key.pem');
    const certPath = join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2', '-subj', `/CN=${hosts[0] ?? 'localhost'}`,
        '-addext', `subjectAltName=${san}`, '-keyout', keyPath, '-out', certPath],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(keyPath, 'utf8'), cert: readFileSync(certPath, 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
