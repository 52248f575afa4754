import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A throwaway directory in the OS temp folder, removed by `remove()`. */
export interface TempRepo {
  root: string;
  write(files: Record<string, string>): void;
  symlink(target: string, path: string): void;
  gitInit(): void;
  remove(): void;
}

export function makeTempRepo(): TempRepo {
  const root = mkdtempSync(join(tmpdir(), 'vendor-gate-detect-'));
  const git = (...args: string[]): void => {
    execFileSync('git', args, { cwd: root, stdio: 'ignore', env: gitEnvForTempRepo() });
  };
  return {
    root,
    write(files) {
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
      }
    },
    symlink(target, path) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      symlinkSync(target, join(root, path));
    },
    gitInit() {
      git('init', '-q');
      // -f: track even what a global gitignore would hide, so the gate's own skipping is what is tested.
      git('add', '-A', '-f');
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** True when `dir` is inside a git work tree (walk-mode tests need a temp folder outside one). */
export function isInGitWorkTree(dir: string): boolean {
  try {
    execFileSync('git', ['rev-parse', '--is-inside-work-tree'], {
      cwd: dir,
      stdio: 'ignore',
      env: gitEnvForTempRepo(),
    });
    return true;
  } catch {
    return false;
  }
}

/**
 * Run from a git hook, GIT_DIR and friends would point these git calls at the project's own
 * repository instead of the temp folder: the fixtures must only ever touch their own.
 */
function gitEnvForTempRepo(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('GIT_')));
}
