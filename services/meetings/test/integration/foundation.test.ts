import { readFileSync } from 'node:fs';
import { Validator } from '@seriousme/openapi-schema-validator';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { generatedClientTypes, paths } from '../../scripts/contract';
import { queryRows } from '../../src/adapters/db/client';
import { openApiYaml } from '../../src/http/openapi-yaml';
import { startTestApp } from '../support/test-app';
import { createTestDatabase } from '../support/test-database';
import { useTestApp } from '../support/use-test-app';

const t = useTestApp();

describe('health', () => {
  it('reports the database as up', async () => {
    const { data, response } = await t.anonymous.GET('/bookings/health');
    expect(response.status).toBe(200);
    expect(data).toEqual({ status: 'ok', database: { status: 'up', driver: t.database.kind } });
  });

  it('answers 503 when the database cannot be reached', async () => {
    const lost = await createTestDatabase();
    const app = await startTestApp(lost);
    await lost.destroy();
    try {
      const response = await fetch(`${app.baseUrl}/bookings/health`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({
        status: 'unavailable',
        database: { status: 'down', driver: lost.kind },
      });
    } finally {
      await app.close();
    }
  });
});

describe('errors are problem+json with a stable code', () => {
  const post = (path: string, body: string, contentType = 'application/json') =>
    fetch(`${t.baseUrl}${path}`, { method: 'POST', headers: { 'content-type': contentType }, body });

  it('malformed JSON', async () => {
    const response = await post('/bookings/auth/magic-link', '{"email":');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await response.json()).toMatchObject({ status: 400, code: 'invalid_json' });
  });

  it('unknown fields and missing fields are named', async () => {
    const response = await post('/bookings/auth/magic-link', '{"mail":"a@b.c"}');
    const body = (await response.json()) as { code: string; errors: { path: string }[] };
    expect(body.code).toBe('validation_failed');
    expect(body.errors.map((e) => e.path).sort()).toEqual(['email', 'mail']);
  });

  it('unsupported media type', async () => {
    const response = await post(
      '/bookings/auth/magic-link',
      'email=a@b.c',
      'application/x-www-form-urlencoded',
    );
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ code: 'unsupported_media_type' });
  });

  it('unknown route', async () => {
    const response = await fetch(`${t.baseUrl}/bookings/nothing-here`);
    expect(response.status).toBe(404);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ code: 'not_found', status: 404 });
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('carries the request id', async () => {
    const response = await fetch(`${t.baseUrl}/bookings/nothing-here`);
    const body = (await response.json()) as { requestId: string };
    expect(response.headers.get('x-request-id')).toBe(body.requestId);
  });
});

describe('two confirmed bookings of one owner cannot overlap (exclusion constraint)', () => {
  async function insertBooking(
    ownerId: string,
    linkId: string,
    start: string,
    end: string,
    status = 'confirmed',
  ) {
    await t.database.db.execute(sql`
      INSERT INTO bookings (owner_id, link_id, status, starts_at, ends_at, recipient_name, recipient_email, recipient_time_zone)
      VALUES (${ownerId}, ${linkId}, ${status}, ${start}, ${end}, 'Rita', 'rita@example.com', 'UTC')`);
  }
  async function ownerWithLink(email: string) {
    const owner = await t.app.container.repositories.owners.ensureLocal(email);
    const [link] = await queryRows<{ id: string }>(
      t.database.db,
      sql`INSERT INTO booking_links (owner_id, title, token_hash, token_sealed, settings)
          VALUES (${owner.id}, 'Intro', ${`hash-${email}`}, 'sealed', '{}') RETURNING id`,
    );
    return { ownerId: owner.id, linkId: link?.id ?? '' };
  }

  it('rejects the second of two overlapping bookings, whatever the code does', async () => {
    const { ownerId, linkId } = await ownerWithLink('olga@example.com');
    await insertBooking(ownerId, linkId, '2026-12-01T10:00:00Z', '2026-12-01T11:00:00Z');
    const overlapping = insertBooking(ownerId, linkId, '2026-12-01T10:30:00Z', '2026-12-01T11:30:00Z');
    await expect(overlapping).rejects.toMatchObject({
      cause: { code: '23P01', constraint: 'bookings_no_overlap' },
    });
  });

  it('allows back-to-back meetings, cancelled ones, and other owners at the same time', async () => {
    const first = await ownerWithLink('olga@example.com');
    const second = await ownerWithLink('piet@example.com');
    await insertBooking(first.ownerId, first.linkId, '2026-12-01T10:00:00Z', '2026-12-01T11:00:00Z');
    await insertBooking(first.ownerId, first.linkId, '2026-12-01T11:00:00Z', '2026-12-01T12:00:00Z');
    await insertBooking(
      first.ownerId,
      first.linkId,
      '2026-12-01T10:15:00Z',
      '2026-12-01T10:45:00Z',
      'cancelled',
    );
    await insertBooking(second.ownerId, second.linkId, '2026-12-01T10:00:00Z', '2026-12-01T11:00:00Z');
    expect(await queryRows(t.database.db, sql`SELECT count(*)::int AS n FROM bookings`)).toEqual([{ n: 4 }]);
  });
});

describe('the OpenAPI contract', () => {
  it('openapi.yaml is exactly what the service serves (run `npm run openapi` after changing a route)', async () => {
    expect(readFileSync(paths.openApiYaml, 'utf8')).toBe(openApiYaml(t.app.swagger()));
  });

  it('openapi.yaml reads the same in a YAML 1.1 parser as the served JSON, and has no aliases', () => {
    const yaml = readFileSync(paths.openApiYaml, 'utf8');
    // Unquoted, 17:00 would read as 1020 and 2026-12-01 as a date in YAML 1.1 (PyYAML, SnakeYAML).
    expect(parseYaml(yaml, { version: '1.1' })).toEqual(t.app.swagger());
    expect(yaml).not.toMatch(/[&*]a\d+\b/);
  });

  it('the api-client types are generated from the committed openapi.yaml', async () => {
    const yaml = readFileSync(paths.openApiYaml, 'utf8');
    expect(readFileSync(paths.generatedTypes, 'utf8')).toBe(await generatedClientTypes(yaml));
  });

  it('shows the custom methods with a literal colon', () => {
    const paths = Object.keys((t.app.swagger() as { paths: Record<string, unknown> }).paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/bookings/links/{id}:duplicate',
        '/bookings/links/{id}:toggle',
        '/bookings/one-time/{oid}:revoke',
        '/bookings/templates/library/{key}:use',
      ]),
    );
  });

  it('is valid OpenAPI 3.1 with named component schemas', async () => {
    const document = t.app.swagger() as {
      openapi: string;
      components?: { schemas?: Record<string, unknown> };
    };
    const result = await new Validator().validate(JSON.parse(JSON.stringify(document)));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe('3.1.0');
    const names = Object.keys(document.components?.schemas ?? {});
    expect(names).toContain('Problem');
    expect(names.some((name) => name.startsWith('def-'))).toBe(false);
  });

  it('documents every error as problem+json and says which operations need the owner token', () => {
    type Operation = {
      operationId: string;
      security?: unknown[];
      responses: Record<string, { content?: Record<string, unknown> }>;
    };
    const document = t.app.swagger() as unknown as {
      paths: Record<string, Record<string, Operation>>;
      servers?: unknown[];
      tags?: { name: string }[];
    };
    const operations = Object.values(document.paths).flatMap((methods) => Object.values(methods));
    for (const operation of operations) {
      expect(operation.security, operation.operationId).toBeDefined();
      for (const [status, response] of Object.entries(operation.responses)) {
        if (Number(status) >= 400 && response.content) {
          expect(Object.keys(response.content), `${operation.operationId} ${status}`).toEqual([
            'application/problem+json',
          ]);
        }
      }
    }
    const byId = (id: string) => operations.find((operation) => operation.operationId === id);
    expect(byId('bookSlot')?.security).toEqual([{}, { bearerAuth: [] }]);
    expect(byId('cancelManagedBooking')?.security).toEqual([{}, { bearerAuth: [] }]);
    expect(byId('requestSignInLink')?.security).toEqual([]);
    expect(byId('listLinks')?.security).toEqual([{ bearerAuth: [] }]);
    expect(document.servers).toHaveLength(1);
    expect(document.tags?.map((tag) => tag.name)).toEqual(expect.arrayContaining(['links', 'public']));
  });

  it('serves the JSON document and Swagger UI', async () => {
    const json = await fetch(`${t.baseUrl}/bookings/openapi.json`);
    expect(json.status).toBe(200);
    expect(((await json.json()) as { openapi: string }).openapi).toBe('3.1.0');
    const ui = await fetch(`${t.baseUrl}/bookings/docs/`);
    expect(ui.status).toBe(200);
    expect(await ui.text()).toContain('swagger');
  });
});

describe('the embed script', () => {
  it('is served as JavaScript any site may load, cached for an hour', async () => {
    const response = await fetch(`${t.baseUrl}/bookings/embed.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=3600');
    const script = await response.text();
    expect(script).toContain('data-bookings-embed');
    expect(script).toContain("'bookings:resize'");
  });
});
