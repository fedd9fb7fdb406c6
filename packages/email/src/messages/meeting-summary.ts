import type { BookingDetails } from '../booking-details';
import { formatMeetingTime } from './format-meeting-time';
import { html, link, multiline, type SafeHtml } from './safe-html';

interface SummaryRow {
  label: string;
  text: string;
  html: SafeHtml;
}

function summaryRows(details: BookingDetails, timeZone: string): SummaryRow[] {
  const when = formatMeetingTime(details.start, details.end, timeZone);
  const rows: SummaryRow[] = [{ label: 'When', text: when, html: html`${when}` }];
  if (details.location !== undefined) {
    rows.push({ label: 'Where', text: details.location, html: multiline(details.location) });
  }
  if (details.conferenceUrl !== undefined) {
    rows.push({ label: 'Join', text: details.conferenceUrl, html: link(details.conferenceUrl) });
  }
  return rows;
}

function indentContinuationLines(value: string): string {
  return value.split(/\r\n?|\n/).join('\n    ');
}

/** Plain-text block: when, where, and the recipient's answers. */
export function renderSummaryText(details: BookingDetails, timeZone: string): string {
  const lines = summaryRows(details, timeZone).map((row) => `${row.label}: ${row.text}`);
  if (details.answers.length > 0) {
    lines.push('', 'Answers:');
    for (const answer of details.answers) {
      lines.push(`  - ${answer.label}: ${indentContinuationLines(answer.value)}`);
    }
  }
  return lines.join('\n');
}

export function renderSummaryHtml(details: BookingDetails, timeZone: string): SafeHtml {
  const rows = summaryRows(details, timeZone).map(
    (row) =>
      html`<tr><th align="left" valign="top" style="padding:4px 12px 4px 0;color:#5f6368">${row.label}</th><td style="padding:4px 0">${row.html}</td></tr>`,
  );
  const answers =
    details.answers.length === 0
      ? html``
      : html`<h3 style="font-size:15px;margin:20px 0 8px">Answers</h3>
<dl style="margin:0">${details.answers.map(
          (answer) =>
            html`<dt style="font-weight:600">${answer.label}</dt><dd style="margin:0 0 8px 0">${multiline(answer.value)}</dd>`,
        )}</dl>`;
  return html`<table role="presentation" style="border-collapse:collapse">${rows}</table>
${answers}`;
}

export interface ActionLink {
  label: string;
  url: string | undefined;
}

export function renderActionText(action: ActionLink): string {
  return action.url === undefined ? '' : `\n\n${action.label}: ${action.url}`;
}

export function renderActionHtml(action: ActionLink): SafeHtml {
  return action.url === undefined
    ? html``
    : html`<p style="margin-top:20px">${link(action.url, action.label)}</p>`;
}
