/** Renderer entry: connect to the host (Electron bridge, browser-mode socket, or none) and mount the shell. */
import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { connectHost } from './host/host-client.js';
import { App } from './shell/App.js';
import { PresenterView } from './modules.js';
import { PRESENTER_HASH } from '../ui/index.js';
import './app.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
if (window.location.hash === PRESENTER_HASH) {
  // The slides presenter view (a second tab or window): no host, it follows the presentation.
  createRoot(root).render(
    <StrictMode>
      <Suspense fallback={null}>
        <PresenterView />
      </Suspense>
    </StrictMode>,
  );
} else {
  const { host } = connectHost();
  createRoot(root).render(
    <StrictMode>
      <App host={host} />
    </StrictMode>,
  );
}
