import { parseArgs } from 'node:util';
import { UsageError } from '../options.js';

/**
 * One row of a command's option table: the parser is built from it and the usage text is generated
 * from it, so the two cannot drift.
 */
export interface FlagSpec {
  type: 'string' | 'boolean';
  /** The value's name in the usage text (`--manifest P`); string flags only. */
  value?: string;
  description: string;
  /** Shown as "(default …)" and applied when the flag is absent. */
  default?: string | boolean;
  /** Shown as the default when the default is not a fixed value (found by looking, for example). */
  defaultText?: string;
  /** The flag may repeat; its values come back as a list. */
  multiple?: boolean;
}

export type FlagTable = Record<string, FlagSpec>;

export interface CommandSpec {
  /** Positional arguments in the usage line, e.g. `<vendor>`. */
  args?: string;
  summary: string;
  flags: FlagTable;
  /** Subcommands (`rules new`, `rules check`), each with its own table. */
  subcommands?: Record<string, CommandSpec>;
}

/** The parsed values of a table: strings, booleans, or lists for repeatable flags. */
export type FlagValues<T extends FlagTable> = {
  [K in keyof T]: T[K]['type'] extends 'boolean'
    ? boolean
    : T[K] extends { multiple: true }
      ? string[]
      : T[K] extends { default: string }
        ? string
        : string | undefined;
};

/** Parse `args` against a table: unknown flags and (unless allowed) positionals are usage errors. */
export function parseFlags<const T extends FlagTable>(
  args: string[],
  table: T,
  positionals: { max: number } = { max: 0 },
): { values: FlagValues<T>; positionals: string[] } {
  const options: Record<
    string,
    { type: 'string' | 'boolean'; multiple?: boolean; default?: string | boolean | string[] }
  > = {};
  for (const [name, spec] of Object.entries(table)) {
    options[name] = {
      type: spec.type,
      ...(spec.multiple ? { multiple: true, default: [] } : {}),
      ...(spec.default !== undefined ? { default: spec.default } : {}),
    };
  }
  const parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  if (parsed.positionals.length > positionals.max)
    throw new UsageError(`unexpected argument '${parsed.positionals[positionals.max]}'`);
  return { values: parsed.values as FlagValues<T>, positionals: parsed.positionals };
}

const FLAG_COLUMN = 24;

/** `--manifest P`, `--no-scan`. */
function flagLabel(name: string, spec: FlagSpec): string {
  return spec.type === 'string' ? `--${name} ${spec.value ?? 'VALUE'}` : `--${name}`;
}

function defaultNote(spec: FlagSpec): string {
  if (spec.defaultText) return ` (default: ${spec.defaultText})`;
  if (typeof spec.default === 'string') return ` (default: ${spec.default})`;
  return '';
}

/** Left column padded to a fixed width, or on its own line when it is longer. */
function row(indent: string, left: string, right: string): string {
  const head = `${indent}${left}`;
  return head.length < FLAG_COLUMN
    ? `${head.padEnd(FLAG_COLUMN)}${right}\n`
    : `${head}\n${' '.repeat(FLAG_COLUMN)}${right}\n`;
}

/** One command's section of the usage text: its line, then one line per flag. */
export function commandUsage(name: string, spec: CommandSpec): string {
  let text = row('  ', `${name}${spec.args ? ` ${spec.args}` : ''}`, spec.summary);
  for (const [flag, flagSpec] of Object.entries(spec.flags))
    text += row('      ', flagLabel(flag, flagSpec), `${flagSpec.description}${defaultNote(flagSpec)}`);
  for (const [sub, subSpec] of Object.entries(spec.subcommands ?? {}))
    text += commandUsage(`${name} ${sub}`, subSpec);
  return text;
}
