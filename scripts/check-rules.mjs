// Checks vendor rule files the way the catalogue test does, plus what only this machine can check:
// package names against the registry listings in the tool library (not available in CI).
//
//   node scripts/check-rules.mjs [--write-snapshot] [rules/vendors/<id>.yml ...]   (default: every bundled rule)
//
// Prints one line per problem and exits 1 when there is any. Other rules in rules/vendors/ are read
// only to find detect patterns that two vendors share.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';

const LISTINGS = '/work/.library/env/packages';
const schema = JSON.parse(readFileSync('schemas/vendor-rule.schema.json', 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const TODAY = new Date().toISOString().slice(0, 10);

const all = readdirSync('rules/vendors')
  .filter((f) => f.endsWith('.yml'))
  .map((f) => `rules/vendors/${f}`);
const args = process.argv.slice(2);
// --write-snapshot: record, for every npm and PyPI pattern, names the listing holds that it matches, so
// the catalogue test can check in CI (where the listings are absent) that no pattern names nothing.
const writeSnapshot = args[0] === '--write-snapshot';
const targets =
  args.filter((a) => !a.startsWith('--')).length > 0 ? args.filter((a) => !a.startsWith('--')) : all;
const SNAPSHOT = '__tests__/fixtures/registry-names.json';
const snapshot = { npm: {}, pypi: {} };

const problems = [];
const load = (file) => {
  try {
    return parse(readFileSync(file, 'utf8'), { uniqueKeys: true });
  } catch (error) {
    problems.push(`${file}: YAML: ${error.message.split('\n')[0]}`);
    return undefined;
  }
};

/** Names in a registry listing (first column of a TSV), lower-cased, or undefined when the listing is absent. */
function listing(name) {
  const path = `${LISTINGS}/${name}`;
  if (!existsSync(path)) return undefined;
  const names = new Set();
  for (const line of readFileSync(path, 'utf8').split('\n').slice(1))
    names.add(line.split('\t')[0].toLowerCase());
  return names;
}
const normalizePypi = (n) => n.toLowerCase().replace(/[-_.]+/g, '-');
const registry = {
  npm: listing('npm.tsv'),
  pypi: listing('pypi.tsv') && new Set([...listing('pypi.tsv')].map(normalizePypi)),
  go: listing('go-partial.tsv'),
};
const globToRegExp = (glob) =>
  new RegExp(
    `^${glob
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^/]*')}$`,
  );

for (const file of targets) {
  const rule = load(file);
  if (!rule) continue;
  const say = (message) => problems.push(`${file}: ${message}`);
  if (!validate(rule)) {
    for (const e of validate.errors) say(`schema: ${e.instancePath || '/'} ${e.message}`);
    continue;
  }
  if (`${rule.id}.yml` !== basename(file)) say(`id '${rule.id}' does not match the file name`);
  if (rule.verified > TODAY) say(`verified ${rule.verified} is in the future`);
  const cited = new Set();
  for (const [key, fact] of Object.entries(rule.facts)) {
    const source = fact.source === undefined ? undefined : rule.sources[fact.source];
    if (fact.source !== undefined && !source) say(`${key}: cites '${fact.source}', not in sources`);
    if (fact.status === 'confirmed') {
      if (!source) say(`${key}: confirmed without a source`);
      else if ((source.kind ?? 'primary') !== 'primary')
        say(`${key}: confirmed but cites a secondary source`);
      else cited.add(fact.source);
      if (!fact.quote) say(`${key}: confirmed without a quote that carries the value`);
    } else if ((fact.note ?? '').length < 10) say(`${key}: unclear without a note saying why`);
    for (const plan of plansNamed(key, fact.value))
      if (!rule.plans.includes(plan)) say(`${key}: names plan '${plan}', not in plans`);
  }
  const dates = [...cited]
    .map((k) => rule.sources[k].date)
    .filter(Boolean)
    .sort();
  // Clerk's date is the card's own "Last verified" date (SPEC §7.5): the card is the project's source document.
  if (dates.length > 0 && rule.verified !== dates.at(-1) && rule.id !== 'clerk')
    say(
      `verified ${rule.verified} differs from the newest date among cited primary sources (${dates.at(-1)})`,
    );
  const detect = rule.detect ?? {};
  for (const key of detect.env ?? [])
    if (key.includes('*')) say(`env: '${key}' is a prefix; list exact keys`);
  for (const ecosystem of ['npm', 'pypi', 'go']) {
    const names = registry[ecosystem];
    if (!names) continue;
    for (const pattern of detect[ecosystem] ?? []) {
      const p = ecosystem === 'pypi' ? normalizePypi(pattern) : pattern.toLowerCase();
      const matched = p.includes('*')
        ? [...names].filter((n) => globToRegExp(p).test(n))
        : ecosystem === 'go'
          ? [...names].filter((n) => n === p || n.startsWith(`${p}/`))
          : names.has(p)
            ? [p]
            : [];
      if (ecosystem !== 'go' && matched.length > 0) snapshot[ecosystem][pattern] = matched.sort().slice(0, 5);
      if (matched.length === 0)
        say(
          `${ecosystem}: '${pattern}' is not in the registry listing${ecosystem === 'go' ? ' (partial listing: say so in the note)' : ''}`,
        );
    }
  }
}

// The same package, env key or host claimed by two vendors (globs compared by their literal text).
const owners = new Map();
for (const file of all) {
  let rule;
  try {
    rule = parse(readFileSync(file, 'utf8'));
  } catch {
    continue;
  }
  for (const [ecosystem, patterns] of Object.entries(rule?.detect ?? {}))
    for (const pattern of Array.isArray(patterns) ? patterns : []) {
      const key = `${ecosystem}:${typeof pattern === 'string' ? pattern.toLowerCase() : JSON.stringify(pattern)}`;
      const list = owners.get(key) ?? [];
      list.push(rule.id);
      owners.set(key, list);
    }
}
const targetIds = new Set(targets.map((f) => basename(f, '.yml')));
for (const [key, ids] of owners)
  if (ids.length > 1 && ids.some((id) => targetIds.has(id)))
    problems.push(`${key} is claimed by ${ids.join(' and ')}`);

function plansNamed(key, value) {
  const list = (plans) => (Array.isArray(plans) ? plans.map(String) : []);
  if (key === 'dpa.plans' || key === 'baa.plans') return list(value);
  if (key === 'hosting.region-options' && Array.isArray(value)) return value.flatMap((o) => list(o.plans));
  if (key === 'features' && value && typeof value === 'object') return Object.values(value).flatMap(list);
  return [];
}

if (writeSnapshot) {
  if (!registry.npm || !registry.pypi) throw new Error(`the registry listings are not in ${LISTINGS}`);
  const sorted = (o) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
  const body = {
    source: `${LISTINGS}/{npm,pypi}.tsv`,
    npm: sorted(snapshot.npm),
    pypi: sorted(snapshot.pypi),
  };
  writeFileSync(SNAPSHOT, `${JSON.stringify(body, null, 1)}\n`);
  console.log(`wrote ${SNAPSHOT}`);
}
for (const p of problems) console.log(p);
console.log(`${targets.length} rule file(s) checked, ${problems.length} problem(s)`);
process.exit(problems.length > 0 ? 1 : 0);
