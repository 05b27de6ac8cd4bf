/** What the benchmark page reports for one run. */
export interface PageRun {
  device: string;
  dtype: string;
  threads: number;
  texts: number;
  tokens: number;
  seconds: number;
}
