import { CenteredCard } from '../../../components/ui/centered-card';
import type { ProblemCode } from '../../../lib/api-error';

/** What a visitor reads for each reason a booking page cannot be used (the API's problem `code`). */
const MESSAGES: Record<string, { title: string; body: string }> = {
  link_not_found: {
    title: 'This booking link does not exist',
    body: 'Check the address for typos, or ask the person who sent it for a new link.',
  },
  link_inactive: {
    title: 'This booking link is turned off',
    body: 'Its owner is not taking bookings through it right now. Ask them for another way to meet.',
  },
  link_expired: {
    title: 'This booking link has expired',
    body: 'It was valid for a limited time only. Ask the person who sent it for a new one.',
  },
  link_used: {
    title: 'This booking link was already used',
    body: 'It was meant for a single booking, and that booking has been made. Ask for a new link to book again.',
  },
} satisfies Partial<Record<ProblemCode, { title: string; body: string }>>;

const FALLBACK = {
  title: 'This booking page could not be opened',
  body: 'Something went wrong on our side. Please reload the page in a moment.',
};

export function describeLinkProblem(code: string): { title: string; body: string } {
  return MESSAGES[code] ?? FALLBACK;
}

export function LinkProblemScreen({ code }: { code: string }) {
  const { title, body } = describeLinkProblem(code);
  return (
    <CenteredCard labelledBy="link-problem-title">
      <div className="stack">
        <h1 id="link-problem-title">{title}</h1>
        <p>{body}</p>
      </div>
    </CenteredCard>
  );
}
