// Served at /bookings/embed.js. Turns each <div data-bookings-embed="https://…/public/bookings/<token>"> on the
// host page into an iframe of that booking page in embed mode, and keeps the iframe exactly as tall as the
// page inside it. Only pages of the service that served this script are framed, and only height messages
// from those frames are believed.
(() => {
  const script = document.currentScript;
  const serviceOrigin = script ? new URL(script.src).origin : null;
  if (!serviceOrigin) return;
  const frames = new Map();

  function insertFrames() {
    for (const holder of document.querySelectorAll('[data-bookings-embed]')) {
      if (holder.dataset.bookingsEmbedReady) continue;
      let url;
      try {
        url = new URL(holder.dataset.bookingsEmbed, document.baseURI);
      } catch {
        continue;
      }
      if (url.origin !== serviceOrigin || !url.pathname.startsWith('/public/bookings/')) continue;
      url.searchParams.set('embed', '1');
      const frame = document.createElement('iframe');
      frame.src = url.toString();
      frame.title = holder.dataset.bookingsTitle || 'Booking page';
      frame.style.cssText = 'display:block;width:100%;height:720px;border:0;overflow:hidden';
      frame.setAttribute('scrolling', 'no');
      holder.dataset.bookingsEmbedReady = 'true';
      holder.appendChild(frame);
      frames.set(frame, url.origin);
    }
  }

  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || data.type !== 'bookings:resize' || typeof data.height !== 'number') return;
    for (const [frame, origin] of frames) {
      if (event.source === frame.contentWindow && event.origin === origin) {
        frame.style.height = `${Math.max(200, Math.ceil(data.height))}px`;
      }
    }
  });

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', insertFrames);
  else insertFrames();
})();
