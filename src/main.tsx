import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startWorkshopFromUrl } from './app/workshop/useWorkshop';
import { ErrorBoundary } from './components/ErrorBoundary';
import { startServiceWorker } from './offline/registerServiceWorker';
import './styles.css';

function render() {
  startWorkshopFromUrl();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ErrorBoundary what="Embedding Lab">
        <App />
      </ErrorBoundary>
    </StrictMode>,
  );
}

// On a host without COOP/COEP headers the service worker's first install ends in one reload;
// rendering before it would start a model download that the reload throws away.
startServiceWorker().then(
  (outcome) => outcome === 'render' && render(),
  (error: unknown) => {
    console.warn('Service worker setup failed; continuing online only.', error);
    render();
  },
);
