/**
 * The Python a student pastes to check the browser's vectors against sentence-transformers: it
 * verifies the manifest's hashes, re-embeds the texts with max_seq_length 256 and normalised
 * vectors, and prints the largest difference. The README shows the same code (a test keeps them equal).
 */
export function pythonCheck(files: { manifest: string; npy: string }): string {
  return `import hashlib, json
import numpy as np
from sentence_transformers import SentenceTransformer

manifest = json.load(open("${files.manifest}", encoding="utf-8"))
browser = np.load("${files.npy}")  # the vectors this page computed
npy = next(f for f in manifest["files"] if f["name"] == "${files.npy}")
assert hashlib.sha256(open("${files.npy}", "rb").read()).hexdigest() == npy["sha256"], "not the exported .npy"
texts = [row["text"] for row in manifest["texts"]]
for text, row in zip(texts, manifest["texts"]):
    assert hashlib.sha256(text.encode("utf-8")).hexdigest() == row["sha256"], row["index"]
assert browser.shape == (manifest["rows"], manifest["dims"])

model = SentenceTransformer("sentence-transformers/" + manifest["modelId"].split("/")[-1])
model.max_seq_length = manifest["maxTokens"]  # 256, as the browser
python = model.encode(texts, normalize_embeddings=True, convert_to_numpy=True)
print(f"{manifest['dtype']}: largest difference {np.abs(python - browser).max():.1e}")
print("expected: about 1e-6 for fp32, a few times 1e-2 for q8 (8-bit weights)")
`;
}
