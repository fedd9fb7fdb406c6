import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Root, readPublicToken, renderBookingPage } from './app/root';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const root = createRoot(container);
const publicToken = readPublicToken(window.location.pathname);
if (publicToken !== null) {
  void renderBookingPage(root, publicToken);
} else {
  root.render(
    <StrictMode>
      <Root pathname={window.location.pathname} />
    </StrictMode>,
  );
}
