import { useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { paths } from '../../../config/paths';
import { useMe } from '../../../features/auth/api/get-me';
import { SignOutButton } from '../../../features/auth/components/sign-out-button';
import { setDateLocale } from '../../../lib/format-time';

const NAV_ITEMS = [
  { to: paths.links, label: 'Links', end: true },
  { to: paths.meetings, label: 'Bookings', end: false },
  { to: paths.templates, label: 'Templates', end: false },
  { to: paths.connections, label: 'Connections', end: false },
  { to: paths.webhooks, label: 'Webhooks', end: false },
  { to: paths.profile, label: 'Profile', end: false },
];

export function OwnerShell() {
  const me = useMe();
  // Dates on every screen follow the owner's profile language (screens rendered from here on).
  setDateLocale(me.data?.locale);
  useFocusOnNewScreen();
  return (
    <div className="owner-shell">
      <a className="skip-link" href="#owner-main">
        Skip to content
      </a>
      <header className="owner-shell__bar">
        <span className="owner-shell__brand">Bookings</span>
        <nav aria-label="Dashboard" className="owner-shell__nav">
          <ul>
            {NAV_ITEMS.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end} className="owner-shell__nav-link">
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="owner-shell__account">
          {me.data ? (
            <span className="owner-shell__email" title={me.data.email}>
              {me.data.email}
            </span>
          ) : null}
          <SignOutButton />
        </div>
      </header>
      <main id="owner-main" className="owner-shell__main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}

/**
 * A client-side navigation removes the link that was clicked, which drops focus to <body>. Unless the new screen
 * already put focus somewhere inside it (the wizard's first field), its title takes focus so the change is read out.
 */
function useFocusOnNewScreen() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const main = document.getElementById('owner-main');
    if (!main || main.contains(document.activeElement)) return;
    (main.querySelector<HTMLElement>('h1') ?? main).focus();
  }, [pathname]);
}
