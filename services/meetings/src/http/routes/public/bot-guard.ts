import type { FastifyRequest } from 'fastify';
import { DomainError } from '../../../domain/shared/domain-error';
import type { BotCheck, BotCheckScope } from '../../../ports/bot-check';
import type { FindTokenOwner } from '../../../use-cases/public/find-token-owner';

export interface BotGuardOptions {
  enabled: boolean;
  botCheck: BotCheck;
  purpose: BotCheckScope['purpose'];
  /** Who owns the link or booking of the request's token: only their own token skips the check. */
  findOwner: FindTokenOwner;
}

/**
 * Before a public booking or change: the honeypot must be empty and the proof of work solved for this very
 * token. The owner of the link (or of the booking) is trusted and skips both when signed in, as does a
 * deployment that turns BOT_PROTECTION off. Any other token, valid or not, counts for nothing: anyone can
 * get an owner token through a magic link.
 */
export function createBotGuard({ enabled, botCheck, purpose, findOwner }: BotGuardOptions) {
  return async function botGuard(request: FastifyRequest) {
    if (!enabled) return;
    const { token } = request.params as { token: string };
    if (await isOwnRequest(request, token, findOwner)) return;
    const { altcha, website } = (request.body ?? {}) as { altcha?: string; website?: string };
    if (website) throw new DomainError('bot_check_failed', 'This request looks automated.');
    if (!altcha || !(await botCheck.verifySolution(altcha, { purpose, token }))) {
      throw new DomainError(
        'bot_check_failed',
        'The anti-spam check did not pass. Reload the page and try again.',
      );
    }
  };
}

async function isOwnRequest(request: FastifyRequest, token: string, findOwner: FindTokenOwner) {
  if (!request.headers.authorization) return false;
  try {
    await request.server.authenticate(request);
  } catch {
    // A token that does not verify is no owner's: the request is checked like an anonymous one.
    return false;
  }
  return (await findOwner(token)) === request.owner.id;
}
