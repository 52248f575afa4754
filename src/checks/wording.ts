import type { Region } from '../vocabulary.js';

const REGION_NAMES: Record<Region, string> = {
  eu: 'the EU/EEA',
  uk: 'the UK',
  ch: 'Switzerland',
  us: 'the US',
  ca: 'Canada',
  au: 'Australia',
  jp: 'Japan',
  sg: 'Singapore',
  in: 'India',
  br: 'Brazil',
  kr: 'South Korea',
};

export function regionName(region: Region): string {
  return REGION_NAMES[region];
}

/** `a`, `a or b`, `a, b or c`. */
export function orList(items: readonly string[]): string {
  return joinList(items, 'or');
}

export function andList(items: readonly string[]): string {
  return joinList(items, 'and');
}

function joinList(items: readonly string[], word: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

export function regionList(regions: readonly Region[], word: 'or' | 'and' = 'or'): string {
  return joinList(regions.map(regionName), word);
}

export function planList(plans: readonly string[]): string {
  return `${orList(plans)} plan${plans.length > 1 ? 's' : ''}`;
}
