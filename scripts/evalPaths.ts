/** Where the project and its evaluation data are, from scripts/ (ts) or out/scripts/ (compiled or bundled): one home for the eval, the trainers and their tests. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export function projectRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 5; i++) {
    if (existsSync(resolve(dir, 'package.json'))) return dir;
    dir = resolve(dir, '..');
  }
  return process.cwd();
}

/**
 * ../shared/eval beside the project (or beside the folder of its git worktrees, ../../shared/eval);
 * CLAIMLENS_EVAL_DIR overrides.
 */
export function evalDir(): string {
  if (process.env.CLAIMLENS_EVAL_DIR) return process.env.CLAIMLENS_EVAL_DIR;
  const beside = resolve(projectRoot(), '..', 'shared', 'eval');
  const aboveWorktrees = resolve(projectRoot(), '..', '..', 'shared', 'eval');
  return !existsSync(beside) && existsSync(aboveWorktrees) ? aboveWorktrees : beside;
}

export function defaultClaimsFile(): string {
  return resolve(evalDir(), 'claims.dev.jsonl');
}
