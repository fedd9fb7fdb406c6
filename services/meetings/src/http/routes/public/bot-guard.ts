import type { FastifyRequest } from 'fastify';
import { DomainError } from '../../../domain/shared/domain-error';
import type { BotCheck } from '../../../ports/bot-check';

/**
 * Before a public booking: the honeypot must be empty and the proof-of-work solved. Clients that send a
 * valid owner token (other services, scripts) are trusted and skip both, as does a deployment that turns
 * BOT_PROTECTION off.
 */
export function createBotGuard(enabled: boolean, botCheck: BotCheck) {
  return async function botGuard(request: FastifyRequest) {
    if (!enabled) return;
    if (
      request.headers.authorization &&
      (await request.jwtVerify().then(
        () => true,
        () => false,
      ))
    )
      return;
    const { altcha, website } = (request.body ?? {}) as { altcha?: string; website?: string };
    if (website) throw new DomainError('bot_check_failed', 'This request looks automated.');
    if (!altcha || !(await botCheck.verifySolution(altcha))) {
      throw new DomainError(
        'bot_check_failed',
        'The anti-spam check did not pass. Reload the page and try again.',
      );
    }
  };
}
