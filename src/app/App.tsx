import { useEffect } from 'react';
import { useEngineStore } from '../state/engineStore';
import { Header } from './Header';
import { LESSONS, lessonAt } from './lessons';
import { ModelLoadPanel } from './ModelLoadPanel';
import { SkipLink } from './SkipLink';
import { useHashRoute } from './useHashRoute';
import { PresenterBar } from './workshop/present/PresenterBar';
import { useWorkshop } from './workshop/useWorkshop';
import { WorkshopCheckpoint } from './workshop/WorkshopCheckpoint';
import { WorkshopStepBar } from './workshop/WorkshopStepBar';
import { readFlag } from './workshop/workshopUrl';
import './workshop/workshop.css';

export function App() {
  const path = useHashRoute();
  const start = useEngineStore((s) => s.start);
  useEffect(() => start(), [start]);
  const lesson = lessonAt(path) ?? LESSONS[0];
  const workshop = useWorkshop(lesson.path);
  // The projector view (?present=1) is for the instructor's screen; the class link never carries it.
  const presenting = readFlag(location.search, 'present');
  return (
    <div className="app">
      <SkipLink />
      <Header currentPath={lesson.path} workshop={workshop} />
      <ModelLoadPanel />
      {presenting ? (
        <PresenterBar lesson={lesson} workshop={workshop} />
      ) : (
        workshop.enabled && <WorkshopStepBar lesson={lesson} workshop={workshop} />
      )}
      <main id="main" tabIndex={-1}>
        <lesson.Page />
        {workshop.enabled && !presenting && <WorkshopCheckpoint lesson={lesson} workshop={workshop} />}
      </main>
      <footer className="footer">
        Embedding Lab runs the model in your browser: nothing you type leaves this page.
      </footer>
    </div>
  );
}
