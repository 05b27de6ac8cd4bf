import { useEffect } from 'react';
import { useEngineStore } from '../state/engineStore';
import { Header } from './Header';
import { LESSONS, lessonAt } from './lessons';
import { ModelLoadPanel } from './ModelLoadPanel';
import { SkipLink } from './SkipLink';
import { SourceNotice, useSourcesConfirmed } from './sources/SourceNotice';
import { useHashRoute } from './useHashRoute';
import { PresenterBar } from './workshop/present/PresenterBar';
import { useWorkshop } from './workshop/useWorkshop';
import { WorkshopCheckpoint } from './workshop/WorkshopCheckpoint';
import { WorkshopStepBar } from './workshop/WorkshopStepBar';
import { readFlag } from './workshop/workshopUrl';
import './workshop/workshop.css';

export function App() {
  const [sourcesConfirmed, confirmSources] = useSourcesConfirmed();
  return sourcesConfirmed ? <Course /> : <SourceGate onConfirm={confirmSources} />;
}

/** Nothing runs (no model, no dataset, no header menus) until the link's outside addresses are accepted. */
function SourceGate({ onConfirm }: { onConfirm: () => void }) {
  return (
    <div className="app">
      <header className="header">
        <span className="brand">Embedding Lab</span>
      </header>
      <main id="main" tabIndex={-1}>
        <SourceNotice onConfirm={onConfirm} />
      </main>
    </div>
  );
}

function Course() {
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
      <ModelLoadPanel lessonNeedsModel={!lesson.worksWithoutModel} />
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
