import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parserFor } from '../../src/detect/parser-for.js';
import { textAt } from './helpers.js';

/** One file name per parser. */
const FILES = [
  'package.json',
  'composer.json',
  'pyproject.toml',
  'Pipfile',
  'Cargo.toml',
  'go.mod',
  'Gemfile',
  'requirements.txt',
  '.env.example',
];

/** Fragments of every format, so random files look enough like manifests to reach deep into the parsers. */
const FRAGMENTS = [
  '{',
  '}',
  '[',
  ']',
  '"',
  "'",
  ':',
  ',',
  '=',
  '#',
  '//',
  '\\',
  '\n',
  '\r\n',
  ' ',
  '\t',
  '(',
  ')',
  '"dependencies"',
  '"require"',
  '[project]',
  'dependencies = ',
  '[tool.poetry.dependencies]',
  '[packages]',
  '[dependencies]',
  '[[a]]',
  '"""',
  "'''",
  'require',
  'require (',
  'gem ',
  'group :test do',
  'end',
  'do',
  '=begin',
  '=end',
  'export ',
  'KEY=',
  '# KEY=',
  '-r ',
  '--hash=x',
  '@',
  ';',
  'stripe',
  '@clerk/nextjs',
  'clerk-backend-api',
  'github.com/a/b',
  'v1.0.0',
  '"stripe"',
  '{ package = "x" }',
  '\uFEFF',
  'é',
  '😀',
];

const manifestLike = fc
  .array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 })
  .map((parts) => parts.join(''));

describe.each(FILES)('the %s parser on arbitrary input', (file) => {
  const parse = parserFor(file);
  if (!parse) throw new Error(`no parser for ${file}`);

  it('never throws, and every location lies in the file and spans the name as written', () => {
    fc.assert(
      fc.property(fc.oneof(manifestLike, fc.string({ maxLength: 200 })), (text) => {
        const lineCount = text.replace(/^\uFEFF/, '').split('\n').length;
        for (const ref of parse(file, text)) {
          expect(ref.location.file).toBe(file);
          expect(ref.location.line).toBeGreaterThanOrEqual(1);
          expect(ref.location.endLine).toBeLessThanOrEqual(lineCount);
          expect(ref.location.column).toBeGreaterThanOrEqual(1);
          const written = textAt(text, ref);
          // Escaped names (`\u0040scope/x`) are located as written, so only unescaped ones must read back.
          if (!written.includes('\\')) expect(written).toBe(ref.name);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

/** Sorted `section name` pairs, to compare what a parser found with what was written. */
function found(refs: { name: string; section?: string }[]): string[] {
  return refs.map((ref) => `${ref.section ?? ''} ${ref.name}`).sort();
}

const pep508Name = fc
  .stringMatching(/^[A-Za-z0-9]([A-Za-z0-9._-]{0,12}[A-Za-z0-9])?$/)
  .filter((name) => !/\.(?:whl|zip|tar|tgz)$/i.test(name));
const npmName = fc.oneof(
  fc.stringMatching(/^(@[a-z0-9-]{1,8}\/)?[a-z0-9._-]{1,12}$/),
  fc.string({ minLength: 1, maxLength: 10 }), // JSON escapes quotes, backslashes and control characters
);
const space = fc.constantFrom('', ' ', '  ', '\t');

describe('round trips: every dependency written is found where it is written', () => {
  it('package.json, whatever the names, sections and indentation', () => {
    const sections = fc.record(
      {
        dependencies: fc.dictionary(npmName, fc.constant('^1.0.0'), { maxKeys: 4 }),
        devDependencies: fc.dictionary(npmName, fc.constant('*'), { maxKeys: 4 }),
        peerDependencies: fc.dictionary(npmName, fc.constant('>=1'), { maxKeys: 2 }),
        optionalDependencies: fc.dictionary(npmName, fc.constant('1'), { maxKeys: 2 }),
        bundleDependencies: fc.array(npmName, { maxLength: 2 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(sections, fc.constantFrom(0, 2, 4, '\t'), (manifest, indent) => {
        const text = JSON.stringify({ name: 'app', ...manifest }, null, indent);
        const expected = Object.entries(manifest).flatMap(([section, value]) =>
          (Array.isArray(value) ? value : Object.keys(value)).map((name) => `${section} ${name}`),
        );
        const refs = parserFor('package.json')?.('package.json', text) ?? [];
        expect(found(refs)).toEqual(expected.sort());
        for (const ref of refs) {
          if (JSON.stringify(ref.name) === `"${ref.name}"`) expect(textAt(text, ref)).toBe(ref.name);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('pyproject.toml, written by smol-toml', async () => {
    const { stringify } = await import('smol-toml');
    const requirement = fc
      .tuple(
        pep508Name,
        fc.constantFrom('', '>=1', '[extra] ==2', ' ; python_version > "3"', ' @ https://x/y.whl'),
      )
      .map(([name, rest]) => ({ name, text: `${name}${rest}` }));
    const document = fc.record({
      dependencies: fc.array(requirement, { maxLength: 4 }),
      extras: fc.dictionary(
        fc.stringMatching(/^[a-z][a-z -]{0,6}$/),
        fc.array(requirement, { maxLength: 3 }),
        {
          maxKeys: 2,
        },
      ),
      poetry: fc.dictionary(pep508Name, fc.constantFrom('^1', '*'), { maxKeys: 3 }),
    });
    fc.assert(
      fc.property(document, ({ dependencies, extras, poetry }) => {
        const text = stringify({
          project: {
            name: 'app',
            dependencies: dependencies.map((r) => r.text),
            'optional-dependencies': Object.fromEntries(
              Object.entries(extras).map(([extra, list]) => [extra, list.map((r) => r.text)]),
            ),
          },
          tool: { poetry: { dependencies: { python: '^3.12', ...poetry } } },
        });
        const refs = parserFor('pyproject.toml')?.('pyproject.toml', text) ?? [];
        const sections = (extra: string): string => (/^[A-Za-z0-9_-]+$/.test(extra) ? extra : `'${extra}'`);
        expect(found(refs)).toEqual(
          [
            ...dependencies.map((r) => `project.dependencies ${r.name}`),
            ...Object.entries(extras).flatMap(([extra, list]) =>
              list.map((r) => `project.optional-dependencies.${sections(extra)} ${r.name}`),
            ),
            ...Object.keys(poetry)
              .filter((name) => name.toLowerCase() !== 'python')
              .map((name) => `tool.poetry.dependencies ${name}`),
          ].sort(),
        );
        for (const ref of refs) expect(textAt(text, ref)).toBe(ref.name);
      }),
      { numRuns: 300 },
    );
  });

  it('Cargo.toml, written by smol-toml', async () => {
    const { stringify } = await import('smol-toml');
    const crate = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9_-]{0,10}$/);
    const table = fc.dictionary(
      crate,
      fc.oneof(fc.constant('1'), fc.constant({ version: '1', features: ['x'] })),
      {
        maxKeys: 3,
      },
    );
    fc.assert(
      fc.property(table, table, table, (dependencies, dev, target) => {
        const text = stringify({
          package: { name: 'app' },
          dependencies,
          'dev-dependencies': dev,
          target: { 'cfg(unix)': { dependencies: target } },
        });
        const refs = parserFor('Cargo.toml')?.('Cargo.toml', text) ?? [];
        expect(found(refs)).toEqual(
          [
            ...Object.keys(dependencies).map((name) => `dependencies ${name}`),
            ...Object.keys(dev).map((name) => `dev-dependencies ${name}`),
            ...Object.keys(target).map((name) => `target.'cfg(unix)'.dependencies ${name}`),
          ].sort(),
        );
        for (const ref of refs) expect(textAt(text, ref)).toBe(ref.name);
      }),
      { numRuns: 300 },
    );
  });

  it('go.mod, Gemfile, requirements.txt and env files, with random layout and comments', () => {
    const modulePath = fc.stringMatching(/^[a-z]{1,6}\.(com|org)\/[a-z0-9-]{1,8}(\/v[2-9])?$/);
    const gem = fc.stringMatching(/^[a-z][a-z0-9_-]{0,10}$/);
    const envKey = fc.stringMatching(/^[A-Z_][A-Z0-9_]{0,12}$/);
    fc.assert(
      fc.property(
        fc.uniqueArray(modulePath, { maxLength: 4 }),
        fc.boolean(),
        fc.uniqueArray(gem, { maxLength: 4 }),
        fc.uniqueArray(pep508Name, { maxLength: 4 }),
        fc.uniqueArray(envKey, { maxLength: 4 }),
        space,
        (modules, asBlock, gems, requirements, keys, indent) => {
          const goMod = asBlock
            ? `module x\n\nrequire (\n${modules.map((m) => `${indent}${m} v1.0.0 // comment`).join('\n')}\n)\n`
            : `module x\n${modules.map((m) => `require ${indent}${m} v1.0.0`).join('\n')}\n`;
          expect(found(parserFor('go.mod')?.('go.mod', goMod) ?? [])).toEqual(
            modules.map((m) => `require ${m}`).sort(),
          );

          const gemfile = `source "https://rubygems.org"\n# gem "ignored"\ngroup :test do\n${gems
            .map((name, index) => `${indent}gem ${index % 2 ? `'${name}'` : `"${name}"`}, "~> 1"`)
            .join('\n')}\nend\n`;
          expect(found(parserFor('Gemfile')?.('Gemfile', gemfile) ?? [])).toEqual(
            gems.map((name) => `group :test ${name}`).sort(),
          );

          const requirementsTxt = requirements.map((name) => `${indent}${name}>=1 # pinned`).join('\n');
          expect(found(parserFor('requirements.txt')?.('requirements.txt', requirementsTxt) ?? [])).toEqual(
            requirements.map((name) => ` ${name}`).sort(),
          );

          const env = keys.map((key, index) => `${index % 2 ? '# ' : ''}${indent}${key}=value`).join('\n');
          const envRefs = parserFor('.env.example')?.('.env.example', env) ?? [];
          expect(envRefs.map((ref) => `${ref.name} ${ref.commented === true}`).sort()).toEqual(
            keys.map((key, index) => `${key} ${index % 2 === 1}`).sort(),
          );
          for (const [text, refs] of [
            [goMod, parserFor('go.mod')?.('go.mod', goMod) ?? []],
            [gemfile, parserFor('Gemfile')?.('Gemfile', gemfile) ?? []],
            [requirementsTxt, parserFor('requirements.txt')?.('requirements.txt', requirementsTxt) ?? []],
            [env, envRefs],
          ] as const) {
            for (const ref of refs) expect(textAt(text, ref)).toBe(ref.name);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
