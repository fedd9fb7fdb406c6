import { Fragment } from 'react';

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]]/gi;

/**
 * The owner's text as written (line breaks kept by CSS) with web addresses as links. Only http(s) addresses
 * become links, opened apart from the booking page and without passing it on as the referrer.
 */
export function LinkifiedText({ text }: { text: string }) {
  const parts: (string | { href: string })[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const index = match.index ?? 0;
    if (index > last) parts.push(text.slice(last, index));
    parts.push({ href: match[0] });
    last = index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return (
    <>
      {parts.map((part, index) =>
        typeof part === 'string' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the text's pieces never reorder
          <Fragment key={index}>{part}</Fragment>
        ) : (
          <a
            key={`${index}-${part.href}`}
            href={part.href}
            target="_blank"
            rel="noopener noreferrer nofollow"
          >
            {part.href}
          </a>
        ),
      )}
    </>
  );
}
