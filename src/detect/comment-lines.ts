/**
 * Which parts of a file's lines are comments, by the file's language (told by its extension or
 * name): a host or region written in a comment is documentation, not configuration. Lines are
 * examined lazily and only forwards, so a file costs one pass at most, whatever it holds.
 */

export interface CommentStyle {
  /** `#` starts a comment (at line start, or after whitespace). */
  hash: boolean;
  /** `//` starts a comment (at line start, or after whitespace or `;,)}`). */
  slash: boolean;
  /** `/* … *\/` block comments, and ` * ` continuation lines. */
  block: boolean;
  /** `--` starts a comment (SQL, Lua, Haskell). */
  dash: boolean;
  /** `<!-- … -->` block comments. */
  html: boolean;
  /** `;` at line start (ini). */
  semicolon: boolean;
  /** False for an unknown language: only whole-line `#` and `//` comments are recognised there. */
  trailing: boolean;
}

const NONE: CommentStyle = {
  hash: false,
  slash: false,
  block: false,
  dash: false,
  html: false,
  semicolon: false,
  trailing: true,
};
const style = (parts: Partial<CommentStyle>): CommentStyle => ({ ...NONE, ...parts });
const HASH = style({ hash: true });
const C_LIKE = style({ slash: true, block: true });
const HTML = style({ html: true });
const HTML_AND_C = style({ html: true, slash: true, block: true });
const HASH_AND_C = style({ hash: true, slash: true, block: true });
const SQL = style({ dash: true, block: true });
const DASH = style({ dash: true });
const INI = style({ hash: true, semicolon: true });
const CSS = style({ block: true });
const UNKNOWN = style({ hash: true, slash: true, trailing: false });

const BY_EXTENSION: Record<string, CommentStyle> = {};
const assign = (comment: CommentStyle, extensions: string): void => {
  for (const extension of extensions.split(' ')) BY_EXTENSION[extension] = comment;
};
assign(
  HASH,
  'py pyi pyw rb rake gemspec sh bash zsh fish ksh yml yaml toml cfg conf properties r pl pm ex exs nix ps1 psm1 cmake mk dockerfile containerfile env txt gitignore dockerignore tcl cr jl nim coffee',
);
assign(
  C_LIKE,
  'js jsx ts tsx mjs cjs mts cts java kt kts scala sc go rs c h cc cpp cxx hpp hh m mm cs fs swift dart groovy gradle json jsonc json5 proto zig v sol scss less hx ino',
);
assign(HASH_AND_C, 'php phtml tf tfvars hcl');
assign(HTML, 'html htm xhtml xml plist csproj fsproj vbproj xaml svg config resx storyboard');
assign(HTML_AND_C, 'vue svelte astro cshtml razor jsp');
assign(SQL, 'sql psql pgsql');
assign(DASH, 'lua hs elm');
assign(INI, 'ini cnf');
assign(CSS, 'css');

const BY_NAME: Record<string, CommentStyle> = {
  Dockerfile: HASH,
  Containerfile: HASH,
  Makefile: HASH,
  GNUmakefile: HASH,
  Procfile: HASH,
  Gemfile: HASH,
  Rakefile: HASH,
  Podfile: HASH,
  Brewfile: HASH,
  Vagrantfile: HASH,
  Caddyfile: HASH,
  Pipfile: HASH,
  Jenkinsfile: C_LIKE,
  '.npmrc': INI,
  '.sentryclirc': INI,
  '.editorconfig': INI,
};

/** The comment syntax of a repo-relative path's language. */
export function commentStyleFor(path: string): CommentStyle {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const byName = Object.hasOwn(BY_NAME, name) ? BY_NAME[name] : undefined;
  if (byName) return byName;
  // `.env`, `.env.example`, `backend.env.sample`, `Dockerfile.prod`: env files and Dockerfiles use `#`.
  if (/^\.env(\.|$)/.test(name) || name.includes('.env.') || name.endsWith('.env')) return HASH;
  if (name.startsWith('Dockerfile.') || name.endsWith('.dockerfile')) return HASH;
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return UNKNOWN;
  const extension = name.slice(dot + 1).toLowerCase();
  return (Object.hasOwn(BY_EXTENSION, extension) ? BY_EXTENSION[extension] : undefined) ?? UNKNOWN;
}

/** One line as the tracker sees it. */
export interface LineInfo {
  /** 1-based line number. */
  line: number;
  /** Offset of the line's first character. */
  start: number;
  /** Offsets before this one on the line are inside a block comment that began on an earlier line. */
  commentBefore: number;
  /** Offsets from this one to the end of the line are comment (Infinity: none). */
  commentFrom: number;
}

const SPACE = 32;
const TAB = 9;
const NEWLINE = 10;
const CR = 13;

function isSpace(code: number): boolean {
  return code === SPACE || code === TAB || code === CR;
}

/**
 * Answers "is this offset in a comment?" for offsets asked in increasing order. Block comments
 * are followed across lines; quotes are followed within a line only, which is enough to keep
 * `"https://…"` and `"src/**\/*.ts"` from opening comments.
 */
export class CommentTracker {
  private current: (LineInfo & { end: number }) | undefined;
  private lineStart = 0;
  private lineNumber = 1;
  /** The closing marker of the block comment open at `lineStart`, if any. */
  private openBlock: '*/' | '-->' | undefined;
  /** Where that block comment closes (-1: never); searched once per block, not once per line. */
  private blockClose = -1;
  /** Next offsets at or after which a `/*` or `<!--` may stand (-1: none left; -2: not looked yet). */
  private nextSlashOpener = -2;
  private nextHtmlOpener = -2;
  /** Characters examined, for tests bounding the work on hostile input. */
  work = 0;

  constructor(
    private readonly text: string,
    private readonly style: CommentStyle,
  ) {}

  /** True when `offset` lies in a comment; `offset`s must not decrease between calls. */
  isComment(offset: number): boolean {
    const info = this.lineAt(offset);
    return offset < info.commentBefore || offset >= info.commentFrom;
  }

  /** The line holding `offset`; offsets must not decrease between calls. */
  lineAt(offset: number): LineInfo {
    if (this.current) {
      if (offset <= this.current.end) return this.current;
      this.lineStart = this.current.end + 1;
      this.lineNumber++;
      this.current = undefined;
    }
    let end = this.lineEnd(this.lineStart);
    while (offset > end && end < this.text.length) {
      // A line before the one asked for: only block comments opening on it matter.
      this.skipLine(this.lineStart, end);
      this.lineStart = end + 1;
      this.lineNumber++;
      end = this.lineEnd(this.lineStart);
    }
    this.current = { ...this.analyse(this.lineStart, end), end };
    return this.current;
  }

  private lineEnd(start: number): number {
    const newline = this.text.indexOf('\n', start);
    return newline === -1 ? this.text.length : newline;
  }

  /** Follow block comments through a line nobody asked about, cheaply when it has no opener. */
  private skipLine(start: number, end: number): void {
    if (!this.style.block && !this.style.html) return;
    if (this.openBlock === undefined && !this.mayOpenBlock(start, end)) return;
    this.analyse(start, end);
  }

  /** Whether a block opener stands in [start, end); each search runs forwards only, so all of them cost one pass. */
  private mayOpenBlock(start: number, end: number): boolean {
    if (this.style.block) {
      if (this.nextSlashOpener !== -1 && this.nextSlashOpener < start)
        this.nextSlashOpener = this.text.indexOf('/*', start);
      if (this.nextSlashOpener !== -1 && this.nextSlashOpener < end) return true;
    }
    if (this.style.html) {
      if (this.nextHtmlOpener !== -1 && this.nextHtmlOpener < start)
        this.nextHtmlOpener = this.text.indexOf('<!--', start);
      if (this.nextHtmlOpener !== -1 && this.nextHtmlOpener < end) return true;
    }
    return false;
  }

  private analyse(start: number, end: number): LineInfo {
    const text = this.text;
    const style = this.style;
    const info: LineInfo = { line: this.lineNumber, start, commentBefore: start, commentFrom: Infinity };
    let i = start;
    if (this.openBlock !== undefined) {
      const close = this.blockClose;
      if (close === -1 || close >= end) {
        this.work += end - start;
        info.commentBefore = end + 1;
        return info;
      }
      this.work += close - start;
      i = close + this.openBlock.length;
      info.commentBefore = i;
      this.openBlock = undefined;
    }
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    this.work += i - start;
    if (this.startsLineComment(i, end)) {
      info.commentFrom = info.commentBefore === start ? start : i;
      return info;
    }
    if (!style.trailing) return info;
    let quote = 0;
    for (let j = i; j < end; j++) {
      this.work++;
      const code = text.charCodeAt(j);
      if (quote !== 0) {
        if (code === 92)
          j++; // backslash escape
        else if (code === quote) quote = 0;
        continue;
      }
      if (code === 34 || code === 39 || code === 96) {
        quote = code;
        continue;
      }
      const previous = j === start ? SPACE : text.charCodeAt(j - 1);
      if (style.hash && code === 35 && isSpace(previous)) return this.commentFromHere(info, j);
      if (code === 47 && text.charCodeAt(j + 1) === 47 && style.slash && isSlashCommentLead(previous))
        return this.commentFromHere(info, j);
      if (style.dash && code === 45 && text.charCodeAt(j + 1) === 45 && isSpace(previous))
        return this.commentFromHere(info, j);
      const opener =
        style.block && code === 47 && text.charCodeAt(j + 1) === 42
          ? '*/'
          : style.html && code === 60 && text.startsWith('<!--', j)
            ? '-->'
            : undefined;
      if (opener) {
        const close = text.indexOf(opener, j + 2);
        this.work += (close === -1 ? text.length : close) - j;
        if (close !== -1 && close < end) {
          // An inline block comment: code may follow it on the same line.
          j = close + opener.length - 1;
          continue;
        }
        this.openBlock = opener;
        this.blockClose = close;
        return this.commentFromHere(info, j);
      }
    }
    return info;
  }
  private commentFromHere(info: LineInfo, offset: number): LineInfo {
    info.commentFrom = Math.min(info.commentFrom, offset);
    return info;
  }

  /** Whether the line's first non-blank characters (at `i`) begin a comment running to its end. */
  private startsLineComment(i: number, end: number): boolean {
    if (i >= end) return false;
    const text = this.text;
    const style = this.style;
    const code = text.charCodeAt(i);
    const next = i + 1 < end ? text.charCodeAt(i + 1) : NEWLINE;
    if (style.hash && code === 35) return true;
    if (style.slash && code === 47 && next === 47) return true;
    if (style.semicolon && code === 59) return true;
    if (style.dash && code === 45 && next === 45) return true;
    // ` * ` continuation lines of a block comment whose opening the tracker may have missed.
    if (
      style.block &&
      code === 42 &&
      (next === SPACE || next === TAB || next === NEWLINE || next === 47 || next === CR)
    )
      return true;
    return false;
  }
}

function isSlashCommentLead(code: number): boolean {
  return isSpace(code) || code === 59 || code === 44 || code === 41 || code === 125 || code === 123;
}
