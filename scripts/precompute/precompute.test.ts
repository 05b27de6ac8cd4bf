import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { startStaticServer } from '../serve/staticServer.ts';

const run = promisify(execFile);

describe('npm run precompute without a reachable hub', () => {
  it('names the URL it tried and the way to run without internet, not just "fetch failed"', async () => {
    const closed = await startStaticServer({ root: 'public' });
    await closed.close(); // nothing listens on its port any more
    const failure = await run(
      'npx',
      (
        'tsx scripts/precompute/precompute.ts --dataset public/data/job-listings.csv --model org/some-model ' +
        '--rows 2 --out test-results/precompute-offline'
      ).split(' '),
      { env: { ...process.env, HF_ENDPOINT: closed.origin } },
    ).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1 });
    const { stderr } = failure as { stderr: string };
    expect(stderr).toContain(`${closed.origin}/org/some-model/resolve/main/config.json`);
    expect(stderr).toContain('npm run models:fetch');
    expect(stderr).toContain('--modelBase public/models');
  }, 60_000);
});
