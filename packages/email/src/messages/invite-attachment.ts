import type { CalendarInvite } from '../email-port';

export function inviteAttachment(content: string, method: CalendarInvite['method']): CalendarInvite {
  return { method, content, filename: method === 'CANCEL' ? 'cancel.ics' : 'invite.ics' };
}
