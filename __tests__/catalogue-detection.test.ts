import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import type { Catalogue } from '../src/catalogue/catalogue.js';
import { loadCatalogue } from '../src/catalogue/load.js';
import { scanRepository } from '../src/detect/scan.js';
import { detectVendors } from '../src/gather/vendors.js';
import { valueOf } from './helpers/checked.js';

/**
 * Every exact package name a bundled rule lists, written into a dependency file of its own
 * ecosystem (Gemfile, go.mod, composer.json, Cargo.toml, package.json, requirements.txt, .env.example),
 * goes through the real parsers and matcher and is claimed by that vendor and no other: a pattern the
 * parser cannot see, or one that another vendor's pattern also claims, fails here.
 */
let catalogue: Catalogue;
let root: string;
beforeAll(async () => {
  catalogue = valueOf(await loadCatalogue({ today: '2026-11-29' }));
  root = mkdtempSync(join(tmpdir(), 'vg-catalogue-detection-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const WRITERS: Record<string, { file: string; write: (names: string[]) => string }> = {
  npm: {
    file: 'package.json',
    write: (names) =>
      JSON.stringify({ dependencies: Object.fromEntries(names.map((n) => [n, '1.0.0'])) }, null, 2),
  },
  pypi: { file: 'requirements.txt', write: (names) => names.map((n) => `${n}==1.0`).join('\n') },
  gem: {
    file: 'Gemfile',
    write: (names) => `source "https://rubygems.org"\n${names.map((n) => `gem "${n}"`).join('\n')}\n`,
  },
  go: {
    file: 'go.mod',
    write: (names) =>
      `module example.com/app\n\nrequire (\n${names.map((n) => `\t${n} v1.0.0`).join('\n')}\n)\n`,
  },
  composer: {
    file: 'composer.json',
    write: (names) => JSON.stringify({ require: Object.fromEntries(names.map((n) => [n, '^1.0'])) }, null, 2),
  },
  cargo: {
    file: 'Cargo.toml',
    write: (names) =>
      `[package]\nname = "app"\n\n[dependencies]\n${names.map((n) => `${n} = "1"`).join('\n')}\n`,
  },
  env: { file: '.env.example', write: (names) => names.map((n) => `${n}=`).join('\n') },
};

test.each(Object.keys(WRITERS))(
  'every exact %s name of every rule is detected as that vendor only',
  async (ecosystem) => {
    const owner = new Map<string, string>();
    for (const { rule } of catalogue.rules)
      for (const pattern of rule.detect?.[ecosystem as 'npm'] ?? [])
        if (!pattern.includes('*')) owner.set(pattern, rule.id);
    expect(owner.size).toBeGreaterThan(0);
    const dir = mkdtempSync(join(root, `${ecosystem}-`));
    const { file, write } = WRITERS[ecosystem]!;
    writeFileSync(join(dir, file), write([...owner.keys()]));
    const claimed = new Map<string, string[]>();
    for (const { rule, hits } of detectVendors(await scanRepository(dir), catalogue))
      for (const { ref } of hits) claimed.set(ref.name, [...(claimed.get(ref.name) ?? []), rule.id]);
    const wrong = [...owner].filter(([name, id]) => claimed.get(name)?.join() !== id);
    expect(
      wrong.map(
        ([name, id]) => `${name}: expected ${id}, got ${claimed.get(name)?.join(' and ') ?? 'nothing'}`,
      ),
    ).toEqual([]);
  },
);
