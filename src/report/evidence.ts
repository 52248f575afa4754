import type { Evidence } from '../checks/types.js';

/** `[us]`, `90`, `all`: a fact value in one short line. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) {
    return `[${value.map(showItem).join(', ')}]`;
  }
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${showValue(v)}`)
      .join('; ');
  }
  return String(value);
}

/** `Google Cloud (us)` for a subprocessor, `eu on business` for a region option. */
function showItem(item: unknown): string {
  if (!item || typeof item !== 'object') return String(item);
  const { name, region, plans, purpose } = item as {
    name?: string;
    region?: string;
    plans?: unknown;
    purpose?: string;
  };
  if (name !== undefined) return `${name}${region ? ` (${region})` : ''}${purpose ? ` for ${purpose}` : ''}`;
  if (region !== undefined) return `${region} on ${Array.isArray(plans) ? plans.join('/') : String(plans)}`;
  return JSON.stringify(item);
}

/** How sure the evidence is, in words a reviewer reads. */
export function describeStatus(evidence: Evidence): string {
  switch (evidence.status) {
    case 'confirmed':
      return `confirmed, verified ${evidence.verified}`;
    case 'unclear':
      return `unclear (cannot verify), rule verified ${evidence.verified}`;
    case 'absent':
      return 'not stated in the rule (cannot verify)';
    case 'assurance':
      return 'recorded assurance';
  }
}
