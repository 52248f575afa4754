import { compareStrings } from '../compare.js';
import type { Catalogue } from '../catalogue/catalogue.js';
import type { Fact, Facts, VendorRule } from '../catalogue/types.js';
import { didYouMean } from '../source/did-you-mean.js';
import { showValue } from '../report/evidence.js';
import { inert, tableRow } from '../report/markdown.js';

/** `vendor-gate vendors`: one line per catalogued vendor. */
export function listVendors(catalogue: Catalogue): string {
  const rows = [...catalogue.rules]
    .sort((a, b) => compareStrings(a.rule.id, b.rule.id))
    .map(({ rule, origin }) => {
      const facts = Object.values(rule.facts) as Fact[];
      const confirmed = facts.filter((f) => f.status === 'confirmed').length;
      return [
        rule.id,
        rule.name,
        rule.category,
        rule.verified,
        `${facts.length} facts (${confirmed} confirmed, ${facts.length - confirmed} unclear)`,
        origin === 'local' ? 'local' : '',
      ];
    });
  return table([['ID', 'NAME', 'CATEGORY', 'VERIFIED', 'FACTS', ''], ...rows]);
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return `${rows
    .map((r) =>
      r
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')}\n`;
}

/** `vendor-gate explain <vendor>`: the vendor card, every fact with its status and source. */
export function explainVendor(
  catalogue: Catalogue,
  vendor: string,
): { ok: true; text: string } | { ok: false; message: string } {
  const loaded = catalogue.resolve(vendor);
  if (!loaded) {
    const confusable = catalogue.confusableFor(vendor);
    if (confusable)
      return {
        ok: false,
        message: `${vendor} is not ${confusable.rule.name} (${confusable.rule.domain}): ${confusable.note}`,
      };
    const hint = didYouMean(vendor, catalogue.ids);
    return {
      ok: false,
      message: `no vendor '${vendor}' in the catalogue.${hint ? ` Did you mean '${hint}'?` : ''} Known: ${catalogue.ids.join(', ')}`,
    };
  }
  const { rule } = loaded;
  const lines = [
    `${rule.name} (${rule.id}, ${rule.domain}) — ${rule.category}`,
    `Verified: ${rule.verified}   Plans: ${rule.plans.join(', ')}   Rule: ${loaded.file}${loaded.replaces ? ` (replaces ${loaded.replaces})` : ''}`,
  ];
  for (const c of rule.confusables ?? []) lines.push(`Not to be confused with ${c.domain}: ${c.note}`);
  lines.push('', 'Facts:');
  for (const [key, fact] of Object.entries(rule.facts) as [string, Fact][]) {
    const source =
      fact.source && Object.hasOwn(rule.sources, fact.source) ? rule.sources[fact.source] : undefined;
    const value = fact.value !== undefined ? showValue(fact.value) : 'unknown';
    lines.push(`  ${key}: ${value}  [${fact.status}]`);
    if (source)
      lines.push(
        `    source: ${source.title} — ${source.url}${source.kind === 'secondary' ? ' (secondary)' : ''}${source.date ? ` (${source.date})` : ''}`,
      );
    if (fact.quote) lines.push(`    quote: "${fact.quote}"`);
    if (fact.note) lines.push(`    note: ${fact.note}`);
  }
  const detect = Object.entries(rule.detect ?? {}).filter(([, patterns]) => patterns && patterns.length > 0);
  if (detect.length > 0) {
    lines.push('', 'Detected in code by:');
    for (const [ecosystem, patterns] of detect) lines.push(`  ${ecosystem}: ${patterns!.join(', ')}`);
  }
  return { ok: true, text: `${lines.join('\n')}\n` };
}

/** A fact's value for the catalogue table: the value when confirmed, "unclear" or "—" otherwise. */
function cell(rule: VendorRule, key: keyof Facts): string {
  const fact = rule.facts[key] as Fact | undefined;
  if (!fact) return '—';
  if (fact.status !== 'confirmed') return 'unclear';
  const value = fact.value;
  if (key === 'hosting.region-options' && Array.isArray(value)) {
    return value.length === 0 ? 'none' : showValue(value);
  }
  if (key === 'retention.deletion-after-termination-days') return `${String(value)} days`;
  return Array.isArray(value) ? value.join(', ') || 'none' : showValue(value);
}

/** `vendor-gate vendors --format markdown`: the catalogue as the table in docs/vendors.md. */
export function vendorsMarkdown(catalogue: Catalogue): string {
  const header = [
    'Vendor',
    'Category',
    'Verified',
    'Default regions',
    'Region options',
    'DPA',
    'BAA',
    'AI training',
    'Deletion after termination',
  ];
  const rows = [...catalogue.rules]
    .sort((a, b) => compareStrings(a.rule.id, b.rule.id))
    .map(({ rule, origin }) => [
      // Only a bundled rule's file is in the package to link to; a local rule's name is plain text.
      origin === 'bundled' ? `[${inert(rule.name)}](../rules/vendors/${rule.id}.yml)` : inert(rule.name),
      ...[
        rule.category,
        rule.verified,
        cell(rule, 'hosting.regions'),
        cell(rule, 'hosting.region-options'),
        cell(rule, 'dpa.plans'),
        cell(rule, 'baa.plans'),
        cell(rule, 'ai-training'),
        cell(rule, 'retention.deletion-after-termination-days'),
      ].map(inert),
    ]);
  return [
    '# Vendor catalogue',
    '',
    '<!-- Generated by `npm run docs` from rules/vendors/*.yml; CI fails when it is out of date. Do not edit by hand. -->',
    '',
    'Confirmed facts only; "unclear" means the rule records a claim no primary source confirms, "—" that the rule says nothing.',
    'Run `npx vendor-gate explain <vendor>` for every fact with its source and quote.',
    '',
    tableRow(header),
    tableRow(header.map(() => '---')),
    ...rows.map(tableRow),
    '',
  ].join('\n');
}
