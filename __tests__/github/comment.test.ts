import { describe, expect, test } from '@jest/globals';
import { commentMarker, fitComment, MAX_COMMENT_LENGTH } from '../../src/github/comment.js';

describe('the sticky comment fits GitHub', () => {
  const marker = commentMarker('.github/vendor-gate.yml');

  test('a short report is posted whole, behind the hidden marker', () => {
    expect(fitComment('### Vendor Gate failed\n\nOne finding.', marker)).toBe(
      `${marker}\n### Vendor Gate failed\n\nOne finding.`,
    );
  });

  test('a huge report is cut at a line boundary under 65,536 characters and says what was left out', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `| ${i} | a finding row with some text in it |`);
    const body = fitComment(rows.join('\n'), marker);
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH);
    expect(body.startsWith(marker)).toBe(true);
    expect(body).toContain("shortened to fit GitHub's 65,536-character limit");
    const kept = body.split('\n---\n')[0]!.split('\n').slice(1);
    expect(
      kept.every((line) => line === '' || /^\| \d+ \| a finding row with some text in it \|$/.test(line)),
    ).toBe(true);
  });

  test('one marker per manifest, so two manifests keep two comments', () => {
    expect(commentMarker('a/vendor-gate.yml')).not.toBe(commentMarker('b/vendor-gate.yml'));
  });
});
