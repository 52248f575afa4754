import { describe, expect, it } from '@jest/globals';
import { parseComposerJson } from '../../src/detect/parsers/composer-json.js';
import { at, located } from './helpers.js';

describe('parseComposerJson', () => {
  it('reports require and require-dev packages, not platform requirements', () => {
    const text = `{
    "require": {
        "php": ">=8.2",
        "ext-json": "*",
        "stripe/stripe-php": "^16.0",
        "Clerk/Backend-PHP": "^1"
    },
    "require-dev": {
        "phpunit/phpunit": "^11"
    },
    "suggest": { "sentry/sentry": "for errors" }
}`;
    expect(located(parseComposerJson('composer.json', text))).toEqual([
      at('stripe/stripe-php', 5, 10, 'require'),
      at('Clerk/Backend-PHP', 6, 10, 'require'),
      at('phpunit/phpunit', 9, 10, 'require-dev'),
    ]);
  });

  it('returns nothing for malformed JSON', () => {
    expect(parseComposerJson('composer.json', '{"require": {"a/b": }')).toEqual([]);
  });
});
