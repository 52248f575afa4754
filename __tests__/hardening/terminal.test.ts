/**
 * CLI text output is read by a terminal and, in CI, by the runner, which takes any stdout line
 * starting with `::` for a workflow command (`::error`, `::add-mask::`, `::stop-commands::`). Every
 * string from the repository is shown as inert text: newlines, ANSI escapes and other controls are
 * made visible, and no line may start with `::` (issue 11, finding 7).
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { guardJson, guardTerminal, inert } from '../../src/report/terminal.js';
import { cleanSandboxes, MANIFEST, sandbox, spawnCli } from './helpers.js';

afterAll(cleanSandboxes);

const ESC = '\u001b';
/** A waiver reason and a vendor name that try to forge runner commands and repaint the terminal. */
const HOSTILE = [
  'version: 1',
  'requirements:',
  '  data: [contact]',
  'services:',
  '  - vendor: "acme\\n::error file=x.yml::forged\\u001b[2J"',
  '    plan: "pro\\r::warning::x"',
  '    waivers:',
  '      - check: vendor.unknown',
  '        reason: "approved\\n::stop-commands::pwned\\n  ::add-mask::secret\\n##[error]legacy\\u009b31m"',
  '        expires: 2099-01-01',
  '',
].join('\n');

/** Lines a runner would act on: `::` after optional blanks (v2 commands) or `##[` anywhere (v1). */
function commandLines(text: string): string[] {
  return text.split('\n').filter((line) => /^\s*::/.test(line) || line.includes('##['));
}

describe('CLI text output is inert', () => {
  test.each([['text'], ['markdown'], ['json'], ['sarif']])(
    '--format %s: no workflow command, no escape or control character',
    async (format) => {
      const s = sandbox({ [MANIFEST]: HOSTILE });
      const run = await spawnCli(s.workspace, ['check', '--no-scan', '--format', format]);
      expect(run.status).toBe(0);
      for (const stream of [run.stdout, run.stderr]) {
        expect(commandLines(stream)).toEqual([]);
        expect(stream).not.toContain(ESC);
        expect(stream).not.toContain('\r');
        expect(stream).not.toContain('\u009b');
      }
      if (format === 'json' || format === 'sarif') JSON.parse(run.stdout); // still valid JSON
    },
  );

  test('the text report still shows what was written, escaped, on the finding’s line', async () => {
    const s = sandbox({ [MANIFEST]: HOSTILE });
    const run = await spawnCli(s.workspace, ['check', '--no-scan']);
    expect(run.stdout).toContain('acme\\n::error file=x.yml::forged\\x1b[2J');
    expect(run.stdout).toContain(
      'approved\\n::stop-commands::pwned\\n  ::add-mask::secret\\n#\\#[error]legacy\\x9b31m',
    );
  });

  test('a config error naming a hostile key is inert too', async () => {
    const s = sandbox({
      [MANIFEST]: 'version: 1\nrequirements:\n  data: [contact]\n"x\\n::error::y\\u001b[1m": 1\n',
    });
    const run = await spawnCli(s.workspace, ['check', '--no-scan']);
    expect(run.status).toBe(2);
    expect(commandLines(run.stderr)).toEqual([]);
    expect(run.stderr).not.toContain(ESC);
  });
});

describe('the guards', () => {
  test('inert shows controls, separators and bidi overrides as escapes', () => {
    expect(inert('a\nb\r\t\u001b[0m\u007f\u2028\u202e')).toBe('a\\nb\\r\\t\\x1b[0m\\x7f\\u2028\\u202e');
  });
  test('guardTerminal keeps layout, breaks commands at line start (after blanks) and legacy ##[', () => {
    expect(guardTerminal('ok\n::error::x\n  ::stop-commands::t\nsee ##[warning]y\n')).toBe(
      'ok\n\\::error::x\n  \\::stop-commands::t\nsee #\\#[warning]y\n',
    );
  });
  test('guardJson keeps JSON valid and equal in value', () => {
    const value = { a: '##[error]x\u2028\u009b\u202e' };
    const guarded = guardJson(JSON.stringify(value));
    expect(guarded).not.toContain('##[');
    expect(JSON.parse(guarded)).toEqual(value);
  });
});
