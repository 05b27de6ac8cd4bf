/** Why a dataset could not be loaded, in three parts a student can act on. */
export type DatasetErrorKind =
  | 'too-large'
  | 'empty'
  | 'binary'
  /** Something else than CSV text: a web page, a Git LFS pointer. */
  | 'not-csv'
  | 'encoding'
  | 'quotes'
  | 'no-rows'
  | 'too-many-columns'
  | 'no-text-column'
  | 'network'
  /** The download started, then stopped sending. */
  | 'stalled'
  | 'http'
  | 'internal';

export interface DatasetError {
  kind: DatasetErrorKind;
  /** What was wrong, one sentence. */
  problem: string;
  /** Where: a line, byte or URL, when known. */
  where?: string;
  /** What to do about it. */
  advice: string;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: DatasetError };

export const succeed = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const fail = <T>(error: DatasetError): Outcome<T> => ({ ok: false, error });
