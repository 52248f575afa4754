// Bundle the action (dist/index.js) and the CLI (dist/cli.js) with @vercel/ncc in ESM mode.
// The bundles read schemas/ and rules/ from the package at run time, so neither is inlined.
// Files are replaced atomically (write, then rename), so a test running during a rebuild never
// sees a half-written or missing bundle.
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

import { execFileSync } from 'node:child_process';

const ncc = createRequire(import.meta.url)('@vercel/ncc');
// Validators and bundled rules are generated from schemas/ and rules/ first, then bundled.
execFileSync(process.execPath, ['scripts/generate.mjs'], { stdio: 'inherit' });
const ENTRIES = { index: 'src/index.ts', cli: 'src/cli.ts' };

const outputs = new Map([['package.json', '{ "type": "module" }\n']]);
for (const [name, entry] of Object.entries(ENTRIES)) {
  // `filename` also names the entry's chunks (`<id>.<filename>`), so the two bundles never share a chunk file.
  const { code, assets } = await ncc(join(process.cwd(), entry), {
    filename: `${name}.js`,
    quiet: true,
    minify: false,
    sourceMap: false,
    license: '',
  });
  outputs.set(`${name}.js`, code);
  for (const [file, { source }] of Object.entries(assets ?? {})) {
    if (file !== 'package.json') outputs.set(file, source);
  }
}
mkdirSync('dist', { recursive: true });
for (const [file, content] of outputs) {
  const target = join('dist', file);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(`${target}.tmp-${process.pid}`, content);
  renameSync(`${target}.tmp-${process.pid}`, target);
}
for (const file of readdirSync('dist', { recursive: true })) {
  const path = join('dist', String(file));
  if (!outputs.has(String(file)) && !String(file).includes('.tmp-') && !readdirSync('dist', { withFileTypes: true }).some((d) => d.isDirectory() && d.name === String(file))) {
    rmSync(path, { force: true });
  }
}
console.log(`built ${[...outputs.keys()].join(', ')}`);
