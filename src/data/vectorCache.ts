/**
 * Vectors kept in IndexedDB, so a reload or a second visit embeds nothing twice. A vector is found
 * by model id, dtype and the SHA-256 of its text: a different model or precision never reuses it.
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

  private async transaction(mode: IDBTransactionMode): Promise<IDBObjectStore> {
    if (!this.db) {
      this.db = openDatabase();
      this.db.catch(() => (this.db = undefined)); // a failed open is retried next time
    }
    return (await this.db).transaction(STORE, mode).objectStore(STORE);
  }

  async getMany(keys: readonly string[]): Promise<(Float32Array | undefined)[]> {
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

  async putMany(entries: readonly (readonly [string, Float32Array])[]): Promise<void> {
    const store = await this.transaction('readwrite');
    for (const [key, vector] of entries) store.put(vector, key);
    await committed(store.transaction);
  }

  async stats(): Promise<CacheStats> {
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

  async clear(): Promise<void> {
    const store = await this.transaction('readwrite');
    store.clear();
    await committed(store.transaction);
  }
}

export const vectorCache: VectorCache = new IndexedDbVectorCache();
