/** One timed map computation in the benchmark page. */
export interface MapJobTiming {
  rows: number;
  ms: number;
  note: string;
}
