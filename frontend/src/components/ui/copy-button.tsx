import { useEffect, useState } from 'react';
import { Button } from './button';

type CopyState = 'idle' | 'copied' | 'failed';

/** Copies `text` to the clipboard and says so in place (a live region), without moving anything. */
export function CopyButton({
  text,
  label,
  failedText = 'Copy failed: select the address and copy it',
}: {
  text: string;
  label: string;
  /** What to do instead when the browser refuses the clipboard. */
  failedText?: string;
}) {
  const [state, setState] = useState<CopyState>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 4000);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  return (
    <span className="copy-button">
      <Button variant="secondary" onClick={copy} aria-label={label}>
        Copy
      </Button>
      <span className="copy-button__status" aria-live="polite">
        {state === 'copied' ? 'Copied' : null}
        {state === 'failed' ? failedText : null}
      </span>
    </span>
  );
}
