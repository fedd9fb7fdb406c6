import { useEffect } from 'react';

/** Sets the tab's title while the component is shown (a booking page's title names the meeting and host). */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
