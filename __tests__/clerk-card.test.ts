import { readFileSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import type { Fact, VendorRule } from '../src/catalogue/types.js';

/**
 * The Clerk rule's source document is the vendor card (a copy of shared/clerk-vendor-card.txt).
 * Every statement it marks [confirmed] or [unclear] must be in the rule with that status: this
 * table traces each marked line to the fact (or confusable) that represents it.
 */
const card = readFileSync('docs/sources/clerk-vendor-card.txt', 'utf8');
const rule = parse(readFileSync('rules/vendors/clerk.yml', 'utf8')) as VendorRule;

type Trace = {
  statement: string;
  status: 'confirmed' | 'unclear';
  facts: string[];
  holds: (r: VendorRule) => boolean;
};

const fact = (key: string) => (rule.facts as Record<string, Fact>)[key];
const traces: Trace[] = [
  {
    statement: 'Clerk splits your data into two buckets',
    status: 'confirmed',
    facts: ['role'],
    holds: () =>
      fact('role')?.value === 'processor' && /independent controller/.test(fact('role')?.note ?? ''),
  },
  {
    statement: "Your users' data (you're in charge of it)",
    status: 'confirmed',
    facts: ['role'],
    holds: () => fact('role')?.value === 'processor',
  },
  {
    statement: 'Your account data (Clerk is in charge of it)',
    status: 'confirmed',
    facts: ['role'],
    holds: () => /independent controller/.test(fact('role')?.note ?? ''),
  },
  {
    statement: "Their docs don't say — neither way",
    status: 'unclear',
    facts: ['ai-training'],
    holds: () => fact('ai-training')?.value === undefined,
  },
  {
    statement: 'What it does run on is third parties',
    status: 'confirmed',
    facts: ['subprocessors', 'subprocessors.notice-days'],
    holds: () =>
      JSON.stringify((fact('subprocessors')?.value as { name: string }[]).map((s) => s.name)) ===
        JSON.stringify(['Google Cloud', 'Cloudflare', 'SendGrid', 'Twilio']) &&
      fact('subprocessors.notice-days')?.value === 15,
  },
  {
    statement: "Don't confuse it with clerk.io",
    status: 'confirmed',
    facts: [],
    holds: (r) => r.confusables?.some((c) => c.domain === 'clerk.io') === true,
  },
  {
    statement: 'Delete a user, delete the account',
    status: 'confirmed',
    facts: ['retention.user-deletion'],
    holds: () => fact('retention.user-deletion')?.value === true,
  },
  {
    statement: "When you leave, there's a 90-day window",
    status: 'confirmed',
    facts: ['retention.deletion-after-termination-days'],
    holds: () => fact('retention.deletion-after-termination-days')?.value === 90,
  },
  {
    statement: 'Your own account data has no fixed timer',
    status: 'unclear',
    facts: ['retention.account-data'],
    holds: () => true,
  },
  {
    statement: 'The good defaults — processor role, the signed DPA, SCCs',
    status: 'confirmed',
    facts: ['dpa.plans', 'role', 'transfers.mechanisms'],
    holds: () => fact('dpa.plans')?.value === 'all',
  },
  {
    statement: 'A BAA for health data',
    status: 'confirmed',
    facts: ['baa.plans'],
    holds: () => JSON.stringify(fact('baa.plans')?.value) === '["enterprise"]',
  },
  {
    statement: 'Admin and audit controls',
    status: 'confirmed',
    facts: ['features'],
    holds: () =>
      JSON.stringify(fact('features')?.value) ===
      JSON.stringify({
        sso: ['enterprise'],
        'audit-logs': ['enterprise'],
        sla: ['enterprise'],
        'dedicated-support': ['enterprise'],
      }),
  },
  {
    statement: 'Clerk is SOC 2 Type II certified',
    status: 'confirmed',
    facts: ['certifications'],
    holds: () => JSON.stringify(fact('certifications')?.value) === '["soc2-type2","dpf"]',
  },
  {
    statement: 'US-only. Clerk "hosts Personal Data primarily',
    status: 'confirmed',
    facts: ['hosting.regions', 'hosting.region-options', 'hosting.providers'],
    holds: () =>
      JSON.stringify(fact('hosting.regions')?.value) === '["us"]' &&
      JSON.stringify(fact('hosting.region-options')?.value) === '[]',
  },
  {
    statement: 'It can move anywhere',
    status: 'confirmed',
    facts: ['hosting.processing-anywhere'],
    holds: () => fact('hosting.processing-anywhere')?.value === true,
  },
  {
    statement: 'Transfers are covered on paper',
    status: 'confirmed',
    facts: ['transfers.mechanisms'],
    holds: () =>
      JSON.stringify(fact('transfers.mechanisms')?.value) === '["dpf","scc","uk-addendum","swiss-addendum"]',
  },
];

describe('the Clerk rule traces every marked statement of the Clerk card', () => {
  test('the table covers every [confirmed] and [unclear] marker in the card', () => {
    const markers = card.split('\n').filter((line) => /\[(confirmed|unclear)\]/.test(line));
    expect(markers).toHaveLength(traces.length);
    for (const trace of traces) expect(markers.some((line) => line.includes(trace.statement))).toBe(true);
  });

  test.each(traces)('$statement → $facts ($status)', ({ statement, status, facts, holds }) => {
    const line = card.split('\n').find((l) => l.includes(statement))!;
    expect(line).toContain(`[${status}]`);
    for (const key of facts) expect(fact(key)?.status).toBe(status);
    expect(holds(rule)).toBe(true);
  });

  test("the rule carries the card's verified date", () => {
    expect(card).toContain(`Last verified: ${rule.verified}`);
  });
});
