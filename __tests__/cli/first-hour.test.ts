/**
 * The CLI as a newcomer meets it (SPEC §7.4): help and version, a manifest found from a
 * subdirectory, messages naming the flags, and local rules written and checked.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { COMMANDS, usage, type CommandName } from '../../src/cli/run-cli.js';
import { parseFlags, type CommandSpec } from '../../src/cli/options-table.js';
import { readUserFile } from '../../src/evaluate-repository.js';
import { settingName, type Setting } from '../../src/setting-names.js';
import { gitInit, makeWorkspace, removeTempDirs, REPO, runCli, TODAY, writeFiles } from '../e2e/helpers.js';

afterAll(removeTempDirs);

const VERSION = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;

describe('help and version exit 0', () => {
  test.each([
    [['--help'], 'Usage: vendor-gate <command>'],
    [['-h'], 'Usage: vendor-gate <command>'],
    [['help'], 'Usage: vendor-gate <command>'],
    [['help', 'check'], 'Usage: vendor-gate check'],
    [['check', '--help'], 'Usage: vendor-gate check'],
    [['rules', '-h'], 'rules new <id>'],
    [['help', 'rules'], 'rules check [files]'],
    [['--version'], VERSION],
  ])('vendor-gate %j', (args, says) => {
    const run = runCli(makeWorkspace(), args);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(says);
    expect(run.stderr).toBe('');
  });

  test('help for an unknown command is a usage error (exit 2)', () => {
    const run = runCli(makeWorkspace(), ['help', 'chek']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("unknown command 'chek'");
  });

  test('an unknown flag is a usage error that shows the command usage (exit 2)', () => {
    const run = runCli(makeWorkspace(), ['vendors', '--fromat', 'markdown']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Unknown option '--fromat'");
    expect(run.stderr).toContain('Run `vendor-gate help vendors` for usage.');
  });
});

/** Every (command, flag) the parser accepts, subcommands included. */
function allFlags(): [string, string, CommandSpec][] {
  const rows: [string, string, CommandSpec][] = [];
  const walk = (name: string, spec: CommandSpec) => {
    for (const flag of Object.keys(spec.flags)) rows.push([name, flag, spec]);
    for (const [sub, subSpec] of Object.entries(spec.subcommands ?? {})) walk(`${name} ${sub}`, subSpec);
  };
  for (const [name, spec] of Object.entries(COMMANDS)) walk(name, spec);
  return rows;
}

describe('the usage text is generated from the option tables', () => {
  test('the tables hold the flags users rely on (SPEC §6)', () => {
    expect(Object.keys(COMMANDS.check.flags)).toEqual(
      expect.arrayContaining(['manifest', 'rules', 'policy', 'fail-on', 'format', 'base', 'no-scan']),
    );
  });

  test.each(allFlags())(
    '%s --%s is parsed and appears in the usage, with its description',
    (name, flag, spec) => {
      const top = name.split(' ')[0] as CommandName;
      const line = usage(top)
        .split('\n')
        .find((l) => l.trimStart().startsWith(`--${flag}`));
      expect(line).toBeDefined();
      expect(usage()).toContain(`--${flag}`);
      expect(usage(top)).toContain(spec.flags[flag]!.description);
      const args = spec.flags[flag]!.type === 'string' ? [`--${flag}`, 'x'] : [`--${flag}`];
      expect(() => parseFlags(args, spec.flags)).not.toThrow();
    },
  );

  test('every command appears in the usage', () => {
    for (const name of Object.keys(COMMANDS)) expect(usage()).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
  });
});

const MANIFEST = [
  'version: 1',
  'requirements:',
  '  data: [contact]',
  '  residency:',
  '    regions: [eu]',
  '    transfers: forbidden',
  'services:',
  '  - vendor: clerk',
  '    plan: free',
  '',
].join('\n');

describe('the manifest is found from a subdirectory', () => {
  test('a subdirectory of a git repository uses the top-level .github/vendor-gate.yml', () => {
    const ws = makeWorkspace([], { '.github/vendor-gate.yml': MANIFEST, 'src/deep/index.ts': '' });
    gitInit(ws);
    const top = runCli(ws, ['check', '--no-scan']);
    const sub = runCli(join(ws, 'src/deep'), ['check', '--no-scan']);
    expect(top.status).toBe(1);
    expect(sub.status).toBe(1);
    expect(sub.stdout).toBe(top.stdout);
    expect(sub.stdout).toContain('.github/vendor-gate.yml:8:5');
  });

  test('flag paths are relative to the current directory', () => {
    const ws = makeWorkspace([], { '.github/vendor-gate.yml': MANIFEST, 'src/deep/index.ts': '' });
    gitInit(ws);
    const run = runCli(join(ws, 'src/deep'), [
      'check',
      '--no-scan',
      '--manifest',
      '../../.github/vendor-gate.yml',
    ]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('.github/vendor-gate.yml:8:5');
  });

  test('the search stops at the repository top level', () => {
    const outer = makeWorkspace([], { '.github/vendor-gate.yml': MANIFEST });
    const repo = join(outer, 'repo');
    writeFiles(repo, { 'README.md': '' });
    gitInit(repo);
    const run = runCli(repo, ['check', '--no-scan']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('.github/vendor-gate.yml:1:1: manifest not found');
  });

  test('outside a git repository only the current directory is looked at', () => {
    const ws = makeWorkspace([], { '.github/vendor-gate.yml': MANIFEST });
    mkdirSync(join(ws, 'sub'));
    const run = runCli(join(ws, 'sub'), ['check', '--no-scan']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('manifest not found');
  });

  test('examples/<x>/ inside this repository keeps using its own manifest', () => {
    const run = runCli(join(REPO, 'examples/eu-research-portal'), ['check', '--no-scan', '--format', 'json']);
    expect(run.status).toBe(1);
    expect((JSON.parse(run.stdout) as { manifest: string }).manifest).toBe('.github/vendor-gate.yml');
  });
});

describe('messages name the setting the way the entry point spells it', () => {
  test.each<[Setting, string, string]>([
    ['manifest', '`--manifest`', 'the `manifest` input'],
    ['rules', '`--rules`', 'the `rules` input'],
    ['fail-on', '`--fail-on`', 'the `fail-on` input'],
    ['scan', '`--no-scan`', 'the `scan` input'],
    ['scan-ignore', '`--scan-ignore`', 'the `scan-ignore` input'],
  ])('%s: CLI %s, action %s', (setting, cli, action) => {
    expect(settingName('cli', setting)).toBe(cli);
    expect(settingName('action', setting)).toBe(action);
  });

  test.each([
    ['cli', 'Create one with `vendor-gate init`, or pass `--manifest`.'],
    ['action', 'Create one with `npx vendor-gate init`, or point the `manifest` input at it.'],
  ] as const)('a missing manifest (%s)', (surface, hint) => {
    const ws = makeWorkspace();
    const result = readUserFile(
      ws,
      join(ws, '.github/vendor-gate.yml'),
      '.github/vendor-gate.yml',
      'manifest',
      surface,
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        { message: `manifest not found. ${hint}`, location: expect.objectContaining({ line: 1, column: 1 }) },
      ],
    });
  });

  test('the CLI run names the flag', () => {
    const run = runCli(makeWorkspace(), ['check']);
    expect(run.stderr).toContain('pass `--manifest`');
    expect(run.stderr).not.toContain('input');
  });
});

describe('rules new and rules check', () => {
  test('rules new writes a skeleton that rules check accepts', () => {
    const ws = makeWorkspace();
    gitInit(ws);
    const made = runCli(ws, ['rules', 'new', 'acme-mail']);
    expect(made.status).toBe(0);
    expect(made.stdout).toContain('Wrote .github/vendor-rules/acme-mail.yml');
    const text = readFileSync(join(ws, '.github/vendor-rules/acme-mail.yml'), 'utf8');
    expect(text).not.toContain('status: confirmed');
    expect(text.match(/status: unclear/g)).toHaveLength(17);
    expect(text).toContain('#   gem: [acme]');
    expect(text).toContain(`verified: ${TODAY}`);
    const checked = runCli(ws, ['rules', 'check']);
    expect(checked.stderr).toBe('');
    expect(checked.stdout).toBe('1 local rule valid: .github/vendor-rules/acme-mail.yml\n');
    expect(checked.status).toBe(0);
    // and the check itself loads it: an uncatalogued vendor becomes a known one
    const again = runCli(ws, ['rules', 'new', 'acme-mail']);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('.github/vendor-rules/acme-mail.yml already exists');
  });

  test('rules new --rules writes under that folder, relative to the current directory', () => {
    const ws = makeWorkspace([], { 'app/README.md': '' });
    gitInit(ws);
    const made = runCli(join(ws, 'app'), ['rules', 'new', 'acme', '--rules', 'my-rules']);
    expect(made.status).toBe(0);
    expect(made.stdout).toContain('Wrote app/my-rules/acme.yml');
  });

  test('rules new refuses a catalogued id and says how to override it', () => {
    const run = runCli(makeWorkspace(), ['rules', 'new', 'clerk']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("the catalogue already has 'clerk' (rules/vendors/clerk.yml)");
    expect(run.stderr).toContain('a local rule with the same id replaces the bundled one');
    expect(run.stderr).toContain('rules.overridden');
  });

  test('a broken rule reports every error at once, with did-you-mean and plan lists explained', () => {
    const rule = [
      'id: acme', //                                       1
      'name: Acme',
      'domain: acme.com',
      'category: other',
      'verified: 2026-01-01', //                           5
      'plans: [free, pro]',
      'sources:',
      '  dpa: { url: https://acme.com/dpa, title: DPA }',
      'facts:',
      '  dpa.plans:', //                                   10
      '    value: pro',
      '    status: confirmed',
      '    source: dpa',
      '  baa.plans:',
      '    value: []', //                                  15
      '    status: confirmed',
      '    source: dpa',
      '  ai-training:',
      '    status: unclear',
      'detect:', //                                        20
      '  rubygems: [acme]',
      '  pip: [acme]',
      '',
    ].join('\n');
    const ws = makeWorkspace([], { '.github/vendor-rules/acme.yml': rule });
    const run = runCli(ws, ['rules', 'check']);
    expect(run.status).toBe(2);
    const lines = run.stderr.split('\n').filter((l) => l.startsWith('error: '));
    expect(lines).toEqual([
      "error: .github/vendor-rules/acme.yml:11:12: facts.dpa.plans.value is 'pro': a plan list is `all`, `none`, or a list of plan ids; for that one plan write [pro]",
      'error: .github/vendor-rules/acme.yml:15:12: facts.baa.plans.value is an empty list: a plan list is `all`, `none`, or a list of plan ids; write none when no plan has it',
      "error: .github/vendor-rules/acme.yml:18:3: facts.ai-training is missing the required key 'note'",
      "error: .github/vendor-rules/acme.yml:21:3: unknown key 'rubygems' in detect. Did you mean 'gem'?",
      "error: .github/vendor-rules/acme.yml:22:3: unknown key 'pip' in detect. Did you mean 'pypi'?",
    ]);
  });
});
