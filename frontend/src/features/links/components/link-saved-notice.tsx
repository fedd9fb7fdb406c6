import { useEffect, useRef } from 'react';
import { Link as RouterLink } from 'react-router';
import { buttonClassName } from '../../../components/ui/button';
import { CopyButton } from '../../../components/ui/copy-button';
import { paths } from '../../../config/paths';
import type { Link } from '../api/get-links';

/** After a save: the public address to share, and where to go next. Its heading takes focus. */
export function LinkSavedNotice({ link, wasCreated }: { link: Link; wasCreated: boolean }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  return (
    <section className="card stack" aria-labelledby="link-saved-title">
      <h2 id="link-saved-title" ref={headingRef} tabIndex={-1}>
        {wasCreated ? `“${link.title}” is ready to share` : `“${link.title}” is saved`}
      </h2>
      <p>People book through this address:</p>
      <div className="link-card__url">
        <a href={link.url} className="link-card__url-text" target="_blank" rel="noreferrer">
          {link.url}
        </a>
        <CopyButton text={link.url} label="Copy the booking address" />
      </div>
      <div className="row">
        <RouterLink className={buttonClassName('primary')} to={paths.links}>
          Back to your links
        </RouterLink>
        <RouterLink className={buttonClassName('secondary')} to={paths.oneTimeLinks(link.id)}>
          Make a one-time link
        </RouterLink>
      </div>
    </section>
  );
}
