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
  dpa: string | null;
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
      const dpaSource = rule.sources.dpa ?? (dpaFact?.source ? rule.sources[dpaFact.source] : undefined);
      return {
        vendor: rule.name,
        purpose: service.purpose ?? '',
        data,
        region,
        transferMechanisms: confirmedValue(rule, 'transfers.mechanisms') ?? [],
        dpa: dpaSource?.url ?? null,
      };
    });
}

const COLUMNS = ['Vendor', 'Purpose', 'Personal data', 'Region', 'Transfer mechanism', 'DPA'] as const;

function cells(entry: SubprocessorEntry): string[] {
  return [
    entry.vendor,
    entry.purpose,
    entry.data.join(', '),
    entry.region,
    entry.transferMechanisms.join(', ') || '—',
    entry.dpa ?? '—',
  ];
}

export function formatRegister(entries: SubprocessorEntry[], format: 'markdown' | 'csv' | 'json'): string {
  if (format === 'json') return `${JSON.stringify(entries, null, 2)}\n`;
  if (format === 'csv') {
    // RFC 4180: quote every field, double inner quotes.
    const line = (values: readonly string[]) => values.map((v) => `"${v.replace(/"/g, '""')}"`).join(',');
    return `${[line(COLUMNS), ...entries.map((e) => line(cells(e)))].join('\r\n')}\r\n`;
  }
  // Every cell is repository text made inert; the DPA links only to a URL a bundled rule cites.
  const row = (entry: SubprocessorEntry) =>
    tableRow([...cells(entry).slice(0, -1).map(inert), entry.dpa ? sourceLink('DPA', entry.dpa) : '—']);
  return `${[tableRow(COLUMNS), tableRow(COLUMNS.map(() => '---')), ...entries.map(row)].join('\n')}\n`;
}
