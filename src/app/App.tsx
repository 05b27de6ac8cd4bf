import { useEffect } from 'react';
import { useEngineStore } from '../state/engineStore';
import { Header } from './Header';
import { LESSONS, lessonAt } from './lessons';
import { ModelLoadPanel } from './ModelLoadPanel';
import { SkipLink } from './SkipLink';
import { useHashRoute } from './useHashRoute';
import { useWorkshop } from './workshop/useWorkshop';
import { WorkshopCheckpoint } from './workshop/WorkshopCheckpoint';
import { WorkshopStepBar } from './workshop/WorkshopStepBar';
import './workshop/workshop.css';

export function App() {
  const path = useHashRoute();
  const start = useEngineStore((s) => s.start);
  useEffect(() => start(), [start]);
  const lesson = lessonAt(path) ?? LESSONS[0];
  const workshop = useWorkshop(lesson.path);
  return (
    <div className="app">
      <SkipLink />
      <Header currentPath={lesson.path} workshop={workshop} />
      <ModelLoadPanel />
      {workshop.enabled && <WorkshopStepBar lesson={lesson} workshop={workshop} />}
      <main id="main" tabIndex={-1}>
        <lesson.Page />
        {workshop.enabled && <WorkshopCheckpoint lesson={lesson} workshop={workshop} />}
      </main>
      <footer className="footer">
        Embedding Lab runs the model in your browser: nothing you type leaves this page.
      </footer>
    </div>
  );
}
