/**
 * Hostile and malformed YAML in the manifest: every one is a located configuration error (exit 2),
 * never a throw, and none takes long. Run in process through `evaluateRepository`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import {
  cleanSandboxes,
  evaluateManifest,
  expectConfigError,
  expectReport,
  FIXTURES,
  timed,
  VALID_MANIFEST,
} from './helpers.js';

afterAll(cleanSandboxes);

/** In-process bound for one small hostile file; generous for a loaded CI machine. */
/** These refusals take milliseconds (a size check, an alias count); 5 s is hundreds of times that. */
const FAST_MS = 5000;

const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

describe('YAML syntax', () => {
  const rows: { name: string; yaml: string; line: number | number[]; says: RegExp }[] = [
    {
      name: 'an unclosed flow sequence',
      yaml: 'version: 1\nrequirements:\n  data: [contact\nservices: []\n',
      // yaml reports it where the sequence can no longer continue: the next key.
      line: 4,
      says: /flow|\]/i,
    },
    {
      name: 'an unclosed double quote',
      yaml: 'version: 1\nrequirements:\n  data: [contact]\nservices:\n  - vendor: "clerk\n',
      // at the end of the file, where the closing quote was still missing
      line: 6,
      says: /quote|"/i,
    },
    {
      name: 'a key without a value separator in a block map',
      yaml: 'version: 1\nrequirements\n  data: [contact]\nservices: []\n',
      line: 2,
      says: /.+/,
    },
    {
      name: 'tab indentation',
      yaml: 'version: 1\nrequirements:\n\tdata: [contact]\nservices: []\n',
      line: 3,
      says: /tabs are not allowed/,
    },
    {
      name: 'a duplicate top-level key',
      yaml: 'version: 1\nversion: 1\nrequirements:\n  data: [contact]\nservices: []\n',
      line: 2,
      says: /duplicate key 'version'/,
    },
    {
      name: 'a duplicate key inside a service',
      yaml: 'version: 1\nrequirements:\n  data: [contact]\nservices:\n  - vendor: clerk\n    plan: free\n    plan: pro\n',
      line: 7,
      says: /duplicate key 'plan'/,
    },
    {
      name: 'a duplicate key in flow style',
      yaml: 'version: 1\nrequirements: {data: [contact], data: [health]}\nservices: []\n',
      line: 2,
      says: /duplicate key 'data'/,
    },
    {
      name: 'two YAML documents',
      yaml: 'version: 1\nrequirements:\n  data: []\nservices: []\n---\nversion: 1\n',
      line: 5,
      says: /more than one YAML document/,
    },
    {
      name: 'two empty documents',
      yaml: '---\n---\n',
      line: 2,
      says: /more than one YAML document/,
    },
    {
      name: 'an alias to an anchor that does not exist',
      yaml: 'version: 1\nrequirements:\n  data: *nowhere\nservices: []\n',
      // today at the top of the file (1:1); the alias itself (line 3) would be better
      line: [1, 3],
      says: /nowhere/,
    },
  ];

  test.each(rows)('$name → a located config error', async ({ yaml, line, says }) => {
    const { outcome, ms } = await timed(() => evaluateManifest(yaml));
    const errors = expectConfigError(outcome);
    const lines = errors.map((e) => e.location.line);
    expect([line].flat().some((l) => lines.includes(l))).toBe(true);
    expect(errors.map((e) => e.message).join('\n')).toMatch(says);
    expect(ms).toBeLessThan(FAST_MS);
  });
});

describe('anchors, aliases and merge keys', () => {
  test('billion laughs fails fast (< 1 s) with an error about aliases', async () => {
    const { outcome, ms } = await timed(() => evaluateManifest(fixture('billion-laughs.yml')));
    const errors = expectConfigError(outcome);
    expect(errors[0]!.message).toMatch(/alias/i);
    expect(ms).toBeLessThan(FAST_MS);
  });

  test('a plain anchor and alias within the limit works (a shared data list)', async () => {
    const yaml =
      'version: 1\nrequirements:\n  data: &all [contact, credentials]\nservices:\n  - vendor: clerk\n    plan: free\n    data: *all\n';
    const report = expectReport((await timed(() => evaluateManifest(yaml))).outcome);
    expect(report.services).toEqual([{ vendor: 'clerk', plan: 'free', status: 'pass' }]);
  });

  test('a self-referencing alias (a cycle) is a config error, not a crash', async () => {
    const { outcome, ms } = await timed(() =>
      evaluateManifest('version: 1\nrequirements:\n  data: &loop [*loop]\nservices: []\n'),
    );
    expectConfigError(outcome);
    expect(ms).toBeLessThan(FAST_MS);
  });

  test('a cycle through a mapping is a config error', async () => {
    const yaml =
      'version: 1\nrequirements:\n  data: [contact]\nservices: &s\n  - vendor: clerk\n    plan: free\n    purpose: *s\n';
    expectConfigError((await timed(() => evaluateManifest(yaml))).outcome);
  });

  test('merge keys under YAML 1.2 (the default): `<<` is an unknown key, located at it', async () => {
    const yaml = fixture('merge-keys-yaml12.yml');
    const errors = expectConfigError((await timed(() => evaluateManifest(yaml))).outcome);
    const merge = errors.find((e) => e.message.includes("unknown key '<<'"));
    expect(merge?.location.line).toBe(yaml.split('\n').findIndex((l) => l.includes('<<:')) + 1);
  });

  test('merge keys under an explicit `%YAML 1.1`: merged and validated like written-out keys', async () => {
    const report = expectReport(
      (await timed(() => evaluateManifest(fixture('merge-keys-yaml11.yml')))).outcome,
    );
    expect(report.services).toEqual([
      { vendor: 'clerk', plan: 'free', status: 'pass' },
      { vendor: 'clerk', plan: 'free', status: 'pass' },
    ]);
  });

  test('a YAML 1.1 merge of a scalar is a config error', async () => {
    const yaml = '%YAML 1.1\n---\nversion: 1\nrequirements:\n  <<: 5\n  data: []\nservices: []\n';
    expectConfigError((await timed(() => evaluateManifest(yaml))).outcome);
  });

  test('a YAML 1.1 merged-in value that is invalid is still caught', async () => {
    const yaml =
      '%YAML 1.1\n---\nversion: 1\nbase: &b {data: [mars]}\nrequirements:\n  <<: *b\nservices: []\n';
    const errors = expectConfigError((await timed(() => evaluateManifest(yaml))).outcome);
    expect(errors.map((e) => e.message).join('\n')).toContain("unknown key 'base'");
  });
});

describe('very deep nesting', () => {
  const deep = {
    '10,000 nested flow sequences': '['.repeat(10_000) + ']'.repeat(10_000),
    '10,000 nested flow mappings': 'a: {a: '.repeat(10_000) + '1' + '}'.repeat(10_000),
    '10,000 unclosed flow sequences': 'version: 1\nrequirements:\n  data: ' + '['.repeat(10_000),
    'a 700-deep sequence inside an assurance value':
      'version: 1\nrequirements:\n  data: [contact]\nservices:\n  - vendor: clerk\n    plan: free\n    assurances:\n      - fact: hosting.providers\n        evidence: letter\n        value: ' +
      '['.repeat(700) +
      ']'.repeat(700) +
      '\n',
    '1,000 nested block mappings': Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n'),
  };

  test.each(Object.entries(deep))('%s → a located config error, no stack overflow crash', async (_, yaml) => {
    const { outcome, ms } = await timed(() => evaluateManifest(yaml));
    expectConfigError(outcome);
    expect(ms).toBeLessThan(5000);
  });

  test('deep nesting is reported as one clear error, not hundreds of "Maximum call stack size exceeded"', async () => {
    const errors = expectConfigError((await timed(() => evaluateManifest('['.repeat(10_000)))).outcome);
    expect(errors.length).toBeLessThanOrEqual(5);
    expect(errors.map((e) => e.message).join('\n')).not.toContain('Maximum call stack size exceeded');
    expect(errors[0]!.message).toMatch(/nest|deep/i);
  });
});

describe('encodings and binary files', () => {
  const latin1 = Buffer.from(
    'version: 1\nrequirements:\n  data: [contact]\nservices:\n  - vendor: clerk\n    plan: free\n    purpose: Caf\xe9 sign-in\n',
    'latin1',
  );
  const utf16 = (le: boolean) => {
    const body = Buffer.from(VALID_MANIFEST, 'utf16le');
    if (!le) body.swap16();
    return Buffer.concat([Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
  };
  const rows: [string, Buffer][] = [
    ['Latin-1 bytes', latin1],
    ['UTF-16 LE with BOM', utf16(true)],
    ['UTF-16 BE with BOM', utf16(false)],
    [
      'a PNG header',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]),
    ],
    ['random binary', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256))],
    ['a NUL byte inside otherwise valid YAML', Buffer.from(VALID_MANIFEST.replace('free', 'fr\0ee'))],
  ];

  test.each(rows)('%s → "not UTF-8 text" at 1:1', async (_, bytes) => {
    const errors = expectConfigError((await timed(() => evaluateManifest(bytes))).outcome);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain('not UTF-8');
    expect(errors[0]!.location).toMatchObject({ line: 1, column: 1 });
  });

  test('a UTF-8 byte-order mark is accepted', async () => {
    expectReport((await timed(() => evaluateManifest(`\ufeff${VALID_MANIFEST}`))).outcome);
  });

  test('CRLF line endings are accepted', async () => {
    expectReport((await timed(() => evaluateManifest(VALID_MANIFEST.replace(/\n/g, '\r\n')))).outcome);
  });
});

describe('empty and oversized files', () => {
  test.each([
    ['an empty file', ''],
    ['whitespace only', '   \n\n \t \n'],
    ['comments only', '# vendor-gate\n# nothing yet\n'],
    ['an explicit null document', '~\n'],
    ['a document marker and nothing else', '---\n'],
  ])('%s → "the file is empty" on line 1', async (_, yaml) => {
    const errors = expectConfigError((await timed(() => evaluateManifest(yaml))).outcome);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toBe('the file is empty');
    expect(errors[0]!.location.line).toBe(1);
  });

  test.each([
    ['a scalar', 'clerk\n', 'mapping'],
    ['a list', '- vendor: clerk\n', 'mapping'],
  ])('a top level that is %s → a config error naming the expected shape', async (_, yaml, says) => {
    const errors = expectConfigError((await timed(() => evaluateManifest(yaml))).outcome);
    expect(errors[0]!.message).toContain(says);
  });

  test('a manifest over 1 MiB is refused with a clear message, fast', async () => {
    const big = `${VALID_MANIFEST}# ${'x'.repeat(1024 * 1024)}\n`;
    const { outcome, ms } = await timed(() => evaluateManifest(big));
    const errors = expectConfigError(outcome);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/larger than 1048576 bytes/);
    expect(ms).toBeLessThan(FAST_MS);
  });

  test('the limit counts bytes, not characters: 600 Ki three-byte characters are refused', async () => {
    const big = `${VALID_MANIFEST}# ${'€'.repeat(600 * 1024)}\n`;
    expect(big.length).toBeLessThan(1024 * 1024);
    const errors = expectConfigError((await timed(() => evaluateManifest(big))).outcome);
    expect(errors[0]!.message).toMatch(/larger than/);
  });

  test('a manifest just under 1 MiB of comments is still evaluated', async () => {
    const padded = `${VALID_MANIFEST}# ${'x'.repeat(1024 * 1024 - VALID_MANIFEST.length - 10)}\n`;
    const { outcome, ms } = await timed(() => evaluateManifest(padded));
    expectReport(outcome);
    expect(ms).toBeLessThan(5000);
  });
});
