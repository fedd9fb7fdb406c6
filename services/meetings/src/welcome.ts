import type { Config } from './config';
import type { seedDemo } from './seed-demo';

type SeededDemo = Awaited<ReturnType<typeof seedDemo>>;

/**
 * What a start with the demo seeded prints: where things are, and a working owner token to try the API at
 * once. Never the token in production: anything printed there ends up in log collectors.
 */
export function welcomeMessage(config: Pick<Config, 'env' | 'publicBaseUrl'>, demo: SeededDemo): string {
  const base = config.publicBaseUrl;
  const lines = [
    '',
    'Bookings is running.',
    `  Health:           ${base}/bookings/health`,
    `  API docs:         ${base}/bookings/docs`,
    `  Owner dashboard:  ${base}/bookings`,
    ...demo.links.map((link) => `  Demo link:        ${link.title}: ${link.url}`),
    `  Demo owner:       ${demo.owner.email}`,
    ...(config.env === 'production'
      ? ['  Sign in:          through the emailed link on the owner dashboard']
      : [
          `  Sign-in token:    ${demo.accessToken}`,
          `  Try it:           curl -H "Authorization: Bearer <token>" ${base}/bookings/me`,
        ]),
    '',
  ];
  return `${lines.join('\n')}\n`;
}
