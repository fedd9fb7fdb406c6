/** Booking pages framed by the embed snippet (`?embed=1`) drop the page chrome and report their height. */
export function isEmbedded(search = window.location.search): boolean {
  return new URLSearchParams(search).get('embed') === '1';
}

export const RESIZE_MESSAGE = 'bookings:resize';

/**
 * Tells the framing page how tall the content is, whenever that changes, so the iframe never scrolls. The
 * height is no secret, so any parent may read it; the snippet only trusts messages from our origin.
 */
export function reportHeightToParent(root: HTMLElement): () => void {
  if (window.parent === window) return () => undefined;
  let last = -1;
  const post = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: RESIZE_MESSAGE, height }, '*');
  };
  const observer = new ResizeObserver(post);
  observer.observe(root);
  post();
  return () => observer.disconnect();
}
