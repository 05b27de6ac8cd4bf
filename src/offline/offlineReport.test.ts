import { describe, expect, it } from 'vitest';
import { offlineVerdict } from './offlineReport';

const model = { modelId: 'Xenova/all-MiniLM-L6-v2', dtype: 'q8' };

describe('offlineVerdict', () => {
  it('is ready only when every app file and every model file is stored', () => {
    const verdict = offlineVerdict({
      app: { stored: 9, total: 9 },
      model: { ...model, stored: 4, total: 4 },
    });
    expect(verdict.ready).toBe(true);
    expect(verdict.label).toBe('Ready offline');
    expect(verdict.details[0]).toBe('App files: all 9 stored in this browser.');
    expect(verdict.details[1]).toBe('Model files (Xenova/all-MiniLM-L6-v2, q8): all 4 stored.');
  });

  it('counts what is missing', () => {
    const verdict = offlineVerdict({
      app: { stored: 8, total: 9 },
      model: { ...model, stored: 3, total: 4 },
    });
    expect(verdict.ready).toBe(false);
    expect(verdict.label).toBe('Not yet offline');
    expect(verdict.details.slice(0, 2)).toEqual([
      'App files: 8 of 9 stored.',
      'Model files (Xenova/all-MiniLM-L6-v2, q8): 3 of 4 stored.',
    ]);
  });

  it('is not ready while the service worker installs or before the model has loaded', () => {
    expect(offlineVerdict({ app: 'installing', model: { ...model, stored: 4, total: 4 } }).ready).toBe(false);
    const noModel = offlineVerdict({ app: { stored: 9, total: 9 }, model: 'not-loaded' });
    expect(noModel.ready).toBe(false);
    expect(noModel.details[1]).toBe('Model files: stored once the model has loaded.');
  });

  it('never calls an empty list complete', () => {
    expect(
      offlineVerdict({ app: { stored: 0, total: 0 }, model: { ...model, stored: 4, total: 4 } }).ready,
    ).toBe(false);
  });

  it('says so when the browser allows no service worker', () => {
    const verdict = offlineVerdict({ app: 'unsupported', model: 'not-loaded' });
    expect(verdict).toMatchObject({ ready: false, label: 'Online only' });
  });
});
