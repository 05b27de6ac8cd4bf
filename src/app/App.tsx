import { Suspense, useEffect } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { useEngineStore } from '../state/engineStore';
import { Header } from './Header';
import { LESSONS, lessonAt } from './lessons';
import { ModelLoadPanel } from './ModelLoadPanel';
import { NotFoundPage } from './NotFoundPage';
import { SettingsNotice } from './SettingsNotice';
import { SkipLink } from './SkipLink';
import { SourceNotice, useSourcesConfirmed } from './sources/SourceNotice';
import { UpdateNotice } from '../offline/UpdateNotice';
import { useHashRoute } from './useHashRoute';
import { PresenterBar } from './workshop/present/PresenterBar';
import { useWorkshop } from './workshop/useWorkshop';
import { WorkshopCheckpoint } from './workshop/WorkshopCheckpoint';
import { WorkshopStepBar } from './workshop/WorkshopStepBar';
import { readFlag } from './workshop/workshopUrl';
import './workshop/workshop.css';

/** `#/` (or no hash) is the course's start; any other path must name a lesson. */
const routeLesson = (path: string) => (path === '/' ? LESSONS[0] : lessonAt(path));

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
  const lesson = routeLesson(path);
  const workshop = useWorkshop(lesson?.path ?? path);
  // The projector view (?present=1) is for the instructor's screen; the class link never carries it.
  const presenting = readFlag(location.search, 'present');
  return (
    <div className="app">
      <SkipLink />
      <ErrorBoundary what="The header">
        <Header currentPath={lesson?.path ?? path} workshop={workshop} />
      </ErrorBoundary>
      <UpdateNotice />
      <SettingsNotice />
      <ErrorBoundary what="The model panel">
        <ModelLoadPanel lessonNeedsModel={!!lesson && !lesson.worksWithoutModel} />
      </ErrorBoundary>
      {lesson && (presenting || workshop.enabled) && (
        <ErrorBoundary what="The workshop bar" resetKey={path}>
          {presenting ? (
            <PresenterBar lesson={lesson} workshop={workshop} />
          ) : (
            <WorkshopStepBar lesson={lesson} workshop={workshop} />
          )}
        </ErrorBoundary>
      )}
      <main id="main" tabIndex={-1}>
        <ErrorBoundary what="This lesson" resetKey={path}>
          <Suspense
            fallback={
              <p className="muted" role="status" data-testid="lesson-loading">
                Loading the lesson…
              </p>
            }
          >
            {lesson ? <lesson.Page /> : <NotFoundPage path={path} />}
          </Suspense>
        </ErrorBoundary>
        {lesson && workshop.enabled && !presenting && (
          <ErrorBoundary what="The checkpoint" resetKey={path}>
            <WorkshopCheckpoint lesson={lesson} workshop={workshop} />
          </ErrorBoundary>
        )}
      </main>
      <footer className="footer">
        Embedding Lab runs the model in your browser: nothing you type leaves this page.
      </footer>
    </div>
  );
}
