// Installs a folder's npm packages exactly as its lockfile says (npm ci), but only when the lockfile changed
// since the last install, so repeated builds stay fast. Usage: node scripts/npm-ensure.mjs <folder>
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execSync } from 'node:child_process';

const folder = resolve(process.argv[2] ?? '.');
const lock = join(folder, 'package-lock.json');
const stamp = join(folder, 'node_modules', '.installed-lock-sha256');
const wanted = createHash('sha256').update(readFileSync(lock)).digest('hex');

if (existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === wanted) {
  process.exit(0);
}
console.log(`npm ci in ${folder}`);
execSync('npm ci --no-audit --no-fund', { cwd: folder, stdio: 'inherit' });
writeFileSync(stamp, wanted);
