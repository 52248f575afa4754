import { describe, expect, test } from '@jest/globals';
import {
  envLooksLikeService,
  looksLikeService,
  packageLooksLikeService,
} from '../../src/cli/service-like.js';

describe('packageLooksLikeService: vendor SDKs yes, frameworks and libraries no', () => {
  test.each([
    ['@notionhq/client', true],
    ['@hubspot/api-client', true],
    ['@slack/web-api', true],
    ['@linear/sdk', true],
    ['slack-sdk', true],
    ['notion-client', true],
    ['acme-api-client', true],
    ['@prisma/client', false],
    ['@apollo/client', false],
    ['@redis/client', false],
    ['@opentelemetry/sdk-node', false],
    ['@modelcontextprotocol/sdk', false],
    ['@hey-api/client-fetch', false],
    ['websocket-client', false],
    ['graphql-client', false],
    ['client', false],
    ['react', false],
    ['left-pad', false],
    ['httpx', false],
  ])('%s → %s', (name, expected) => {
    expect(packageLooksLikeService(name)).toBe(expected);
  });
});

describe('envLooksLikeService: a vendor credential yes, the app’s own secrets no', () => {
  test.each([
    ['TWILIO_AUTH_TOKEN', true],
    ['MAPBOX_API_KEY', true],
    ['NEXT_PUBLIC_MAPBOX_API_KEY', true],
    ['ALGOLIA_ADMIN_API_KEY', true],
    ['ROLLBAR_DSN', true],
    ['JWT_SECRET_KEY', false],
    ['SECRET_KEY', false],
    ['API_KEY', false],
    ['APP_API_KEY', false],
    ['SESSION_SECRET', false],
    ['DATABASE_URL', false],
    ['NEXTAUTH_SECRET', false],
    ['PORT', false],
  ])('%s → %s', (name, expected) => {
    expect(envLooksLikeService(name)).toBe(expected);
  });
});

describe('looksLikeService: what a person would not add as a service', () => {
  const location = { file: 'package.json', line: 1, column: 1, endLine: 1, endColumn: 2 };
  test.each([
    [{ ecosystem: 'npm' as const, name: 'acme-sdk', location }, true],
    [{ ecosystem: 'npm' as const, name: 'acme-sdk', location, section: 'devDependencies' }, false],
    [
      {
        ecosystem: 'pypi' as const,
        name: 'acme-sdk',
        location,
        section: 'project.optional-dependencies.test',
      },
      false,
    ],
    [{ ecosystem: 'env' as const, name: 'ACME_API_KEY', location }, true],
    [{ ecosystem: 'env' as const, name: 'ACME_API_KEY', location, commented: true }, false],
  ])('%j → %s', (ref, expected) => {
    expect(looksLikeService(ref)).toBe(expected);
  });
});
