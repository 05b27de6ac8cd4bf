import { OfflineBadge } from '../offline/OfflineBadge';
import { BackendStatus } from './BackendStatus';
import { LESSONS } from './lessons';
import { SettingsMenu } from './SettingsMenu';

export function Header({ currentPath }: { currentPath: string }) {
  return (
    <header className="header">
      <div className="header-top">
        <a className="brand" href="#/">
          Embedding Lab
        </a>
        <BackendStatus />
        <OfflineBadge />
        <SettingsMenu />
      </div>
      <nav aria-label="Lessons">
        <ol className="lesson-nav">
          {LESSONS.map((lesson, i) => (
            <li key={lesson.path}>
              <a href={`#${lesson.path}`} aria-current={lesson.path === currentPath ? 'page' : undefined}>
                <span className="lesson-number">{i + 1}</span> {lesson.title}
              </a>
            </li>
          ))}
        </ol>
      </nav>
    </header>
  );
}
