import { describe, expect, it } from '@jest/globals';
import { parseEnvExample } from '../../src/detect/parsers/env-example.js';
import { at, located } from './helpers.js';

const TEXT = `# Auth
CLERK_PUBLISHABLE_KEY=pk_test_secret_value
export CLERK_SECRET_KEY = "sk_test_secret_value"
  DATABASE_URL=
# Optional: error tracking
# SENTRY_DSN=https://public@sentry.example/1
##export STRIPE_SECRET_KEY=sk_live_x
#   CLERK_SECRET_KEY=also commented
PRIVATE_KEY="-----BEGIN KEY-----
NOT_A_KEY=inside the quoted value
-----END KEY-----"
AFTER_MULTILINE='x'
# Set API_URL=http://localhost in dev
not a line
CLERK_PUBLISHABLE_KEY=duplicate
`;

describe('parseEnvExample', () => {
  const refs = parseEnvExample('.env.example', TEXT);

  it('reports each key once, at the key, flagging keys only present in comments', () => {
    expect(located(refs)).toEqual([
      at('CLERK_PUBLISHABLE_KEY', 2, 1),
      at('CLERK_SECRET_KEY', 3, 8),
      at('DATABASE_URL', 4, 3),
      { ...at('SENTRY_DSN', 6, 3), commented: true },
      { ...at('STRIPE_SECRET_KEY', 7, 10), commented: true },
      at('PRIVATE_KEY', 9, 1),
      at('AFTER_MULTILINE', 12, 1),
    ]);
    for (const ref of refs) expect(ref.ecosystem).toBe('env');
  });

  it('never carries a value', () => {
    const serialised = JSON.stringify(refs);
    for (const value of ['secret_value', 'sentry.example', 'sk_live', 'BEGIN', 'inside', 'duplicate']) {
      expect(serialised).not.toContain(value);
    }
  });

  it('counts an unterminated multi-line value to the end of the file', () => {
    expect(located(parseEnvExample('.env.example', 'A="open\nB=1\n'))).toEqual([at('A', 1, 1)]);
  });
});
