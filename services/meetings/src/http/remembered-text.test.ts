import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { rememberTexts } from './remembered-text';

const PAGE = `<!doctype html><title>x</title>${'<p>booking</p>'.repeat(200)}`;

describe('rememberTexts', () => {
  it('compresses as the browser accepts, and the bytes decode to the page', () => {
    const page = rememberTexts()({}, () => PAGE);
    const br = page.encodedFor('gzip, br');
    expect(br.encoding).toBe('br');
    expect(brotliDecompressSync(br.body).toString('utf8')).toBe(PAGE);
    expect(br.body.length).toBeLessThan(PAGE.length / 10);

    const gzip = page.encodedFor('gzip');
    expect(gzip.encoding).toBe('gzip');
    expect(gunzipSync(gzip.body).toString('utf8')).toBe(PAGE);
  });

  it('sends the page as it is when the browser accepts no compression', () => {
    const plain = rememberTexts()({}, () => PAGE).encodedFor(undefined);
    expect(plain.encoding).toBeNull();
    expect(plain.body.toString('utf8')).toBe(PAGE);
  });

  it('makes a text and each compressed copy once per answer, and keeps each kind of text apart', () => {
    const answer = {};
    let made = 0;
    const html = rememberTexts();
    const first = html(answer, () => {
      made += 1;
      return PAGE;
    });
    const again = html(answer, () => {
      made += 1;
      return 'another text';
    });
    expect(made).toBe(1);
    expect(again.encodedFor('br').body).toBe(first.encodedFor('br').body);
    expect(rememberTexts()(answer, () => '{"json":true}').text).toBe('{"json":true}');
  });
});
