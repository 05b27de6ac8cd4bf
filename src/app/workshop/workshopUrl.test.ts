import { describe, expect, it } from 'vitest';
import {
  classLink,
  readFlag,
  readWorkshop,
  stepPosition,
  workshopSteps,
  writeFlag,
  writeWorkshop,
} from './workshopUrl';

const LESSONS = ['/intro', '/similarity', '/search', '/map'];

describe('readWorkshop', () => {
  it('is off unless workshop=1', () => {
    expect(readWorkshop('', LESSONS)).toEqual({ enabled: false });
    expect(readWorkshop('?workshop=0', LESSONS)).toEqual({ enabled: false });
    expect(readWorkshop('?workshop=yes', LESSONS)).toEqual({ enabled: false });
    expect(readWorkshop('?device=wasm&workshop=1', LESSONS)).toEqual({ enabled: true });
  });

  it('keeps chosen steps in the given order, dropping unknown and repeated ones', () => {
    expect(readWorkshop('?workshop=1&steps=search,%20intro,nope,search,<b>', LESSONS)).toEqual({
      enabled: true,
      steps: ['/search', '/intro'],
    });
  });

  it('falls back to the whole course when no chosen step is a lesson', () => {
    expect(readWorkshop('?workshop=1&steps=nope,', LESSONS)).toEqual({ enabled: true });
  });
});

describe('writeWorkshop', () => {
  it('adds the settings and keeps every other parameter', () => {
    expect(
      writeWorkshop('?modelBase=%2Fmodels&device=wasm', { enabled: true, steps: ['/similarity', '/map'] }),
    ).toBe('?modelBase=%2Fmodels&device=wasm&workshop=1&steps=similarity,map');
  });

  it('removes them when turned off', () => {
    expect(writeWorkshop('?workshop=1&steps=map&device=wasm', { enabled: false, steps: ['/map'] })).toBe(
      '?device=wasm',
    );
    expect(writeWorkshop('?workshop=1', { enabled: false })).toBe('');
  });

  it('round-trips through readWorkshop', () => {
    const settings = { enabled: true, steps: ['/map', '/intro'] };
    expect(readWorkshop(writeWorkshop('?x=1', settings), LESSONS)).toEqual(settings);
  });
});

describe('steps', () => {
  it('are all lessons unless chosen', () => {
    expect(workshopSteps({ enabled: true }, LESSONS)).toEqual(LESSONS);
    expect(workshopSteps({ enabled: true, steps: ['/map'] }, LESSONS)).toEqual(['/map']);
  });

  it('know their number, neighbours and count', () => {
    expect(stepPosition(LESSONS, '/similarity')).toEqual({
      number: 2,
      count: 4,
      previous: '/intro',
      next: '/search',
    });
    expect(stepPosition(LESSONS, '/intro')).toEqual({
      number: 1,
      count: 4,
      previous: undefined,
      next: '/similarity',
    });
    expect(stepPosition(LESSONS, '/map')).toMatchObject({ number: 4, next: undefined });
    expect(stepPosition(['/map'], '/intro')).toBeUndefined();
  });
});

describe('instructor flags', () => {
  it('are read, set and removed without touching other parameters', () => {
    expect(readFlag('?workshop=1&present=1', 'present')).toBe(true);
    expect(readFlag('?workshop=1&present=0', 'present')).toBe(false);
    expect(writeFlag('?workshop=1&steps=a,b', 'instructor', true)).toBe('?workshop=1&steps=a,b&instructor=1');
    expect(writeFlag('?instructor=1', 'instructor', false)).toBe('');
  });

  it('stay off the class link, which keeps everything else', () => {
    const plain = 'https://x.example/?modelBase=%2Fm&steps=a%2Cb#/search';
    expect(classLink(plain)).toBe(plain);
    expect(
      classLink('https://x.example/lab/?workshop=1&steps=a,b&instructor=1&present=1&model=m#/search'),
    ).toBe('https://x.example/lab/?workshop=1&steps=a,b&model=m#/search');
  });
});
