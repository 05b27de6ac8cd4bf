import { OfflineBadge } from '../offline/OfflineBadge';
import { BackendStatus } from './BackendStatus';
import { LessonNav } from './LessonNav';
import { LESSONS } from './lessons';
import { SettingsMenu } from './SettingsMenu';
import type { WorkshopView } from './workshop/useWorkshop';
import { WorkshopToggle } from './workshop/WorkshopToggle';

export function Header({ currentPath, workshop }: { currentPath: string; workshop: WorkshopView }) {
  return (
    <header className="header">
      <div className="header-top">
        <a className="brand" href="#/">
          Embedding Lab
        </a>
        <div className="header-controls">
          <BackendStatus />
          <OfflineBadge />
          <WorkshopToggle />
          <SettingsMenu />
        </div>
      </div>
      <LessonNav lessons={LESSONS} currentPath={currentPath} workshop={workshop} />
    </header>
  );
}
