import { Composer, Lexer, Parser, YAMLParseError, type Document, type LineCounter } from 'yaml';

/**
 * More YAML tokens than any manifest, policy or rule has (a 100-service manifest is ~10,000): the
 * parser's concrete syntax tree holds every token, so this bounds its memory before it is built.
 */
export const MAX_YAML_TOKENS = 200_000;
/** Composing stops at this many errors: yaml would otherwise build one error object per bad token. */
export const MAX_YAML_ERRORS = 50;
/** Flow collections (`[`, `{`) nested deeper than this are refused before the parser recurses into them. */
export const MAX_FLOW_DEPTH = 100;

export type CappedParse =
  | { kind: 'document'; doc: Document; truncated: boolean; errors: YAMLParseError[] }
  | { kind: 'too-many-tokens' }
  | { kind: 'too-deep'; offset: number };

/** Lexer control codes that stand for no source text (see yaml's cst.js). */
const CONTROL_LEXEMES = new Set(['\x02', '\x18', '\x1f']);

class TooManyErrors extends Error {}

type OnError = (source: unknown, code: string, message: string, warning?: boolean) => void;

/**
 * `yaml`'s parseDocument with bounded work: the tokens are counted first (the lexer is cheap and
 * keeps nothing), and composing stops at the {@link MAX_YAML_ERRORS}th error. Before, 1 MiB of `]`
 * made a million error objects: 13–30 s and 1.6 GB (issue 11).
 */
export function parseDocumentCapped(
  text: string,
  lineCounter: LineCounter,
  options: { strict: boolean; uniqueKeys: boolean },
): CappedParse {
  let tokens = 0;
  let depth = 0;
  let offset = 0;
  for (const lexeme of new Lexer().lex(text)) {
    if (++tokens > MAX_YAML_TOKENS) return { kind: 'too-many-tokens' };
    if (lexeme === '[' || lexeme === '{') {
      if (++depth > MAX_FLOW_DEPTH) return { kind: 'too-deep', offset };
    } else if ((lexeme === ']' || lexeme === '}') && depth > 0) depth--;
    if (!CONTROL_LEXEMES.has(lexeme)) offset += lexeme.length;
  }

  const composer = new Composer(options);
  // The composer reports every problem through this instance property; wrap it to count them.
  const hooked = composer as unknown as {
    onError: OnError;
    errors: YAMLParseError[];
    doc: Document | null;
  };
  const report = hooked.onError;
  let errors = 0;
  hooked.onError = (source, code, message, warning) => {
    if (!warning && ++errors > MAX_YAML_ERRORS) throw new TooManyErrors();
    report(source, code, message, warning);
  };
  // Unexpected tokens at the top level become errors without passing through onError: count them here.
  function* counted<T extends { type: string }>(tokens: Iterable<T>): Generator<T> {
    for (const token of tokens) {
      if (token.type === 'error' && ++errors > MAX_YAML_ERRORS) throw new TooManyErrors();
      yield token;
    }
  }
  let doc: Document | undefined;
  try {
    for (const next of composer.compose(
      counted(new Parser(lineCounter.addNewLine).parse(text)),
      true,
      text.length,
    )) {
      if (!doc) doc = next;
      else {
        doc.errors.push(
          new YAMLParseError(
            [next.range[0], next.range[1]],
            'MULTIPLE_DOCS',
            'Source contains multiple documents; please use YAML.parseAllDocuments()',
          ),
        );
        break;
      }
    }
  } catch (error) {
    if (!(error instanceof TooManyErrors)) throw error;
    // What the composer had gathered: the document being composed never got them.
    const gathered = [...(doc?.errors ?? []), ...(hooked.doc?.errors ?? []), ...hooked.errors];
    return {
      kind: 'document',
      doc: doc ?? new Composer(options).compose([], true).next().value!,
      truncated: true,
      errors: gathered,
    };
  }
  return { kind: 'document', doc: doc!, truncated: false, errors: doc!.errors };
}
