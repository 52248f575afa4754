import { DEFAULT_MANIFEST, DEFAULT_RULES, UsageError, type Options } from './options.js';
import { today } from './dates.js';
import { FAIL_ON_LEVELS, type FailOn } from './vocabulary.js';

/**
 * The action's inputs and the defaults the code applies when one is empty. `action.yml` declares the
 * same; `__tests__/parity.test.ts` keeps the two in parity.
 */
export const ACTION_INPUTS = {
  manifest: DEFAULT_MANIFEST,
  rules: DEFAULT_RULES,
  policy: '',
  'fail-on': 'error',
  scan: 'true',
  comment: 'on-failure',
  'github-token': '${{ github.token }}',
  'sarif-file': '',
  'report-file': '',
  'scan-ignore': '',
} as const;
export type ActionInput = keyof typeof ACTION_INPUTS;

export const ACTION_OUTPUTS = [
  'result',
  'errors',
  'warnings',
  'notices',
  'report-file',
  'sarif-file',
] as const;

export const COMMENT_MODES = ['on-failure', 'always', 'never'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

export interface ActionOptions extends Options {
  comment: CommentMode;
  token: string;
  sarifFile?: string;
  reportFile?: string;
}

/** Read an input the way the runner passes it: `INPUT_<NAME>` upper-cased, hyphens kept. */
function input(env: NodeJS.ProcessEnv, name: ActionInput): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

export function readActionOptions(env: NodeJS.ProcessEnv): ActionOptions {
  const get = (name: ActionInput): string =>
    input(env, name) || (name === 'github-token' ? '' : ACTION_INPUTS[name]);
  const failOn = get('fail-on');
  if (!(FAIL_ON_LEVELS as readonly string[]).includes(failOn)) {
    throw new UsageError(`input fail-on: '${failOn}' is not one of ${FAIL_ON_LEVELS.join(', ')}`);
  }
  const comment = get('comment');
  if (!(COMMENT_MODES as readonly string[]).includes(comment)) {
    throw new UsageError(`input comment: '${comment}' is not one of ${COMMENT_MODES.join(', ')}`);
  }
  return {
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    manifest: get('manifest'),
    rules: get('rules'),
    rulesExplicit: input(env, 'rules') !== '' && input(env, 'rules') !== DEFAULT_RULES,
    policy: get('policy') || undefined,
    failOn: failOn as FailOn,
    scan: parseBoolean('scan', get('scan')),
    scanIgnore: get('scan-ignore')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#')),
    today: today(env),
    comment: comment as CommentMode,
    token: get('github-token'),
    sarifFile: get('sarif-file') || undefined,
    reportFile: get('report-file') || undefined,
  };
}

/** YAML 1.2 core schema booleans, as @actions/core's getBooleanInput accepts them. */
export function parseBoolean(name: string, value: string): boolean {
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new UsageError(`input ${name}: '${value}' is not true or false`);
}
