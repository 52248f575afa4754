import * as Sentry from '@sentry/nextjs';

// The organization was created on sentry.io with its default (US) storage location.
Sentry.init({
  dsn: 'https://abc@o123.ingest.us.sentry.io/456',
  tracesSampleRate: 0.1,
});
