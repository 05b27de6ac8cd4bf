/** Types for e2e-server.mjs (plain JS so the test runner scripts need no TypeScript loader). */
export interface ServerCommand {
  command: string;
  args: string[];
  url: string;
}
export declare const DEFAULT_E2E_PORT: number;
export declare function portHolder(port: number): string | undefined;
export declare function choosePort(wanted: number, log?: (line: string) => void): Promise<number>;
export declare function previewServer(port: number): ServerCommand;
export declare function startServer(server: ServerCommand, timeoutMs?: number): Promise<() => void>;
export declare function runWhileServing(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  stop: () => void,
): Promise<number>;
