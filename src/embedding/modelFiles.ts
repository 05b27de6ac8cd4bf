import type { Dtype } from './protocol';

/** transformers.js' Cache Storage, where model files stay after their first download. */
export const MODEL_CACHE_NAME = 'transformers-cache';

/** Files AutoTokenizer and AutoModel read for a BERT feature-extraction model, whatever the dtype. */
export const MODEL_CONFIG_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json'] as const;

/** The ONNX weights transformers.js requests for each dtype. */
export const ONNX_FILES: Readonly<Record<Dtype, string>> = {
  fp32: 'onnx/model.onnx',
  fp16: 'onnx/model_fp16.onnx',
  q8: 'onnx/model_quantized.onnx',
};

/** Every file one loaded model (one dtype) needs. */
export function modelFilesFor(dtype: Dtype): string[] {
  return [...MODEL_CONFIG_FILES, ONNX_FILES[dtype]];
}
