import { describe, expect, it } from 'vitest';
import { parseProfileEvents, summarizeProfile, type ProfileEvent } from './opProfile';

const kernel = (op: string, ts: number, dur: number): ProfileEvent => ({
  cat: 'Node',
  name: `/layer/${op}_kernel_time`,
  ts,
  dur,
  args: { op_name: op },
});

describe('summarizeProfile', () => {
  const events: ProfileEvent[] = [
    { cat: 'Session', name: 'model_run', ts: 0, dur: 9000 },
    kernel('MatMul', 10, 8000), // warm-up run: left out
    { cat: 'Session', name: 'model_run', ts: 10_000, dur: 3000 },
    kernel('MatMul', 10_010, 2000),
    kernel('Softmax', 12_010, 500),
    { cat: 'Node', name: '/layer/MatMul_fence_before', ts: 12_600, dur: 100, args: { op_name: 'MatMul' } },
    { cat: 'Session', name: 'model_run', ts: 20_000, dur: 5000 },
    kernel('MatMul', 20_010, 4000),
    kernel('Softmax', 24_010, 1500),
  ];

  it('averages kernel time per operator over the runs after the first', () => {
    const profile = summarizeProfile(events);
    expect(profile.runs).toBe(2);
    expect(profile.runMs).toBeCloseTo(4, 9);
    expect(profile.opMs.get('MatMul')).toBeCloseTo(3, 9);
    expect(profile.opMs.get('Softmax')).toBeCloseTo(1, 9);
  });

  it('refuses a trace with only the warm-up run', () => {
    expect(() => summarizeProfile(events.slice(0, 2))).toThrow(/at least 2 model runs/);
  });
});

describe('parseProfileEvents', () => {
  it('reads the array out of console text with other lines around it', () => {
    const text = `Failed to load resource\n[\n${JSON.stringify(kernel('Add', 1, 2))},\n${JSON.stringify(kernel('Mul', 3, 4))}\n]\n`;
    expect(parseProfileEvents(text).map((e) => e.args?.op_name)).toEqual(['Add', 'Mul']);
  });

  it('says so when there is no trace', () => {
    expect(() => parseProfileEvents('nothing here')).toThrow(/No profiler trace/);
  });
});
