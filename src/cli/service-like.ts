import type { DependencyRef } from '../detect/types.js';

/**
 * A conservative guess, for `init` only, at which uncatalogued dependencies and env keys are
 * third-party services: it lists them as comments for a person to judge, and never affects a
 * check. False positives cost a reader's attention, so each rule below needs a strong signal.
 */
export function looksLikeService(ref: DependencyRef): boolean {
  if (ref.commented) return false;
  if (ref.section && /dev|test/i.test(ref.section)) return false;
  return ref.ecosystem === 'env' ? envLooksLikeService(ref.name) : packageLooksLikeService(ref.name);
}

/**
 * Scopes and name prefixes of frameworks, protocols and self-hosted software whose `sdk` or
 * `client` packages talk to no third party (`@opentelemetry/sdk-node`, `@prisma/client`).
 */
// prettier-ignore
const NOT_SERVICES = new Set([
  'angular', 'apollo', 'babel', 'connectrpc', 'elastic', 'eslint', 'graphql', 'grpc', 'hey', 'http',
  'jest', 'kafka', 'ldap', 'modelcontextprotocol', 'mongo', 'mongodb', 'mqtt', 'mysql', 'nestjs',
  'oauth', 'openapi', 'opentelemetry', 'pg', 'postgres', 'prisma', 'redis', 'smtp', 'ssh', 'swagger',
  'tanstack', 'trpc', 'types', 'urql', 'vue', 'websocket', 'ws',
]);

/** `@notionhq/client`, `slack-sdk`, `@hubspot/api-client`, `notion-client`; not `@prisma/client`. */
export function packageLooksLikeService(name: string): boolean {
  const lower = name.toLowerCase();
  const scoped = /^@([^/]+)\//.exec(lower);
  const words = lower.split(/[^a-z0-9]+/).filter(Boolean);
  const owner = scoped ? scoped[1]!.split(/[^a-z0-9]+/)[0]! : words[0];
  if (owner === undefined || NOT_SERVICES.has(owner) || words.some((w) => NOT_SERVICES.has(w))) return false;
  if (words.includes('sdk') || /(^|[^a-z])(api-client|web-api)($|[^a-z])/.test(lower)) return true;
  // `client` alone is common in libraries; only a vendor's scope (`@notionhq/client`) or a
  // `<name>-client` package counts, and never `client` as the whole name.
  if (!words.includes('client')) return false;
  return scoped ? lower.endsWith('/client') : words.length === 2 && words[1] === 'client';
}

/** Suffixes an env key for a hosted service's credentials ends with. */
const CREDENTIAL_SUFFIXES =
  /_(API_KEY|API_TOKEN|API_SECRET|AUTH_TOKEN|ACCESS_TOKEN|SECRET_KEY|CLIENT_SECRET|WEBHOOK_SECRET|DSN)$/;
/** Framework prefixes that only expose a key to the browser build. */
const EXPOSURE_PREFIX = /^(NEXT_PUBLIC|VITE|REACT_APP|EXPO_PUBLIC|PUBLIC|NUXT_PUBLIC|GATSBY)_/;
/** First words of keys that name the app's own secrets, not a vendor's. */
// prettier-ignore
const OWN_SECRETS = new Set([
  'ADMIN', 'API', 'APP', 'AUTH', 'BACKEND', 'COOKIE', 'CSRF', 'DATABASE', 'DB', 'DEV', 'DJANGO',
  'ENCRYPTION', 'FLASK', 'FRONTEND', 'INTERNAL', 'JWT', 'LARAVEL', 'LOCAL', 'MASTER', 'MY', 'NEXTAUTH',
  'PROD', 'RAILS', 'SECRET', 'SERVER', 'SERVICE', 'SESSION', 'SIGNING', 'STAGING', 'TEST', 'WEBHOOK',
]);

/** `TWILIO_AUTH_TOKEN`, `NEXT_PUBLIC_MAPBOX_API_KEY`; not `JWT_SECRET_KEY` or `SECRET_KEY`. */
export function envLooksLikeService(name: string): boolean {
  const key = name.replace(EXPOSURE_PREFIX, '');
  const suffix = CREDENTIAL_SUFFIXES.exec(key);
  if (!suffix || suffix.index === 0) return false;
  const first = key.split('_')[0]!;
  return /^[A-Z][A-Z0-9]+$/.test(first) && !OWN_SECRETS.has(first);
}

/** Most uncatalogued candidates `init` lists; the rest are summed up. */
export const MAX_CANDIDATES_SHOWN = 20;

/** One key per dependency name in its ecosystem. */
export function refKey(ref: DependencyRef): string {
  return `${ref.ecosystem}\0${ref.name}`;
}

/** The service-like refs whose names no catalogued vendor claims, one per name, in file and line order. */
export function uncataloguedServices(refs: DependencyRef[], claimed: ReadonlySet<string>): DependencyRef[] {
  const seen = new Set<string>();
  return refs.filter((ref) => {
    const key = refKey(ref);
    if (claimed.has(key) || seen.has(key) || !looksLikeService(ref)) return false;
    seen.add(key);
    return true;
  });
}
