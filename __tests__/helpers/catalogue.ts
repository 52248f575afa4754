import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Catalogue } from '../../src/catalogue/catalogue.js';
import { loadRule } from '../../src/catalogue/load-rule.js';
import type { LoadedRule } from '../../src/catalogue/types.js';
import { evaluate } from '../../src/engine/evaluate.js';
import type { Finding } from '../../src/engine/finding.js';
import { parseManifest } from '../../src/manifest/load.js';
import type { ConfigError } from '../../src/source/config-error.js';
import { valueOf } from './checked.js';

export const TODAY = '2026-11-26';

/**
 * Made-up vendors whose facts cover every branch of the checks. Tests about the real catalogue
 * use the bundled Clerk rule instead; these stay fixed whatever the catalogue learns.
 */
const FIXTURE_RULES: Record<string, string> = {
  usonly: `
id: usonly
name: US Only
domain: usonly.example
category: email
verified: 2026-06-01
plans: [free, business]
sources:
  dpa: { url: https://usonly.example/dpa, title: DPA }
facts:
  hosting.regions: { value: [us], status: confirmed, source: dpa, quote: "We host in the United States." }
  hosting.region-options: { value: [], status: confirmed, source: dpa }
  hosting.processing-anywhere: { value: false, status: confirmed, source: dpa }
  transfers.mechanisms: { value: [scc], status: confirmed, source: dpa }
  dpa.plans: { value: all, status: confirmed, source: dpa }
  baa.plans: { value: none, status: confirmed, source: dpa }
  ai-training: { value: opt-out, status: confirmed, source: dpa }
  retention.deletion-after-termination-days: { value: 30, status: confirmed, source: dpa }
  certifications: { value: [iso27001], status: confirmed, source: dpa }
  subprocessors: { value: [{ name: Mailer, region: us, purpose: Delivery }], status: confirmed, source: dpa }
  subprocessors.notice-days: { value: 30, status: confirmed, source: dpa }
  features: { value: { sso: [business], audit-logs: all }, status: confirmed, source: dpa }
detect:
  npm: ["@usonly/*"]
  env: [USONLY_API_KEY]
`,
  euoption: `
id: euoption
name: EU Option
domain: euoption.example
category: database
verified: 2026-06-01
plans: [free, business]
sources:
  docs: { url: https://euoption.example/docs, title: Docs }
facts:
  hosting.regions: { value: [us], status: confirmed, source: docs }
  hosting.region-options: { value: [{ region: eu, plans: all }, { region: uk, plans: [business] }], status: confirmed, source: docs }
  hosting.region-fixed-at-creation: { value: true, status: confirmed, source: docs }
  hosting.processing-anywhere: { value: true, status: confirmed, source: docs, quote: "We may process data anywhere." }
  transfers.mechanisms: { value: [], status: confirmed, source: docs }
  dpa.plans: { value: [business], status: confirmed, source: docs }
  baa.plans: { value: [business], status: confirmed, source: docs }
  ai-training: { value: "yes", status: confirmed, source: docs }
  retention.deletion-after-termination-days: { value: 14, status: confirmed, source: docs }
`,
  planeu: `
id: planeu
name: Plan EU
domain: planeu.example
category: analytics
verified: 2026-06-01
plans: [free, enterprise]
sources:
  docs: { url: https://planeu.example/docs, title: Docs }
facts:
  hosting.regions: { value: [us], status: confirmed, source: docs }
  hosting.region-options: { value: [{ region: eu, plans: [enterprise] }], status: confirmed, source: docs }
  transfers.mechanisms: { value: [dpf], status: confirmed, source: docs }
  dpa.plans: { value: none, status: confirmed, source: docs }
  baa.plans: { value: all, status: confirmed, source: docs }
  ai-training: { value: none, status: confirmed, source: docs }
`,
  vague: `
id: vague
name: Vague
domain: vague.example
category: other
verified: 2024-01-01
plans: [free]
sources:
  review: { url: https://reviews.example/vague, title: A review, kind: secondary }
facts:
  hosting.regions: { value: [eu], status: unclear, source: review, note: "A review says EU." }
  ai-training: { status: unclear, note: "Not addressed." }
`,
};

export function fixtureCatalogue(extra: Record<string, string> = {}): Catalogue {
  const errors: ConfigError[] = [];
  const rules: LoadedRule[] = [];
  const clerk = readFileSync(join(process.cwd(), 'rules/vendors/clerk.yml'), 'utf8');
  for (const [id, text] of Object.entries({ clerk, ...FIXTURE_RULES, ...extra })) {
    const loaded = loadRule(`rules/vendors/${id}.yml`, text, 'bundled', TODAY);
    if (loaded.ok) rules.push(loaded.value);
    else errors.push(...loaded.errors);
  }
  if (errors.length > 0) throw new Error(`fixture rules are invalid: ${JSON.stringify(errors)}`);
  return new Catalogue(rules);
}

/** Parse a manifest and evaluate it against the fixture catalogue, as a run without a scan would. */
export function check(
  manifestText: string,
  options: { today?: string; catalogue?: Catalogue } = {},
): Finding[] {
  const catalogue = options.catalogue ?? fixtureCatalogue();
  const { manifest, source } = valueOf(parseManifest('.github/vendor-gate.yml', manifestText, catalogue));
  return evaluate({ manifest, source, catalogue, today: options.today ?? TODAY });
}

/** The part of a finding a table row asserts: check, severity and where. */
export function brief(f: Finding): string {
  return `${f.check} ${f.severity} ${f.location.line}:${f.location.column}${f.waived ? ' waived' : ''}`;
}
