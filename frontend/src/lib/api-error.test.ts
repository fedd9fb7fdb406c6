import { describe, expect, it } from 'vitest';
import { ApiError, describeError, fieldErrorFor, normalisePath } from './api-error';

describe('ApiError', () => {
  it('reads a problem+json body', () => {
    const error = ApiError.fromResponse(
      {
        type: 'urn:x',
        title: 'Gone',
        status: 410,
        detail: 'This link is disabled',
        code: 'link_inactive',
        requestId: 'r1',
      },
      new Response(null, { status: 410 }),
    );
    expect(error).toMatchObject({
      status: 410,
      code: 'link_inactive',
      message: 'This link is disabled',
      requestId: 'r1',
    });
  });

  it('survives a body that is not a problem', () => {
    const error = ApiError.fromResponse(
      '<html>',
      new Response(null, { status: 502, statusText: 'Bad Gateway' }),
    );
    expect(error.code).toBe('unexpected_response');
    expect(error.status).toBe(502);
  });

  it('finds field errors by dotted path whether the server wrote pointers or brackets', () => {
    expect(normalisePath('/settings/durations/0')).toBe('settings.durations.0');
    expect(normalisePath('settings.durations[0]')).toBe('settings.durations.0');
    const error = new ApiError({
      status: 400,
      code: 'validation_failed',
      title: 'Bad Request',
      detail: 'Invalid',
      fieldErrors: [{ path: '/settings/timeZone', message: 'Unknown time zone' }],
    });
    expect(fieldErrorFor(error, 'settings.timeZone')).toBe('Unknown time zone');
    expect(fieldErrorFor(error, 'settings')).toBe('Unknown time zone');
    expect(fieldErrorFor(error, 'title')).toBeUndefined();
  });

  it('describes network failures in plain words', () => {
    expect(describeError(new TypeError('fetch failed'))).toMatch(/could not be reached/);
  });
});
