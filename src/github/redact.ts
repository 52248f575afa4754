/** What GitHub tokens look like (classic, fine-grained, OAuth, app installation, refresh). */
const GITHUB_TOKEN_SHAPE = /\b(?:gh[pousr]_[A-Za-z0-9]{20,255}|github_pat_[A-Za-z0-9_]{20,255})\b/g;

/**
 * A message with every trace of the token removed: the token itself (also URL- and base64-encoded,
 * as in an echoed Authorization header) and anything shaped like a GitHub token. An API error body
 * may echo what it was sent; the runner masks registered secrets in its log, but warnings also reach
 * summaries, reports and local runs.
 */
export function redact(message: string, token: string | undefined): string {
  let text = message;
  if (token && token.length >= 4) {
    const forms = new Set([
      token,
      encodeURIComponent(token),
      Buffer.from(token).toString('base64'),
      Buffer.from(`x-access-token:${token}`).toString('base64'),
    ]);
    for (const form of forms) text = text.split(form).join('***');
  }
  return text.replace(GITHUB_TOKEN_SHAPE, '***');
}
