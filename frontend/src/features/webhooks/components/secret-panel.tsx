import { useEffect, useId, useRef } from 'react';
import { Button } from '../../../components/ui/button';
import { CopyButton } from '../../../components/ui/copy-button';

export interface SecretPanelProps {
  title: string;
  secret: string;
  /** The level the page's outline needs here: under the page title (2) or inside a section (3). */
  headingLevel: 2 | 3;
  /** Shown after a rotation: the previous secret's last moment of signing. */
  note?: string | undefined;
  onDone: () => void;
}

/**
 * The signing secret, the one time the service shows it. It takes focus when it appears, since it is what the
 * owner has to act on before doing anything else.
 */
export function SecretPanel({ title, secret, headingLevel, note, onDone }: SecretPanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  useEffect(() => {
    // A frame later: the rotate dialog closes in the same commit, and closing a modal dialog hands focus back
    // to the button that opened it.
    const frame = requestAnimationFrame(() => headingRef.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);

  return (
    <section className="card stack secret-panel" aria-labelledby={titleId}>
      <Heading id={titleId} ref={headingRef} tabIndex={-1}>
        {title}
      </Heading>
      <p>
        <strong>Copy it now: you won't see it again.</strong> Keep it with the service that receives the
        events; it checks each request's <code>webhook-signature</code> header with it (Standard Webhooks).
      </p>
      {note ? <p className="muted">{note}</p> : null}
      <div className="secret-panel__value">
        <code>{secret}</code>
        <CopyButton
          text={secret}
          label="Copy the signing secret"
          failedText="Copy failed: select the secret and copy it"
        />
      </div>
      <div className="row">
        <Button variant="secondary" onClick={onDone}>
          I have stored the secret
        </Button>
      </div>
    </section>
  );
}
