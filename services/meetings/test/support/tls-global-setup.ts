import { createTestCertificate } from '@bookings/office/testing';

/**
 * The Graph fake speaks HTTPS with a throwaway certificate. Node reads NODE_EXTRA_CA_CERTS once at start,
 * so it is set here, before vitest forks the workers that inherit it.
 */
export default async function setup(): Promise<void> {
  const certificate = await createTestCertificate();
  process.env.NODE_EXTRA_CA_CERTS = certificate.certPath;
  process.env.OFFICE_FAKE_TLS_CERT = certificate.certPath;
  process.env.OFFICE_FAKE_TLS_KEY = certificate.keyPath;
}
