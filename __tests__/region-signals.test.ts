import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { VendorRule } from '../src/catalogue/types.js';
import { findObservedRegionIssues, type ObservedRegionRequirements } from '../src/checks/observed-region.js';
import { buildEvidenceIndex, gatherCodeEvidence, scanTextForEvidence } from '../src/detect/code-evidence.js';
import type { Region } from '../src/vocabulary.js';

const rules: VendorRule[] = readdirSync('rules/vendors')
  .filter((f) => f.endsWith('.yml'))
  .sort()
  .map((f) => parse(readFileSync(`rules/vendors/${f}`, 'utf8')) as VendorRule);
const INDEX = buildEvidenceIndex(rules);
const regionsIn = (file: string, text: string): string[] =>
  scanTextForEvidence(file, text, INDEX).regions.map(
    (r) => `${r.location.line}:${r.location.column} ${r.vendor} ${r.region} ${r.kind} ${r.text}`,
  );

describe('the bundled region signals', () => {
  const signals = rules.flatMap((rule) => (rule.detect?.regions ?? []).map((signal) => ({ rule, signal })));

  it('cite a primary source of their rule', () => {
    for (const { rule, signal } of signals) {
      const source = rule.sources[signal.source];
      expect([rule.id, signal.source, source?.kind ?? 'primary']).toEqual([
        rule.id,
        signal.source,
        'primary',
      ]);
    }
  });

  it('cover every vendor the research rates reliable', () => {
    const withSignals = new Set(signals.map(({ rule }) => rule.id));
    for (const id of [
      'sentry',
      'posthog',
      'neon',
      'supabase',
      'openai',
      'auth0',
      'segment',
      'mixpanel',
      'amplitude',
      'datadog',
      'sendgrid',
      'mailgun',
      'twilio',
      'intercom',
      'aws',
      'google-cloud',
      'firebase',
      'cloudflare',
      'fly-io',
      'render',
      'vercel',
    ])
      expect([id, withSignals.has(id)]).toEqual([id, true]);
  });

  it('never claim one host, env value or file key for two vendors', () => {
    const owners = new Map<string, Set<string>>();
    for (const { rule, signal } of signals) {
      const key = JSON.stringify(
        'host' in signal ? signal.host : 'env-value' in signal ? signal['env-value'] : signal['file-key'],
      );
      owners.set(key, (owners.get(key) ?? new Set()).add(rule.id));
    }
    expect([...owners].filter(([, ids]) => ids.size > 1)).toEqual([]);
  });

  it('call compute locations processing: Twilio regions, Vercel and Fly.io', () => {
    for (const { rule, signal } of signals)
      if (['twilio', 'vercel', 'fly-io'].includes(rule.id))
        expect([rule.id, signal.kind]).toEqual([rule.id, 'processing']);
  });
});

describe('the bundled signals on real-looking configuration', () => {
  it.each([
    [
      'sentry.server.config.ts',
      "  dsn: 'https://abc@o123.ingest.us.sentry.io/456',",
      ['1:21 sentry us storage o123.ingest.us.sentry.io'],
    ],
    [
      '.env.example',
      'SENTRY_DSN=https://k@o1.ingest.de.sentry.io/2',
      ['1:22 sentry eu storage o1.ingest.de.sentry.io'],
    ],
    [
      '.env.example',
      'NEXT_PUBLIC_POSTHOG_HOST=https://eu.i.posthog.com',
      ['1:34 posthog eu storage eu.i.posthog.com'],
    ],
    [
      '.env.example',
      'DATABASE_URL=postgresql://u:p@ep-cool-darkness-a1b2c3d4-pooler.c-2.eu-central-1.aws.neon.tech/db',
      ['1:31 neon eu storage ep-cool-darkness-a1b2c3d4-pooler.c-2.eu-central-1.aws.neon.tech'],
    ],
    [
      '.env.example',
      'DIRECT_URL=postgres://postgres.ref:pw@aws-0-us-east-1.pooler.supabase.com:5432/postgres',
      ['1:39 supabase us storage aws-0-us-east-1.pooler.supabase.com'],
    ],
    [
      'src/ai.ts',
      "const client = new OpenAI({ baseURL: 'https://eu.api.openai.com/v1' });",
      ['1:47 openai eu storage eu.api.openai.com'],
    ],
    ['datadog.yaml', 'DD_SITE: datadoghq.eu', ['1:1 datadog eu storage DD_SITE: datadoghq.eu']],
    [
      'src/amplitude.ts',
      "amplitude.init(KEY, { serverZone: 'EU' });",
      ["1:23 amplitude eu storage serverZone: 'EU'"],
    ],
    [
      'src/storage.ts',
      "const s3 = new S3Client({ endpoint: 'https://s3.eu-west-1.amazonaws.com' });",
      ['1:46 aws eu storage s3.eu-west-1.amazonaws.com'],
    ],
    ['fly.toml', "primary_region = 'iad'", ["1:1 fly-io us processing primary_region = 'iad'"]],
    ['render.yaml', 'services:\n  - type: web\n    region: oregon', ['3:5 render us storage region: oregon']],
    ['vercel.json', '{ "regions": ["fra1"] }', ['1:4 vercel eu processing regions": ["fra1"']],
    [
      'wrangler.toml',
      '[[r2_buckets]]\nbinding = "B"\nbucket_name = "b"\njurisdiction = "eu"',
      ['4:1 cloudflare eu storage jurisdiction = "eu"'],
    ],
    ['.env.example', 'TWILIO_REGION=ie1', ['1:1 twilio eu processing TWILIO_REGION=ie1']],
  ])('%s: %s', (file, text, expected) => {
    expect(regionsIn(file, text)).toEqual(expected);
  });

  it.each([
    ['a PostHog reverse proxy', 'src/posthog.ts', "posthog.init(key, { api_host: '/ingest' });"],
    ['an Auth0 custom domain', '.env.example', 'AUTH0_ISSUER_BASE_URL=https://login.example.com'],
    ['Intercom’s routing host', 'src/intercom.ts', "const base = 'https://api.intercom.io';"],
    ['AWS ACM for CloudFront', 'infra/cert.ts', "const acm = 'acm.us-east-1.amazonaws.com';"],
    ['AWS IAM', 'infra/iam.ts', "const iam = 'https://iam.amazonaws.com';"],
    ['a Twilio edge alone', 'src/sms.ts', "twilio(sid, token, { edge: 'frankfurt' });"],
    ['the Supabase API URL', '.env.example', 'NEXT_PUBLIC_SUPABASE_URL=https://abcd.supabase.co'],
    ['the default OpenAI host', 'src/ai.py', 'base_url = "https://api.openai.com/v1"'],
    [
      'a commented-out EU host in an env example',
      '.env.example',
      '# NEXT_PUBLIC_POSTHOG_HOST=https://eu.i.posthog.com',
    ],
    ['an R2 location hint', 'wrangler.toml', 'location_hint = "weur"'],
  ])('no region from %s', (_name, file, text) => {
    expect(regionsIn(file, text)).toEqual([]);
  });
});

describe('examples/eu-sentry-dsn', () => {
  it('gathers the US DSN and reports one observed-mismatch at its line, naming the allowed regions', async () => {
    const root = 'examples/eu-sentry-dsn';
    const manifest = parse(readFileSync(`${root}/.github/vendor-gate.yml`, 'utf8')) as {
      requirements: { residency: ObservedRegionRequirements };
      services: { vendor: string; region?: Region; data?: string[] }[];
    };
    const evidence = await gatherCodeEvidence(root, rules);
    const services = manifest.services.map((service, index) => ({ index, ...service }));
    const results = findObservedRegionIssues(services, manifest.requirements.residency, evidence.regions);
    expect(
      results.map(
        (r) =>
          `${r.check} ${r.location.file}:${r.location.line}:${r.location.column} ${r.text} ${r.source} service ${r.service}`,
      ),
    ).toEqual([
      'residency.observed-mismatch sentry.client.config.ts:5:21 o123.ingest.us.sentry.io ip-ranges service 0',
    ]);
    expect(results[0]?.message).toContain('also outside the allowed regions (the EU/EEA)');
  });
});
