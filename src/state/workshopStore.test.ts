import { describe, expect, it } from 'vitest';
import { readSavedWorkshop, useWorkshopStore } from './workshopStore';

describe('workshop store', () => {
  it('ticks and unticks a checkpoint', () => {
    const { toggleCheckpoint } = useWorkshopStore.getState();
    toggleCheckpoint('/search', 1);
    toggleCheckpoint('/search', 0);
    expect(useWorkshopStore.getState().ticked).toEqual({ '/search': [1, 0] });
    toggleCheckpoint('/search', 1);
    expect(useWorkshopStore.getState().ticked).toEqual({ '/search': [0] });
  });

  it('starts from its initial state in every test (stores reset between tests)', () => {
    expect(useWorkshopStore.getState().ticked).toEqual({});
    expect(useWorkshopStore.getState().settings).toEqual({ enabled: false });
  });

  it('takes from storage only what fits, keeping the defaults for the rest', () => {
    // The entry that blanked the page: `…?.filter is not a function` on every load.
    expect(readSavedWorkshop({ ticked: { '/similarity': 'oops', '/search': [2] } })).toEqual({
      ticked: { '/search': [2] },
    });
    expect(readSavedWorkshop('not an object')).toEqual({ ticked: {} });
  });
});
