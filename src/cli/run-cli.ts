import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Catalogue } from '../catalogue/catalogue.js';
import { loadCatalogue } from '../catalogue/load.js';
import { today } from '../dates.js';
import { evaluateRepository, readUserFile } from '../evaluate-repository.js';
import { gitBaseReader, verifyGitRef } from '../gather/base-manifest.js';
import { parseManifest } from '../manifest/load.js';
import { DEFAULT_MANIFEST, DEFAULT_RULES, UsageError, type Options } from '../options.js';
import { exitStatus, outcomeOfError, type Outcome } from '../outcome.js';
import { renderText } from '../report/format-text.js';
import { FORMAT_NAMES, FORMATS } from '../report/formats.js';
import type { Checked } from '../source/config-error.js';
import { guardOutput } from '../report/terminal.js';
import { FAIL_ON_LEVELS, type FailOn } from '../vocabulary.js';
import { displayPath, resolveInWorkspace } from '../workspace.js';
import { initManifest } from './init.js';
import { formatRegister, subprocessorRegister } from './subprocessors.js';
import { explainVendor, listVendors, vendorsMarkdown } from './vendors.js';

export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

const USAGE = `Usage: vendor-gate <command> [options]

Commands:
  check                 Check the manifest against the vendor catalogue (the default)
      --manifest P      Manifest path (default ${DEFAULT_MANIFEST})
      --rules DIR       Local vendor rules (default ${DEFAULT_RULES})
      --policy P        Requirements file that takes precedence over the manifest's
      --fail-on L       error | warning | notice | never (default error)
      --format F        ${FORMAT_NAMES.join(' | ')} (default text)
      --base REF        Compare with the manifest at a git ref (policy.weakened)
      --no-scan         Do not scan dependency files for undeclared vendors
  init                  Scan the repo and write a starter manifest (never overwrites one)
      --manifest P      Where to write it (default ${DEFAULT_MANIFEST})
  vendors               List the catalogue: id, name, verified date, fact count
      --format F        text | markdown (default text; markdown is docs/vendors.md)
  explain <vendor>      Show a vendor's card: every fact, its status and source
  subprocessors         The app's subprocessor register, from the manifest and the catalogue
      --format F        markdown | csv | json (default markdown)

Exit codes: 0 pass, 1 the gate failed, 2 the run could not be evaluated.
`;

/** Run one CLI command; returns the exit code. Never throws for bad input. */
export async function runCli(argv: string[], rawIo: CliIo): Promise<number> {
  // Whatever a command prints may hold repository text: nothing reaches the terminal unguarded.
  const io: CliIo = {
    ...rawIo,
    stdout: { write: (text: string) => rawIo.stdout.write(guardOutput(text)) },
    stderr: { write: (text: string) => rawIo.stderr.write(guardOutput(text)) },
  };
  const [command = 'check', ...rest] = argv[0]?.startsWith('-') ? ['check', ...argv] : argv;
  try {
    switch (command) {
      case 'check':
        return await check(rest, io);
      case 'vendors':
        return await vendors(rest, io);
      case 'subprocessors':
        return await subprocessors(rest, io);
      case 'init':
        return await init(rest, io);
      case 'explain':
        return await explain(rest, io);
      case 'help':
      case '--help':
      case '-h':
        io.stdout.write(USAGE);
        return 0;
      default:
        throw new UsageError(`unknown command '${command}'`);
    }
  } catch (error) {
    return print(outcomeOfError(error), 'text', io);
  }
}

/** Print an outcome in a format; returns its exit status. */
function print(outcome: Outcome, format: keyof typeof FORMATS, io: CliIo): number {
  switch (outcome.kind) {
    case 'report':
      io.stdout.write(FORMATS[format].render(outcome));
      break;
    case 'config-error':
      if (FORMATS[format].forPrograms) io.stdout.write(FORMATS[format].render(outcome));
      else io.stderr.write(renderText(outcome));
      break;
    case 'usage-error':
      io.stderr.write(`vendor-gate: ${outcome.message}\n\n${USAGE}`);
      break;
    case 'internal-error':
      // A bug of ours, not the user's: say so in one line; the run was not evaluated.
      io.stderr.write(`vendor-gate: internal error: ${outcome.message}\n`);
      break;
  }
  return exitStatus(outcome);
}

/** A loader's value, or its configuration errors printed (exit 2). */
function orStop<T>(checked: Checked<T>, io: CliIo): T | number {
  return checked.ok ? checked.value : print({ kind: 'config-error', errors: checked.errors }, 'text', io);
}

type FlagTable = NonNullable<ParseArgsConfig['options']>;

/** A command's flags; it takes no positional argument. */
function flags<const T extends FlagTable>(args: string[], options: T) {
  const { values, positionals } = parseArgs<{ args: string[]; allowPositionals: true; options: T }>({
    args,
    allowPositionals: true,
    options,
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
  return values;
}

/** Flags `check` and `init` share. */
const MANIFEST_FLAGS = {
  manifest: { type: 'string', default: DEFAULT_MANIFEST },
  rules: { type: 'string' },
  'scan-ignore': { type: 'string', multiple: true, default: [] as string[] },
} satisfies FlagTable;

async function check(args: string[], io: CliIo): Promise<number> {
  const values = flags(args, {
    ...MANIFEST_FLAGS,
    policy: { type: 'string' },
    'fail-on': { type: 'string', default: 'error' },
    format: { type: 'string', default: 'text' },
    'no-scan': { type: 'boolean', default: false },
    base: { type: 'string' },
  });
  const format = oneOf('--format', values.format, FORMAT_NAMES);
  const options: Options = {
    workspace: io.cwd,
    manifest: values.manifest,
    rules: values.rules ?? DEFAULT_RULES,
    rulesExplicit: values.rules !== undefined,
    policy: values.policy,
    failOn: oneOf('--fail-on', values['fail-on'], FAIL_ON_LEVELS) as FailOn,
    scan: !values['no-scan'],
    scanIgnore: values['scan-ignore'],
    today: today(io.env),
  };
  if (values.base !== undefined) {
    await verifyGitRef(io.cwd, values.base).catch((error: Error) => {
      throw new UsageError(error.message);
    });
  }
  const outcome = await evaluateRepository(options, {
    readBase: values.base ? gitBaseReader(io.cwd, values.base) : undefined,
  });
  return print(outcome, format, io);
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag}: '${value}' is not one of ${allowed.join(', ')}`);
}

async function init(args: string[], io: CliIo): Promise<number> {
  const values = flags(args, MANIFEST_FLAGS);
  const catalogue = orStop(await catalogueFor(args, io), io);
  if (typeof catalogue === 'number') return catalogue;
  const result = await initManifest({
    workspace: io.cwd,
    manifest: values.manifest,
    catalogue,
    scanIgnore: values['scan-ignore'],
  });
  const found = result.vendors.length > 0 ? result.vendors.join(', ') : 'no vendors detected';
  const optional = result.optional.length > 0 ? `; commented out: ${result.optional.join(', ')}` : '';
  io.stdout.write(
    `Wrote ${result.written} (${found}${optional}).\nReview the TODOs, then run \`vendor-gate check\`.\n`,
  );
  return 0;
}

async function vendors(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { rules: { type: 'string' }, format: { type: 'string', default: 'text' } },
  });
  const format = oneOf('--format', values.format, ['text', 'markdown'] as const);
  const catalogue = orStop(await catalogueFor(args, io), io);
  if (typeof catalogue === 'number') return catalogue;
  io.stdout.write(format === 'markdown' ? vendorsMarkdown(catalogue) : listVendors(catalogue));
  return 0;
}

async function subprocessors(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      manifest: { type: 'string', default: DEFAULT_MANIFEST },
      rules: { type: 'string' },
      format: { type: 'string', default: 'markdown' },
    },
  });
  const format = oneOf('--format', values.format, ['markdown', 'csv', 'json'] as const);
  const catalogue = orStop(await catalogueFor(args, io), io);
  if (typeof catalogue === 'number') return catalogue;
  const path = resolveInWorkspace(io.cwd, values.manifest);
  const shown = displayPath(io.cwd, path);
  const text = readUserFile(io.cwd, path, shown, 'manifest');
  const loaded = orStop(text.ok ? parseManifest(shown, text.value, catalogue) : text, io);
  if (typeof loaded === 'number') return loaded;
  io.stdout.write(formatRegister(subprocessorRegister(loaded.manifest, catalogue), format));
  return 0;
}

function catalogueFor(args: string[], io: CliIo): Promise<Checked<Catalogue>> {
  const { values } = parseArgs({
    args,
    allowPositionals: true,
    strict: false,
    options: { rules: { type: 'string' } },
  });
  const rules = typeof values.rules === 'string' ? values.rules : undefined;
  return loadCatalogue({
    workspace: io.cwd,
    localDir: resolveInWorkspace(io.cwd, rules ?? DEFAULT_RULES),
    localDirRequired: rules !== undefined,
    today: today(io.env),
  });
}

async function explain(args: string[], io: CliIo): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: { rules: { type: 'string' } } });
  const vendor = positionals[0];
  if (!vendor) throw new UsageError('explain needs a vendor id or domain, e.g. `vendor-gate explain clerk`');
  const catalogue = orStop(await catalogueFor(args, io), io);
  if (typeof catalogue === 'number') return catalogue;
  const card = explainVendor(catalogue, vendor);
  if (!card.ok) {
    io.stderr.write(`vendor-gate: ${card.message}\n`);
    return 2;
  }
  io.stdout.write(card.text);
  return 0;
}
