import { createTestCertificate } from './test-certificate';

/**
 * Node reads NODE_EXTRA_CA_CERTS once at process start, so the certificate must exist before
 * vitest forks its workers: a globalSetup runs in the parent first and workers inherit its env.
 * The Graph fake must speak HTTPS because the Graph client only sends tokens to https custom hosts.
 */
export default async function setup(): Promise<void> {
  const certificate = await createTestCertificate();
  process.env.NODE_EXTRA_CA_CERTS = certificate.certPath;
  process.env.OFFICE_FAKE_TLS_CERT = certificate.certPath;
  process.env.OFFICE_FAKE_TLS_KEY = certificate.keyPath;
}
