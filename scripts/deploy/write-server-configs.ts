/** `npm run deploy:configs` — rewrites deploy/nginx and deploy/apache after a header change. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { serverConfigs } from './serverConfigs.ts';

for (const [file, text] of Object.entries(serverConfigs())) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`wrote ${file}`);
}
