import { describe, expect, test } from 'vitest';
import { isPermanentDeliveryFailure } from '../src';

describe('isPermanentDeliveryFailure', () => {
  test.each([
    [{ code: 'EENVELOPE', responseCode: 550, response: '550 5.1.1 No such user' }, true],
    [{ code: 'EMESSAGE', responseCode: 554, response: '554 Message rejected' }, true],
    [{ code: 'EENVELOPE' }, true],
    [{ code: 'EENVELOPE', responseCode: 451, response: '451 Try again later' }, false],
    [{ code: 'EENVELOPE', responseCode: 421 }, false],
    [{ code: 'ETIMEDOUT' }, false],
    [{ code: 'EAUTH', responseCode: 535, response: '535 Authentication failed' }, false],
    [{ code: 'ECONNECTION' }, false],
    [new Error('socket hang up'), false],
    ['not an error', false],
  ])('%j -> %s', (error, permanent) => {
    expect(isPermanentDeliveryFailure(error)).toBe(permanent);
  });
});
