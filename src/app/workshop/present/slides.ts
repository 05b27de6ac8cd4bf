/**
 * The projector view shows a lesson one idea at a time. Each section of the lesson (a heading's worth,
 * or a predict question) starts a new screen; what comes before the first section is the first screen.
 */
export function slideNumbers(startsScreen: readonly boolean[]): number[] {
  let screen = 0;
  return startsScreen.map((starts, i) => (starts && i > 0 ? ++screen : screen));
}

/** The lesson's parts, one level deep: a wrapper (not itself a section) around sections is split. */
export function lessonParts(article: Element): Element[] {
  return [...article.children].flatMap((child) =>
    child.tagName !== 'SECTION' && child.querySelector(':scope > section') ? [...child.children] : [child],
  );
}

export const startsScreen = (part: Element) =>
  part.tagName === 'SECTION' || part.querySelector(':scope > h2') !== null;
