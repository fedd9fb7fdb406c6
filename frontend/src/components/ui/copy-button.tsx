import { useEffect, useState } from 'react';
import { Button } from './button';

type CopyState = 'idle' | 'copied' | 'failed';

/** Copies `text` to the clipboard and says so in place (a live region), without moving anything. */
export function CopyButton({ text, label }: { text: string; label: string }) {
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
        {state === 'failed' ? 'Copy failed: select the address and copy it' : null}
      </span>
    </span>
  );
}
