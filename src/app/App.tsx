import { useEffect } from 'react';
import { useEngineStore } from '../state/engineStore';
import { Header } from './Header';
import { LESSONS } from './lessons';
import { ModelLoadPanel } from './ModelLoadPanel';
import { useHashRoute } from './useHashRoute';

export function App() {
  const path = useHashRoute();
  const start = useEngineStore((s) => s.start);
  useEffect(() => start(), [start]);
  const lesson = LESSONS.find((entry) => entry.path === path) ?? LESSONS[0];
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Header currentPath={lesson.path} />
      <ModelLoadPanel />
      <main id="main" tabIndex={-1}>
        <lesson.Page />
      </main>
      <footer className="footer">
        Embedding Lab runs the model in your browser: nothing you type leaves this page.
      </footer>
    </div>
  );
}
