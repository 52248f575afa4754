import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { VendorRule } from '../../src/catalogue/types.js';
import {
  buildEvidenceIndex,
  evidenceSkipReason,
  gatherCodeEvidence,
  scanTextForEvidence,
  type CodeEvidence,
  type ScanWork,
} from '../../src/detect/code-evidence.js';
import { HostIndex, matchesHostGlob } from '../../src/detect/host-match.js';
import { makeTempRepo, type TempRepo } from './repo-fixture.js';

/** Rules reduced to what the gatherer reads: ids, hosts and region signals. */
function rule(id: string, detect: VendorRule['detect']): VendorRule {
  return {
    id,
    name: id,
    domain: `${id}.example`,
    category: 'other',
    verified: '2026-01-01',
    plans: ['all'],
    sources: { docs: { url: `https://${id}.example/docs`, title: 'Docs' } },
    facts: {},
    detect,
  };
}

const RULES: VendorRule[] = [
  rule('sentry', {
    hosts: ['*.ingest.sentry.io', '*.ingest.us.sentry.io', '*.ingest.de.sentry.io'],
    regions: [
      { host: '*.ingest.de.sentry.io', region: 'eu', kind: 'storage', source: 'docs' },
      { host: '*.ingest.us.sentry.io', region: 'us', kind: 'storage', source: 'docs' },
      { host: '*.ingest.sentry.io', region: 'us', kind: 'storage', source: 'docs' },
    ],
  }),
  rule('openai', {
    hosts: ['api.openai.com', '*.api.openai.com'],
    regions: [{ host: 'eu.api.openai.com', region: 'eu', kind: 'storage', source: 'docs' }],
  }),
  rule('posthog', {
    hosts: ['*.i.posthog.com'],
    regions: [
      { host: 'eu.i.posthog.com', region: 'eu', kind: 'storage', source: 'docs' },
      { host: 'us.i.posthog.com', region: 'us', kind: 'storage', source: 'docs' },
    ],
  }),
  rule('datadog', {
    regions: [
      {
        'env-value': { key: 'DD_SITE', value: 'datadoghq.eu' },
        region: 'eu',
        kind: 'storage',
        source: 'docs',
      },
      {
        'env-value': { key: 'DD_SITE', value: '*datadoghq.com' },
        region: 'us',
        kind: 'storage',
        source: 'docs',
      },
    ],
  }),
  rule('fly', {
    regions: [
      {
        'file-key': { file: 'fly.toml', key: 'primary_region', value: 'fra' },
        region: 'eu',
        kind: 'processing',
        source: 'docs',
      },
      {
        'file-key': { file: 'fly.toml', key: 'primary_region', value: 'iad' },
        region: 'us',
        kind: 'processing',
        source: 'docs',
      },
    ],
  }),
  rule('vercel', {
    regions: [
      {
        'file-key': { file: 'vercel.json', key: 'regions', value: 'fra1' },
        region: 'eu',
        kind: 'processing',
        source: 'docs',
      },
      {
        'file-key': { file: 'vercel.json', key: 'regions', value: 'iad1' },
        region: 'us',
        kind: 'processing',
        source: 'docs',
      },
    ],
  }),
  rule('auth0', {
    hosts: ['*.auth0.com'],
    regions: [{ host: '*.eu.auth0.com', region: 'eu', kind: 'storage', source: 'docs' }],
  }),
];
const INDEX = buildEvidenceIndex(RULES);

/** `file:line:col-endCol vendor what text` lines, for exact comparisons. */
function brief(found: Pick<CodeEvidence, 'hosts' | 'regions'>): string[] {
  return [
    ...found.hosts.map(
      (h) =>
        `${h.location.file}:${h.location.line}:${h.location.column}-${h.location.endColumn} host ${h.vendor} ${h.host} ${h.text}`,
    ),
    ...found.regions.map(
      (r) =>
        `${r.location.file}:${r.location.line}:${r.location.column}-${r.location.endColumn} ${r.signal} ${r.vendor} ${r.region} ${r.kind} ${r.text}`,
    ),
  ];
}
const scan = (file: string, text: string): string[] => brief(scanTextForEvidence(file, text, INDEX));

describe('host globs match on DNS label boundaries', () => {
  it.each([
    ['api.openai.com', 'api.openai.com', true],
    ['api.openai.com', 'notapi.openai.com', false],
    ['api.openai.com', 'api.openai.com.evil.test', false],
    ['api.openai.com', 'eu.api.openai.com', false],
    ['*.ingest.sentry.io', 'o1.ingest.sentry.io', true],
    ['*.ingest.sentry.io', 'a.b.ingest.sentry.io', true],
    ['*.ingest.sentry.io', 'ingest.sentry.io', false],
    ['*.ingest.sentry.io', 'o1.ingest.us.sentry.io', false],
    ['*.ingest.sentry.io', 'o1.xingest.sentry.io', false],
    ['api.*.twilio.com', 'api.dublin.ie1.twilio.com', true],
    ['api.*.twilio.com', 'api.twilio.com', false],
    ['*.*.ie1.twilio.com', 'api.dublin.ie1.twilio.com', true],
    ['*.*.ie1.twilio.com', 'api.ie1.twilio.com', false],
  ])('%s vs %s: %s', (glob, host, expected) => {
    expect(matchesHostGlob(glob, host)).toBe(expected);
    const index = new HostIndex<string>();
    index.add(glob, glob);
    expect(index.lookup(host).map((m) => m.glob)).toEqual(expected ? [glob] : []);
  });
});

describe('scanTextForEvidence: one kind of signal at a time, with exact locations', () => {
  it('a DSN: the host inside it, as a host trace and as a storage signal', () => {
    expect(
      scan(
        'sentry.client.config.ts',
        "Sentry.init({\n  dsn: 'https://abc@o123.ingest.us.sentry.io/456',\n});\n",
      ),
    ).toEqual([
      'sentry.client.config.ts:2:21-45 host sentry *.ingest.us.sentry.io o123.ingest.us.sentry.io',
      'sentry.client.config.ts:2:21-45 host sentry us storage o123.ingest.us.sentry.io',
    ]);
    expect(scan('.env.production', 'SENTRY_DSN=https://k@o9.ingest.de.sentry.io/1\n')).toEqual([
      '.env.production:1:22-44 host sentry *.ingest.de.sentry.io o9.ingest.de.sentry.io',
      '.env.production:1:22-44 host sentry eu storage o9.ingest.de.sentry.io',
    ]);
  });

  it('a plain host: exact, upper case, at a full stop; never inside a longer name', () => {
    expect(
      scan(
        'src/ai.py',
        [
          'BASE = "https://eu.api.openai.com/v1"',
          'OTHER = "https://API.OPENAI.COM/v1"',
          'x = "notapi.openai.com api.openai.com.evil.test x_api.openai.com"',
          'print("see api.openai.com.")',
        ].join('\n'),
      ),
    ).toEqual([
      'src/ai.py:1:17-34 host openai *.api.openai.com eu.api.openai.com',
      'src/ai.py:2:18-32 host openai api.openai.com API.OPENAI.COM',
      'src/ai.py:4:12-26 host openai api.openai.com api.openai.com',
      'src/ai.py:1:17-34 host openai eu storage eu.api.openai.com',
    ]);
  });

  it('an env value, in env, YAML, JSON, shell and Dockerfile forms, with a value glob', () => {
    expect(
      scan(
        'deploy/values.yaml',
        ['env:', '  DD_SITE: datadoghq.eu', '  other: "DD_SITE"', '  DD_SITE: "us5.datadoghq.com"'].join(
          '\n',
        ),
      ),
    ).toEqual([
      'deploy/values.yaml:2:3-24 env-value datadog eu storage DD_SITE: datadoghq.eu',
      'deploy/values.yaml:4:3-31 env-value datadog us storage DD_SITE: "us5.datadoghq.com"',
    ]);
    expect(scan('app.json', '{"env": {"DD_SITE":"datadoghq.eu"}}')).toEqual([
      'app.json:1:11-34 env-value datadog eu storage DD_SITE":"datadoghq.eu"',
    ]);
    expect(scan('start.sh', 'export DD_SITE=datadoghq.eu\n')).toEqual([
      'start.sh:1:8-28 env-value datadog eu storage DD_SITE=datadoghq.eu',
    ]);
    expect(scan('Dockerfile', 'ENV DD_SITE=datadoghq.com\n')).toEqual([
      'Dockerfile:1:5-26 env-value datadog us storage DD_SITE=datadoghq.com',
    ]);
    expect(scan('config.ts', 'process.env.DD_SITE = "datadoghq.eu";\n')).toEqual([
      'config.ts:1:1-37 env-value datadog eu storage process.env.DD_SITE = "datadoghq.eu"',
    ]);
  });

  it('a config-file key, only in the named file, including values in an inline list', () => {
    const flyToml = 'app = "my-app"\nprimary_region = "fra"\n\n[env]\n  PORT = "8080"\n';
    expect(scan('fly.toml', flyToml)).toEqual([
      'fly.toml:2:1-23 file-key fly eu processing primary_region = "fra"',
    ]);
    expect(scan('config/other.toml', flyToml)).toEqual([]);
    expect(scan('vercel.json', '{\n  "regions": ["iad1", "fra1"]\n}\n')).toEqual([
      'vercel.json:2:4-21 file-key vercel us processing regions": ["iad1"',
      'vercel.json:2:4-29 file-key vercel eu processing regions": ["iad1", "fra1"',
    ]);
  });

  it('a file ending without a newline, and CRLF line ends', () => {
    expect(scan('.env.example', 'A=1\r\nDD_SITE=datadoghq.eu')).toEqual([
      '.env.example:2:1-21 env-value datadog eu storage DD_SITE=datadoghq.eu',
    ]);
    expect(scan('.env.example', 'DD_SITE=datadoghq.eu\r\n')).toEqual([
      '.env.example:1:1-21 env-value datadog eu storage DD_SITE=datadoghq.eu',
    ]);
  });
});

describe('traps: no false evidence', () => {
  it('comments, by language: whole lines, trailing comments, block comments', () => {
    const cases: [string, string][] = [
      ['.env.example', '# NEXT_PUBLIC_POSTHOG_HOST=https://eu.i.posthog.com\n#DD_SITE=datadoghq.eu\n'],
      ['config.py', '# dsn = "https://k@o1.ingest.sentry.io/1"\n'],
      [
        'src/a.ts',
        '// https://eu.i.posthog.com\n  /* DD_SITE=datadoghq.eu\n   * eu.api.openai.com\n   still eu.i.posthog.com */\n',
      ],
      ['src/a.go', '/**\n * Sentry: o1.ingest.sentry.io\n */\n'],
      ['schema.sql', '-- host: eu.api.openai.com\n'],
      ['index.html', '<!-- <script src="https://eu.i.posthog.com"></script>\n  more -->\n'],
      ['settings.ini', '; DD_SITE=datadoghq.eu\n'],
      ['app.yml', 'key: value # was eu.i.posthog.com\n'],
    ];
    for (const [file, text] of cases) expect([file, scan(file, text)]).toEqual([file, []]);
  });

  it('a value next to a trailing comment offering the other region counts only the value', () => {
    expect(scan('.env.example', 'POSTHOG_HOST=https://us.i.posthog.com # or eu.i.posthog.com\n')).toEqual([
      '.env.example:1:22-38 host posthog *.i.posthog.com us.i.posthog.com',
      '.env.example:1:22-38 host posthog us storage us.i.posthog.com',
    ]);
  });

  it('code after a block comment closes, and `//` in URLs and globs, are not comments', () => {
    expect(
      scan(
        'a.ts',
        '/* old */ const h = "eu.i.posthog.com";\nconst g = "src/**/*.ts"; const u = "https://eu.api.openai.com";\n',
      ),
    ).toEqual([
      'a.ts:1:22-38 host posthog *.i.posthog.com eu.i.posthog.com',
      'a.ts:2:45-62 host openai *.api.openai.com eu.api.openai.com',
      'a.ts:1:22-38 host posthog eu storage eu.i.posthog.com',
      'a.ts:2:45-62 host openai eu storage eu.api.openai.com',
    ]);
  });

  it('a reverse-proxy path and a custom domain show no region', () => {
    expect(
      scan(
        'src/posthog.ts',
        "posthog.init(key, { api_host: '/ingest', ui_host: 'https://analytics.example.com' });\n",
      ),
    ).toEqual([]);
    expect(
      scan(
        '.env.example',
        'AUTH0_DOMAIN=login.example.com\nAUTH0_ISSUER_BASE_URL=https://login.example.com\n',
      ),
    ).toEqual([]);
    expect(scan('.env.example', 'AUTH0_DOMAIN=acme.eu.auth0.com\n')).toEqual([
      '.env.example:1:14-31 host auth0 *.auth0.com acme.eu.auth0.com',
      '.env.example:1:14-31 host auth0 eu storage acme.eu.auth0.com',
    ]);
  });
});

describe('evidenceSkipReason (SPEC §7.1)', () => {
  it.each([
    ['src/app.ts', undefined],
    ['.env.example', undefined],
    ['fly.toml', undefined],
    ['test/sentry.ts', 'test code'],
    ['packages/a/__tests__/x.ts', 'test code'],
    ['spec/x.rb', 'test code'],
    ['src/sentry.test.ts', 'test code'],
    ['src/sentry.spec.js', 'test code'],
    ['pkg/client_test.go', 'test code'],
    ['app/test_settings.py', 'test code'],
    ['fixtures/dsn.json', 'a fixture'],
    ['pkg/testdata/a.txt', 'a fixture'],
    ['docs/setup.ts', 'documentation'],
    ['README.md', 'documentation'],
    ['guide.mdx', 'documentation'],
    ['examples/next/sentry.ts', 'an example'],
    ['package-lock.json', 'a lock file'],
    ['go.sum', 'a lock file'],
    ['public/app.min.js', 'minified or a source map'],
    ['public/app.js.map', 'minified or a source map'],
    ['src/__generated__/api.ts', 'generated or build output'],
    ['logo.png', 'a binary file'],
    ['.env', 'a real env file'],
    ['.env.production.local', 'a real env file'],
  ])('%s: %s', (path, reason) => {
    expect(evidenceSkipReason(path)).toBe(reason);
  });
});

describe.each([
  ['git', true],
  ['walk', false],
])('gatherCodeEvidence (%s mode)', (_mode, useGit) => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = makeTempRepo();
    repo.write({
      'src/sentry.ts': "Sentry.init({ dsn: 'https://abc@o123.ingest.us.sentry.io/456' });\n",
      'fly.toml': 'primary_region = "fra"\n',
      '.env.example': '# DD_SITE=datadoghq.com\nDD_SITE=datadoghq.eu\n',
      'test/sentry.test.ts': "const dsn = 'https://k@o1.ingest.de.sentry.io/1';\n",
      'docs/setup.md': 'Use https://eu.i.posthog.com\n',
      'README.md': 'DSN: https://k@o1.ingest.de.sentry.io/1\n',
      'examples/app/posthog.ts': "posthog.init('k', { api_host: 'https://eu.i.posthog.com' });\n",
      'node_modules/posthog-js/dist/hosts.js': "const EU = 'eu.i.posthog.com';\n",
      'yarn.lock': 'resolved "https://eu.i.posthog.com/x"\n',
      'ignored/keep-out.ts': "const h = 'us.i.posthog.com';\n",
      'big.ts': `const h = 'eu.i.posthog.com';\n${'x'.repeat(2048)}\n`,
      'data.bin.txt': `eu.i.posthog.com\0binary`,
    });
    if (useGit) repo.gitInit();
  });
  afterEach(() => repo.remove());

  it('finds each signal once, skipping tests, docs, examples, vendored code, lock files, ignored, large and binary files', async () => {
    const skipped: string[] = [];
    const evidence = await gatherCodeEvidence(repo.root, RULES, {
      ignore: ['ignored/**'],
      maxFileBytes: 1024,
      onSkip: (file, reason) => skipped.push(`${file}: ${reason}`),
    });
    expect(brief(evidence)).toEqual([
      'src/sentry.ts:1:33-57 host sentry *.ingest.us.sentry.io o123.ingest.us.sentry.io',
      '.env.example:2:1-21 env-value datadog eu storage DD_SITE=datadoghq.eu',
      'fly.toml:1:1-23 file-key fly eu processing primary_region = "fra"',
      'src/sentry.ts:1:33-57 host sentry us storage o123.ingest.us.sentry.io',
    ]);
    expect(skipped).toEqual([
      'big.ts: it is larger than 1024 bytes',
      'data.bin.txt: it is not text (it holds NUL bytes)',
    ]);
    expect(evidence.filesRead).toBe(3);
  });

  it('reads nothing when no rule has hosts or signals', async () => {
    const evidence = await gatherCodeEvidence(repo.root, [rule('plain', { npm: ['plain'] })]);
    expect(evidence).toEqual({ hosts: [], regions: [], filesRead: 0 });
  });
});

describe('linear time on hostile input', () => {
  /** Lines built from the pieces the scanner treats specially, repeated to 1 MiB. */
  const PIECES = [
    'a.',
    '.',
    'o1.ingest.sentry.io',
    'ingest.us.sentry.io.',
    'DD_SITE=',
    'DD_SITE: "',
    'regions": [',
    '"fra1", ',
    '/*',
    '*/',
    '//',
    '<!--',
    '#',
    '"',
    "'",
    '\\',
    '-',
    'x',
    ' ',
    'eu.api.openai.com',
    'A'.repeat(300) + '.com',
  ];
  const MIB = 1024 * 1024;

  it('work stays within a constant factor of the input, whatever the line', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 12 }),
        fc.constantFrom('src/a.ts', '.env.example', 'fly.toml', 'vercel.json', 'index.html', 'schema.sql'),
        (pattern, file) => {
          const unit = pattern.join('');
          const line = unit.repeat(Math.ceil(MIB / unit.length)).slice(0, MIB);
          const work: ScanWork = { units: 0 };
          scanTextForEvidence(file, line, INDEX, work);
          // Each character: its token, a few suffix lookups, a capped value read, the comment pass.
          expect(work.units).toBeLessThanOrEqual(80 * line.length);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('many short lines cost no more than one long one', () => {
    const text = 'DD_SITE=datadoghq.eu // eu.i.posthog.com\n'.repeat(25_000);
    const work: ScanWork = { units: 0 };
    const found = scanTextForEvidence('src/a.ts', text, INDEX, work);
    expect(found.regions).toHaveLength(25_000);
    expect(work.units).toBeLessThanOrEqual(20 * text.length);
  });
});
