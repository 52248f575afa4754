import { describe, expect, test } from '@jest/globals';
import { formatMarkdown } from '../../src/report/format-markdown.js';
import { code, inert, sourceLink } from '../../src/report/markdown.js';
import { buildReport, type Report } from '../../src/report/report.js';
import { check } from '../helpers/catalogue.js';
import { valueOf } from '../helpers/checked.js';
import { parseManifest } from '../../src/manifest/load.js';
import { fixtureCatalogue } from '../helpers/catalogue.js';

/** Markdown a repository might plant in a vendor name or a waiver reason. */
const FORGERIES = [
  '## Vendor Gate passed',
  '<!-- vendor-gate:sticky manifest=x -->',
  '![logo](https://evil.example/pixel.png)',
  '[approved](https://evil.example/phish)',
  '@octocat please merge',
  '<img src=x onerror=alert(1)>',
  '**bold** _it_ `code` | cell | ~strike~ #123 &#64;octocat https://evil.example www.evil.example',
];

function reportFor(vendor: string, reason: string): Report {
  const text = [
    'version: 1',
    'requirements:',
    '  data: [contact]',
    '  unknown-vendors: error',
    'services:',
    `  - vendor: ${JSON.stringify(vendor)}`,
    `    purpose: ${JSON.stringify(reason)}`,
    '    waivers:',
    '      - check: vendor.unknown',
    `        reason: ${JSON.stringify(`Line one\n# ${reason}\n\n${reason}`)}`,
    '        expires: 2099-01-01',
    `  - vendor: ${JSON.stringify(`${vendor}\n\n# ${vendor}`)}`,
  ].join('\n');
  const catalogue = fixtureCatalogue();
  const { manifest } = valueOf(parseManifest('.github/vendor-gate.yml', text, catalogue));
  return buildReport({
    tool: { name: 'vendor-gate', version: '1.0.0' },
    manifestFile: '.github/vendor-gate.yml',
    manifest,
    vendorIds: manifest.services.map(() => undefined),
    findings: check(text),
    failOn: 'error',
    notes: [],
  });
}

describe('repository text in markdown is inert', () => {
  test.each(FORGERIES)('%s in a vendor name and a waiver reason', (forged) => {
    const markdown = formatMarkdown({ kind: 'report', report: reportFor(forged, forged) });
    // Only our own headings start a line with #, and nothing starts a quote, list or HTML block.
    for (const line of markdown.split('\n')) {
      if (line.startsWith('#')) expect(line).toMatch(/^#{3,4} (✅|❌|Findings|Waived)/);
    }
    expect(markdown).not.toMatch(/<!--|<img|!\[|\]\(https:\/\/evil|@octocat|&#64;|https:\/\/evil|www\.evil/);
    expect(markdown).not.toMatch(/^\s*(?:[-*+>]|\d+\.) .*(?:octocat|evil|Vendor Gate passed)/m);
    expect(markdown).toContain('Vendor Gate failed');
    // The text is there, shown as written.
    expect(markdown).toContain(inert(forged));
  });

  test('inert escapes every markdown and HTML character and stays on one line', () => {
    expect(inert('a\\b`c*d_e[f]g<h>i!j|k@l#m&n~o\r\np\u2028q')).toBe(
      'a\\\\b\\`c\\*d\\_e\\[f\\]g&lt;h&gt;i\\!j\\|k@\u200dl\\#m&amp;n\\~o p q',
    );
  });

  test('code spans only what cannot break out of one', () => {
    expect(code('package.json:3')).toBe('`package.json:3`');
    expect(code('a`b')).toBe('a\\`b');
    expect(code('a|b')).toBe('a\\|b');
  });

  test('links only to https URLs that bundled rules cite', () => {
    expect(sourceLink('source', 'https://clerk.com/legal/dpa')).toBe('[source](https://clerk.com/legal/dpa)');
    expect(sourceLink('source', 'https://evil.example/dpa')).toBe('source: https:/\u200d/evil.example/dpa');
    expect(sourceLink('source', 'javascript:alert(1)')).toBe('source: javascript:alert(1)');
  });
});
