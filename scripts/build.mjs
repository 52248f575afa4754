// Bundle the action (dist/index.js) and the CLI (dist/cli.js) with @vercel/ncc in ESM mode.
// The bundles read schemas/ and rules/ from the package at run time, so neither is inlined.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const ncc = createRequire(import.meta.url)('@vercel/ncc');
const ENTRIES = { index: 'src/index.ts', cli: 'src/cli.ts' };

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');
for (const [name, entry] of Object.entries(ENTRIES)) {
  const { code, assets } = await ncc(join(process.cwd(), entry), { quiet: true, minify: false, sourceMap: false, license: '' });
  writeFileSync(join('dist', `${name}.js`), code);
  for (const [file, { source }] of Object.entries(assets ?? {})) {
    if (file === 'package.json') continue; // written once below
    mkdirSync(join('dist', dirname(file)), { recursive: true });
    writeFileSync(join('dist', file), source);
  }
}
// Marks the bundles as ES modules wherever the package is installed.
writeFileSync('dist/package.json', '{ "type": "module" }\n');
console.log(`built ${readdirSync('dist').join(', ')}`);
