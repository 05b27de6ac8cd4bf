import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { describe, expect, it } from 'vitest';
import { choosePort, portHolder } from './e2e-server.mjs';

const listen = (port = 0) =>
  new Promise<Server>((resolve) => {
    const server = createServer();
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
const portOf = (server: Server) => (server.address() as { port: number }).port;
const close = (server: Server) => new Promise((resolve) => server.close(resolve));

/** Whether a TCP connection to the port is accepted. */
const answers = (port: number) =>
  fetch(`http://127.0.0.1:${port}/`).then(
    () => true,
    () => false,
  );

describe('the e2e server port', () => {
  it('is the wanted one when free', async () => {
    const server = await listen();
    const port = portOf(server);
    await close(server);
    expect(await choosePort(port, () => {})).toBe(port);
  });

  it('moves to a free port when the wanted one is busy, and says which process holds it', async () => {
    const busy = await listen();
    const lines: string[] = [];
    const port = await choosePort(portOf(busy), (line) => lines.push(line));
    expect(port).not.toBe(portOf(busy));
    expect(portHolder(portOf(busy))).toContain(`pid ${process.pid}`);
    expect(lines).toEqual([
      `Port ${portOf(busy)} is in use by ${portHolder(portOf(busy))}; using port ${port} instead.`,
    ]);
    await close(busy);
    const other = await listen(port); // the port it chose is really free
    await close(other);
  });
});

// The runner the way npm test uses it, with a small HTTP server standing in for vite preview and
// `sleep` for Playwright. Ctrl-C in a terminal sends SIGINT to the runner's whole process group.
const RUNNER = `
import { startServer, runWhileServing } from './scripts/e2e-server.mjs';
const port = Number(process.argv[1]);
const server = {
  command: process.execPath,
  args: ['-e', "require('node:http').createServer((q, s) => s.end('ok')).listen(" + port + ", '127.0.0.1')"],
  url: 'http://127.0.0.1:' + port + '/',
};
const stop = await startServer(server);
console.log('serving');
await runWhileServing('sleep', ['60'], process.env, stop);
`;

describe('Ctrl-C during the end-to-end tests', () => {
  it('stops the server and the tests, and exits with 130', async () => {
    const free = await listen();
    const port = portOf(free);
    await close(free);
    const runner = spawn(process.execPath, ['--input-type=module', '-e', RUNNER, String(port)], {
      detached: true,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve) =>
      runner.stdout.on('data', (d: Buffer) => d.includes('serving') && resolve()),
    );
    expect(await answers(port)).toBe(true);

    const exited = new Promise<number | null>((resolve) => runner.once('exit', resolve));
    process.kill(-runner.pid!, 'SIGINT');
    try {
      expect(await exited).toBe(130);
      await expect.poll(() => answers(port), { timeout: 5_000 }).toBe(false);
    } finally {
      // If the runner failed to, stop the stand-in server here so a failing run leaves nothing behind.
      const left = /pid (\d+)/.exec(portHolder(port) ?? '')?.[1];
      if (left) process.kill(Number(left));
    }
  }, 30_000);
});
