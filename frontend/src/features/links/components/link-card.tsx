import { Link as RouterLink } from 'react-router';
import { Button, buttonClassName } from '../../../components/ui/button';
import { CopyButton } from '../../../components/ui/copy-button';
import { StatusBadge } from '../../../components/ui/status-badge';
import { paths } from '../../../config/paths';
import type { Link } from '../api/get-links';
import { describeLinkOffer } from '../model/describe-link';
import { embedIframeSnippet, embedScriptSnippet } from '../model/embed-snippet';

export interface LinkCardProps {
  link: Link;
  isDuplicating: boolean;
  onToggle: (link: Link) => void;
  onDuplicate: (link: Link) => void;
  onDelete: (link: Link) => void;
}

export function LinkCard({ link, isDuplicating, onToggle, onDuplicate, onDelete }: LinkCardProps) {
  const titleId = `link-${link.id}-title`;
  return (
    <article className="card link-card" aria-labelledby={titleId}>
      <div className="link-card__head">
        <h2 id={titleId} className="link-card__title">
          {link.title}
        </h2>
        <StatusBadge tone={link.isActive ? 'success' : 'neutral'}>
          {link.isActive ? 'Active' : 'Inactive'}
        </StatusBadge>
      </div>
      <p className="muted">{describeLinkOffer(link.settings)}</p>
      <div className="link-card__url">
        <a href={link.url} className="link-card__url-text" target="_blank" rel="noreferrer">
          {link.url}
        </a>
        <CopyButton text={link.url} label={`Copy the address of ${link.title}`} />
      </div>
      <details className="link-card__embed">
        <summary>Embed on your website</summary>
        <div className="stack">
          <p className="muted">Paste this where the booking page should appear. It grows to fit the page.</p>
          <pre className="link-card__snippet">
            <code>{embedScriptSnippet(link.url)}</code>
          </pre>
          <CopyButton text={embedScriptSnippet(link.url)} label={`Copy the embed script of ${link.title}`} />
          <p className="muted">Or, where scripts are not allowed, a plain frame of fixed height:</p>
          <pre className="link-card__snippet">
            <code>{embedIframeSnippet(link.url, link.title)}</code>
          </pre>
          <CopyButton
            text={embedIframeSnippet(link.url, link.title)}
            label={`Copy the iframe of ${link.title}`}
          />
        </div>
      </details>
      <div className="link-card__actions">
        <label className="switch">
          <input
            type="checkbox"
            role="switch"
            checked={link.isActive}
            aria-checked={link.isActive}
            onChange={() => onToggle(link)}
            aria-label={`${link.title} takes bookings`}
          />
          <span aria-hidden="true">Takes bookings</span>
        </label>
        <RouterLink
          className={buttonClassName('secondary')}
          to={paths.editLink(link.id)}
          aria-label={`Edit ${link.title}`}
        >
          Edit
        </RouterLink>
        <Button
          variant="secondary"
          onClick={() => onDuplicate(link)}
          isBusy={isDuplicating}
          aria-label={`Duplicate ${link.title}`}
        >
          Duplicate
        </Button>
        <RouterLink
          className={buttonClassName('secondary')}
          to={paths.oneTimeLinks(link.id)}
          aria-label={`One-time link for ${link.title}`}
        >
          One-time link
        </RouterLink>
        <RouterLink
          className={buttonClassName('ghost')}
          to={paths.linkAnalytics(link.id)}
          aria-label={`Analytics of ${link.title}`}
        >
          Analytics
        </RouterLink>
        <Button variant="danger" onClick={() => onDelete(link)} aria-label={`Delete ${link.title}`}>
          Delete
        </Button>
      </div>
    </article>
  );
}
