import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadCatalogue } from '../../src/catalogue/load.js';
import {
  initManifest,
  requirementsFromFlags,
  type InitRequirements,
  type InitResult,
} from '../../src/cli/init.js';
import type { Prompt } from '../../src/cli/prompt.js';
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
  purpose?: string;
}

/** Every requirement `init` asks for, decided as flags would. */
const DECIDED: InitRequirements = requirementsFromFlags({
  data: 'contact,credentials',
  regions: 'eu,uk',
  transfers: 'safeguarded',
  agreements: 'dpa',
  'ai-training': 'forbidden',
  'deletion-days': '30',
});

/** The plan `init` writes: the only one, else the placeholder. */
function writtenPlan(id: string): string {
  const plans = plansOf(id);
  return plans.length === 1 ? plans[0]! : 'DECIDE';
}

/** Replace each plan placeholder with the vendor's first plan, as a user deciding would. */
function choosePlans(repo: TempRepo, manifest = DEFAULT_MANIFEST): void {
  const path = join(repo.root, manifest);
  const text = readFileSync(path, 'utf8');
  let i = 0;
  const services = servicesOf(text);
  repo.write({
    [manifest]: text.replace(/^( {4}plan: )DECIDE\b/gm, (_m, head: string) => {
      while (services[i]?.plan !== 'DECIDE') i++;
      return head + plansOf(services[i++]!.vendor)[0]!;
    }),
  });
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

function init(
  root: string,
  manifest = DEFAULT_MANIFEST,
  requirements?: InitRequirements,
): Promise<InitResult> {
  return initManifest({ workspace: root, manifest, catalogue, requirements });
}

/** The config errors of an outcome as `line:col message`. */
function configErrors(outcome: Outcome): string[] {
  if (outcome.kind !== 'config-error') throw new Error(`expected a config error, got ${outcome.kind}`);
  return outcome.errors.map((e) => `${e.location.line}:${e.location.column} ${e.message}`);
}

/** 1-based line and column of the first `needle` in `text`. */
function at(text: string, needle: string, from = 0): string {
  const index = text.indexOf(needle, from);
  if (index < 0) throw new Error(`${needle} not found`);
  const before = text.slice(0, index).split('\n');
  return `${before.length}:${before.at(-1)!.length + 1}`;
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

    test('lists exactly the detected vendors, each once, sorted; a plan of several is left to decide', async () => {
      const result = await init(repo.root);
      expect(result.written).toBe('.github/vendor-gate.yml');
      expect(result.vendors).toEqual(['clerk', 'openai', 'sentry']);
      expect(result.optional).toEqual(['posthog']);
      expect(readFileSync(join(repo.root, '.github/vendor-gate.yml'), 'utf8')).toBe(result.text);

      const services = servicesOf(result.text);
      expect(services.map((s) => [s.vendor, s.plan])).toEqual([
        ['clerk', writtenPlan('clerk')],
        ['openai', writtenPlan('openai')],
        ['sentry', writtenPlan('sentry')],
      ]);
      // Never `purpose: TODO`: the purpose is a commented line until someone writes it.
      for (const service of services) expect(service.purpose).toBeUndefined();
      expect(result.text).not.toMatch(/TODO/);
      expect(result.text).toMatch(
        /^ {4}# purpose: \.\.\. +# what Clerk does for this project \(free text\)$/m,
      );
    });

    test('offers every plan as a choice and says where each vendor was found', async () => {
      const { text } = await init(repo.root);
      for (const id of ['clerk', 'openai', 'sentry']) {
        const plans = plansOf(id);
        const choice = plans.length === 1 ? 'its only plan' : `one of: ${plans.join(', ')}`;
        expect(text).toMatch(new RegExp(`plan: ${writtenPlan(id)} +# ${choice}\\n`));
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
        new RegExp(`^ {2}# {3}plan: DECIDE +# one of: ${plansOf('posthog').join(', ')}$`, 'm'),
      );
      expect(servicesOf(text).map((s) => s.vendor)).not.toContain('posthog');
    });

    test('with no decisions, check refuses the manifest (exit 2) at each placeholder, saying what to decide', async () => {
      const result = await init(repo.root);
      const { text } = result;
      const outcome = await check(repo.root);
      expect(exitStatus(outcome)).toBe(2);
      const categories =
        'contact, credentials, identifiers, usage, content, financial, health, biometric, location, children, special';
      const planErrors = ['clerk', 'openai', 'sentry'].flatMap((id, i) =>
        writtenPlan(id) === 'DECIDE'
          ? [
              `${at(text, 'DECIDE', text.indexOf(`vendor: ${id}`))} services[${i}].plan: 'DECIDE' is a placeholder: choose the ${catalogue.get(id)!.rule.name} plan this project is on: ${plansOf(id).join(', ')}`,
            ]
          : [],
      );
      expect(planErrors.length).toBeGreaterThan(0);
      expect(configErrors(outcome)).toEqual([
        `${at(text, 'DECIDE]')} requirements.data: 'DECIDE' is a placeholder: list the personal data this project handles (${categories}), or [] if it handles none`,
        ...planErrors,
      ]);
      expect(result.undecided).toEqual(
        configErrors(outcome).map((e) =>
          e.replace(/^\d+:\d+ /, '').replace(": 'DECIDE' is a placeholder: ", ': '),
        ),
      );
    });

    test('with every requirement given and the plans chosen, check evaluates', async () => {
      const { text } = await init(repo.root, DEFAULT_MANIFEST, DECIDED);
      expect(text).toContain(
        [
          '  data: [contact, credentials]',
          '  residency:',
          '    regions: [eu, uk]',
          '    transfers: safeguarded',
          '  agreements: [dpa]',
          '  ai-training: forbidden',
          '  deletion-days: 30',
          '  # certifications: [soc2-type2]',
        ].join('\n'),
      );
      choosePlans(repo);
      const written = readFileSync(join(repo.root, DEFAULT_MANIFEST), 'utf8');
      const { manifest } = valueOf(parseManifest(DEFAULT_MANIFEST, written, catalogue));
      expect(manifest.version).toBe(1);
      expect(manifest.requirements).toEqual({
        data: ['contact', 'credentials'],
        residency: { regions: ['eu', 'uk'], transfers: 'safeguarded' },
        agreements: ['dpa'],
        'ai-training': 'forbidden',
        'deletion-days': 30,
      });

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

  test('explains every requirement and writes data as a placeholder naming the categories', async () => {
    const { text } = await init(repo.root);
    expect(text.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=https://raw.githubusercontent.com/vendor-gate/vendor-gate/main/schemas/vendor-gate.schema.json',
    );
    expect(text).toMatch(/^version: 1$/m);
    expect(text).toMatch(/^ {2}# DECIDE: list the personal data this project handles; \[\] declares none/m);
    expect(text).toContain(
      `  # ${'contact, credentials, identifiers, usage, content, financial, health, biometric, location, children, special'}.\n`,
    );
    expect(text).toMatch(/^ {2}data: \[DECIDE\] +# `check` refuses this placeholder until you decide$/m);
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

  test('an empty repository gets services: []; it passes only once the data is decided', async () => {
    repo.write({ 'README.md': '# nothing here\n' });
    repo.gitInit();
    const result = await init(repo.root);
    expect(result.vendors).toEqual([]);
    expect(result.optional).toEqual([]);
    expect(result.undecided).toEqual([expect.stringMatching(/^requirements\.data: list the personal data/)]);
    expect(result.text).toMatch(/^services: \[\] +# /m);
    expect(servicesOf(result.text)).toEqual([]);
    expect(configErrors(await check(repo.root))).toEqual([
      expect.stringMatching(/^8:10 requirements\.data: 'DECIDE' is a placeholder/),
    ]);

    const other = makeTempRepo();
    try {
      other.write({ 'README.md': '# nothing here\n' });
      const decided = await init(other.root, DEFAULT_MANIFEST, requirementsFromFlags({ data: 'none' }));
      expect(decided.undecided).toEqual([]);
      expect(decided.text).toMatch(/^ {2}data: \[\]$/m);
      expect(exitStatus(await check(other.root))).toBe(0);
    } finally {
      other.remove();
    }
  });

  test('only optional integrations: services stays [] with them commented out below', async () => {
    repo.write({ '.env.example': '# POSTHOG_API_KEY=\n' });
    const result = await init(repo.root, DEFAULT_MANIFEST, DECIDED);
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
    const result = await init(repo.root, 'config/gate/vendors.yml', DECIDED);
    expect(result.written).toBe('config/gate/vendors.yml');
    expect(readFileSync(join(repo.root, 'config/gate/vendors.yml'), 'utf8')).toBe(result.text);
    choosePlans(repo, 'config/gate/vendors.yml');
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

describe('init flags (SPEC §7.3)', () => {
  test.each([
    [{ data: 'health, contact,health' }, { data: ['health', 'contact'] }],
    [{ data: 'none' }, { data: [] }],
    [{ regions: 'eu' }, { residency: { regions: ['eu'] } }],
    [
      { regions: 'eu,ch', transfers: 'forbidden' },
      { residency: { regions: ['eu', 'ch'], transfers: 'forbidden' } },
    ],
    [{ agreements: 'dpa,baa' }, { agreements: ['dpa', 'baa'] }],
    [{ agreements: 'none' }, { agreements: [] }],
    [{ 'ai-training': 'allowed' }, { 'ai-training': 'allowed' }],
    [{ 'deletion-days': '0' }, { 'deletion-days': 0 }],
    [{}, {}],
  ])('%j decides %j', (flags, expected) => {
    expect(requirementsFromFlags(flags)).toEqual(expected);
  });

  test.each([
    [
      { data: 'helth' },
      "--data: 'helth' is not allowed. Did you mean 'health'? Allowed: contact, credentials, identifiers, usage, content, financial, health, biometric, location, children, special, or none.",
    ],
    [{ data: 'none,contact' }, "--data: 'none' is not allowed."],
    [
      { regions: 'europe' },
      "--regions: 'europe' is not allowed. Allowed: eu, uk, ch, us, ca, au, jp, sg, in, br, kr.",
    ],
    [{ regions: 'none' }, "--regions: 'none' is not allowed."],
    [{ transfers: 'safeguarded' }, '--transfers needs --regions'],
    [
      { regions: 'eu', transfers: 'scc' },
      "--transfers: 'scc' is not allowed. Allowed: forbidden, safeguarded.",
    ],
    [{ agreements: 'hipaa' }, "--agreements: 'hipaa' is not allowed. Allowed: dpa, baa, or none."],
    [
      { 'ai-training': 'forbiden' },
      "--ai-training: 'forbiden' is not allowed. Did you mean 'forbidden'? Allowed: forbidden, allowed.",
    ],
    [{ 'deletion-days': '30d' }, "--deletion-days: '30d' is not a number of days from 0 to 36500."],
    [{ 'deletion-days': '36501' }, "--deletion-days: '36501' is not a number of days from 0 to 36500."],
  ])('%j is a usage error: %s', (flags, message) => {
    expect(() => requirementsFromFlags(flags)).toThrow(UsageError);
    expect(() => requirementsFromFlags(flags)).toThrow(message);
  });
});

/** A prompt that answers from a script and records what it was asked and told. */
function scriptedPrompt(answers: (string | undefined)[]): Prompt & { transcript: string[]; closed: boolean } {
  const transcript: string[] = [];
  const prompt = {
    transcript,
    closed: false,
    ask(question: string) {
      const answer = answers.shift();
      transcript.push(`? ${question.split('\n')[0]!}`, `> ${answer ?? '<end of input>'}`);
      return Promise.resolve(answer);
    },
    say(text: string) {
      transcript.push(text.trim());
    },
    close() {
      prompt.closed = true;
    },
  };
  return prompt;
}

describe('init at a terminal (an injected prompt; the real terminal is in __tests__/e2e/cli.test.ts)', () => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = makeTempRepo();
    repo.write({ 'package.json': JSON.stringify({ dependencies: { '@clerk/nextjs': '^6' } }) });
  });
  afterEach(() => repo.remove());

  test('asks each requirement with its allowed values, re-asks a bad answer, and the plan', async () => {
    const prompt = scriptedPrompt(['contact,helth', 'contact,health', 'eu', '', 'baa', '', '30', 'pro']);
    const result = await initManifest({
      workspace: repo.root,
      manifest: DEFAULT_MANIFEST,
      catalogue,
      prompt,
    });
    expect(prompt.transcript).toEqual([
      '? Personal data this project handles (contact, credentials, identifiers, usage, content, financial, health, biometric, location, children, special; none)',
      '> contact,helth',
      "data: 'helth' is not allowed. Did you mean 'health'? Allowed: contact, credentials, identifiers, usage, content, financial, health, biometric, location, children, special, or none.",
      '? Personal data this project handles (contact, credentials, identifiers, usage, content, financial, health, biometric, location, children, special; none)',
      '> contact,health',
      '? Regions where personal data may be stored (eu, uk, ch, us, ca, au, jp, sg, in, br, kr)',
      '> eu',
      '? Transfers of personal data out of those regions (forbidden, safeguarded)',
      '> ',
      '? Agreements every processor must have signed (dpa, baa; none)',
      '> baa',
      "? May vendors train AI on your users' data? (forbidden, allowed)",
      '> ',
      '? Days within which vendors must delete your data after termination (0-36500)',
      '> 30',
      `? Clerk plan (${plansOf('clerk').join(', ')})`,
      '> pro',
    ]);
    expect(prompt.closed).toBe(true);
    expect(result.undecided).toEqual([]);
    const { manifest } = valueOf(parseManifest(DEFAULT_MANIFEST, result.text, catalogue));
    expect(manifest.requirements).toEqual({
      data: ['contact', 'health'],
      residency: { regions: ['eu'] },
      agreements: ['baa'],
      'deletion-days': 30,
    });
    expect(manifest.services).toEqual([{ vendor: 'clerk', plan: 'pro' }]);
    expect(result.text).toMatch(/^ {2}# ai-training: forbidden +# /m);
    expect(exitStatus(await check(repo.root))).toBe(1); // Clerk has no BAA on pro: evaluated, and it fails
  });

  test('flags are not asked again; no regions means no transfers question; end of input leaves the rest', async () => {
    const prompt = scriptedPrompt([undefined]);
    const result = await initManifest({
      workspace: repo.root,
      manifest: DEFAULT_MANIFEST,
      catalogue,
      prompt,
      requirements: requirementsFromFlags({ data: 'contact' }),
    });
    expect(prompt.transcript.filter((line) => line.startsWith('?'))).toEqual([
      '? Regions where personal data may be stored (eu, uk, ch, us, ca, au, jp, sg, in, br, kr)',
      '? Agreements every processor must have signed (dpa, baa; none)',
      "? May vendors train AI on your users' data? (forbidden, allowed)",
      '? Days within which vendors must delete your data after termination (0-36500)',
      `? Clerk plan (${plansOf('clerk').join(', ')})`,
    ]);
    expect(result.undecided).toEqual([
      `services[0].plan: choose the Clerk plan this project is on: ${plansOf('clerk').join(', ')}`,
    ]);
  });

  test('three bad answers leave the question undecided', async () => {
    const prompt = scriptedPrompt(['x', 'y', 'z']);
    const result = await initManifest({
      workspace: repo.root,
      manifest: DEFAULT_MANIFEST,
      catalogue,
      prompt,
    });
    expect(prompt.transcript.filter((line) => line.startsWith('? Personal data'))).toHaveLength(3);
    expect(result.undecided[0]).toMatch(/^requirements\.data: /);
  });
});

describe('uncatalogued dependencies that look like services', () => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = makeTempRepo();
  });
  afterEach(() => repo.remove());

  test('are listed as comments with where they were found; libraries are not', async () => {
    repo.write({
      'package.json': JSON.stringify(
        {
          dependencies: {
            '@clerk/nextjs': '^6',
            '@acmehq/client': '1',
            '@prisma/client': '5',
            'left-pad': '1',
          },
          devDependencies: { 'fakevendor-sdk': '1' },
        },
        null,
        2,
      ),
      'requirements.txt': 'acmemail-sdk==1\nwebsocket-client==1\n',
      '.env.example': 'ACMEPAY_API_KEY=\nJWT_SECRET_KEY=\n# ACMEMAP_API_KEY=\n',
    });
    const result = await init(repo.root, DEFAULT_MANIFEST, DECIDED);
    expect(result.uncatalogued).toEqual([
      '.env.example:1 (env ACMEPAY_API_KEY)',
      'package.json:4 (@acmehq/client)',
      'requirements.txt:1 (acmemail-sdk)',
    ]);
    expect(result.text).toContain(
      [
        '# Not in the catalogue, but these look like third-party services. Add each one that receives',
        "# personal data as a service (`vendor:` its domain): every check then runs with the vendor's facts",
        '# unknown. Or describe it in a local rule in .github/vendor-rules/.',
        '#   .env.example:1 (env ACMEPAY_API_KEY)',
        '#   package.json:4 (@acmehq/client)',
        '#   requirements.txt:1 (acmemail-sdk)',
      ].join('\n'),
    );
    expect(servicesOf(result.text).map((s) => s.vendor)).toEqual(['clerk']);
  });

  test('none found: no such section', async () => {
    repo.write({ 'package.json': JSON.stringify({ dependencies: { '@clerk/nextjs': '^6', react: '19' } }) });
    const result = await init(repo.root);
    expect(result.uncatalogued).toEqual([]);
    expect(result.text).not.toContain('Not in the catalogue');
  });
});
