import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type RunningServer } from '../serve/staticServer.ts';

/**
 * Runs `npm run models:fetch` against a local stand-in for the hub (the real hub needs internet):
 * the generated tiny-bert model served at `<hub>/org/tiny/resolve/main/`, without the optional
 * special_tokens_map.json.
 */
const run = promisify(execFile);
/** Comparing hashes: a deep equality over 14 MB of bytes takes minutes. */
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const fixture = path.resolve('fixtures/models/tiny-bert');
const hasFixture = existsSync(path.join(fixture, 'onnx/model_quantized.onnx'));
const FILES = [
  'config.json',
  'tokenizer.json',
  'tokenizer_config.json',
  'onnx/model.onnx',
  'onnx/model_fp16.onnx',
  'onnx/model_quantized.onnx',
];

describe.skipIf(!hasFixture)('models:fetch against a local hub', () => {
  let work: string;
  let hub: RunningServer;

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'models-fetch-'));
    const repo = path.join(work, 'hub');
    mkdirSync(path.join(repo, 'onnx'), { recursive: true });
    for (const file of FILES) symlinkSync(path.join(fixture, file), path.join(repo, file));
    hub = await startStaticServer({
      root: path.join(work, 'empty'),
      mounts: { '/org/tiny/resolve/main': repo },
    });
  });
  afterAll(async () => {
    await hub.close();
    rmSync(work, { recursive: true, force: true });
  });

  const fetchModel = (out: string, endpoint = hub.origin) =>
    run('npx', ['tsx', 'scripts/models/fetch-model.ts', '--model', 'org/tiny', '--out', out], {
      env: { ...process.env, HF_ENDPOINT: endpoint },
    });

  it('downloads every file byte for byte, skips the missing optional one, and resumes a cut-off file', async () => {
    const out = path.join(work, 'models');
    const first = await fetchModel(out);
    expect(first.stdout).toContain('- special_tokens_map.json (not in this repository; optional)');
    const folder = path.join(out, 'org', 'tiny');
    for (const file of FILES)
      expect(sha256(path.join(folder, file)), file).toBe(sha256(path.join(fixture, file)));
    expect(readdirSync(path.join(folder, 'onnx')).filter((name) => name.endsWith('.part'))).toEqual([]);

    // Cut the q8 weights off half way, as an interrupted run would leave them.
    const target = path.join(folder, 'onnx/model_quantized.onnx');
    const whole = readFileSync(target);
    const wholeHash = sha256(target);
    rmSync(target);
    writeFileSync(`${target}.part`, whole.subarray(0, whole.length >> 1));
    const second = await fetchModel(out);
    expect(second.stdout).toContain('✓ config.json (already there');
    // Resumed, not restarted: the first progress line is already past half way.
    const firstPercent = Number(/model_quantized\.onnx: .* \((\d+) %\)/.exec(second.stderr)?.[1]);
    expect(firstPercent).toBeGreaterThanOrEqual(50);
    expect(sha256(target)).toBe(wholeHash);
    expect(existsSync(`${target}.part`)).toBe(false);
  }, 60_000);

  it('says it needs internet when the hub cannot be reached', async () => {
    const closed = await startStaticServer({ root: work });
    await closed.close(); // nothing listens on its port any more
    const out = path.join(work, 'unreachable');
    const failure = await fetchModel(out, closed.origin).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain('needs internet access');
    // No empty model folder is left behind for a build to ship.
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});
