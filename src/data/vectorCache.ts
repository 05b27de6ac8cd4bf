/**
 * Vectors kept in IndexedDB, so a reload or a second visit embeds nothing twice. A vector is found
 * by model id, dtype and the SHA-256 of its text: a different model or precision never reuses it.
 * Every call has a time limit: some private modes and locked profiles never answer `open`, and a
 * job must not wait for storage forever. Once opening has timed out, the cache stays off for the
 * visit and every call fails at once, so embedding goes on without it.
 */
const DB_NAME = 'embedding-lab';
const STORE = 'vectors';

export interface CacheStats {
  vectors: number;
  bytes: number;
}

export interface VectorCache {
  getMany(keys: readonly string[]): Promise<(Float32Array | undefined)[]>;
  putMany(entries: readonly (readonly [string, Float32Array])[]): Promise<void>;
  stats(): Promise<CacheStats>;
  clear(): Promise<void>;
}

export function cacheKey(modelId: string, dtype: string, textHash: string): string {
  return `${modelId}|${dtype}|${textHash}`;
}

/** Opening answers in milliseconds when it works; a slow disk still gets some seconds. */
const OPEN_TIMEOUT_MS = 5_000;
/** One call's transaction: a look-up of 50,000 keys takes a few seconds on a slow laptop. */
const CALL_TIMEOUT_MS = 30_000;

export class StorageTimeoutError extends Error {
  constructor(what: string, ms: number) {
    super(`the browser's storage (IndexedDB) did not ${what} within ${ms / 1000} s`);
    this.name = 'StorageTimeoutError';
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StorageTimeoutError(what, ms)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const done = (request: IDBRequest) =>
  new Promise<void>((resolve, reject) => {
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });

const committed = (transaction: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error ?? new Error('Transaction aborted'));
  });

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
    request.onblocked = () =>
      reject(new Error('The vector cache is open in an older tab; close it and reload.'));
  });
}

class IndexedDbVectorCache implements VectorCache {
  private db?: Promise<IDBDatabase>;
  /** Set when opening never answered: the cache is off for this visit. */
  private unavailable?: Error;

  private async transaction(mode: IDBTransactionMode): Promise<IDBObjectStore> {
    if (this.unavailable) throw this.unavailable;
    if (!this.db) {
      this.db = withTimeout(openDatabase(), OPEN_TIMEOUT_MS, 'open');
      this.db.catch((error: unknown) => {
        this.db = undefined; // a failed open is retried next time, one that never answers is not
        if (error instanceof StorageTimeoutError) this.unavailable = error;
      });
    }
    return (await this.db).transaction(STORE, mode).objectStore(STORE);
  }

  getMany(keys: readonly string[]): Promise<(Float32Array | undefined)[]> {
    return withTimeout(this.readMany(keys), CALL_TIMEOUT_MS, 'answer a look-up');
  }

  putMany(entries: readonly (readonly [string, Float32Array])[]): Promise<void> {
    return withTimeout(this.writeMany(entries), CALL_TIMEOUT_MS, 'store the vectors');
  }

  stats(): Promise<CacheStats> {
    return withTimeout(this.count(), CALL_TIMEOUT_MS, 'count its vectors');
  }

  clear(): Promise<void> {
    return withTimeout(this.clearAll(), CALL_TIMEOUT_MS, 'clear the cache');
  }

  private async readMany(keys: readonly string[]): Promise<(Float32Array | undefined)[]> {
    const store = await this.transaction('readonly');
    const found: (Float32Array | undefined)[] = new Array(keys.length);
    await Promise.all(
      keys.map((key, i) => {
        const request = store.get(key);
        return done(request).then(() => {
          found[i] = request.result instanceof Float32Array ? request.result : undefined;
        });
      }),
    );
    return found;
  }

  private async writeMany(entries: readonly (readonly [string, Float32Array])[]): Promise<void> {
    const store = await this.transaction('readwrite');
    for (const [key, vector] of entries) store.put(vector, key);
    await committed(store.transaction);
  }

  private async count(): Promise<CacheStats> {
    const store = await this.transaction('readonly');
    const stats = { vectors: 0, bytes: 0 };
    const cursor = store.openCursor();
    await new Promise<void>((resolve, reject) => {
      cursor.onsuccess = () => {
        const current = cursor.result;
        if (!current) return resolve();
        stats.vectors++;
        if (current.value instanceof Float32Array) stats.bytes += current.value.byteLength;
        current.continue();
      };
      cursor.onerror = () => reject(cursor.error);
    });
    return stats;
  }

  private async clearAll(): Promise<void> {
    const store = await this.transaction('readwrite');
    store.clear();
    await committed(store.transaction);
  }
}

export const createVectorCache = (): VectorCache => new IndexedDbVectorCache();

export const vectorCache: VectorCache = createVectorCache();
