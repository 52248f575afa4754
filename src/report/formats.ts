import type { Rendered } from '../outcome.js';
import { formatJson } from './format-json.js';
import { formatMarkdown } from './format-markdown.js';
import { formatSarif } from './format-sarif.js';
import { renderText } from './format-text.js';

/** An output format: renders a report or the configuration errors that stopped a run. No I/O. */
export interface Format {
  render(outcome: Rendered): string;
  /**
   * Whether the CLI prints configuration errors in this format on stdout, for a program to read;
   * otherwise they go to stderr as text, for a person.
   */
  forPrograms: boolean;
}

/** Every output format, by the name `--format` takes; the action writes `json` and `sarif` files. */
export const FORMATS = {
  text: { render: renderText, forPrograms: false },
  json: { render: formatJson, forPrograms: true },
  markdown: { render: formatMarkdown, forPrograms: false },
  sarif: { render: formatSarif, forPrograms: false },
} as const satisfies Record<string, Format>;

export type FormatName = keyof typeof FORMATS;
export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];
