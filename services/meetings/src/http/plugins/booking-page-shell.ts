import { formatMinutes, initialsOf } from '@bookings/wording';
import type { PublicPage } from '../../use-cases/public/open-public-link';

/**
 * What a booking page's HTML may carry before its script runs: the header every visitor of the link is shown
 * anyway (GET /bookings/public/{token}). Never the one-time recipient, never the questions.
 */
export type BookingPageHeader = Pick<
  PublicPage,
  'kind' | 'title' | 'description' | 'ownerName' | 'ownerAvatarUrl' | 'durations' | 'defaultDuration'
>;

const ROOT_OPEN = '<div id="root">';

/** Text and attribute values safe inside HTML: the five characters that could end or open markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * index.html with the booking card's outline inside #root and the page's own title, so the host and the title
 * (the page's largest text) paint with the first frame instead of after the app's code has run. The app's
 * first render replaces the outline with the same header in the same boxes. One-time links keep the plain
 * page: their header says until when the link works in the visitor's zone, which only the browser knows.
 */
export function withBookingPageShell(indexHtml: string, header: BookingPageHeader): string {
  if (header.kind !== 'evergreen') return indexHtml;
  const rootStart = indexHtml.indexOf(ROOT_OPEN);
  const rootEnd = rootStart < 0 ? -1 : indexHtml.indexOf('</div>', rootStart);
  if (rootEnd < 0) return indexHtml;
  const html = `${indexHtml.slice(0, rootStart + ROOT_OPEN.length)}${renderBookingCardOutline(header)}${indexHtml.slice(rootEnd)}`;
  return html.replace(
    /<title>[^<]*<\/title>/,
    `<title>${escapeHtml(`${header.title} · ${header.ownerName}`)}</title>`,
  );
}

/**
 * The markup of the app's host card (host-card.tsx: same elements, same classes) beside the loading outline of
 * the calendar and the times (public-page-skeleton.tsx). Styles come from classes only: the page's policy
 * refuses inline styles.
 */
export function renderBookingCardOutline(header: BookingPageHeader): string {
  const durations = header.durations.length > 1 ? header.durations : [header.defaultDuration];
  const length =
    durations.length > 1
      ? `<fieldset class="duration-choice"><legend class="duration-choice__legend">Meeting length</legend><div class="duration-choice__options">${durations
          .map(
            (minutes) =>
              `<label class="duration-choice__option"><input type="radio" name="duration"${minutes === header.defaultDuration ? ' checked' : ''}>${formatMinutes(minutes)}</label>`,
          )
          .join('')}</div></fieldset>`
      : `<p class="host-card__fact"><span aria-hidden="true">◷ </span>${formatMinutes(header.defaultDuration)}</p>`;
  const description = header.description
    ? `<p class="host-card__description">${escapeHtml(header.description)}</p>`
    : '';
  return [
    '<main class="booking-page" aria-busy="true">',
    '<div class="booking-card">',
    '<section class="booking-card__host host-card" aria-labelledby="public-title">',
    `<div class="host-card__person">${renderAvatar(header)}<p class="host-card__name">${escapeHtml(header.ownerName)}</p></div>`,
    `<h1 id="public-title" class="host-card__title">${escapeHtml(header.title)}</h1>`,
    length,
    description,
    '</section>',
    '<div class="booking-card__calendar"><span aria-hidden="true" class="skeleton skeleton--section-title"></span><span aria-hidden="true" class="skeleton skeleton--calendar"></span></div>',
    '<div class="booking-card__times"><span aria-hidden="true" class="skeleton skeleton--times-title"></span><span aria-hidden="true" class="skeleton skeleton--times"></span></div>',
    '</div>',
    '</main>',
  ].join('');
}

/** The owner's photo, or their initials, as the app's avatar shows them. */
function renderAvatar({ ownerName, ownerAvatarUrl }: BookingPageHeader): string {
  if (ownerAvatarUrl)
    return `<img class="avatar" src="${escapeHtml(ownerAvatarUrl)}" alt="${escapeHtml(`Photo of ${ownerName}`)}" width="56" height="56" decoding="async">`;
  return `<span class="avatar avatar--initials" aria-hidden="true">${escapeHtml(initialsOf(ownerName))}</span>`;
}
