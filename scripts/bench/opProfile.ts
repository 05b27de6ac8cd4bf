/**
 * Reads onnxruntime's profiler output (Chrome trace events, the same format in Node and in the
 * browser) and sums kernel time per operator type, per model run.
 */

export interface ProfileEvent {
  cat: string;
  name: string;
  ts: number;
  dur: number;
  args?: { op_name?: string };
}

export interface OpProfile {
  runs: number;
  /** Mean milliseconds of one whole model run. */
  runMs: number;
  /** Mean milliseconds per run spent in each operator type's kernels. */
  opMs: Map<string, number>;
}

/**
 * The browser build prints the trace to the console, one event per line between `[` and `]`;
 * Node writes the same array to a file. Both parse here.
 */
export function parseProfileEvents(text: string): ProfileEvent[] {
  const start = text.indexOf('[');
  const end = text.lastIndexOf(']');
  if (start < 0 || end < start) throw new Error('No profiler trace found in the output.');
  return JSON.parse(text.slice(start, end + 1)) as ProfileEvent[];
}

/** The first run is left out: it allocates buffers and warms up code, unlike the rest. */
export function summarizeProfile(events: readonly ProfileEvent[]): OpProfile {
  const runs = events.filter((e) => e.name === 'model_run').sort((a, b) => a.ts - b.ts);
  if (runs.length < 2) throw new Error(`Need at least 2 model runs to skip the warm-up, got ${runs.length}.`);
  const measured = runs.slice(1);
  const from = measured[0].ts;
  const opMs = new Map<string, number>();
  for (const event of events) {
    const op = event.args?.op_name;
    if (event.cat !== 'Node' || !op || !event.name.endsWith('_kernel_time') || event.ts < from) continue;
    opMs.set(op, (opMs.get(op) ?? 0) + event.dur / 1000 / measured.length);
  }
  const runMs = measured.reduce((sum, run) => sum + run.dur, 0) / 1000 / measured.length;
  return { runs: measured.length, runMs, opMs };
}
