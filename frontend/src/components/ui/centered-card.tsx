import type { ReactNode } from 'react';

/** The narrow single-column card used by sign-in and the public error screens. */
export function CenteredCard({ children, labelledBy }: { children: ReactNode; labelledBy?: string }) {
  return (
    <main className="centered" aria-labelledby={labelledBy}>
      <div className="card centered__card">{children}</div>
    </main>
  );
}
