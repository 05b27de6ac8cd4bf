/**
 * Vitest swaps this in for zustand (vitest.setup.ts): every store created in a test file is reset
 * to its initial state after each test, so no test sees another's leftovers (as bulletproof-react does).
 */
import { afterEach, vi } from 'vitest';
import type * as zustand from 'zustand';

const actual = await vi.importActual<typeof zustand>('zustand');
const resets = new Set<() => void>();

function createAndRemember<T>(creator: zustand.StateCreator<T>) {
  const store = actual.create(creator);
  const initial = store.getInitialState();
  resets.add(() => store.setState(initial, true));
  return store;
}

export const create = (<T>(creator?: zustand.StateCreator<T>) =>
  creator ? createAndRemember(creator) : createAndRemember) as typeof zustand.create;

export const createStore = actual.createStore;
export const useStore = actual.useStore;

afterEach(() => {
  for (const reset of resets) reset();
});
