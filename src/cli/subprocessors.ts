import { confirmedValue, type Catalogue } from '../catalogue/catalogue.js';
import type { Manifest } from '../manifest/types.js';
import { inert, sourceLink, tableRow } from '../report/markdown.js';

/** One row of the app's subprocessor register, as published on its privacy page. */
export interface SubprocessorEntry {
  vendor: string;
  purpose: string;
  data: string[];
  region: string;
  transferMechanisms: string[];
  /** The vendor's DPA: a primary source only (SPEC §7.5). */
  dpa: string | null;
  /** Why there is no DPA link, when there is none. */
  dpaNote?: string;
  /**
   * `controller` when the vendor's confirmed role is an independent controller: not a subprocessor,
   * listed apart (SPEC §7.5).
   */
  role: 'processor' | 'controller';
}

/** Every declared service that receives personal data, with what the catalogue confirms about it. */
export function subprocessorRegister(manifest: Manifest, catalogue: Catalogue): SubprocessorEntry[] {
  return manifest.services
    .map((service) => ({ service, data: service.data ?? manifest.requirements.data }))
    .filter(({ data }) => data.length > 0)
    .map(({ service, data }) => {
      const rule = catalogue.resolve(service.vendor)?.rule;
      if (!rule) {
        return {
          vendor: service.vendor,
          purpose: service.purpose ?? '',
          data,
          region: 'unknown (no catalogue rule)',
          transferMechanisms: [],
          dpa: null,
          dpaNote: 'unknown (no catalogue rule)',
          role: 'processor' as const,
        };
      }
      const defaults = confirmedValue(rule, 'hosting.regions');
      const region =
        service.region ??
        (defaults && defaults.length === 1
          ? defaults[0]!
          : defaults
            ? `one of ${defaults.join(', ')} (not stated)`
            : 'unknown');
      const dpaFact = rule.facts['dpa.plans'];
      const named = rule.sources.dpa ?? (dpaFact?.source ? rule.sources[dpaFact.source] : undefined);
      // Only the vendor's own document is linked: a secondary page is no DPA.
      const dpaSource = named && (named.kind ?? 'primary') === 'primary' ? named : undefined;
      const role = confirmedValue(rule, 'role') === 'controller' ? 'controller' : 'processor';
      return {
        vendor: rule.name,
        purpose: service.purpose ?? '',
        data,
        region,
        transferMechanisms: confirmedValue(rule, 'transfers.mechanisms') ?? [],
        dpa: dpaSource?.url ?? null,
        ...(dpaSource ? {} : { dpaNote: 'no primary source read' }),
        role,
      } as const;
    })
    .sort((a, b) => Number(a.role === 'controller') - Number(b.role === 'controller'));
}

const COLUMNS = [
  'Vendor',
  'Purpose',
  'Personal data',
  'Region',
  'Transfer mechanism',
  'DPA',
  'Role',
] as const;

function cells(entry: SubprocessorEntry): string[] {
  return [
    entry.vendor,
    entry.purpose,
    entry.data.join(', '),
    entry.region,
    entry.transferMechanisms.join(', ') || '—',
    entry.dpa ?? entry.dpaNote ?? '—',
    entry.role === 'controller' ? 'independent controller (not a subprocessor)' : 'processor',
  ];
}

export function formatRegister(entries: SubprocessorEntry[], format: 'markdown' | 'csv' | 'json'): string {
  if (format === 'json') return `${JSON.stringify(entries, null, 2)}\n`;
  if (format === 'csv') {
    // RFC 4180: quote every field, double inner quotes.
    const line = (values: readonly string[]) => values.map((v) => `"${v.replace(/"/g, '""')}"`).join(',');
    return `${[line(COLUMNS), ...entries.map((e) => line(cells(e)))].join('\r\n')}\r\n`;
  }
  // Every cell is repository text made inert; the DPA links only to a primary URL a rule cites.
  const headings = COLUMNS.slice(0, -1);
  const row = (entry: SubprocessorEntry) =>
    tableRow([
      ...cells(entry).slice(0, -2).map(inert),
      entry.dpa ? sourceLink('DPA', entry.dpa) : inert(entry.dpaNote ?? '—'),
    ]);
  const table = (list: SubprocessorEntry[]) => [
    tableRow(headings),
    tableRow(headings.map(() => '---')),
    ...list.map(row),
  ];
  const processors = entries.filter((e) => e.role === 'processor');
  const controllers = entries.filter((e) => e.role === 'controller');
  const out = table(processors);
  if (controllers.length > 0) {
    out.push(
      '',
      'Independent controllers (they process personal data for their own purposes; not subprocessors):',
      '',
      ...table(controllers),
    );
  }
  return `${out.join('\n')}\n`;
}
