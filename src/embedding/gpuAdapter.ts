import type { Dtype } from './protocol';

/** What the page learns about the WebGPU adapter before loading anything on it. */
export interface AdapterFacts {
  dtype: Dtype;
  /** The adapter says it is a fallback: software rendering (SwiftShader and the like), no GPU. */
  fallback: boolean;
  /** Vendor, architecture and description: a remembered decision only holds for the same adapter. */
  key: string;
}

interface AdapterInfoLike {
  vendor?: string;
  architecture?: string;
  device?: string;
  description?: string;
  isFallbackAdapter?: boolean;
}

interface AdapterLike {
  features: ReadonlySet<string>;
  info?: AdapterInfoLike;
  /** Older browsers: the flag on the adapter and info through requestAdapterInfo(). */
  isFallbackAdapter?: boolean;
  requestAdapterInfo?: () => Promise<AdapterInfoLike>;
}

export async function probeAdapter(requested?: Dtype): Promise<AdapterFacts | undefined> {
  const gpu = (navigator as unknown as { gpu?: { requestAdapter(): Promise<AdapterLike | null> } }).gpu;
  try {
    const adapter = await gpu?.requestAdapter();
    if (!adapter) return undefined;
    const info = adapter.info ?? (await adapter.requestAdapterInfo?.()) ?? {};
    return {
      dtype: requested ?? (adapter.features.has('shader-f16') ? 'fp16' : 'fp32'),
      fallback: info.isFallbackAdapter ?? adapter.isFallbackAdapter ?? false,
      key: [info.vendor, info.architecture, info.device, info.description]
        .map((part) => part ?? '')
        .join('|'),
    };
  } catch {
    return undefined;
  }
}
