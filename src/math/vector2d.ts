import { angleDegrees } from './angle';

/** Points and arrows in a plane, for the 2-D toy figures. */
export interface Vec2 {
  x: number;
  y: number;
}

export function add(a: Vec2, b: Vec2): Vec2 {
  return { x: a.x + b.x, y: a.y + b.y };
}

export function distance(a: Vec2, b: Vec2): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

/** The arrow of the given length pointing `degrees` anticlockwise from the x axis. */
export function fromPolar(length: number, degrees: number): Vec2 {
  const radians = (degrees * Math.PI) / 180;
  return { x: length * Math.cos(radians), y: length * Math.sin(radians) };
}

/** Angle between two arrows from the origin, 0…180 degrees. */
export function angleBetween(a: Vec2, b: Vec2): number {
  return angleDegrees([a.x, a.y], [b.x, b.y]);
}

/** The item whose point is closest to `target` (the first one on a tie), with that distance. */
export function nearest<T extends Vec2>(target: Vec2, items: readonly T[]): { item: T; distance: number } {
  if (items.length === 0) throw new RangeError('nearest needs at least one item');
  let best = { item: items[0], distance: distance(target, items[0]) };
  for (const item of items.slice(1)) {
    const d = distance(target, item);
    if (d < best.distance) best = { item, distance: d };
  }
  return best;
}

/** The other items ordered by the angle their arrow makes with `target`'s, smallest first. */
export function byAngleTo<T extends Vec2>(target: T, items: readonly T[]): { item: T; degrees: number }[] {
  return items
    .filter((item) => item !== target)
    .map((item) => ({ item, degrees: angleBetween(target, item) }))
    .sort((a, b) => a.degrees - b.degrees);
}
