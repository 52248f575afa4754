import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * The folder holding this package's `schemas/` and `rules/`. The same code runs from `src/<area>/`
 * (tests), from `dist/` (the bundle) and from an npm install, so look upwards rather than hard-code a depth.
 */
export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    if (existsSync(join(dir, 'schemas', 'vendor-gate.schema.json'))) return (cached = dir);
    dir = dirname(dir);
  }
  throw new Error('vendor-gate is installed without its schemas/ folder');
}

export function readPackageJson(): { name: string; version: string } {
  return JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
}
