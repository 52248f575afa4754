/**
 * fast-check arbitraries for the property-based hardening run (fuzz.test.ts, scripts/fuzz.mjs):
 * valid manifests built from the closed vocabularies and the real catalogue, and broken ones made
 * from them by structural mutations (delete, rename, retype a key) and text mutations (truncate,
 * splice in YAML syntax or random unicode, flip bytes). Also broken local rules, made by mutating a
 * bundled rule.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { loadCatalogue } from '../../src/catalogue/load.js';
import { CHECK_IDS } from '../../src/checks/registry.js';
import {
  AGREEMENTS,
  AI_TRAINING_VALUES,
  CERTIFICATIONS,
  DATA_CATEGORIES,
  FEATURES,
  REGIONS,
  SEVERITY_OVERRIDES,
  TRANSFER_MECHANISMS,
} from '../../src/vocabulary.js';
import { REPO, TODAY } from './helpers.js';
import { valueOf } from '../helpers/checked.js';

export type CaseKind = 'valid' | 'broken-manifest' | 'broken-rule';

export interface FuzzCase {
  kind: CaseKind;
  /** The manifest, as text or raw bytes. */
  manifest: string | Buffer;
  /** Local rule files (workspace-relative path → content). */
  rules: Record<string, string | Buffer>;
  /** What was done to make it, for reports. */
  recipe: string[];
}

// ---------------------------------------------------------------- the real catalogue

const catalogue = valueOf(await loadCatalogue({ today: TODAY }));

interface Vendor {
  id: string;
  names: string[];
  plans: string[];
  file: string;
}

export const VENDORS: Vendor[] = catalogue.rules.map(({ rule, file }) => ({
  id: rule.id,
  names: [rule.id, rule.domain, ...(rule.aliases ?? [])],
  plans: rule.plans,
  file,
}));

// ---------------------------------------------------------------- valid manifests

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const realDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Free text a user may write: any valid unicode except the replacement character and NUL. */
const freeText = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
  .filter((s) => !/[\uFFFD\0]/.test(s) && s.trim() !== '');

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Drop undefined fields, so an absent optional is an absent key. */
function compact(object: Record<string, unknown>): JsonObject {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as JsonObject;
}

const requirements = fc
  .record({
    data: fc.subarray([...DATA_CATEGORIES]),
    residency: optional(
      fc.record({
        regions: fc.subarray([...REGIONS], { minLength: 1 }),
        transfers: optional(fc.constantFrom('forbidden', 'safeguarded')),
      }),
    ),
    agreements: optional(fc.subarray([...AGREEMENTS])),
    'ai-training': optional(fc.constantFrom('forbidden', 'allowed')),
    'deletion-days': optional(fc.nat(400)),
    certifications: optional(fc.subarray([...CERTIFICATIONS])),
    'subprocessor-notice-days': optional(fc.nat(120)),
    features: optional(fc.subarray([...FEATURES])),
    'max-rule-age-days': optional(fc.integer({ min: 1, max: 2000 })),
    'unknown-vendors': optional(fc.constantFrom('error', 'warning')),
  })
  .map((r) => compact({ ...r, residency: r.residency && compact(r.residency) }));

/** An assurance for a fact the manifest may vouch for, with a value in that fact's vocabulary. */
function assurance(plans: string[]): fc.Arbitrary<JsonObject> {
  const byFact: Record<string, fc.Arbitrary<Json>> = {
    'ai-training': fc.constantFrom(...AI_TRAINING_VALUES),
    'retention.deletion-after-termination-days': fc.nat(400),
    'hosting.regions': fc.subarray([...REGIONS]),
    'hosting.processing-anywhere': fc.boolean(),
    certifications: fc.subarray([...CERTIFICATIONS]),
    'subprocessors.notice-days': fc.nat(90),
    'transfers.mechanisms': fc.subarray([...TRANSFER_MECHANISMS]),
    'dpa.plans': fc.oneof(fc.constantFrom('all', 'none'), fc.subarray(plans, { minLength: 1 })),
    'baa.plans': fc.constantFrom('all', 'none'),
    'hosting.region-options': fc.array(
      fc.record({ region: fc.constantFrom(...REGIONS), plans: fc.constant('all') }),
      { maxLength: 2 },
    ),
  };
  return fc
    .constantFrom(...Object.keys(byFact))
    .chain((fact) => fc.record({ fact: fc.constant(fact), value: byFact[fact]!, evidence: freeText }));
}

function service(declared: string[]): fc.Arbitrary<JsonObject> {
  const known = fc.constantFrom(...VENDORS).chain((vendor) =>
    fc.record({
      vendor: fc.constantFrom(...vendor.names),
      plan:
        vendor.plans.length > 1
          ? fc.constantFrom(...vendor.plans)
          : optional(fc.constantFrom(...vendor.plans)),
      assurances: optional(fc.array(assurance(vendor.plans), { maxLength: 2 })),
    }),
  );
  // `x-` keeps an invented vendor from ever being a catalogue id or domain.
  const unknown = fc.record({
    vendor: fc.stringMatching(/^x-[a-z0-9]{1,12}(\.example)?$/),
    plan: optional(fc.stringMatching(/^[a-z]{1,8}$/)),
    assurances: fc.constant(undefined),
  });
  return fc
    .tuple(
      fc.oneof({ arbitrary: known, weight: 4 }, { arbitrary: unknown, weight: 1 }),
      fc.record({
        purpose: optional(freeText),
        data: optional(fc.subarray(declared)),
        region: optional(fc.constantFrom(...REGIONS)),
        agreements: optional(fc.subarray([...AGREEMENTS])),
        'opted-out': optional(fc.subarray(['ai-training'])),
        waivers: optional(
          fc.array(fc.record({ check: fc.constantFrom(...CHECK_IDS), reason: freeText, expires: realDate }), {
            maxLength: 2,
          }),
        ),
      }),
    )
    .map(([who, rest]) => compact({ ...who, ...rest }));
}

/** A manifest that must evaluate to a report. */
export const validManifest: fc.Arbitrary<JsonObject> = requirements.chain((reqs) =>
  fc
    .record({
      checks: optional(
        fc.dictionary(fc.constantFrom(...CHECK_IDS), fc.constantFrom(...SEVERITY_OVERRIDES), { maxKeys: 3 }),
      ),
      services: fc.array(service(reqs.data as string[]), { maxLength: 4 }),
    })
    .map(({ checks, services }) => compact({ version: 1, requirements: reqs, checks, services })),
);

/** Serialise with varied but valid YAML styles. */
const yamlText = (value: Json) =>
  fc
    .record({
      indent: fc.integer({ min: 2, max: 4 }),
      collectionStyle: fc.constantFrom('any', 'block', 'flow'),
      defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'),
    })
    .map((style) =>
      stringify(value, {
        indent: style.indent,
        collectionStyle: style.collectionStyle as 'any' | 'block' | 'flow',
        defaultStringType: style.defaultStringType as 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE',
        // indentSeq: false makes yaml write `key:\n[]` for an empty list, which it cannot read back.
        indentSeq: true,
        lineWidth: 0,
      }),
    );

export const validCase: fc.Arbitrary<FuzzCase> = validManifest.chain((m) =>
  yamlText(m).map((manifest): FuzzCase => ({ kind: 'valid', manifest, rules: {}, recipe: ['valid'] })),
);

// ---------------------------------------------------------------- structural mutations

/** Values of the wrong type, or hostile ones, to put where anything else was. */
const wrongValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: false }).map((d) => (Number.isFinite(d) ? d : 1e308)),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    '2026-02-30',
    '',
    ' ',
    'all',
    'none',
    'eu',
    'clerk',
    '__proto__',
    'rules.stale',
    '-1',
    '1e999',
  ),
  fc.constant<Json>([]),
  fc.constant({}),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), { maxKeys: 3 }),
  fc.integer({ min: 1, max: 60 }).map((depth) => {
    let v: Json = 'x';
    for (let i = 0; i < depth; i++) v = [v];
    return v;
  }),
);

const keyName: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }),
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    '<<',
    '',
    'Vendor',
    'plan ',
    'regoins',
    'data',
  ),
);

/** Paths to every value in a JSON tree. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => paths(v, [...prefix, i]))];
  if (value && typeof value === 'object')
    return [...here, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  return here;
}

function clone(value: Json): Json {
  return JSON.parse(JSON.stringify(value)) as Json;
}

function parentOf(root: Json, path: (string | number)[]): Json | undefined {
  let node: Json | undefined = root;
  for (const segment of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, Json>)[segment];
  }
  return node;
}

type Mutation = { describe: string; apply: (root: Json) => Json };

function structuralMutation(root: Json): fc.Arbitrary<Mutation> {
  const all = paths(root).filter((p) => p.length > 0);
  if (all.length === 0) return fc.constant({ describe: 'none', apply: (r: Json) => r });
  return fc
    .tuple(fc.constantFrom(...all), fc.integer({ min: 0, max: 4 }), wrongValue, keyName)
    .map(([path, op, value, name]): Mutation => ({
      describe: `${['delete', 'retype', 'rename', 'add key beside', 'duplicate'][op]} ${path.join('.')}`,
      apply: (input) => {
        const result = clone(input);
        const parent = parentOf(result, path);
        const last = path[path.length - 1]!;
        if (parent === null || parent === undefined || typeof parent !== 'object') return result;
        if (Array.isArray(parent)) {
          const i = Number(last);
          if (op === 0) parent.splice(i, 1);
          else if (op === 4) parent.splice(i, 0, clone(parent[i] ?? null));
          else if (op === 3) parent.push(value);
          else parent[i] = value;
          return result;
        }
        const object = parent as Record<string, Json>;
        const key = String(last);
        if (op === 0) delete object[key];
        else if (op === 1) object[key] = value;
        else if (op === 2) {
          const moved = object[key] ?? null;
          delete object[key];
          Object.defineProperty(object, name, {
            value: moved,
            enumerable: true,
            writable: true,
            configurable: true,
          });
        } else
          Object.defineProperty(object, name, {
            value,
            enumerable: true,
            writable: true,
            configurable: true,
          });
        return result;
      },
    }));
}

// ---------------------------------------------------------------- text mutations

const SNIPPETS = [
  '\t',
  ':',
  ': ',
  '- ',
  '[',
  ']',
  '{',
  '}',
  '"',
  "'",
  '&a ',
  '*a',
  '&a [*a]',
  '<<: *a',
  '!!binary ',
  '!!js/function ',
  '? ',
  '\n---\n',
  '\n...\n',
  '%YAML 1.1\n---\n',
  '#',
  '|',
  '>',
  '\n',
  '\r',
  '\u2028',
  '\ufeff',
  '\0',
  '\uFFFD',
  'ñ',
  '🙂',
  '__proto__: {polluted: yes}\n',
  'version: 1\n',
];

type TextMutation = { describe: string; apply: (text: string) => string };

const textMutation: fc.Arbitrary<TextMutation> = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }).map((at): TextMutation => ({
    describe: `truncate at ${at.toFixed(2)}`,
    apply: (t) => t.slice(0, Math.floor(t.length * at)),
  })),
  fc
    .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...SNIPPETS))
    .map(([at, snippet]): TextMutation => ({
      describe: `insert ${JSON.stringify(snippet)} at ${at.toFixed(2)}`,
      apply: (t) => {
        const i = Math.floor(t.length * at);
        return t.slice(0, i) + snippet + t.slice(i);
      },
    })),
  fc
    .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.string({ unit: 'binary', maxLength: 12 }))
    .map(([at, junk]): TextMutation => ({
      describe: `insert random unicode ${JSON.stringify(junk)}`,
      apply: (t) => {
        const i = Math.floor(t.length * at);
        return t.slice(0, i) + junk + t.slice(i);
      },
    })),
  fc
    .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 40 }))
    .map(([at, length]): TextMutation => ({
      describe: `delete ${length} characters`,
      apply: (t) => {
        const i = Math.floor(t.length * at);
        return t.slice(0, i) + t.slice(i + length);
      },
    })),
  fc.double({ min: 0, max: 1, noNaN: true }).map((at): TextMutation => ({
    describe: 'duplicate a line',
    apply: (t) => {
      const lines = t.split('\n');
      const i = Math.floor((lines.length - 1) * at);
      lines.splice(i, 0, lines[i] ?? '');
      return lines.join('\n');
    },
  })),
  fc
    .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('&c [*c]', '&c {k: *c}', '&c [[*c]]'))
    .map(([at, cycle]): TextMutation => ({
      describe: `replace a value with the cycle ${cycle}`,
      apply: (t) => {
        const lines = t.split('\n');
        const candidates = lines.map((l, i) => (/: \S/.test(l) ? i : -1)).filter((i) => i >= 0);
        const i = candidates[Math.floor((candidates.length - 1) * at)];
        if (i === undefined) return t;
        lines[i] = lines[i]!.replace(/: .*$/, `: ${cycle}`);
        return lines.join('\n');
      },
    })),
  fc.double({ min: 0, max: 1, noNaN: true }).map((at): TextMutation => ({
    describe: 'indent a line by one space',
    apply: (t) => {
      const lines = t.split('\n');
      const i = Math.floor((lines.length - 1) * at);
      lines[i] = ` ${lines[i] ?? ''}`;
      return lines.join('\n');
    },
  })),
);

/** Flip a few bytes of the encoded text: non-UTF-8 sequences, control bytes. */
const byteFlips = fc.array(
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })),
  {
    minLength: 1,
    maxLength: 4,
  },
);

function mutateText(text: string, mutations: TextMutation[]): string {
  return mutations.reduce((t, m) => m.apply(t), text);
}

/** Structural mutations, then serialisation, then text mutations, then maybe byte flips. */
function broken(start: fc.Arbitrary<Json>): fc.Arbitrary<{ text: string | Buffer; recipe: string[] }> {
  return start.chain((root) =>
    fc
      .tuple(
        fc.array(structuralMutation(root), { maxLength: 3 }),
        fc.array(textMutation, { maxLength: 3 }),
        // about one case in six also gets raw bytes flipped (mostly non-UTF-8 then)
        fc.oneof({ arbitrary: fc.constant(null), weight: 5 }, { arbitrary: byteFlips, weight: 1 }),
      )
      .filter(([structural, text, bytes]) => structural.length + text.length + (bytes ? 1 : 0) > 0)
      .chain(([structural, text, bytes]) => {
        const mutated = structural.reduce((r, m) => m.apply(r), root);
        return yamlText(mutated).map((serialised) => {
          const recipe = [...structural.map((m) => m.describe), ...text.map((m) => m.describe)];
          const mutatedText = mutateText(serialised, text);
          if (!bytes) return { text: mutatedText, recipe };
          const buffer = Buffer.from(mutatedText, 'utf8');
          for (const [at, byte] of bytes)
            if (buffer.length > 0) buffer[Math.floor((buffer.length - 1) * at)] = byte;
          return { text: buffer, recipe: [...recipe, `flip ${bytes.length} byte(s)`] };
        });
      }),
  );
}

export const brokenManifestCase: fc.Arbitrary<FuzzCase> = broken(validManifest).map(
  ({ text, recipe }): FuzzCase => ({ kind: 'broken-manifest', manifest: text, rules: {}, recipe }),
);

// ---------------------------------------------------------------- broken local rules

const RULE_TEXTS = VENDORS.map((vendor) => ({
  vendor,
  text: readFileSync(join(REPO, 'rules', 'vendors', `${vendor.id}.yml`), 'utf8'),
  data: JSON.parse(JSON.stringify(catalogue.get(vendor.id)!.rule)) as Json,
}));

/** A bundled rule copied as a local rule (so it replaces the bundled one), then mutated. */
export const brokenRuleCase: fc.Arbitrary<FuzzCase> = fc
  .constantFrom(...RULE_TEXTS)
  .chain(({ vendor, text, data }) => {
    const manifest = `version: 1\nrequirements:\n  data: [contact]\nservices:\n  - vendor: ${vendor.id}\n    plan: ${vendor.plans[0]}\n`;
    return fc.oneof(
      // text mutations straight on the real file, keeping its comments and layout
      fc.array(textMutation, { minLength: 1, maxLength: 3 }).map((mutations): FuzzCase => ({
        kind: 'broken-rule',
        manifest,
        rules: { [`.github/vendor-rules/${vendor.id}.yml`]: mutateText(text, mutations) },
        recipe: [`rule ${vendor.id}`, ...mutations.map((m) => m.describe)],
      })),
      broken(fc.constant(data)).map(({ text: mutated, recipe }): FuzzCase => ({
        kind: 'broken-rule',
        manifest,
        rules: { [`.github/vendor-rules/${vendor.id}.yml`]: mutated },
        recipe: [`rule ${vendor.id}`, ...recipe],
      })),
    );
  });

/** Every case the property runs: mostly broken, a solid share valid. */
export const anyCase: fc.Arbitrary<FuzzCase> = fc.oneof(
  { arbitrary: validCase, weight: 3 },
  { arbitrary: brokenManifestCase, weight: 5 },
  { arbitrary: brokenRuleCase, weight: 2 },
);
