import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { BUNDLED_RULES } from '../src/catalogue/generated/bundled-rules.js';
import { loadCatalogue } from '../src/catalogue/load.js';
import { loadRule } from '../src/catalogue/load-rule.js';
import type { Fact, VendorRule } from '../src/catalogue/types.js';
import { isRealDate } from '../src/dates.js';
import type { ConfigError } from '../src/source/config-error.js';
import { TODAY } from './helpers/catalogue.js';
import { errorsOf, valueOf } from './helpers/checked.js';

/** Rules are judged against the real date: a rule verified after the fixed test date is fine, one verified in the future is not. */
const NOW = new Date().toISOString().slice(0, 10);

const files = readdirSync('rules/vendors').filter((f) => f.endsWith('.yml'));
const rules = files.map((file) => ({
  file,
  rule: parse(readFileSync(`rules/vendors/${file}`, 'utf8')) as VendorRule,
}));

describe('the bundled catalogue', () => {
  test('every rule file validates against the schema and its own consistency checks', () => {
    const errors: ConfigError[] = [];
    for (const { file } of rules)
      errors.push(
        ...errorsOf(
          loadRule(`rules/vendors/${file}`, readFileSync(`rules/vendors/${file}`, 'utf8'), 'bundled', NOW),
        ),
      );
    expect(errors).toEqual([]);
  });

  test('the bundled data the gate runs on is exactly the rule files (npm run build regenerates it)', async () => {
    expect(BUNDLED_RULES).toEqual(rules.map(({ file, rule }) => ({ file: `rules/vendors/${file}`, rule })));
    expect(valueOf(await loadCatalogue({ today: NOW })).rules).toHaveLength(files.length);
  });

  test('covers at least Clerk and the twelve vendors of the common small-app stack', () => {
    const ids = rules.map((r) => r.rule.id);
    for (const id of [
      'clerk',
      'supabase',
      'sentry',
      'posthog',
      'openai',
      'auth0',
      'neon',
      'segment',
      'cloudflare',
      'anthropic',
      'vercel',
      'postmark',
      'stripe',
    ]) {
      expect(ids).toContain(id);
    }
  });

  describe.each(rules)('$file', ({ file, rule }) => {
    test('id matches the file name', () => {
      expect(`${rule.id}.yml`).toBe(file);
    });

    test('verified is a real date, not in the future', () => {
      expect(isRealDate(rule.verified)).toBe(true);
      expect(rule.verified <= NOW).toBe(true);
    });

    test('every confirmed fact cites a primary source with an https URL', () => {
      for (const [key, fact] of Object.entries(rule.facts) as [string, Fact][]) {
        if (fact.status !== 'confirmed') continue;
        const source = rule.sources[fact.source ?? ''];
        expect({ key, url: source?.url, kind: source?.kind ?? 'primary' }).toEqual({
          key,
          url: expect.stringMatching(/^https:\/\/\S+$/),
          kind: 'primary',
        });
      }
    });

    test('every unclear fact says why', () => {
      for (const fact of Object.values(rule.facts) as Fact[]) {
        if (fact.status === 'unclear') expect(fact.note?.length ?? 0).toBeGreaterThan(10);
      }
    });

    test('detect patterns are well-formed', () => {
      for (const [ecosystem, patterns] of Object.entries(rule.detect ?? {})) {
        if (ecosystem === 'regions') continue; // signals, not name patterns: checked in region-signals.test.ts
        for (const pattern of patterns as string[]) {
          expect(pattern).toMatch(ecosystem === 'env' ? /^[A-Z][A-Z0-9_]*\*?$/ : /^[A-Za-z0-9@/._*-]+$/);
          expect(pattern).not.toMatch(/\*\*/);
        }
      }
    });
  });
});

describe('the rule loader refuses what the catalogue must never hold', () => {
  const RULE = `id: acme
name: Acme
domain: acme.example
category: email
verified: 2026-01-01
plans: [free]
sources:
  dpa: { url: https://acme.example/dpa, title: DPA }
  blog: { url: https://someblog.example/acme, title: A blog, kind: secondary }
facts:
  dpa.plans: { value: all, status: confirmed, source: dpa }
`;
  const errorsFor = (text: string): ConfigError[] => {
    return errorsOf(loadRule('rules/vendors/acme.yml', text, 'bundled', TODAY));
  };

  test('a well-formed rule loads', () => {
    expect(errorsFor(RULE)).toEqual([]);
  });

  test.each([
    [
      'an uncited confirmed fact',
      'dpa.plans: { value: all, status: confirmed }',
      "missing the required key 'source'",
    ],
    [
      'a source that names no entry',
      'dpa.plans: { value: all, status: confirmed, source: terms }',
      "cites source 'terms', which is not in sources",
    ],
    [
      'a confirmed fact from a secondary source',
      'dpa.plans: { value: all, status: confirmed, source: blog }',
      'cites a secondary source',
    ],
    [
      'an unknown fact key',
      'dpa.plan: { value: all, status: confirmed, source: dpa }',
      "Did you mean 'dpa.plans'?",
    ],
    ['an unclear fact without a note', 'dpa.plans: { status: unclear }', "missing the required key 'note'"],
    [
      'a plan the rule does not have',
      'dpa.plans: { value: [pro], status: confirmed, source: dpa }',
      "names plan 'pro'",
    ],
  ])('%s', (_name, fact, message) => {
    const errors = errorsFor(RULE.replace('dpa.plans: { value: all, status: confirmed, source: dpa }', fact));
    expect(errors.map((e) => e.message).join('\n')).toContain(message);
    expect(errors[0]!.location.line).toBe(11);
  });

  test('a verified date in the future', () => {
    const errors = errorsFor(RULE.replace('verified: 2026-01-01', 'verified: 2099-01-01'));
    expect(errors).toEqual([
      {
        message: 'verified: 2099-01-01 is in the future',
        location: expect.objectContaining({ line: 5, column: 1 }),
      },
    ]);
  });

  test('an http (not https) source URL', () => {
    const errors = errorsFor(RULE.replace('url: https://acme.example/dpa', 'url: http://acme.example/dpa'));
    expect(errors[0]!.message).toContain('sources.dpa.url');
  });

  test('region signals: a cited source that names no entry, or two kinds in one signal', () => {
    const withSignal = (signal: string) => `${RULE}detect:\n  regions:\n    - ${signal}\n`;
    expect(
      errorsFor(withSignal('{ host: api.eu.acme.example, region: eu, kind: storage, source: dpa }')),
    ).toEqual([]);
    expect(
      errorsFor(withSignal('{ host: api.eu.acme.example, region: eu, kind: storage, source: docs }')),
    ).toEqual([
      {
        message: "region signal 1 cites source 'docs', which is not in sources (dpa, blog)",
        location: expect.objectContaining({ line: 14, column: 63 }),
      },
    ]);
    expect(
      errorsFor(
        withSignal(
          '{ host: api.eu.acme.example, env-value: { key: ACME_REGION, value: eu }, region: eu, kind: storage, source: dpa }',
        ),
      ),
    ).not.toEqual([]);
    expect(
      errorsFor(withSignal('{ host: API.Acme.example, region: eu, kind: storage, source: dpa }')),
    ).not.toEqual([]);
    expect(
      errorsFor(withSignal('{ host: api.eu.acme.example, region: eu, kind: edge, source: dpa }')),
    ).not.toEqual([]);
  });
});
