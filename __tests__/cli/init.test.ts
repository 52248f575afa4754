import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadCatalogue } from '../../src/catalogue/load.js';
import { initManifest, type InitResult } from '../../src/cli/init.js';
import { evaluateRepository } from '../../src/evaluate-repository.js';
import { exitStatus, type Outcome } from '../../src/outcome.js';
import { parseManifest } from '../../src/manifest/load.js';
import { DEFAULT_MANIFEST, DEFAULT_RULES, UsageError } from '../../src/options.js';
import { makeTempRepo, type TempRepo } from '../detect/repo-fixture.js';
import { valueOf } from '../helpers/checked.js';

const TODAY = '2026-11-26';
const catalogue = valueOf(await loadCatalogue({ today: TODAY }));

const APP: Record<string, string> = {
  'package.json': JSON.stringify(
    { name: 'app', dependencies: { '@clerk/nextjs': '^6', '@sentry/node': '^9', react: '^19' } },
    null,
    2,
  ),
  'requirements.txt': '# worker\nopenai==1.50\nrequests==2.32\n',
  '.env.example': 'OPENAI_API_KEY=\n# SENTRY_DSN=\n# POSTHOG_API_KEY=\n',
  'README.md': '# app\n',
};

interface ServiceEntry {
  vendor: string;
  plan: string;
  purpose: string;
}

function servicesOf(text: string): ServiceEntry[] {
  return (parse(text) as { services: ServiceEntry[] }).services;
}

function plansOf(id: string): string[] {
  const loaded = catalogue.get(id);
  if (!loaded) throw new Error(`no bundled rule ${id}`);
  return loaded.rule.plans;
}

/** What `vendor-gate check` does with the written manifest, scan included. */
function check(root: string, manifest = DEFAULT_MANIFEST): Promise<Outcome> {
  return evaluateRepository({
    workspace: root,
    manifest,
    rules: DEFAULT_RULES,
    rulesExplicit: false,
    failOn: 'error',
    scan: true,
    scanIgnore: [],
    today: TODAY,
  });
}

function init(root: string, manifest = DEFAULT_MANIFEST): Promise<InitResult> {
  return initManifest({ workspace: root, manifest, catalogue });
}

describe('vendor-gate init', () => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = makeTempRepo();
  });
  afterEach(() => repo.remove());

  describe.each([
    ['a git checkout', true],
    ['a plain folder', false],
  ])('in %s', (_kind, useGit) => {
    beforeEach(() => {
      repo.write(APP);
      if (useGit) repo.gitInit();
    });

    test('lists exactly the detected vendors, each once, sorted, on its first plan', async () => {
      const result = await init(repo.root);
      expect(result.written).toBe('.github/vendor-gate.yml');
      expect(result.vendors).toEqual(['clerk', 'openai', 'sentry']);
      expect(result.optional).toEqual(['posthog']);
      expect(readFileSync(join(repo.root, '.github/vendor-gate.yml'), 'utf8')).toBe(result.text);

      const services = servicesOf(result.text);
      expect(services.map((s) => [s.vendor, s.plan])).toEqual([
        ['clerk', plansOf('clerk')[0]],
        ['openai', plansOf('openai')[0]],
        ['sentry', plansOf('sentry')[0]],
      ]);
      for (const service of services) expect(service.purpose).toMatch(/^TODO /);
    });

    test('offers every plan as a choice and says where each vendor was found', async () => {
      const { text } = await init(repo.root);
      for (const id of ['clerk', 'openai', 'sentry']) {
        const plans = plansOf(id);
        const choice = plans.length === 1 ? 'its only plan' : `one of: ${plans.join(', ')}`;
        expect(text).toMatch(new RegExp(`plan: ${plans[0]} +# ${choice}\\n`));
      }
      expect(text).toContain('# Clerk: detected at package.json:4 (@clerk/nextjs).');
      // An active SDK wins over the commented-out key of the same vendor.
      expect(text).toContain('# Sentry: detected at package.json:5 (@sentry/node).');
      expect(text).toContain(
        '# OpenAI (API platform): detected at .env.example:1 (env OPENAI_API_KEY), requirements.txt:2 (openai).',
      );
    });

    test('lists a vendor seen only in a commented-out env key commented out', async () => {
      const { text } = await init(repo.root);
      expect(text).toContain('# PostHog: only commented out, at .env.example:3 (env POSTHOG_API_KEY).');
      expect(text).toMatch(/^ {2}# - vendor: posthog$/m);
      expect(text).toMatch(
        new RegExp(`^ {2}# {3}plan: free +# one of: ${plansOf('posthog').join(', ')}$`, 'm'),
      );
      expect(servicesOf(text).map((s) => s.vendor)).not.toContain('posthog');
    });

    test('writes a manifest that validates and that check evaluates', async () => {
      const { text } = await init(repo.root);
      const { manifest } = valueOf(parseManifest(DEFAULT_MANIFEST, text, catalogue));
      expect(manifest.version).toBe(1);
      expect(manifest.requirements).toEqual({ data: ['contact', 'credentials'] });

      const outcome = await check(repo.root);
      expect(outcome.kind).toBe('report');
      expect([0, 1]).toContain(exitStatus(outcome));
      if (outcome.kind !== 'report') return;
      const inventory = outcome.report.findings
        .filter((f) => f.check.startsWith('inventory.'))
        .map((f) => `${f.check} ${f.vendor}`);
      // Everything detected is declared; only the optional integration is mentioned.
      expect(inventory).toEqual(['inventory.optional posthog']);
    });
  });

  test('explains every requirement and starts data with a clearly marked guess', async () => {
    const { text } = await init(repo.root);
    expect(text.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=https://raw.githubusercontent.com/vendor-gate/vendor-gate/main/schemas/vendor-gate.schema.json',
    );
    expect(text).toMatch(/^version: 1$/m);
    expect(text).toMatch(/^ {2}# TODO: list the personal data this project really handles/m);
    expect(text).toMatch(/^ {2}data: \[contact, credentials\] +# \S/m);
    for (const key of [
      'residency',
      'agreements',
      'ai-training',
      'deletion-days',
      'certifications',
      'subprocessor-notice-days',
      'features',
      'max-rule-age-days',
      'unknown-vendors',
    ])
      expect(text).toMatch(new RegExp(`^ {2}# ${key}:.* # \\S`, 'm'));
  });

  test('an empty repository gets services: [] that still validates and passes', async () => {
    repo.write({ 'README.md': '# nothing here\n' });
    repo.gitInit();
    const result = await init(repo.root);
    expect(result.vendors).toEqual([]);
    expect(result.optional).toEqual([]);
    expect(result.text).toMatch(/^services: \[\] +# /m);
    expect(servicesOf(result.text)).toEqual([]);
    expect(() => valueOf(parseManifest(DEFAULT_MANIFEST, result.text, catalogue))).not.toThrow();
    const outcome = await check(repo.root);
    expect(outcome.kind).toBe('report');
    expect(exitStatus(outcome)).toBe(0);
  });

  test('only optional integrations: services stays [] with them commented out below', async () => {
    repo.write({ '.env.example': '# POSTHOG_API_KEY=\n' });
    const result = await init(repo.root);
    expect(result.vendors).toEqual([]);
    expect(result.optional).toEqual(['posthog']);
    expect(servicesOf(result.text)).toEqual([]);
    expect(result.text).toMatch(/^ {2}# - vendor: posthog$/m);
    expect((await check(repo.root)).kind).toBe('report');
  });

  test('refuses to overwrite an existing manifest, leaving it unchanged', async () => {
    const mine = 'version: 1\n# my own manifest\n';
    repo.write({ ...APP, '.github/vendor-gate.yml': mine });
    const attempt = init(repo.root);
    await expect(attempt).rejects.toThrow(UsageError);
    await expect(attempt).rejects.toThrow(
      '.github/vendor-gate.yml already exists; init never overwrites a manifest',
    );
    expect(readFileSync(join(repo.root, '.github/vendor-gate.yml'), 'utf8')).toBe(mine);
  });

  test('refuses a dangling symlink at the manifest path, writing nothing through it', async () => {
    repo.symlink('elsewhere.yml', '.github/vendor-gate.yml');
    await expect(init(repo.root)).rejects.toThrow(/symlink whose target does not exist/);
    expect(existsSync(join(repo.root, '.github/elsewhere.yml'))).toBe(false);
  });

  test('refuses a path outside the workspace, writing nothing', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'vendor-gate-outside-'));
    try {
      repo.write(APP);
      await expect(init(repo.root, '../escape.yml')).rejects.toThrow(/outside the workspace/);
      expect(existsSync(join(repo.root, '../escape.yml'))).toBe(false);

      repo.symlink(outside, 'linked');
      await expect(init(repo.root, 'linked/vendor-gate.yml')).rejects.toThrow(/outside the workspace/);
      expect(existsSync(join(outside, 'vendor-gate.yml'))).toBe(false);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  test('creates the folders a custom manifest path needs', async () => {
    repo.write(APP);
    const result = await init(repo.root, 'config/gate/vendors.yml');
    expect(result.written).toBe('config/gate/vendors.yml');
    expect(readFileSync(join(repo.root, 'config/gate/vendors.yml'), 'utf8')).toBe(result.text);
    expect((await check(repo.root, 'config/gate/vendors.yml')).kind).toBe('report');
  });

  test('skips what scanIgnore names', async () => {
    repo.write({ ...APP, 'tools/package.json': '{"dependencies": {"stripe": "^17"}}' });
    const result = await initManifest({
      workspace: repo.root,
      manifest: DEFAULT_MANIFEST,
      catalogue,
      scanIgnore: ['tools/**'],
    });
    expect(result.vendors).toEqual(['clerk', 'openai', 'sentry']);
  });

  test('names at most three sites per vendor, and keeps odd names from breaking the YAML', async () => {
    const dependencies = Object.fromEntries(
      // A scope glob (AWS's `@aws-sdk/client-*`) matches whatever name a package.json invents.
      [
        '@aws-sdk/client-s3',
        '@aws-sdk/client-sqs',
        '@aws-sdk/client-x\n  injected: true',
        '@aws-sdk/client-ses',
      ].map((n) => [n, '1']),
    );
    repo.write({ 'package.json': JSON.stringify({ dependencies }, null, 2) });
    const { text } = await init(repo.root);
    expect(text).toMatch(
      /# Amazon Web Services: detected at package\.json:3 \(@aws-sdk\/client-s3\), .* and 1 more\.\n/,
    );
    expect(text).not.toMatch(/^ *injected/m);
    expect(servicesOf(text)).toEqual([expect.objectContaining({ vendor: 'aws' })]);
  });
});
