import { createRoot } from 'react-dom/client';
import { App } from './app';
import { connectToHost } from './teams-host';

/** Entry point of the tab web app: connect to Teams (or development mode), then render. */
async function start(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  const host = await connectToHost(new URLSearchParams(window.location.search));
  createRoot(root).render(<App host={host} />);
}

start().catch((err: unknown) => {
  console.error('The tab could not start', err);
  const root = document.getElementById('root');
  if (root) root.textContent = 'Fanen kunne ikke starte. Last siden på nytt.';
});
