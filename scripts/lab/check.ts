/** `npm run lab:check -- <dir>` — says whether a lab folder made by lab:prepare is complete. */
import { checkLabFolder } from './labFolder.ts';

const dir = process.argv[2];
if (!dir) {
  console.error('Usage: npm run lab:check -- <lab folder>');
  process.exit(2);
}
const problems = await checkLabFolder(dir);
if (problems.length > 0) {
  console.error(`${dir} is not complete:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(
  `${dir} is complete: serve ${dir}/site on the lab network (see README, "A lab without internet").`,
);
