/**
 * One budget for every GitHub API call of a run, retries included: a timeout per request, a
 * deadline for all of them, a cap on their number, and no request to any origin but the API's.
 * Before issue 11 a server that never answered held the action for 112 s, and a `Link` header
 * pointing at itself drew 11,000 requests in 74 s.
 */
export interface ApiBudgetLimits {
  /** A request (its answer and body included) that takes longer is abandoned. */
  requestTimeoutMs: number;
  /** Every request and every retry wait of the run fits in this. */
  totalMs: number;
  /** At most this many requests per run: pages of comments, the base manifest, the comment itself, retries. */
  maxRequests: number;
  /** The longest wait the retry plugin may add after a request (its last backoff). */
  retryWaitMs: number;
}

export const DEFAULT_LIMITS: ApiBudgetLimits = {
  requestTimeoutMs: 10_000,
  totalMs: 60_000,
  maxRequests: 100,
  retryWaitMs: 9_000,
};

type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

/** An AbortError: Octokit passes it through unchanged, and its retry plugin does not retry it. */
function abort(message: string): Error {
  const error = new Error(message);
  error.name = 'AbortError';
  return error;
}

export class ApiBudget {
  private readonly startedAt: number;
  private requests = 0;

  constructor(
    readonly limits: ApiBudgetLimits = DEFAULT_LIMITS,
    private readonly now: () => number = Date.now,
  ) {
    this.startedAt = now();
  }

  /** Limits from the defaults, with test-only overrides (`VENDOR_GATE_API_*_MS`) for a fast suite. */
  static fromEnv(env: NodeJS.ProcessEnv): ApiBudget {
    const pick = (name: string, fallback: number) => {
      const value = Number(env[name] ?? '');
      return Number.isFinite(value) && value > 0 ? value : fallback;
    };
    const retryBase = pick('VENDOR_GATE_RETRY_BASE_MS', 1000);
    return new ApiBudget({
      requestTimeoutMs: pick('VENDOR_GATE_API_TIMEOUT_MS', DEFAULT_LIMITS.requestTimeoutMs),
      totalMs: pick('VENDOR_GATE_API_BUDGET_MS', DEFAULT_LIMITS.totalMs),
      maxRequests: DEFAULT_LIMITS.maxRequests,
      retryWaitMs: 9 * retryBase,
    });
  }

  get requestCount(): number {
    return this.requests;
  }

  /**
   * `fetch` within the budget, only to `baseUrl`'s origin (a `Link` header naming another host must
   * not receive the token). Requests start only while a retry wait after them still ends inside
   * the total, so the whole run's API work ends within `totalMs`.
   */
  wrap(fetch: Fetch, baseUrl: string): Fetch {
    const origin = new URL(baseUrl).origin;
    return async (url, init = {}) => {
      if (new URL(url).origin !== origin)
        throw abort(`refusing a request to ${new URL(url).origin}: only ${origin} is the GitHub API`);
      if (++this.requests > this.limits.maxRequests)
        throw abort(`the API budget of ${this.limits.maxRequests} requests is spent`);
      const left = this.startedAt + this.limits.totalMs - this.limits.retryWaitMs - this.now();
      if (left <= 0) throw abort(`the API budget of ${this.limits.totalMs / 1000} s is spent`);
      const timeout = Math.min(this.limits.requestTimeoutMs, left);
      const timer = AbortSignal.timeout(timeout);
      const signal = init.signal ? AbortSignal.any([init.signal, timer]) : timer;
      try {
        return await fetch(url, { ...init, signal });
      } catch (error) {
        if (timer.aborted) throw abort(`no answer from the GitHub API within ${timeout} ms`);
        throw error;
      }
    };
  }
}
