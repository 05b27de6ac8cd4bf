import { useState } from 'react';
import { readFlag, writeFlag, type InstructorFlag } from './workshopUrl';

/** An instructor flag kept in the page URL, so a reload or a bookmark keeps it. */
export function useUrlFlag(flag: InstructorFlag): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(() => readFlag(location.search, flag));
  const set = (next: boolean) => {
    // replaceState: no Back step, and the hash (current lesson) stays.
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${writeFlag(location.search, flag, next)}${location.hash}`,
    );
    setOn(next);
  };
  return [on, set];
}
