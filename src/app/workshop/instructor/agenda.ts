/**
 * The workshop plan: minutes per step for a 60- and a 90-minute session. Steps are the nine lessons
 * (by path) plus a welcome and a wrap-up, which are not lesson pages.
 */
export type SessionLength = 60 | 90;
export const SESSION_LENGTHS: readonly SessionLength[] = [60, 90];

export interface AgendaItem {
  /** A lesson path (its title comes from the course), or 'welcome' / 'wrap-up'. */
  id: string;
  title?: string;
  minutes: Record<SessionLength, number>;
}

export const AGENDA: readonly AgendaItem[] = [
  { id: 'welcome', title: 'Welcome: open the class link, model loads', minutes: { 60: 3, 90: 5 } },
  { id: '/what-is-an-embedding', minutes: { 60: 5, 90: 8 } },
  { id: '/first-embedding', minutes: { 60: 5, 90: 7 } },
  { id: '/inside-the-model', minutes: { 60: 6, 90: 9 } },
  { id: '/similarity', minutes: { 60: 9, 90: 13 } },
  { id: '/analogies', minutes: { 60: 6, 90: 9 } },
  { id: '/looking-at-embeddings', minutes: { 60: 5, 90: 8 } },
  { id: '/search', minutes: { 60: 10, 90: 14 } },
  { id: '/pca-map', minutes: { 60: 6, 90: 10 } },
  { id: '/where-embeddings-are-used', minutes: { 60: 3, 90: 5 } },
  { id: 'wrap-up', title: 'Wrap-up: class pulse, questions', minutes: { 60: 2, 90: 2 } },
];

export interface AgendaRow {
  id: string;
  title?: string;
  minutes: number;
  /** Minutes from the start of the session. */
  startsAt: number;
}

/**
 * The plan for one session length. With chosen steps (`steps=`), lessons not chosen are left out and
 * their time goes to the chosen ones in proportion, so the session still fits.
 */
export function agendaFor(length: SessionLength, steps: readonly string[]): AgendaRow[] {
  const kept = AGENDA.filter((item) => !item.id.startsWith('/') || steps.includes(item.id));
  const keptLessons = kept.filter((item) => item.id.startsWith('/'));
  const lessonTotal = (items: readonly AgendaItem[]) =>
    items.filter((item) => item.id.startsWith('/')).reduce((sum, item) => sum + item.minutes[length], 0);
  const scale = keptLessons.length > 0 ? lessonTotal(AGENDA) / lessonTotal(kept) : 1;
  let startsAt = 0;
  let lessonMinutesLeft = lessonTotal(AGENDA);
  let lessonsLeft = keptLessons.length;
  return kept.map((item) => {
    let minutes = item.minutes[length];
    if (item.id.startsWith('/')) {
      // Round each lesson's share, and give the last one what is left, so the total stays exact.
      minutes = --lessonsLeft === 0 ? lessonMinutesLeft : Math.round(minutes * scale);
      lessonMinutesLeft -= minutes;
    }
    const row = { id: item.id, title: item.title, minutes, startsAt };
    startsAt += minutes;
    return row;
  });
}

/** "0:05" for 5 minutes, "1:15" for 75. */
export function clockText(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}
