// The preview server for end-to-end runs (`npm test`, `npm run test:e2e`): on a free port, and
// stopped when the run ends or is interrupted with Ctrl-C. Plain JS so the runners need no loader.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

export const DEFAULT_E2E_PORT = 4173;

/** Whether nothing listens on `port` at 127.0.0.1. */
function canListen(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A port the system says is free now. */
function anyFreePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Which process listens on `port` ("node (pid 123)"), from `ss` or `lsof`; undefined if neither says. */
export function portHolder(port) {
  const ss = spawnSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' });
  const fromSs = /users:\(\("([^"]+)",pid=(\d+)/.exec(ss.stdout ?? '');
  if (fromSs) return `${fromSs[1]} (pid ${fromSs[2]})`;
  const lsof = spawnSync('lsof', ['-nP', `-iTCP:${port}`, '-sTCP:LISTEN', '-Fpc'], { encoding: 'utf8' });
  const pid = /^p(\d+)$/m.exec(lsof.stdout ?? '')?.[1];
  const command = /^c(.+)$/m.exec(lsof.stdout ?? '')?.[1];
  return pid ? `${command ?? 'a process'} (pid ${pid})` : undefined;
}

/** `wanted` when it is free; otherwise a free port, after saying which process holds `wanted`. */
export async function choosePort(wanted, log = console.log) {
  if (await canListen(wanted)) return wanted;
  const port = await anyFreePort();
  log(`Port ${wanted} is in use by ${portHolder(wanted) ?? 'another process'}; using port ${port} instead.`);
  return port;
}

/** The production build's preview server on `port`, as Playwright's own webServer would start it. */
export function previewServer(port) {
  return {
    command: 'npx',
    args: ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    url: `http://127.0.0.1:${port}/`,
  };
}

/**
 * Starts a server in its own process group and waits until `url` answers. Returns stop(), which
 * ends the whole group (npx and the server under it); it also runs when this process exits.
 */
export async function startServer({ command, args, url }, timeoutMs = 60_000) {
  const child = spawn(command, args, { detached: true, stdio: ['ignore', 'ignore', 'inherit'] });
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  process.once('exit', stop);
  for (const start = Date.now(); Date.now() - start < timeoutMs;) {
    if (child.exitCode !== null)
      throw new Error(`${command} ${args.join(' ')} exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return stop;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  stop();
  throw new Error(`The server did not answer at ${url} within ${timeoutMs / 1000} s`);
}

/**
 * Runs a command to its end without blocking this process, so that Ctrl-C (SIGINT) or SIGTERM can
 * stop the server: then the command is stopped too, and this process exits with 130.
 */
export function runWhileServing(command, args, env, stop) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    const interrupt = (signal) => {
      stop();
      if (child.exitCode !== null || child.signalCode !== null) process.exit(130);
      child.kill(signal);
      child.once('exit', () => process.exit(130));
    };
    process.on('SIGINT', interrupt);
    process.on('SIGTERM', interrupt);
    child.once('exit', (code, signal) => {
      process.off('SIGINT', interrupt);
      process.off('SIGTERM', interrupt);
      // Ctrl-C reaches the whole process group: when the command dies of it before our handler
      // runs, stop the server here, or its process would keep this one alive.
      if (signal === 'SIGINT' || signal === 'SIGTERM') {
        stop();
        process.exit(130);
      }
      resolve(code ?? 1);
    });
  });
}
