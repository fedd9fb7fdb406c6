import { describe, expect, it } from 'vitest';
import { welcomeMessage } from './welcome';

const demo = {
  owner: { email: 'demo@bookings.local' },
  accessToken: 'eyJhbGciOiJIUzI1NiJ9.secret-token',
  links: [{ title: 'Intro call', url: 'http://localhost:3000/public/bookings/abc' }],
} as Parameters<typeof welcomeMessage>[1];

describe('the welcome printed after seeding the demo', () => {
  it('gives a working token to try the API in development', () => {
    const message = welcomeMessage({ env: 'development', publicBaseUrl: 'http://localhost:3000' }, demo);
    expect(message).toContain('Sign-in token:    eyJhbGciOiJIUzI1NiJ9.secret-token');
    expect(message).toContain('Demo link:        Intro call: http://localhost:3000/public/bookings/abc');
  });

  it('never prints a token in production', () => {
    const message = welcomeMessage({ env: 'production', publicBaseUrl: 'https://book.example.com' }, demo);
    expect(message).not.toContain(demo.accessToken);
    expect(message).toContain('Owner dashboard:  https://book.example.com/bookings');
  });
});
