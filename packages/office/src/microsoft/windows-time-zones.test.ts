import { describe, expect, it } from 'vitest';
import { parseGraphDateTime, toIanaTimeZone } from './windows-time-zones';

describe('parseGraphDateTime', () => {
  it('reads an offset-less UTC dateTime as UTC whatever the process zone', () => {
    expect(parseGraphDateTime({ dateTime: '2030-03-04T09:00:00.0000000', timeZone: 'UTC' })).toEqual(
      new Date('2030-03-04T09:00:00Z'),
    );
    expect(parseGraphDateTime({ dateTime: '2030-03-04T09:00:00.1234567' })).toEqual(
      new Date('2030-03-04T09:00:00.123Z'),
    );
  });

  it('reads wall times in Windows zones, across DST', () => {
    expect(
      parseGraphDateTime({ dateTime: '2030-01-15T10:00:00.0000000', timeZone: 'W. Europe Standard Time' }),
    ).toEqual(new Date('2030-01-15T09:00:00Z'));
    expect(
      parseGraphDateTime({ dateTime: '2030-07-15T10:00:00.0000000', timeZone: 'W. Europe Standard Time' }),
    ).toEqual(new Date('2030-07-15T08:00:00Z'));
    expect(
      parseGraphDateTime({ dateTime: '2030-07-15T10:00:00.0000000', timeZone: 'Pacific Standard Time' }),
    ).toEqual(new Date('2030-07-15T17:00:00Z'));
    expect(
      parseGraphDateTime({ dateTime: '2030-01-15T10:00:00', timeZone: 'Chatham Islands Standard Time' }),
    ).toEqual(new Date('2030-01-14T20:15:00Z'));
  });

  it('keeps explicit offsets', () => {
    expect(parseGraphDateTime({ dateTime: '2030-03-04T09:00:00+02:00', timeZone: 'UTC' })).toEqual(
      new Date('2030-03-04T07:00:00Z'),
    );
  });
});

describe('toIanaTimeZone', () => {
  it('maps Windows names, passes IANA names and falls back to UTC', () => {
    expect(toIanaTimeZone('Romance Standard Time')).toBe('Europe/Paris');
    expect(toIanaTimeZone('Asia/Tokyo')).toBe('Asia/Tokyo');
    expect(toIanaTimeZone('Mars Standard Time')).toBe('UTC');
    expect(toIanaTimeZone(undefined)).toBe('UTC');
  });
});
