import { describe, expect, it } from 'vitest';
import { CHOICE_KEY, decideBackend, forgetChoice, readChoice, saveChoice } from './backendChoice';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

const CHOICE = {
  device: 'wasm' as const,
  reason: 'WebGPU measured 40× slower',
  adapter: 'google|swiftshader||',
  modelId: 'm',
};

describe('remembered backend choice', () => {
  it('round-trips for the same adapter and model, and is forgotten on request', () => {
    const storage = memoryStorage();
    saveChoice(storage, CHOICE);
    expect(readChoice(storage, CHOICE.adapter, 'm')).toEqual(CHOICE);
    expect(readChoice(storage, 'nvidia|ampere||', 'm')).toBeUndefined();
    expect(readChoice(storage, CHOICE.adapter, 'other-model')).toBeUndefined();
    forgetChoice(storage);
    expect(readChoice(storage, CHOICE.adapter, 'm')).toBeUndefined();
  });

  it.each([
    ['not JSON', '{'],
    ['not an object', '"wasm"'],
    ['an unknown device', JSON.stringify({ ...CHOICE, device: 'cpu' })],
    ['a reason that is not text', JSON.stringify({ ...CHOICE, reason: 42 })],
  ])('ignores a stored value that is %s', (_label, stored) => {
    expect(readChoice(memoryStorage({ [CHOICE_KEY]: stored }), CHOICE.adapter, 'm')).toBeUndefined();
  });
});

describe('decideBackend', () => {
  it('keeps WASM when WebGPU is slower, and says by how much', () => {
    expect(decideBackend(5, 200)).toEqual({
      device: 'wasm',
      reason: 'WebGPU measured 40× slower than WASM here: using WASM',
    });
    expect(decideBackend(100, 150).reason).toBe('WebGPU measured 1.5× slower than WASM here: using WASM');
  });

  it('keeps WebGPU when it is at least as fast', () => {
    expect(decideBackend(300, 100)).toEqual({
      device: 'webgpu',
      reason: 'WebGPU measured 3.0× faster than WASM here: using WebGPU',
    });
    expect(decideBackend(100, 100).device).toBe('webgpu');
  });
});
