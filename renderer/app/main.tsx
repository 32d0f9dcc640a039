/** Renderer entry: connect to the host (Electron bridge, browser-mode socket, or none) and mount the shell. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectHost } from './host/host-client.js';
import { App } from './shell/App.js';
import '../ui/index.js';
import './app.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
const { host } = connectHost();
createRoot(root).render(
  <StrictMode>
    <App host={host} />
  </StrictMode>,
);
