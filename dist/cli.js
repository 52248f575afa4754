#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4951:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
// https://github.com/ajv-validator/ajv/issues/889
const equal = __nccwpck_require__(3430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports.A = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports.A = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 3430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 5581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_run_cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8974);

process.exitCode = await (0,_cli_run_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8974:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/source/config-error.ts
var config_error = __nccwpck_require__(5428);
// EXTERNAL MODULE: ./src/source/yaml-source.ts
var yaml_source = __nccwpck_require__(4242);
;// CONCATENATED MODULE: ./src/workspace.ts



/**
 * A user-supplied path the gate refuses: it resolves outside the workspace (directly, through `..`,
 * or via a symlink), or through a symlink whose target cannot be checked.
 */
class OutsideWorkspaceError extends Error {
    input;
    name = 'OutsideWorkspaceError';
    constructor(input, reason = 'resolves outside the workspace') {
        super(`${input} ${reason}; refusing to use it`);
        this.input = input;
    }
}
/** Files the user writes are a few kilobytes; refuse anything larger before reading it. */
const MAX_USER_FILE_BYTES = 1024 * 1024;
function isInside(root, target) {
    const rel = (0,external_node_path_.relative)(root, target);
    return rel === '' || (!rel.startsWith(`..${external_node_path_.sep}`) && rel !== '..' && !(0,external_node_path_.isAbsolute)(rel));
}
/**
 * Resolve a workspace-relative path and refuse it if it, or what its symlinks point to, leaves the
 * workspace. A path that does not exist yet (an output file) is checked through its nearest existing
 * parent. A symlink counts as existing even when its target does not (a dangling link would
 * otherwise let a write land wherever it points), and one that cannot be resolved is refused.
 */
function resolveInWorkspace(workspace, input) {
    const root = (0,external_node_fs_.realpathSync)(workspace);
    const target = (0,external_node_path_.resolve)(root, input);
    if (!isInside(root, target))
        throw new OutsideWorkspaceError(input);
    let existing = target;
    while (!(0,external_node_fs_.lstatSync)(existing, { throwIfNoEntry: false }))
        existing = (0,external_node_path_.resolve)(existing, '..');
    let real;
    try {
        real = (0,external_node_fs_.realpathSync)(existing);
    }
    catch {
        throw new OutsideWorkspaceError(input, 'goes through a symlink whose target does not exist');
    }
    if (!isInside(root, real))
        throw new OutsideWorkspaceError(input);
    return target;
}
/** The path to show the user: relative to the workspace, with `/` separators. */
function displayPath(workspace, absolute) {
    return (0,external_node_path_.relative)((0,external_node_fs_.realpathSync)(workspace), absolute).split(external_node_path_.sep).join('/');
}
/**
 * Read a file the user wrote (manifest, policy, local rule) as UTF-8 text. Anything that is not a
 * readable regular file inside the workspace, is too large, or is not UTF-8 is a located config
 * error on that file; nothing is read from outside.
 */
function readWorkspaceFile(workspace, absolute) {
    const shown = displayPath(workspace, absolute);
    const fail = (message) => {
        throw new config_error/* ConfigErrors */.mS([{ message, location: (0,config_error/* fileStart */.NY)(shown) }]);
    };
    let real;
    try {
        real = (0,external_node_fs_.realpathSync)(absolute);
    }
    catch {
        return fail((0,external_node_fs_.lstatSync)(absolute, { throwIfNoEntry: false }) ? 'the path is a symlink to nothing' : 'file not found');
    }
    if (!isInside((0,external_node_fs_.realpathSync)(workspace), real))
        throw new OutsideWorkspaceError(shown);
    const stats = (0,external_node_fs_.statSync)(real);
    if (!stats.isFile())
        return fail(stats.isDirectory() ? 'the path is a folder, not a file' : 'the path is not a regular file');
    if (stats.size > MAX_USER_FILE_BYTES)
        return fail(`the file is larger than ${MAX_USER_FILE_BYTES} bytes; refusing to read it`);
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode((0,external_node_fs_.readFileSync)(real));
    }
    catch (error) {
        if (error.code === 'ERR_ENCODING_INVALID_ENCODED_DATA')
            return fail('the file is not UTF-8 text');
        return fail(`the file could not be read (${error.code ?? String(error)})`);
    }
}

;// CONCATENATED MODULE: ./src/catalogue/catalogue.ts
/** `https://www.Clerk.com/` → `clerk.com`: how a manifest may spell a vendor's domain. */
function normaliseVendorName(name) {
    return name
        .trim()
        .toLowerCase()
        .replace(/^https?:\/\//, '')
        .replace(/^www\./, '')
        .replace(/\/.*$/, '');
}
/** The loaded vendor rules, looked up by id, domain or alias. */
class Catalogue {
    rules;
    byName = new Map();
    confusables = new Map();
    constructor(rules) {
        this.rules = rules;
        for (const loaded of rules) {
            const { rule } = loaded;
            for (const name of [rule.id, rule.domain, ...(rule.aliases ?? [])])
                this.byName.set(normaliseVendorName(name), loaded);
        }
        for (const { rule } of rules) {
            for (const confusable of rule.confusables ?? []) {
                const key = normaliseVendorName(confusable.domain);
                // A confusable that is itself catalogued is a real vendor, not a mix-up.
                if (!this.byName.has(key))
                    this.confusables.set(key, { rule, ...confusable });
            }
        }
    }
    get(id) {
        return this.rules.find((r) => r.rule.id === id);
    }
    /** The rule a manifest's `vendor:` names, by id, domain or alias. */
    resolve(vendor) {
        return this.byName.get(normaliseVendorName(vendor));
    }
    /** When `vendor` is a known look-alike of a catalogued vendor (clerk.io for clerk.com). */
    confusableFor(vendor) {
        return this.confusables.get(normaliseVendorName(vendor));
    }
    get ids() {
        return this.rules.map((r) => r.rule.id).sort();
    }
}

;// CONCATENATED MODULE: ./src/catalogue/generated/bundled-rules.ts
const BUNDLED_RULES = [
    {
        "file": "rules/vendors/anthropic.yml",
        "rule": {
            "id": "anthropic",
            "name": "Anthropic (Claude API)",
            "domain": "anthropic.com",
            "aliases": [
                "claude.com"
            ],
            "category": "ai",
            "verified": "2026-11-26",
            "plans": [
                "api"
            ],
            "sources": {
                "processor": {
                    "url": "https://support.anthropic.com/en/articles/9267385-does-anthropic-act-as-a-data-processor-or-controller",
                    "title": "Anthropic Help Center: Does Anthropic act as a data processor or controller?",
                    "kind": "primary"
                },
                "training": {
                    "url": "https://privacy.anthropic.com/en/articles/7996868-is-my-data-used-for-model-training",
                    "title": "Anthropic Privacy Center: Is my data used for model training?",
                    "kind": "primary"
                },
                "api-retention": {
                    "url": "https://platform.claude.com/docs/en/manage-claude/api-and-data-retention",
                    "title": "Claude API docs: API and data retention",
                    "kind": "primary"
                },
                "zdr": {
                    "url": "https://privacy.claude.com/en/articles/8956058-i-have-a-zero-retention-agreement-with-anthropic-what-products-does-it-apply-to",
                    "title": "Anthropic Privacy Center: Zero retention agreement, what products does it apply to?",
                    "kind": "primary"
                },
                "legal-review": {
                    "url": "https://github.com/ThomasMoreAI/legal-skills-open/blob/3dd1e52/eu/data-protection/skills/privacy-vendor-review-clemensjl/references/ai-vendors.md",
                    "title": "ThomasMoreAI legal-skills-open AI-vendor snapshot (2026-08-05; \"a lead, not a finding\")",
                    "kind": "secondary",
                    "date": "2026-08-05"
                },
                "dpa-summary": {
                    "url": "https://www.coding-cloud.com/assets/ai-services-agreement.html",
                    "title": "Third-party summary of Anthropic's Data Processing Addendum",
                    "kind": "secondary"
                }
            },
            "facts": {
                "role": {
                    "value": "processor",
                    "status": "confirmed",
                    "source": "processor",
                    "quote": "Anthropic acts as a \"Processor\" of the data on behalf of the customer."
                },
                "hosting.regions": {
                    "value": [
                        "us"
                    ],
                    "status": "unclear",
                    "source": "legal-review",
                    "quote": "data is stored in the US",
                    "note": "Secondary only; no Anthropic page read states where API data is stored."
                },
                "hosting.region-options": {
                    "value": [],
                    "status": "unclear",
                    "source": "legal-review",
                    "quote": "No EU-only option",
                    "note": "Secondary only."
                },
                "dpa.plans": {
                    "value": "all",
                    "status": "unclear",
                    "source": "dpa-summary",
                    "note": "Secondary only. A third-party analysis of Anthropic's Commercial Terms says a Data Processing Addendum is incorporated into them; the primary article read confirms only the processor role."
                },
                "baa.plans": {
                    "value": "all",
                    "status": "confirmed",
                    "source": "api-retention",
                    "quote": "HIPAA readiness: For organizations handling protected health information (PHI), Anthropic offers HIPAA-ready API access with a signed Business Associate Agreement (BAA).",
                    "note": "Conditional on configuration, not on a plan: the BAA 'is only available to customers who use our HIPAA eligible services' (zero-retention article); some features (e.g. web search) are excluded."
                },
                "ai-training": {
                    "value": "opt-in",
                    "status": "confirmed",
                    "source": "training",
                    "quote": "By default, we will not use your inputs or outputs from our commercial products (e.g. Claude for Work, Anthropic API, Claude Gov, etc.) to train our models.",
                    "note": "The API retention docs add: 'Retained data is never used for model training without your express permission.' Feedback a user submits may be kept for up to five years."
                },
                "retention.deletion-after-termination-days": {
                    "value": 30,
                    "status": "unclear",
                    "source": "legal-review",
                    "quote": "Return or delete within 30 days on termination",
                    "note": "Secondary only (also in a third-party DPA summary); the DPA text was not read."
                },
                "certifications": {
                    "value": [
                        "soc2-type2",
                        "iso27001"
                    ],
                    "status": "unclear",
                    "note": "Secondary only. Third-party notes citing Anthropic's certifications article and trust portal list SOC 2 Type I and Type II, ISO 27001:2022 and ISO/IEC 42001:2023 (outside the vocabulary); one third-party index says there is no ISO 42001 attestation. The Anthropic article itself was not stored."
                },
                "transfers.mechanisms": {
                    "value": [
                        "scc"
                    ],
                    "status": "unclear",
                    "source": "legal-review",
                    "quote": "SCC Modules 2 and 3, Irish law",
                    "note": "Secondary only (paraphrase). A third-party DPA summary also mentions UK and Swiss addenda."
                },
                "subprocessors.notice-days": {
                    "value": 15,
                    "status": "unclear",
                    "source": "dpa-summary",
                    "note": "Secondary only: the summary says 'Anthropic will provide 15 days' notice for new subprocessors, allowing customers to object.'"
                }
            },
            "detect": {
                "npm": [
                    "@anthropic-ai/sdk",
                    "@ai-sdk/anthropic"
                ],
                "pypi": [
                    "anthropic"
                ],
                "env": [
                    "ANTHROPIC_API_KEY"
                ]
            }
        }
    },
    {
        "file": "rules/vendors/auth0.yml",
        "rule": {
            "id": "auth0",
            "name": "Auth0 (Okta)",
            "domain": "auth0.com",
            "category": "authentication",
            "verified": "2026-11-26",
            "plans": [
                "free",
                "essentials",
                "professional",
                "enterprise"
            ],
            "sources": {
                "endpoints": {
                    "url": "https://auth0.com/docs/troubleshoot/customer-support/operational-policies/public-cloud-service-endpoints",
                    "title": "Auth0 docs: Auth0 Public Cloud Service Endpoints",
                    "kind": "primary"
                },
                "compliance": {
                    "url": "https://auth0.com/docs/secure/data-privacy-and-compliance",
                    "title": "Auth0 docs: Auth0 Data Privacy and Compliance",
                    "kind": "primary"
                },
                "data-processing": {
                    "url": "https://auth0.com/docs/secure/data-privacy-and-compliance/data-processing",
                    "title": "Auth0 docs: Data Processing",
                    "kind": "primary"
                },
                "legal": {
                    "url": "https://auth0.com/jp/legal",
                    "title": "Auth0 legal index",
                    "kind": "primary"
                }
            },
            "facts": {
                "hosting.regions": {
                    "value": [
                        "us",
                        "au",
                        "ca",
                        "eu",
                        "jp",
                        "uk"
                    ],
                    "status": "confirmed",
                    "source": "endpoints",
                    "quote": "Australia, Canada, Europe, Japan and UK regions",
                    "note": "Section heading (the page also has \"United States Region\"), with endpoints login.[au|ca|eu|jp|uk].auth0.com. A tenant lives in the region chosen when it is created; no default is stated, so every public-cloud region is listed. Declare the service's `region`. Whether a tenant's region can be changed later was not found."
                },
                "hosting.region-options": {
                    "value": [
                        {
                            "region": "us",
                            "plans": "all"
                        },
                        {
                            "region": "au",
                            "plans": "all"
                        },
                        {
                            "region": "ca",
                            "plans": "all"
                        },
                        {
                            "region": "eu",
                            "plans": "all"
                        },
                        {
                            "region": "jp",
                            "plans": "all"
                        },
                        {
                            "region": "uk",
                            "plans": "all"
                        }
                    ],
                    "status": "confirmed",
                    "source": "endpoints",
                    "quote": "Australia, Canada, Europe, Japan and UK regions",
                    "note": "The endpoints page attaches no plan condition to these public-cloud regions; plan gating was not found in any material read."
                },
                "dpa.plans": {
                    "status": "unclear",
                    "source": "legal",
                    "quote": "DPA Review Tool",
                    "note": "Auth0's legal index links a DPA review tool and a \"Customer Toolkit for International Data Transfers\"; the (Okta) DPA text and its plan scope were seen only in a third-party copy."
                },
                "baa.plans": {
                    "status": "unclear",
                    "source": "compliance",
                    "quote": "Auth0 can provide its Business Associate Agreement to you upon request.",
                    "note": "A BAA exists, but the plans it is offered on are not stated. Also: 'HIPAA compliance is not available on Azure deployments.'"
                },
                "ai-training": {
                    "status": "unclear",
                    "source": "data-processing",
                    "quote": "The personal data stored in Auth0 is used only for the purposes of providing its services, namely authenticating users",
                    "note": "No AI/ML training statement found; the purpose limitation is not an explicit training commitment."
                },
                "retention.deletion-after-termination-days": {
                    "status": "unclear",
                    "source": "data-processing",
                    "quote": "When you delete a Tenant, the system permanently removes all associated Customer data.",
                    "note": "No 'N days after termination' clause found. Inactive tenants: 'After 150 days of inactivity, the system schedules the inactive Customer's tenants and all associated data for permanent deletion.'"
                },
                "certifications": {
                    "value": [
                        "soc2-type2",
                        "iso27001",
                        "iso27017",
                        "iso27018"
                    ],
                    "status": "confirmed",
                    "source": "compliance",
                    "quote": "Auth0 undergoes an ISO 27001/27017/27018 audit by an independent auditor annually.",
                    "note": "Same page: 'Auth0 undergoes a SOC 2 Type 2 audit by an independent auditor annually.' and 'Auth0 is CSA STAR certified.' (outside the vocabulary). A PCI DSS attestation is mentioned in the research notes without a quote, so pci-dss is not listed."
                },
                "transfers.mechanisms": {
                    "value": [
                        "scc"
                    ],
                    "status": "unclear",
                    "note": "An older Auth0 model-clauses page and a third-party copy of the Okta DPA point to SCCs; no current primary DPA text was read and no DPF statement was found."
                }
            },
            "detect": {
                "npm": [
                    "@auth0/*",
                    "auth0"
                ],
                "pypi": [
                    "auth0-python"
                ],
                "env": [
                    "AUTH0_*"
                ]
            }
        }
    },
    {
        "file": "rules/vendors/clerk.yml",
        "rule": {
            "id": "clerk",
            "name": "Clerk",
            "domain": "clerk.com",
            "category": "authentication",
            "verified": "2026-06-07",
            "plans": [
                "free",
                "pro",
                "enterprise"
            ],
            "confusables": [
                {
                    "domain": "clerk.io",
                    "name": "Clerk.io",
                    "note": "E-commerce search company, unrelated to the Clerk auth provider (clerk.com)."
                },
                {
                    "domain": "clerk.lu",
                    "note": "Legal-AI company, unrelated to the Clerk auth provider (clerk.com)."
                }
            ],
            "sources": {
                "dpa": {
                    "url": "https://clerk.com/legal/dpa",
                    "title": "Clerk Data Processing Addendum",
                    "kind": "primary",
                    "date": "2024-11-26"
                },
                "privacy": {
                    "url": "https://clerk.com/privacy",
                    "title": "Clerk Privacy Policy",
                    "kind": "primary",
                    "date": "2024-02-22"
                },
                "subprocessors": {
                    "url": "https://clerk.com/legal/subprocessors",
                    "title": "Clerk Subprocessors",
                    "kind": "primary"
                },
                "security": {
                    "url": "https://clerk.com/features/security",
                    "title": "Clerk security",
                    "kind": "primary"
                },
                "dpf": {
                    "url": "https://clerk.com/legal/dpf",
                    "title": "Clerk Data Privacy Framework Notice",
                    "kind": "primary",
                    "date": "2024-02-22"
                },
                "pricing": {
                    "url": "https://clerk.com/pricing",
                    "title": "Clerk pricing",
                    "kind": "primary"
                },
                "clause": {
                    "url": "https://www.getclauseapp.com/third-party-services/clerk",
                    "title": "Clause third-party service profile of Clerk",
                    "kind": "secondary",
                    "date": "2026-05-02"
                }
            },
            "facts": {
                "role": {
                    "value": "processor",
                    "status": "confirmed",
                    "source": "privacy",
                    "quote": "For Customer Data that is entered into the Services, the customer is the controller and we act as a processor",
                    "note": "Processor for your users' data. For your own account-holder data (email, billing, dashboard activity) Clerk is an independent controller under its privacy policy."
                },
                "hosting.regions": {
                    "value": [
                        "us"
                    ],
                    "status": "confirmed",
                    "source": "dpa",
                    "quote": "Clerk hosts Personal Data primarily in Google Cloud data centers and Cloudflare",
                    "note": "Every listed subprocessor is US-based; there is no EU-resident hosting option."
                },
                "hosting.region-options": {
                    "value": [],
                    "status": "confirmed",
                    "source": "dpa",
                    "note": "Clerk offers no choice of hosting region, on any plan."
                },
                "hosting.providers": {
                    "value": [
                        "Google Cloud",
                        "Cloudflare"
                    ],
                    "status": "confirmed",
                    "source": "dpa",
                    "quote": "Clerk hosts Personal Data primarily in Google Cloud data centers and Cloudflare"
                },
                "hosting.processing-anywhere": {
                    "value": true,
                    "status": "confirmed",
                    "source": "dpa",
                    "quote": "store and process Customer Personal Data anywhere Clerk or its Sub-processors maintain facilities"
                },
                "transfers.mechanisms": {
                    "value": [
                        "dpf",
                        "scc",
                        "uk-addendum",
                        "swiss-addendum"
                    ],
                    "status": "confirmed",
                    "source": "dpa",
                    "note": "For EU/UK/Swiss data Clerk relies on the Data Privacy Framework, plus Standard Contractual Clauses (Modules One to Three) and the UK and Swiss Addenda as backup."
                },
                "dpa.plans": {
                    "value": "all",
                    "status": "confirmed",
                    "source": "dpa",
                    "note": "The processor role, the signed DPA and SCCs apply across plans."
                },
                "baa.plans": {
                    "value": [
                        "enterprise"
                    ],
                    "status": "confirmed",
                    "source": "pricing",
                    "note": "Storing protected health information requires a separately signed Business Associate Agreement, offered on Enterprise, not the free tier."
                },
                "ai-training": {
                    "status": "unclear",
                    "note": "Neither the privacy policy nor the DPA addresses whether end-user data is used to train or improve any AI/ML model (checked 2026-06). No training programme is stated, so there is no opt-out, but there is no written promise either."
                },
                "retention.deletion-after-termination-days": {
                    "value": 90,
                    "status": "confirmed",
                    "source": "dpa",
                    "quote": "delete and use all reasonable efforts to procure the deletion of all other copies of Customer Personal Data",
                    "note": "Within 90 days of the agreement ending."
                },
                "retention.user-deletion": {
                    "value": true,
                    "status": "confirmed",
                    "source": "privacy",
                    "note": "Customers control their users' records from the dashboard or API; deleting a user removes their identity from Clerk."
                },
                "retention.account-data": {
                    "status": "unclear",
                    "source": "privacy",
                    "quote": "for as long as you use our Services or as necessary to fulfill the purpose(s)",
                    "note": "Clerk is an independent controller of account-holder data; the privacy policy names no fixed number of days (checked 2026-06)."
                },
                "certifications": {
                    "value": [
                        "soc2-type2",
                        "dpf"
                    ],
                    "status": "confirmed",
                    "source": "security",
                    "quote": "Clerk is SOC 2 type certified, GDPR & CCPA compliant, and conducts regular third-party audits and pen testing.",
                    "note": "SOC 2 Type II and self-certification under the EU-U.S. Data Privacy Framework, regardless of tier (DPF notice at https://clerk.com/legal/dpf)."
                },
                "subprocessors": {
                    "value": [
                        {
                            "name": "Google Cloud",
                            "region": "us",
                            "purpose": "Hosting"
                        },
                        {
                            "name": "Cloudflare",
                            "region": "us",
                            "purpose": "Hosting and network"
                        },
                        {
                            "name": "SendGrid",
                            "region": "us",
                            "purpose": "Email delivery"
                        },
                        {
                            "name": "Twilio",
                            "region": "us",
                            "purpose": "SMS delivery"
                        }
                    ],
                    "status": "confirmed",
                    "source": "subprocessors",
                    "note": "No AI/LLM provider (e.g. OpenAI) is on the list. A secondary source lists more (Datadog, Sentry, Segment, Stripe, Svix, Vercel); see the clause source."
                },
                "subprocessors.notice-days": {
                    "value": 15,
                    "status": "confirmed",
                    "source": "subprocessors",
                    "note": "15 days' notice before the subprocessor list changes."
                },
                "features": {
                    "value": {
                        "sso": [
                            "enterprise"
                        ],
                        "audit-logs": [
                            "enterprise"
                        ],
                        "sla": [
                            "enterprise"
                        ],
                        "dedicated-support": [
                            "enterprise"
                        ]
                    },
                    "status": "confirmed",
                    "source": "pricing",
                    "note": "Enterprise adds SSO for your workspace, application logs with custom retention, an uptime SLA and dedicated support."
                }
            },
            "detect": {
                "npm": [
                    "@clerk/*"
                ],
                "pypi": [
                    "clerk-backend-api"
                ],
                "env": [
                    "CLERK_SECRET_KEY",
                    "CLERK_PUBLISHABLE_KEY",
                    "NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY"
                ]
            }
        }
    },
    {
        "file": "rules/vendors/cloudflare.yml",
        "rule": {
            "id": "cloudflare",
            "name": "Cloudflare",
            "domain": "cloudflare.com",
            "category": "cdn",
            "verified": "2023-11-09",
            "plans": [
                "free",
                "pro",
                "business",
                "enterprise"
            ],
            "sources": {
                "dls": {
                    "url": "https://developers.cloudflare.com/data-localization/",
                    "title": "Cloudflare docs: Data Localization Suite",
                    "kind": "primary"
                },
                "regional-services": {
                    "url": "https://developers.cloudflare.com/data-localization/regional-services/",
                    "title": "Cloudflare docs: Regional Services",
                    "kind": "primary"
                },
                "region-support": {
                    "url": "https://developers.cloudflare.com/data-localization/region-support/",
                    "title": "Cloudflare docs: Data Localization Suite region support",
                    "kind": "primary"
                },
                "dpa": {
                    "url": "https://www.cloudflare.com/cloudflare-customer-dpa/",
                    "title": "Cloudflare Data Processing Addendum (version 6.2)",
                    "kind": "primary",
                    "date": "2023-11-09"
                },
                "workers-ai": {
                    "url": "https://developers.cloudflare.com/workers-ai/platform/data-usage/",
                    "title": "Cloudflare docs: Workers AI data usage",
                    "kind": "primary"
                },
                "blog-2019": {
                    "url": "https://blog.cloudflare.com/security-compliance-at-cloudflare/",
                    "title": "Cloudflare blog: Security Compliance at Cloudflare",
                    "kind": "primary",
                    "date": "2019-06-14"
                },
                "blog-2021": {
                    "url": "https://blog.cloudflare.com/iso-27701-privacy-certification/",
                    "title": "Cloudflare blog: ISO/IEC 27701 privacy certification",
                    "kind": "primary",
                    "date": "2021-04-21"
                },
                "legal-review": {
                    "url": "https://github.com/ThomasMoreAI/legal-skills-open/blob/3dd1e52/eu/data-protection/skills/privacy-vendor-review-clemensjl/references/vendors.md",
                    "title": "ThomasMoreAI legal-skills-open vendor snapshot (2026-08-05; \"a lead, not a finding\")",
                    "kind": "secondary",
                    "date": "2026-08-05"
                }
            },
            "facts": {
                "role": {
                    "value": "processor",
                    "status": "confirmed",
                    "source": "dpa",
                    "quote": "This DPA applies where Cloudflare processes Personal Data as a Processor (or sub-Processor as applicable) on behalf of Customer to provide the Services"
                },
                "hosting.regions": {
                    "status": "unclear",
                    "note": "No default storage region is stated. Without the Data Localization Suite, traffic is served from Cloudflare's global network; the suite exists so customers can \"choose the location where Cloudflare inspects and stores data\"."
                },
                "hosting.region-options": {
                    "value": [
                        {
                            "region": "eu",
                            "plans": [
                                "enterprise"
                            ]
                        },
                        {
                            "region": "us",
                            "plans": [
                                "enterprise"
                            ]
                        }
                    ],
                    "status": "confirmed",
                    "source": "regional-services",
                    "quote": "Regional Services is an Enterprise add-on.",
                    "note": "The Data Localization Suite page carries the Enterprise add-on plan marker (<Plan type=\"ent-add-on\" />). Only the EU and US have both Regional Services (in-region TLS termination and processing) and a Customer Metadata Boundary (metadata storage). Regional Services alone also covers Australia, Brazil, Canada, India, Japan, Singapore, South Korea, Switzerland and the UK (the UK \"Can use EU metadata boundary\"), per the region-support table."
                },
                "hosting.processing-anywhere": {
                    "value": true,
                    "status": "confirmed",
                    "source": "regional-services",
                    "quote": "Regional Services accepts traffic at any Cloudflare data center worldwide and applies L3/L4 DDoS mitigations",
                    "note": "Link markup removed. Even with Regional Services, traffic is received (encrypted) at any data centre; only decryption and application-layer processing are kept in-region."
                },
                "dpa.plans": {
                    "value": "all",
                    "status": "confirmed",
                    "source": "dpa",
                    "quote": "Cloudflare, Inc. (“Cloudflare”) and the counterparty agreeing to these terms (“Customer”) have entered into an Enterprise Subscription Agreement, Self-Serve Subscription Agreement or other written or electronic agreement for the Services provided by Cloudflare (the “Main Agreement”).",
                    "note": "The DPA \"forms part of the Main Agreement\" for self-serve and enterprise customers alike. Version 6.2 (Nov 9, 2023) was read; a secondary source cites version 6.4 effective 03.04.2026, not read."
                },
                "ai-training": {
                    "status": "unclear",
                    "source": "workers-ai",
                    "quote": "Cloudflare does not use your Customer Content to (1) train any AI models made available on Workers AI or (2) improve any Cloudflare or third-party services, and would not do so unless we received your explicit consent.",
                    "note": "This commitment is scoped to Workers AI only; no statement covering Cloudflare's other services (CDN, WAF, bot management) was found."
                },
                "certifications": {
                    "value": [
                        "soc2-type2",
                        "iso27001",
                        "pci-dss",
                        "iso27701"
                    ],
                    "status": "confirmed",
                    "source": "blog-2019",
                    "quote": "Since the beginning of this year, we have been renewing our PCI DSS certification in February, achieving SOC 2 Type 1 compliance in March, obtaining our ISO 27001 certification in April, and today we are proud to announce we are SOC 2 Type 2 compliant!",
                    "note": "ISO 27701 from the 2021 blog: \"Cloudflare is one of the first organizations in our industry to have achieved ISO/IEC 27701:2019 certification\". Both posts are point-in-time (2019, 2021); current status lives on Cloudflare's trust hub, which was not stored. ISO 27018 (2022) appears only in a syndicated copy of a 2025 Cloudflare post, so it is not listed."
                },
                "transfers.mechanisms": {
                    "value": [
                        "scc",
                        "dpf"
                    ],
                    "status": "unclear",
                    "source": "legal-review",
                    "quote": "SCC Modules 2 and 3; DPF asserted",
                    "note": "Secondary only (paraphrase)."
                },
                "subprocessors.notice-days": {
                    "value": 30,
                    "status": "unclear",
                    "source": "legal-review",
                    "quote": "sub-processors 30 days' notice, 10-day objection",
                    "note": "Secondary only (paraphrase); the DPA clause was not read."
                }
            },
            "detect": {
                "npm": [
                    "@cloudflare/*",
                    "cloudflare",
                    "wrangler"
                ],
                "pypi": [
                    "cloudflare"
                ],
                "env": [
                    "CLOUDFLARE_*"
                ]
            }
        }
    },
    {
        "file": "rules/vendors/neon.yml",
        "rule": {
            "id": "neon",
            "name": "Neon (Databricks)",
            "domain": "neon.com",
            "aliases": [
                "neon.tech"
            ],
            "category": "database",
            "verified": "2026-03-20",
            "plans": [
                "free",
                "launch",
                "scale"
            ],
            "sources": {
                "regions": {
                    "url": "https://neon.com/docs/introduction/regions",
                    "title": "Neon docs: Regions",
                    "kind": "primary",
                    "date": "2025-08-15"
                },
                "plans": {
                    "url": "https://neon.com/docs/introduction/plans",
                    "title": "Neon docs: Neon plans",
                    "kind": "primary",
                    "date": "2026-03-20"
                },
                "hipaa": {
                    "url": "https://neon.com/docs/security/hipaa",
                    "title": "Neon docs: HIPAA",
                    "kind": "primary",
                    "date": "2025-03-19"
                },
                "compliance": {
                    "url": "https://neon.com/docs/security/compliance",
                    "title": "Neon docs: Compliance",
                    "kind": "primary",
                    "date": "2024-10-01"
                },
                "ai": {
                    "url": "https://neon.com/docs/security/ai-use-in-neon",
                    "title": "Neon docs: AI use in Neon",
                    "kind": "primary",
                    "date": "2024-11-30"
                }
            },
            "facts": {
                "hosting.regions": {
                    "value": [
                        "us",
                        "eu",
                        "uk",
                        "sg",
                        "au",
                        "br"
                    ],
                    "status": "confirmed",
                    "source": "regions",
                    "quote": "Neon offers project deployment in multiple AWS and Azure regions.",
                    "note": "No default region: each project lives in the one region chosen at creation, so every offered region is listed. AWS: us-east-1, us-east-2, us-west-2, eu-central-1 (Frankfurt), eu-west-2 (London), ap-southeast-1 (Singapore), ap-southeast-2 (Sydney), sa-east-1 (Sao Paulo); Azure: East US 2, West US 3, Germany West Central. A newer version of the page (per the research notes) says \"Each Neon project exists in exactly one region.\" and that the Azure regions are deprecated from Aug 27, 2026. Declare the service's `region`."
                },
                "hosting.region-options": {
                    "value": [
                        {
                            "region": "us",
                            "plans": "all"
                        },
                        {
                            "region": "eu",
                            "plans": "all"
                        },
                        {
                            "region": "uk",
                            "plans": "all"
                        },
                        {
                            "region": "sg",
                            "plans": "all"
                        },
                        {
                            "region": "au",
                            "plans": "all"
                        },
                        {
                            "region": "br",
                            "plans": "all"
                        }
                    ],
                    "status": "confirmed",
                    "source": "regions",
                    "quote": "You can select the region for your Neon project during project creation.",
                    "note": "EU: AWS Europe (Frankfurt) aws-eu-central-1. No plan restriction on region choice is stated."
                },
                "hosting.region-fixed-at-creation": {
                    "value": true,
                    "status": "confirmed",
                    "source": "regions",
                    "quote": "After you select a region for a Neon project, it cannot be changed for that project.",
                    "note": "The newer page version words it: 'You cannot change the region for an existing project.' Moving means a new project plus dump/restore or logical replication."
                },
                "hosting.providers": {
                    "value": [
                        "Amazon Web Services",
                        "Microsoft Azure"
                    ],
                    "status": "confirmed",
                    "source": "regions",
                    "quote": "Neon offers project deployment in multiple AWS and Azure regions.",
                    "note": "Azure regions are being deprecated (Aug 27, 2026) per the newer page version."
                },
                "baa.plans": {
                    "value": [
                        "scale"
                    ],
                    "status": "confirmed",
                    "source": "plans",
                    "quote": "Compliance certifications available on Scale",
                    "note": "Bold markup removed; the list under it includes \"HIPAA (additional charge)\". The HIPAA page: \"Neon's HIPAA functionality is only available to customers who have signed a Business Associate Agreement (BAA) with Neon.\" and \"HIPAA compliance must be selected at the time of project creation and cannot be added later.\" An older Neon guide said HIPAA was \"currently included at no additional cost\"."
                },
                "ai-training": {
                    "status": "unclear",
                    "source": "ai",
                    "quote": "we share your database schema with the AI agent, but no actual data is shared.",
                    "note": "About Neon's AI features (LLM provider Amazon Bedrock); no statement on training models with customer data."
                },
                "retention.deletion-after-termination-days": {
                    "status": "unclear",
                    "source": "hipaa",
                    "quote": "upon termination of services, we will securely delete or return your PHI.",
                    "note": "No number of days is given, and the statement covers PHI under the HIPAA programme only."
                },
                "certifications": {
                    "value": [
                        "soc2-type1",
                        "soc2-type2",
                        "iso27001",
                        "iso27701"
                    ],
                    "status": "confirmed",
                    "source": "compliance",
                    "quote": "We have successfully completed audits for SOC 2 Type 1 and Type 2, SOC 3, ISO 27001, and ISO 27701, and we adhere to GDPR and CCPA regulations.",
                    "note": "The plans page lists these certifications as a Scale-plan item (access to the reports); the audits themselves are company-wide."
                },
                "features": {
                    "value": {
                        "sla": [
                            "scale"
                        ]
                    },
                    "status": "confirmed",
                    "source": "plans",
                    "quote": "Guaranteed service availability is offered on the Scale plan.",
                    "note": "Bold markup removed."
                }
            },
            "detect": {
                "npm": [
                    "@neondatabase/*"
                ],
                "env": [
                    "NEON_*"
                ]
            }
        }
    },
    {
        "file": "rules/vendors/openai.yml",
        "rule": {
            "id": "openai",
            "name": "OpenAI (API platform)",
            "domain": "openai.com",
            "category": "ai",
            "verified": "2026-11-26",
            "plans": [
                "api",
                "enterprise"
            ],
            "sources": {
                "residency": {
                    "url": "https://developers.openai.com/api/docs/guides/data-residency",
                    "title": "OpenAI API docs: Data residency",
                    "kind": "primary"
                },
                "residency-ja": {
                    "url": "https://developers.openai.com/ja-JP/api/docs/guides/data-residency",
                    "title": "OpenAI API docs: Data residency (Japanese edition)",
                    "kind": "primary"
                },
                "your-data": {
                    "url": "https://developers.openai.com/api/docs/guides/your-data",
                    "title": "OpenAI API docs: Data controls in the OpenAI platform",
                    "kind": "primary"
                },
                "security": {
                    "url": "https://openai.com/security-and-privacy/",
                    "title": "OpenAI Security & privacy",
                    "kind": "primary"
                },
                "baa": {
                    "url": "https://help.openai.com/en/articles/8660679-how-can-i-get-a-business-associate-agreement-baa-with-openai-for-the-api-services",
                    "title": "OpenAI Help Center: How can I get a BAA with OpenAI for the API services?",
                    "kind": "primary"
                }
            },
            "facts": {
                "hosting.regions": {
                    "value": [
                        "us"
                    ],
                    "status": "unclear",
                    "note": "The research material records \"US by default\", but none of the OpenAI pages read states where a project without data residency (a \"Global\" project) stores Customer Content. A third-party page says OpenAI's servers are in the U.S."
                },
                "hosting.region-options": {
                    "value": [
                        {
                            "region": "us",
                            "plans": [
                                "enterprise"
                            ]
                        },
                        {
                            "region": "eu",
                            "plans": [
                                "enterprise"
                            ]
                        },
                        {
                            "region": "au",
                            "plans": [
                                "enterprise"
                            ]
                        },
                        {
                            "region": "in",
                            "plans": [
                                "enterprise"
                            ]
                        },
                        {
                            "region": "jp",
                            "plans": [
                                "enterprise"
                            ]
                        }
                    ],
                    "status": "confirmed",
                    "source": "residency-ja",
                    "quote": "us.api.openai.com、eu.api.openai.com、au.api.openai.com、in.api.openai.com、jp.api.openai.com に送信されたリクエストについては、OpenAI は Cloudflare Regional Services を使用し、選択した処理リージョン内で TLS の終端と HTTPS 通信の復号を行います。",
                    "note": "The stored English page is cut off inside the same sentence (\"For requests sent to us.api.openai.com, eu.api.openai.com, au.api.openai.com, in.api.openai.com,\"); the Japanese edition completes it. The region table itself was not stored, so other regions may exist (the Node SDK also knows \"ae\"). Data residency is for eligible organizations only: \"Contact sales to discuss your data residency needs and become eligible.\" It costs a 10% uplift for models released on or after March 5, 2026, and some regions store but do not process in-region."
                },
                "hosting.region-fixed-at-creation": {
                    "value": true,
                    "status": "confirmed",
                    "source": "residency",
                    "quote": "Eligible organizations can enable data residency when creating a project in the API Platform.",
                    "note": "The Japanese and Chinese editions add that a project's residency region cannot be changed after creation; use a new project."
                },
                "hosting.processing-anywhere": {
                    "value": true,
                    "status": "confirmed",
                    "source": "residency",
                    "quote": "Data residency does not apply to system data, which may be stored and processed outside the selected region.",
                    "note": "System data includes account data, profiles of end users who access the services directly, usage statistics and support requests. Regions without regional processing may also process and temporarily store Customer Content outside the region."
                },
                "dpa.plans": {
                    "value": "all",
                    "status": "confirmed",
                    "source": "security",
                    "quote": "OpenAI supports our customers’ compliance with privacy laws, including the GDPR and CCPA, and offers a Data Processing Addendum for customers."
                },
                "baa.plans": {
                    "value": "all",
                    "status": "confirmed",
                    "source": "baa",
                    "quote": "If you require a BAA before you can use our API, email us at baa@openai.com with details about your company and use case.",
                    "note": "On request and not guaranteed: 'We review each BAA request on a case-by-case basis and may need additional information.'"
                },
                "ai-training": {
                    "value": "opt-in",
                    "status": "confirmed",
                    "source": "your-data",
                    "quote": "As of March 1, 2023, data sent to the OpenAI API is not used to train or improve OpenAI models (unless you explicitly opt in to share data with us)."
                },
                "retention.deletion-after-termination-days": {
                    "status": "unclear",
                    "note": "No post-termination deletion period was found. In service, 'By default, abuse monitoring logs are generated for all API feature usage and retained for up to 30 days, unless longer retention is required by law'; Zero Data Retention needs OpenAI's approval."
                },
                "certifications": {
                    "value": [
                        "soc2-type2"
                    ],
                    "status": "confirmed",
                    "source": "security",
                    "quote": "Our API, ChatGPT Enterprise, ChatGPT Team, and ChatGPT Edu products are covered in our SOC 2 Type 2 report and have been evaluated by an independent third-party auditor to confirm that our controls align with industry standards for security and confidentiality.",
                    "note": "Re-checked in full against the stored page (the research note had a fragment). CSA STAR Level 1 is also listed but is outside the vocabulary."
                },
                "transfers.mechanisms": {
                    "status": "unclear",
                    "note": "SCCs are reported only by secondary material; no DPF statement was found."
                }
            },
            "detect": {
                "npm": [
                    "openai",
                    "@ai-sdk/openai"
                ],
                "pypi": [
                    "openai"
                ],
                "env": [
                    "OPENAI_API_KEY"
                ]
            }
        }
    },
    {
        "file": "rules/vendors/posthog.yml",
        "rule": {
            "id": "posthog",
            "name": "PostHog",
            "domain": "posthog.com",
            "category": "analytics",
            "verified": "2026-11-26",
            "plans": [
                "free",
                "pay-as-you-go",
                "boost",
                "scale",
                "enterprise"
            ],
            "sources": {
                "gdpr": {
                    "url": "https://posthog.com/docs/privacy/gdpr-compliance",
                    "title": "PostHog docs: PostHog & GDPR compliance",
                    "kind": "primary"
                },
                "storage": {
                    "url": "https://posthog.com/docs/privacy/data-storage",
                    "title": "PostHog docs: Controlling data storage",
                    "kind": "primary"
                },
                "hipaa": {
                    "url": "https://posthog.com/docs/privacy/hipaa-compliance",
                    "title": "PostHog docs: PostHog & HIPAA compliance",
                    "kind": "primary"
                },
                "dpa": {
                    "url": "https://posthog.com/dpa",
                    "title": "PostHog DPA generator and Data Processing Agreement (PostHog/posthog.com src/pages/dpa.tsx)",
                    "kind": "primary"
                },
                "security": {
                    "url": "https://posthog.com/handbook/company/security",
                    "title": "PostHog handbook: Security",
                    "kind": "primary"
                },
                "ai-faq": {
                    "url": "https://posthog.com/docs/posthog-ai/faq",
                    "title": "PostHog docs: PostHog AI FAQ",
                    "kind": "primary"
                }
            },
            "facts": {
                "role": {
                    "value": "processor",
                    "status": "confirmed",
                    "source": "gdpr",
                    "quote": "| PostHog Cloud | Hosted and managed by PostHog | PostHog | You |",
                    "note": "Table row under the columns Hosting Type | Description | Data Processor | Data Controller. Self-hosted PostHog makes you both."
                },
                "hosting.regions": {
                    "value": [
                        "us",
                        "eu"
                    ],
                    "status": "confirmed",
                    "source": "gdpr",
                    "quote": "If you are using PostHog Cloud US, we also recommend you anonymize any EU user data.",
                    "note": "PostHog Cloud runs as separate US and EU (Frankfurt) instances; no default is stated, so both are listed. Declare the service's `region`."
                },
                "hosting.region-options": {
                    "value": [
                        {
                            "region": "us",
                            "plans": "all"
                        },
                        {
                            "region": "eu",
                            "plans": "all"
                        }
                    ],
                    "status": "confirmed",
                    "source": "gdpr",
                    "quote": "If you require robust GDPR compliance, we recommend using PostHog Cloud EU – a managed version of PostHog that's hosted on servers based in Frankfurt.",
                    "note": "No plan restriction is stated. Whether an existing organization can move between US and EU was not found."
                },
                "hosting.processing-anywhere": {
                    "value": true,
                    "status": "confirmed",
                    "source": "dpa",
                    "quote": "The Company acknowledges that the Processor will Process the Personal Data outside of the Protected Area including in the US.",
                    "note": "DPA 10.1. Applies to PostHog Cloud EU too; PostHog AI features also send data to third-party LLM providers (Anthropic, OpenAI, Alphabet) unless disabled."
                },
                "transfers.mechanisms": {
                    "value": [
                        "scc",
                        "uk-addendum",
                        "swiss-addendum"
                    ],
                    "status": "confirmed",
                    "source": "dpa",
                    "quote": "As such, the parties agree to comply with the obligations set out in the EU Standard Contractual Clauses as though they were set out in full in this Agreement",
                    "note": "DPA 10.2, re-checked against PostHog/posthog.com src/pages/dpa.tsx (link markup removed). 10.4 applies the UK Addendum (\"UK Standard Contractual Clauses\") and 10.5 adapts the EU SCCs for Swiss personal data. A DPF claim appears only in a secondary review."
                },
                "dpa.plans": {
                    "value": "all",
                    "status": "confirmed",
                    "source": "dpa",
                    "quote": "Sign it and send it to privacy@posthog.com for counter-signature.",
                    "note": "The public DPA generator has no plan condition (PostHog's app gates only the BAA on Boost/Scale/Enterprise). A secondary review says the published DPA is \"not binding on its own\", i.e. it must be signed."
                },
                "baa.plans": {
                    "value": [
                        "boost",
                        "scale",
                        "enterprise"
                    ],
                    "status": "confirmed",
                    "source": "hipaa",
                    "quote": "PostHog only offers Business Associate Agreements (BAAs) for PostHog Cloud to users with the Boost, Scale, or Enterprise package.",
                    "note": "Link markup removed; an earlier version of the page says \"add-ons\" instead of \"package\". Custom BAAs need the Enterprise package. The managed reverse proxy and PostHog AI are not covered by BAAs."
                },
                "ai-training": {
                    "status": "unclear",
                    "note": "No statement that PostHog trains models on customer data, and none ruling it out. PostHog AI shares data with LLM sub-processors unless an org admin disables it (\"When disabled, PostHog AI won't be available and no data will be shared with AI providers.\"). DPA 2.2.2 lets PostHog aggregate, anonymise and de-identify information \"for product improvement, benchmarking, and the development of new products\"."
                },
                "retention.deletion-after-termination-days": {
                    "value": 14,
                    "status": "confirmed",
                    "source": "dpa",
                    "quote": "within 10 business days of the date of cessation of any Services involving the Processing of Company Personal Data , return or delete and procure the deletion of all copies of the Company Personal Data",
                    "note": "DPA 9.1, triggered \"Following a request from the Company\". 10 business days is expressed as 14 calendar days; public holidays can lengthen it."
                },
                "retention.user-deletion": {
                    "value": true,
                    "status": "confirmed",
                    "source": "storage",
                    "quote": "Persons and events can be deleted using our API endpoints.",
                    "note": "Event data is deleted asynchronously (\"weekends on PostHog Cloud\")."
                },
                "certifications": {
                    "value": [
                        "soc2-type2"
                    ],
                    "status": "confirmed",
                    "source": "security",
                    "quote": "PostHog is certified as SOC 2 Type II compliant, following an external audit."
                },
                "subprocessors.notice-days": {
                    "value": 14,
                    "status": "confirmed",
                    "source": "dpa",
                    "quote": "Processor may update this list from time to time as applicable, providing the Company with notice of such update at least fourteen (14) days in advance of such updates.",
                    "note": "DPA 5.3; objections within seven days of the updated list (5.4)."
                }
            },
            "detect": {
                "npm": [
                    "posthog-js",
                    "posthog-node",
                    "posthog-react-native",
                    "@posthog/*"
                ],
                "pypi": [
                    "posthog"
                ],
                "env": [
                    "POSTHOG_*",
                    "NEXT_PUBLIC_POSTHOG_*"
                ]
            }
        }
    },
    {
        "file": "rules/vendors/postmark.yml",
        "rule": {
            "id": "postmark",
            "name": "Postmark (ActiveCampaign)",
            "domain": "postmarkapp.com",
            "category": "email",
            "verified": "2024-03-21",
            "plans": [
                "developer",
                "monthly",
                "high-volume"
            ],
            "sources": {
                "eu-privacy": {
                    "url": "https://postmarkapp.com/eu-privacy",
                    "title": "Postmark EU Data Protection",
                    "kind": "primary"
                },
                "gdpr-faq": {
                    "url": "https://postmarkapp.com/support/article/1218-gdpr-faq",
                    "title": "Postmark support: GDPR FAQ",
                    "kind": "primary"
                },
                "dpa": {
                    "url": "https://wildbit.com/dpa",
                    "title": "Wildbit (Postmark) Data Processing Addendum",
                    "kind": "primary",
                    "date": "2024-03-21"
                },
                "pricing-faq": {
                    "url": "https://postmarkapp.com/support/article/1107-how-does-monthly-pricing-work",
                    "title": "Postmark support: How does Monthly Pricing work?",
                    "kind": "primary"
                }
            },
            "facts": {
                "hosting.regions": {
                    "value": [
                        "us"
                    ],
                    "status": "confirmed",
                    "source": "eu-privacy",
                    "quote": "Postmark's primary data and servers are hosted at ServerCentral's data center (located outside of Chicago).",
                    "note": "Undated page, probably several years old; secondary material mentions other US hosting since then. Still US either way."
                },
                "hosting.region-options": {
                    "value": [],
                    "status": "confirmed",
                    "source": "eu-privacy",
                    "quote": "We currently don't have plans to add servers in the EU",
                    "note": "Undated and old; a secondary snapshot from 2026-08-05 repeats that there is no EU hosting."
                },
                "transfers.mechanisms": {
                    "value": [
                        "scc"
                    ],
                    "status": "confirmed",
                    "source": "gdpr-faq",
                    "quote": "As of 27 September 2021, our DPA includes the most recent set of the SCCs.",
                    "note": "The same FAQ: 'When you sign our DPA ( which you can do here), you sign the SCCs at the same time.' A DPF claim appears only in secondary material."
                },
                "dpa.plans": {
                    "value": "all",
                    "status": "confirmed",
                    "source": "dpa",
                    "quote": "This Data Processing Addendum, including the Standard Contractual Clauses (as defined below) attached hereto (collectively, the \"DPA\"), is made and entered into as of the effective date (the \"Effective Date\") of the applicable customer's (\"Customer\") acceptance of the Terms of Service",
                    "note": "The DPA attaches to every customer's Terms of Service (updated March 21, 2024; effective September 27, 2021). The GDPR FAQ describes signing it in the account. Published under Wildbit, Postmark's former owner; Postmark is now part of ActiveCampaign."
                },
                "certifications": {
                    "status": "unclear",
                    "source": "eu-privacy",
                    "quote": "Even though Postmark itself has not undergone a SOC audit, our data center has.",
                    "note": "Undated and probably outdated; no current certification statement was found."
                }
            },
            "detect": {
                "npm": [
                    "postmark"
                ],
                "pypi": [
                    "postmarker"
                ],
                "env": [
                    "POSTMARK_*"
                ]
            }
        }
    },
    {
        "file": "rules/vendors/segment.yml",
        "rule": {
            "id": "segment",
            "name": "Segment (Twilio)",
            "domain": "segment.com",
            "aliases": [
                "segment.io"
            ],
            "category": "analytics",
            "verified": "2026-06-26",
            "plans": [
                "free",
                "team",
                "business"
            ],
            "sources": {
                "regional": {
                    "url": "https://www.twilio.com/docs/segment/guides/regional-segment",
                    "title": "Twilio Segment docs: Regional Segment",
                    "kind": "primary",
                    "date": "2026-06-26"
                },
                "regional-docs": {
                    "url": "https://segment.com/docs/guides/regional-segment/",
                    "title": "Segment docs: Regional Segment (segmentio/segment-docs)",
                    "kind": "primary"
                },
                "products": {
                    "url": "https://github.com/segmentio/segment-docs/blob/develop/src/_data/products.yml",
                    "title": "Segment docs plan availability data (segmentio/segment-docs src/_data/products.yml)",
                    "kind": "primary"
                },
                "hipaa": {
                    "url": "https://segment.com/docs/privacy/hipaa-eligible-segment/",
                    "title": "Segment docs: HIPAA Eligible Segment",
                    "kind": "primary"
                },
                "gdpr": {
                    "url": "https://segment.com/docs/privacy/complying-with-the-gdpr/",
                    "title": "Segment docs: Complying with the GDPR",
                    "kind": "primary"
                },
                "retention": {
                    "url": "https://segment.com/docs/privacy/data-retention-policy/",
                    "title": "Segment docs: Data Retention and Deletion Policy",
                    "kind": "primary"
                },
                "user-deletion": {
                    "url": "https://www.twilio.com/docs/segment/privacy/user-deletion-and-suppression",
                    "title": "Twilio Segment docs: User Deletion and Suppression",
                    "kind": "primary"
                }
            },
            "facts": {
                "role": {
                    "value": "processor",
                    "status": "confirmed",
                    "source": "gdpr",
                    "quote": "As a vendor, however, the more meaningful way Segment is impacted by the GDPR is as a data processor",
                    "note": "Link markup removed. On its own marketing website Segment is a controller."
                },
                "hosting.regions": {
                    "value": [
                        "us"
                    ],
                    "status": "confirmed",
                    "source": "regional",
                    "quote": "By default, new workspaces use U.S. infrastructure",
                    "note": "The segment-docs version: 'The default region for all users is in Oregon, United States.'"
                },
                "hosting.region-options": {
                    "value": [
                        {
                            "region": "eu",
                            "plans": [
                                "business"
                            ]
                        }
                    ],
                    "status": "confirmed",
                    "source": "regional",
                    "quote": "Regional Segment is available to customers on the Business Tier plan.",
                    "note": "EU West processing region with archives in Dublin, Ireland; a new workspace must be created in that region (Segment Support enables the feature)."
                },
                "hosting.region-fixed-at-creation": {
                    "value": true,
                    "status": "confirmed",
                    "source": "regional-docs",
                    "quote": "Once you create a workspace with a specified data processing region, you can't change the region. You must create a new workspace to change the region."
                },
                "transfers.mechanisms": {
                    "value": [
                        "dpf",
                        "scc"
                    ],
                    "status": "confirmed",
                    "source": "regional",
                    "quote": "Twilio is certified under the DPF and relies on it as the primary mechanism for EU–US personal data transfers.",
                    "note": "SCCs from the GDPR page: 'Segment offers a Data Protection Addendum (DPA) and Standard Contractual Clauses (SCCs) as a means of meeting the regulatory contractual requirements of GDPR in its role as processor and also to address international data transfers.'"
                },
                "dpa.plans": {
                    "value": "all",
                    "status": "confirmed",
                    "source": "gdpr",
                    "quote": "Segment’s online Data Protection Addendum (DPA) is already part of and incorporated into the Terms of Service.",
                    "note": "Link markup removed. The DPA is Twilio's (twilio.com/legal/data-protection-addendum); its text was not read."
                },
                "baa.plans": {
                    "value": [
                        "business"
                    ],
                    "status": "confirmed",
                    "source": "hipaa",
                    "quote": "Twilio BAA are available to customers on a Business Tier plan.",
                    "note": "Only Twilio's HIPAA-eligible Segment products may be used for PHI."
                },
                "retention.deletion-after-termination-days": {
                    "value": 30,
                    "status": "confirmed",
                    "source": "retention",
                    "quote": "Customers that have explicitly terminated their Segment contract will have their data unrecoverably deleted within 30 days of contract termination.",
                    "note": "The same page says scheduled deletions may be delayed: Segment 'strives to complete deletions within 7 days of the scheduled date'."
                },
                "retention.user-deletion": {
                    "value": true,
                    "status": "confirmed",
                    "source": "user-deletion",
                    "quote": "you can block ongoing data collection about that user and delete all historical data about them from Segment's systems",
                    "note": "By userId, through Segment's deletion and suppression regulations."
                },
                "features": {
                    "value": {
                        "sso": [
                            "business"
                        ],
                        "audit-logs": [
                            "business"
                        ]
                    },
                    "status": "confirmed",
                    "source": "products",
                    "quote": "Single Sign-on is only available in Business plan workspaces.",
                    "note": "The same data file marks \"Audit Trail\" as Business only (free false, team false, business true)."
                }
            },
            "detect": {
                "npm": [
                    "@segment/*"
                ],
                "pypi": [
                    "segment-analytics-python",
                    "analytics-python"
                ],
                "env": [
                    "SEGMENT_*",
                    "NEXT_PUBLIC_SEGMENT_*"
                ]
            }
        }
    },
    {
        "file": "rules/vendors/sentry.yml",
        "rule": {
            "id": "sentry",
            "name": "Sentry",
            "domain": "sentry.io",
            "category": "error-monitoring",
            "verified": "2024-05-29",
            "plans": [
                "developer",
                "team",
                "business",
                "enterprise"
            ],
            "sources": {
                "storage": {
                    "url": "https://docs.sentry.io/organization/data-storage-location/",
                    "title": "Sentry docs: Data Storage Location (US or EU)",
                    "kind": "primary"
                },
                "security": {
                    "url": "https://sentry.io/security/",
                    "title": "Sentry Security & Compliance",
                    "kind": "primary",
                    "date": "2023-07-25"
                },
                "privacy-trust": {
                    "url": "https://sentry.io/trust/privacy",
                    "title": "Sentry Trust Center, Privacy",
                    "kind": "primary"
                },
                "legal-docs": {
                    "url": "https://docs.sentry.io/security-legal-pii/security/terms/",
                    "title": "Sentry docs: Legal and Compliance Documents",
                    "kind": "primary"
                },
                "dpa": {
                    "url": "https://sentry.io/legal/dpa",
                    "title": "Sentry Data Processing Addendum (version 5.1.0)",
                    "kind": "primary",
                    "date": "2024-05-29"
                },
                "ai-ml": {
                    "url": "https://docs.sentry.io/product/security/ai-ml-policy/",
                    "title": "Sentry docs: AI/ML Transparency and Choice",
                    "kind": "primary"
                },
                "soc2": {
                    "url": "https://docs.sentry.io/security-legal-pii/security/soc2/",
                    "title": "Sentry docs: SOC2 Report & ISO 27001 Certificate",
                    "kind": "primary"
                },
                "slack-listing": {
                    "url": "https://slack.com/apps/A011MFBJEUU-sentry",
                    "title": "Sentry app listing in the Slack Marketplace (vendor-submitted answers)",
                    "kind": "secondary"
                }
            },
            "facts": {
                "hosting.regions": {
                    "value": [
                        "us"
                    ],
                    "status": "confirmed",
                    "source": "storage",
                    "quote": "Here’s a list of the types of data that may be stored in the US, regardless of your selected Data Storage Location.",
                    "note": "US organizations store event data in Iowa (US) or Las Vegas (US2). Even with the EU location, user accounts, organization settings and audit logs, SSO/SAML/SCIM metadata, cron check-ins, usage data and support interactions stay in the US, and uptime-check data is stored in all locations."
                },
                "hosting.region-options": {
                    "value": [
                        {
                            "region": "eu",
                            "plans": "all"
                        }
                    ],
                    "status": "confirmed",
                    "source": "storage",
                    "quote": "Sentry supports data storage in both the US and the EU.",
                    "note": "EU = Frankfurt, Germany, for event data (errors, spans, replays, logs, backups). No plan restriction is stated."
                },
                "hosting.region-fixed-at-creation": {
                    "value": true,
                    "status": "confirmed",
                    "source": "storage",
                    "quote": "Please note that once selected, your data storage location can’t be changed. The only way to switch it is by creating a new organization.",
                    "note": "Bold markup removed. The location is chosen in \"Create a New Organization\"."
                },
                "hosting.processing-anywhere": {
                    "value": true,
                    "status": "confirmed",
                    "source": "storage",
                    "quote": "Your selection determines your data storage location only. Sentry will continue to access and process your data in accordance with your agreement with Sentry for the Sentry service and our Privacy Policy.",
                    "note": "Link markup removed. The storage choice does not restrict where Sentry processes data."
                },
                "hosting.providers": {
                    "value": [
                        "Google Cloud Platform"
                    ],
                    "status": "confirmed",
                    "source": "security",
                    "quote": "Sentry is hosted on Google Cloud Platform."
                },
                "transfers.mechanisms": {
                    "value": [
                        "dpf"
                    ],
                    "status": "confirmed",
                    "source": "privacy-trust",
                    "quote": "Sentry has self-certified to the EU-U.S. Data Privacy Framework, as well as the UK Extension and Swiss-U.S. Framework.",
                    "note": "SCC Modules 2 and 3 are reported only by a secondary review (ThomasMoreAI legal-skills-open snapshot, 2026-08-05), so scc is not listed."
                },
                "dpa.plans": {
                    "value": "all",
                    "status": "confirmed",
                    "source": "legal-docs",
                    "quote": "You can self-serve most legal and compliance documentation for your organization by navigating to Your Organization's Settings > Legal & Compliance.",
                    "note": "Markup removed. The list of self-serve documents names the Data Processing Addendum without a plan condition, while the BAA line carries '(Business plans or higher)'. DPA 5.1.0 was created on May 29, 2024."
                },
                "baa.plans": {
                    "value": [
                        "business",
                        "enterprise"
                    ],
                    "status": "confirmed",
                    "source": "legal-docs",
                    "quote": "Business Associate Amendment (BAA) (Business plans or higher)",
                    "note": "Link markup removed. Sentry disables generative AI features for BAA customers by default (AI/ML policy)."
                },
                "ai-training": {
                    "status": "unclear",
                    "note": "Sentry's AI/ML policy does not map cleanly onto none/opt-in/opt-out/yes. Its table says non-identifying service data and aggregated identifying data (error messages, stack traces, spans, DOM interactions) are used for training Sentry's own models, with choices in a \"Service Data Usage\" settings section whose default is not stated; generative-AI (RAG) features \"will require user opt-in\" and their data is not used for training; no data is used to train third-party models. Record an assurance if this matters."
                },
                "retention.deletion-after-termination-days": {
                    "value": 1,
                    "status": "unclear",
                    "source": "slack-listing",
                    "quote": "All customer data stored on Sentry servers is eradicated upon a customer’s termination of service and deletion of account after a 24-hour waiting period to prevent accidental cancellation.",
                    "note": "Vendor-submitted marketplace answer, treated as secondary; no post-termination clause was read in Sentry's own DPA. In-service event retention is 30 days (Developer) or 90 days (Team, Business) per Sentry's data retention docs."
                },
                "retention.user-deletion": {
                    "value": true,
                    "status": "unclear",
                    "source": "slack-listing",
                    "quote": "Data can also be deleted upon request and via Sentry’s REST API and UI.",
                    "note": "Vendor-submitted marketplace answer, treated as secondary."
                },
                "certifications": {
                    "value": [
                        "iso27001"
                    ],
                    "status": "confirmed",
                    "source": "soc2",
                    "quote": "You can find a copy of Sentry's latest SOC2 report and ISO 27001 certificate in Organization Settings > Legal & Compliance.",
                    "note": "Markup removed. Sentry also holds a SOC 2 report, but the docs do not say Type 1 or Type 2, so no SOC 2 entry is listed."
                },
                "subprocessors.notice-days": {
                    "value": 30,
                    "status": "unclear",
                    "note": "The research material records \"30 days' notice\" from secondary material without a stored quote; Sentry's DPA clause was not read."
                }
            },
            "detect": {
                "npm": [
                    "@sentry/*"
                ],
                "pypi": [
                    "sentry-sdk"
                ],
                "env": [
                    "SENTRY_*",
                    "NEXT_PUBLIC_SENTRY_*"
                ]
            }
        }
    },
    {
        "file": "rules/vendors/stripe.yml",
        "rule": {
            "id": "stripe",
            "name": "Stripe",
            "domain": "stripe.com",
            "category": "payments",
            "verified": "2026-11-26",
            "plans": [
                "pay-as-you-go",
                "foundations",
                "expansion",
                "scale"
            ],
            "sources": {
                "security": {
                    "url": "https://docs.stripe.com/security/guide",
                    "title": "Stripe docs: Integration security guide",
                    "kind": "primary"
                },
                "fraud": {
                    "url": "https://docs.stripe.com/disputes/prevention/advanced-fraud-detection",
                    "title": "Stripe docs: Advanced fraud detection",
                    "kind": "primary"
                },
                "bundled": {
                    "url": "https://docs.stripe.com/bundled-pricing/terms",
                    "title": "Stripe docs: Pricing and cancellation terms for Stripe Foundations, Expansion, and Scale plans",
                    "kind": "primary"
                },
                "legal-review": {
                    "url": "https://github.com/ThomasMoreAI/legal-skills-open/blob/3dd1e52/eu/data-protection/skills/privacy-vendor-review-clemensjl/references/vendors.md",
                    "title": "ThomasMoreAI legal-skills-open vendor snapshot (2026-08-05; \"a lead, not a finding\")",
                    "kind": "secondary",
                    "date": "2026-08-05"
                },
                "trust-probe": {
                    "url": "https://raw.githubusercontent.com/api-evangelist/stripe/refs/heads/main/security/stripe-trust-center.yml",
                    "title": "API Evangelist summary of Stripe's trust centre (generated 2026-07-14)",
                    "kind": "secondary"
                }
            },
            "facts": {
                "role": {
                    "status": "unclear",
                    "source": "legal-review",
                    "quote": "processor ... and controller",
                    "note": "Secondary fragment: Stripe acts as a processor for some processing and as a controller for other processing (e.g. fraud prevention), so neither value fits the whole service. Stripe's own DPA was not read."
                },
                "hosting.regions": {
                    "status": "unclear",
                    "source": "legal-review",
                    "quote": "Default processing geography: UNVERIFIED ... no EU-only option was found",
                    "note": "Secondary only; no Stripe statement on where data is stored was read."
                },
                "dpa.plans": {
                    "status": "unclear",
                    "source": "legal-review",
                    "note": "Stripe's privacy centre links a Data Processing Agreement and a Data Transfer Addendum, but their text and plan scope were not read; a secondary review reports a DPA updated 18.11.2025."
                },
                "ai-training": {
                    "value": "yes",
                    "status": "confirmed",
                    "source": "fraud",
                    "quote": "Stripe Radar helps detect and block fraud for any type of business using machine learning that trains on data across millions of global companies. It’s built into Stripe and requires no additional setup to get started",
                    "note": "Re-checked in full (the research note had an ellipsis); Radar docs add \"Radar uses data from the Stripe network to detect and block fraudulent transactions across integrations.\" This is fraud-detection machine learning, not generative AI. No opt-out was found in the material read; record an assurance if Stripe has given you one."
                },
                "retention.deletion-after-termination-days": {
                    "value": 1825,
                    "status": "unclear",
                    "source": "legal-review",
                    "quote": "Five or more years from the end of the business relationship",
                    "note": "Secondary only; expressed as 5 x 365 days as a lower bound. Stripe keeps some data for legal and regulatory reasons after the relationship ends."
                },
                "certifications": {
                    "value": [
                        "pci-dss"
                    ],
                    "status": "confirmed",
                    "source": "security",
                    "quote": "Stripe is certified annually by an independent PCI Qualified Security Assessor (QSA) as a PCI Level 1 Service Provider meeting all PCI requirements.",
                    "note": "SOC 1 / SOC 2 Type II reports on request and a public SOC 3 are reported only by a secondary summary, so SOC 2 is not listed."
                },
                "transfers.mechanisms": {
                    "value": [
                        "dpf",
                        "scc"
                    ],
                    "status": "unclear",
                    "source": "trust-probe",
                    "quote": "EU-US Data Privacy Framework, note: Includes UK Extension and Swiss-US DPF.",
                    "note": "Secondary only; a secondary review also reports SCC Modules 1 and 2."
                },
                "subprocessors.notice-days": {
                    "value": 30,
                    "status": "unclear",
                    "note": "The research material records \"stripe.com/legal/service-providers, 30 days' notice\" from secondary material without a stored quote."
                }
            },
            "detect": {
                "npm": [
                    "stripe",
                    "@stripe/*"
                ],
                "pypi": [
                    "stripe"
                ],
                "env": [
                    "STRIPE_*",
                    "NEXT_PUBLIC_STRIPE_*"
                ]
            }
        }
    },
    {
        "file": "rules/vendors/supabase.yml",
        "rule": {
            "id": "supabase",
            "name": "Supabase",
            "domain": "supabase.com",
            "aliases": [
                "supabase.io"
            ],
            "category": "database",
            "verified": "2026-10-06",
            "plans": [
                "free",
                "pro",
                "team",
                "enterprise"
            ],
            "sources": {
                "gdpr": {
                    "url": "https://supabase.com/docs/guides/security/gdpr-compliance",
                    "title": "Supabase docs: GDPR compliance and Supabase",
                    "kind": "primary"
                },
                "faq": {
                    "url": "https://supabase.com/legal/privacy-resources/data-residency-and-transfers-faq",
                    "title": "Supabase Data Residency and Transfers FAQ",
                    "kind": "primary",
                    "date": "2026-10-06"
                },
                "regions": {
                    "url": "https://supabase.com/docs/guides/platform/regions",
                    "title": "Supabase docs: Available regions",
                    "kind": "primary"
                },
                "region-list": {
                    "url": "https://github.com/supabase/supabase/blob/master/packages/shared-data/regions.ts",
                    "title": "Supabase region list (supabase/supabase packages/shared-data/regions.ts)",
                    "kind": "primary"
                },
                "dpa": {
                    "url": "https://supabase.com/legal/customer-resources/data-processing-addendum",
                    "title": "Supabase Data Processing Addendum",
                    "kind": "primary"
                },
                "hipaa": {
                    "url": "https://supabase.com/docs/guides/platform/hipaa-projects",
                    "title": "Supabase docs: HIPAA Projects",
                    "kind": "primary"
                },
                "soc2": {
                    "url": "https://supabase.com/docs/guides/security/soc-2-compliance",
                    "title": "Supabase docs: SOC 2 Compliance and Supabase",
                    "kind": "primary"
                },
                "pricing": {
                    "url": "https://supabase.com/pricing",
                    "title": "Supabase pricing (plan comparison data in supabase/supabase packages/shared-data/pricing.ts)",
                    "kind": "primary"
                },
                "audit-logs": {
                    "url": "https://supabase.com/docs/guides/security/platform-audit-logs",
                    "title": "Supabase docs: Platform Audit Logs",
                    "kind": "primary"
                }
            },
            "facts": {
                "role": {
                    "value": "processor",
                    "status": "confirmed",
                    "source": "dpa",
                    "quote": "Supabase acts as a processor/service provider, and Customer as controller/business",
                    "note": "DPA clause 2 (fragment). The full sentence, seen in third-party copies of the current DPA (Version 1, August 1, 2026), continues 'under the Agreement and this DPA.'"
                },
                "hosting.regions": {
                    "value": [
                        "us",
                        "ca",
                        "eu",
                        "uk",
                        "ch",
                        "in",
                        "sg",
                        "jp",
                        "kr",
                        "au",
                        "br"
                    ],
                    "status": "confirmed",
                    "source": "region-list",
                    "note": "There is no default region: each project has one primary region chosen when it is created, so this lists every region Supabase offers (AWS us-west-1, us-east-1, us-east-2, ca-central-1, eu-west-1 Ireland, eu-west-3 Paris, eu-central-1 Frankfurt, eu-north-1 Stockholm, eu-west-2 London, eu-central-2 Zurich, ap-south-1 Mumbai, ap-southeast-1 Singapore, ap-northeast-1 Tokyo, ap-northeast-2 Seoul, ap-southeast-2 Sydney, sa-east-1 Sao Paulo). Declare the service's `region`. The FAQ also says Supabase transfers data to Singapore and the US under SCCs whatever the region."
                },
                "hosting.region-options": {
                    "value": [
                        {
                            "region": "us",
                            "plans": "all"
                        },
                        {
                            "region": "ca",
                            "plans": "all"
                        },
                        {
                            "region": "eu",
                            "plans": "all"
                        },
                        {
                            "region": "uk",
                            "plans": "all"
                        },
                        {
                            "region": "ch",
                            "plans": "all"
                        },
                        {
                            "region": "in",
                            "plans": "all"
                        },
                        {
                            "region": "sg",
                            "plans": "all"
                        },
                        {
                            "region": "jp",
                            "plans": "all"
                        },
                        {
                            "region": "kr",
                            "plans": "all"
                        },
                        {
                            "region": "au",
                            "plans": "all"
                        },
                        {
                            "region": "br",
                            "plans": "all"
                        }
                    ],
                    "status": "confirmed",
                    "source": "regions",
                    "quote": "If your data residency requirements call for data to stay within a specific jurisdiction, choose a specific region rather than a general region grouping.",
                    "note": "For the EU pick a specific region (Frankfurt, Ireland, Paris; Stockholm is also listed): the general 'Europe' grouping also includes London (UK) and Zurich (Switzerland). No plan restriction on region choice is stated in the pricing data or the regions page."
                },
                "hosting.region-fixed-at-creation": {
                    "value": true,
                    "status": "confirmed",
                    "source": "faq",
                    "quote": "Your database is hosted in the AWS region you select when you create your project.",
                    "note": "The regions page adds that moving region means creating a new project; remediation must say so."
                },
                "hosting.processing-anywhere": {
                    "value": true,
                    "status": "confirmed",
                    "source": "faq",
                    "quote": "Q: Does Supabase guarantee my data never leaves my selected region? A: No.",
                    "note": "The GDPR guide pins only the primary Postgres database, Auth service and Storage objects to the region; backups, logs and sub-processors (the FAQ names transfers to Singapore and the US) can be elsewhere."
                },
                "hosting.providers": {
                    "value": [
                        "Amazon Web Services"
                    ],
                    "status": "confirmed",
                    "source": "faq",
                    "quote": "Your database is hosted in the AWS region you select when you create your project.",
                    "note": "Third-party copies of Supabase's sub-processor list (June 1, 2026) also name Cloudflare, Google, Fly.io and Vercel for hosting services; not re-read from the Supabase PDF."
                },
                "transfers.mechanisms": {
                    "value": [
                        "scc"
                    ],
                    "status": "confirmed",
                    "source": "faq",
                    "quote": "Supabase transfers data to Singapore and to the US under the Standard Contractual Clauses (SCCs), as incorporated in our DPA.",
                    "note": "UK Addendum and Swiss adaptations are reported by third-party DPA reviews only; no DPF claim was found."
                },
                "dpa.plans": {
                    "value": "all",
                    "status": "confirmed",
                    "source": "gdpr",
                    "quote": "If you need a formal data processing contract under GDPR, Supabase provides a Data Processing Agreement (DPA).",
                    "note": "No plan condition is attached to the DPA (unlike the SOC 2 report and HIPAA add-on). Several independent third-party copies quote Terms of Service 7(b): 'The Parties agree to comply with the Data Processing Addendum, which is incorporated into this Agreement.'"
                },
                "baa.plans": {
                    "value": [
                        "team",
                        "enterprise"
                    ],
                    "status": "confirmed",
                    "source": "pricing",
                    "quote": "Available as a paid add-on on Team Plan and above.",
                    "note": "HIPAA row of the pricing comparison. The HIPAA docs add: 'Organizations must have a signed BAA with Supabase and have the Health Insurance Portability and Accountability Act (HIPAA) add-on enabled when dealing with PHI.'"
                },
                "ai-training": {
                    "status": "unclear",
                    "note": "No AI/ML training statement found. The DPA (3.3, fragment) prohibits 'retaining, using, or disclosing Covered Data for any purpose other than for the business purposes specified in the Agreement', which is not an explicit training commitment."
                },
                "retention.deletion-after-termination-days": {
                    "value": 30,
                    "status": "confirmed",
                    "source": "faq",
                    "quote": "If you delete your project, any Customer Data is deleted within 30 days.",
                    "note": "DPA 11.2 (fragment): 'On expiry of the Retention Period, Supabase shall delete all copies of Covered Data'; the Retention Period is 30 days after the Agreement expires (definition not re-read verbatim)."
                },
                "certifications": {
                    "value": [
                        "soc2-type2",
                        "iso27001"
                    ],
                    "status": "confirmed",
                    "source": "faq",
                    "quote": "Supabase is ISO 27001 and SOC 2 certified",
                    "note": "SOC 2 type from the SOC 2 guide: 'Supabase is Systems and Organization Controls 2 (SOC 2) Type 2 compliant and is assessed annually'. The report is available to Team (and Enterprise) customers."
                },
                "subprocessors.notice-days": {
                    "value": 30,
                    "status": "confirmed",
                    "source": "dpa",
                    "quote": "at least thirty (30) days' notice of any proposed changes to the Authorized Sub-processors",
                    "note": "DPA 6.3 (fragment). The notice is conditional: the clause begins 'If Customer subscribes to receive such updates'; the objection window is five days. Subscribe on the sub-processor list page."
                },
                "features": {
                    "value": {
                        "audit-logs": [
                            "team",
                            "enterprise"
                        ],
                        "sso": [
                            "team",
                            "enterprise"
                        ],
                        "sla": [
                            "enterprise"
                        ],
                        "dedicated-support": [
                            "enterprise"
                        ]
                    },
                    "status": "confirmed",
                    "source": "pricing",
                    "note": "From the pricing comparison table: dashboard 'Audit trails' Team and Enterprise (the audit-logs guide: 'Platform Audit Logs are only available on the Team and Enterprise plans.'); 'SSO' Team and Enterprise ('Contact Us'); 'Uptime SLAs' Enterprise only (Team has an email support SLA); 'Designated support' Enterprise only."
                }
            },
            "detect": {
                "npm": [
                    "@supabase/*"
                ],
                "pypi": [
                    "supabase"
                ],
                "env": [
                    "SUPABASE_*",
                    "NEXT_PUBLIC_SUPABASE_*"
                ]
            }
        }
    },
    {
        "file": "rules/vendors/vercel.yml",
        "rule": {
            "id": "vercel",
            "name": "Vercel",
            "domain": "vercel.com",
            "category": "hosting",
            "verified": "2026-02-27",
            "plans": [
                "hobby",
                "pro",
                "enterprise"
            ],
            "sources": {
                "functions-region": {
                    "url": "https://vercel.com/docs/functions/configuring-functions/region",
                    "title": "Vercel docs: Configuring regions for Vercel Functions",
                    "kind": "primary",
                    "date": "2026-02-27"
                },
                "dpa": {
                    "url": "https://vercel.com/legal/dpa",
                    "title": "Vercel Data Processing Addendum",
                    "kind": "primary"
                },
                "dpa-2023": {
                    "url": "https://vercel-site.vercel.sh/legal/dpa",
                    "title": "Vercel Data Processing Addendum (version last updated March 31, 2023)",
                    "kind": "primary",
                    "date": "2023-03-31"
                },
                "security": {
                    "url": "https://vercel.com/docs/security",
                    "title": "Vercel docs: Security",
                    "kind": "primary",
                    "date": "2023-06-07"
                },
                "slack-listing": {
                    "url": "https://slack.com/marketplace/A024HTHQZ47-vercel",
                    "title": "Vercel app listing in the Slack Marketplace (vendor-submitted answers)",
                    "kind": "secondary"
                },
                "legal-review": {
                    "url": "https://github.com/ThomasMoreAI/legal-skills-open/blob/3dd1e52/eu/data-protection/skills/privacy-vendor-review-clemensjl/references/vendors.md",
                    "title": "ThomasMoreAI legal-skills-open vendor snapshot (2026-08-05; \"a lead, not a finding\")",
                    "kind": "secondary",
                    "date": "2026-08-05"
                }
            },
            "facts": {
                "role": {
                    "value": "processor",
                    "status": "confirmed",
                    "source": "dpa-2023",
                    "quote": "insofar as Vercel is acting as a processor on behalf of Customer",
                    "note": "Fragment of the 2023 DPA version; the current DPA text was not stored."
                },
                "hosting.regions": {
                    "value": [
                        "us"
                    ],
                    "status": "unclear",
                    "source": "slack-listing",
                    "quote": "Data center location(s) United States",
                    "note": "Vendor-submitted marketplace answer, treated as secondary. Vercel's own docs say only where functions run by default (\"By default, Vercel Functions execute in Washington, D.C., USA (iad1) for all new projects\"), which is compute, not storage. The function region is configurable, but no EU storage residency option was found (a secondary review: \"No EU residency guarantee in the DPA\")."
                },
                "hosting.processing-anywhere": {
                    "value": true,
                    "status": "confirmed",
                    "source": "dpa",
                    "quote": "Backups are globally replicated for resiliency against regional disasters and periodically tested by the Vercel engineering team.",
                    "note": "DPA technical and organisational measures annex. Static content is also cached in Vercel's global CDN."
                },
                "hosting.providers": {
                    "value": [
                        "Amazon Web Services",
                        "Microsoft Azure",
                        "Google Cloud Platform"
                    ],
                    "status": "confirmed",
                    "source": "dpa",
                    "quote": "The Services operate on Amazon Web Services (“AWS”), Microsoft Azure (“Azure”), and Google Cloud Platform (“GCP”) and are protected by the security and environmental controls of Amazon and Google, respectively."
                },
                "dpa.plans": {
                    "status": "unclear",
                    "source": "dpa-2023",
                    "quote": "This Addendum shall become legally binding upon Customer entering into the Agreement.",
                    "note": "The 2023 version is framed around the Vercel Enterprise Order Form and Enterprise Terms; whether the current DPA covers Hobby and Pro was not established (a secondary source says the current DPA was updated 17.03.2026)."
                },
                "baa.plans": {
                    "status": "unclear",
                    "note": "Only a \"HIPAA\" keyword from an automated probe of Vercel's trust centre (secondary); no BAA or plan statement was read."
                },
                "retention.deletion-after-termination-days": {
                    "status": "unclear",
                    "source": "slack-listing",
                    "quote": "Upon termination, Customer Data is deleted within a commercially reasonable timeframe unless legally required to retain it.",
                    "note": "Vendor-submitted marketplace answer; no number of days."
                },
                "certifications": {
                    "value": [
                        "soc2-type2",
                        "iso27001"
                    ],
                    "status": "confirmed",
                    "source": "security",
                    "quote": "Vercel has a SOC 2 Type 2 attestation for Security, Confidentiality, and Availability.",
                    "note": "Same page (last updated June 7, 2023): 'Vercel is ISO 27001:2013 certified.' Both statements are from 2023; a secondary keyword probe also mentions PCI DSS."
                },
                "transfers.mechanisms": {
                    "value": [
                        "scc",
                        "dpf"
                    ],
                    "status": "unclear",
                    "source": "legal-review",
                    "quote": "SCC Modules 1,2,3; privacy notice asserts DPF",
                    "note": "Secondary only (paraphrase)."
                }
            },
            "detect": {
                "npm": [
                    "@vercel/analytics",
                    "@vercel/speed-insights",
                    "@vercel/blob",
                    "@vercel/postgres"
                ],
                "env": [
                    "VERCEL_*"
                ]
            }
        }
    }
];

;// CONCATENATED MODULE: ./src/catalogue/load.ts







const RULE_FILE = /\.ya?ml$/;
/** Load the bundled rules and any local ones; a local rule with a bundled id replaces it. */
async function loadCatalogue(options) {
    const errors = [];
    const rules = new Map();
    // Bundled rules come prevalidated from the build (scripts/generate.mjs); the catalogue tests
    // validate every rules/vendors file and check the generated data matches it.
    for (const { file, rule } of BUNDLED_RULES)
        rules.set(rule.id, { rule, origin: 'bundled', file });
    const { workspace, localDir } = options;
    if (workspace && localDir) {
        const stats = (0,external_node_fs_.statSync)(localDir, { throwIfNoEntry: false });
        if (stats && !stats.isDirectory()) {
            errors.push({
                message: 'the rules path is not a folder',
                location: (0,config_error/* fileStart */.NY)(displayPath(workspace, localDir)),
            });
        }
        const files = stats?.isDirectory() ? ruleFiles(localDir) : [];
        // Validating a rule needs the largest generated validator: load it only when there are local rules.
        const { loadRule } = files.length > 0 ? await __nccwpck_require__.e(/* import() */ 702).then(__nccwpck_require__.bind(__nccwpck_require__, 2702)) : { loadRule: undefined };
        if (loadRule) {
            for (const name of files) {
                const absolute = (0,external_node_path_.join)(localDir, name);
                const shown = displayPath(workspace, absolute);
                let text;
                try {
                    text = readWorkspaceFile(workspace, absolute);
                }
                catch (error) {
                    if (!(error instanceof config_error/* ConfigErrors */.mS))
                        throw error;
                    errors.push(...error.errors); // report every bad rule file, not just the first
                    continue;
                }
                const loaded = loadRule(shown, text, 'local', options.today, errors);
                if (!loaded)
                    continue;
                const bundled = rules.get(loaded.rule.id);
                if (bundled?.origin === 'local') {
                    errors.push({
                        message: `vendor '${loaded.rule.id}' is also defined in ${bundled.file}`,
                        location: (0,yaml_source/* locate */.x5)(loaded.source, ['id']),
                    });
                    continue;
                }
                if (bundled)
                    loaded.replaces = bundled.file;
                rules.set(loaded.rule.id, loaded);
            }
        }
        else if (options.localDirRequired && !stats) {
            errors.push({
                message: 'the rules folder does not exist',
                location: (0,config_error/* fileStart */.NY)(displayPath(workspace, localDir)),
            });
        }
    }
    if (errors.length > 0)
        throw new config_error/* ConfigErrors */.mS(errors);
    return new Catalogue([...rules.values()]);
}
function ruleFiles(dir) {
    return (0,external_node_fs_.readdirSync)(dir)
        .filter((name) => RULE_FILE.test(name))
        .sort();
}

// EXTERNAL MODULE: ./src/compare.ts
var compare = __nccwpck_require__(5344);
;// CONCATENATED MODULE: ./src/checks/types.ts
/** Check areas, in the order the report's table shows them. */
const AREAS = [
    'vendor',
    'residency',
    'agreements',
    'hipaa',
    'ai-training',
    'retention',
    'certifications',
    'subprocessors',
    'features',
    'rules',
    'inventory',
    'waiver',
    'policy',
];
/** True/false when the plan list decides it; undefined when we do not know the service's plan. */
function onPlan(plans, plan) {
    if (plans === 'all')
        return true;
    if (plans === 'none')
        return false;
    if (plan === undefined)
        return undefined;
    return plans.includes(plan);
}
/** What every finding about one service shares: which service, its vendor, the evidence, and where it points. */
function aboutService(context, evidence, field = 'vendor') {
    return {
        service: context.index,
        vendor: context.loaded.rule.id,
        evidence,
        at: { path: ['services', context.index, field] },
    };
}

;// CONCATENATED MODULE: ./src/checks/wording.ts
const REGION_NAMES = {
    eu: 'the EU/EEA',
    uk: 'the UK',
    ch: 'Switzerland',
    us: 'the US',
    ca: 'Canada',
    au: 'Australia',
    jp: 'Japan',
    sg: 'Singapore',
    in: 'India',
    br: 'Brazil',
    kr: 'South Korea',
};
function regionName(region) {
    return REGION_NAMES[region];
}
/** `a`, `a or b`, `a, b or c`. */
function orList(items) {
    return joinList(items, 'or');
}
function andList(items) {
    return joinList(items, 'and');
}
function joinList(items, word) {
    if (items.length <= 1)
        return items[0] ?? '';
    return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}
function regionList(regions, word = 'or') {
    return joinList(regions.map(regionName), word);
}
function planList(plans) {
    return `${orList(plans)} plan${plans.length > 1 ? 's' : ''}`;
}

;// CONCATENATED MODULE: ./src/checks/alternatives.ts

/** A confirmed fact's value, or undefined: alternatives are suggested only on confirmed facts. */
function confirmed(rule, key) {
    const fact = rule.facts[key];
    return fact?.status === 'confirmed' ? fact.value : undefined;
}
function sameCategory(catalogue, rule) {
    return catalogue.rules.map((r) => r.rule).filter((r) => r.category === rule.category && r.id !== rule.id);
}
function describePlans(plans) {
    return plans === 'all'
        ? 'all plans'
        : plans === 'none'
            ? 'no plan'
            : `${orList(plans)} plan${plans.length > 1 ? 's' : ''}`;
}
function sentence(lead, names) {
    return names.length > 0 ? ` ${lead}: ${names.join('; ')}.` : '';
}
/** Catalogued vendors of the same category whose confirmed facts let them store data in an allowed region. */
function residencyAlternatives(catalogue, rule, allowed) {
    const names = sameCategory(catalogue, rule).flatMap((other) => {
        const defaults = (confirmed(other, 'hosting.regions') ?? []).filter((r) => allowed.includes(r));
        const options = (confirmed(other, 'hosting.region-options') ?? []).filter((o) => allowed.includes(o.region));
        if (options.length > 0)
            return [`${other.name} (${options.map((o) => `${o.region} on ${describePlans(o.plans)}`).join(', ')})`];
        if (defaults.length > 0)
            return [`${other.name} (${defaults.join(', ')} by default)`];
        return [];
    });
    return sentence(`Catalogued ${rule.category} vendors that can store data in ${regionList(allowed)}`, names);
}
/** Catalogued vendors of the same category that confirm an agreement (DPA or BAA) on some plan. */
function agreementAlternatives(catalogue, rule, agreement) {
    const key = agreement === 'dpa' ? 'dpa.plans' : 'baa.plans';
    const names = sameCategory(catalogue, rule).flatMap((other) => {
        const plans = confirmed(other, key);
        return plans && plans !== 'none' ? [`${other.name} (${describePlans(plans)})`] : [];
    });
    return sentence(`Catalogued ${rule.category} vendors that offer a ${agreement.toUpperCase()}`, names);
}
/** Catalogued vendors of the same category that confirm they do not train on customer data (or only with consent). */
function aiTrainingAlternatives(catalogue, rule) {
    const names = sameCategory(catalogue, rule).flatMap((other) => {
        const value = confirmed(other, 'ai-training');
        return value === 'none' || value === 'opt-in' ? [`${other.name} (${value})`] : [];
    });
    return sentence(`Catalogued ${rule.category} vendors that do not train on customer data`, names);
}

;// CONCATENATED MODULE: ./src/checks/agreements.ts



const agreements = {
    area: 'agreements',
    checks: [
        {
            id: 'agreements.dpa-missing',
            area: 'agreements',
            severity: 'error',
            description: 'A DPA is required; the vendor offers one on the plan (or it cannot be verified), and the service has not signed it.',
            help: "Sign the vendor's Data Processing Agreement and add `dpa` to the service's `agreements`.",
        },
        {
            id: 'agreements.dpa-unavailable',
            area: 'agreements',
            severity: 'error',
            description: "A DPA is required and the vendor offers none on the service's plan.",
            help: 'Move to a plan that includes a DPA, negotiate one, or choose another vendor.',
        },
    ],
    evaluate(ctx) {
        const { service, loaded } = ctx;
        if (!ctx.requirements.agreements?.includes('dpa') || ctx.data.length === 0)
            return [];
        if (service.agreements?.includes('dpa'))
            return [];
        const name = loaded.rule.name;
        const fact = ctx.fact('dpa.plans');
        const base = aboutService(ctx, [fact.evidence]);
        const plan = service.plan;
        const offered = fact.known ? onPlan(fact.value, plan) : undefined;
        if (offered === false) {
            const plans = Array.isArray(fact.value) ? fact.value : [];
            return [
                {
                    ...base,
                    check: 'agreements.dpa-unavailable',
                    message: plans.length > 0
                        ? `A DPA is required, and ${name} offers one only on the ${planList(plans)}; this service is on ${plan}.`
                        : `A DPA is required, and ${name} offers none.`,
                    remediation: plans.length > 0
                        ? `Move this service to the ${planList(plans)} and sign ${name}'s DPA, or choose another vendor.`
                        : `Choose a vendor that signs a DPA, or negotiate one with ${name} and record it in agreements.${agreementAlternatives(ctx.catalogue, loaded.rule, 'dpa')}`,
                },
            ];
        }
        return [
            {
                ...base,
                check: 'agreements.dpa-missing',
                message: offered === true
                    ? `A DPA is required; ${name} offers one on the ${plan ?? 'current'} plan, but this service has not recorded it as signed.`
                    : `A DPA is required and this service has not recorded one as signed; whether ${name} offers a DPA on the ${plan ?? 'current'} plan cannot be verified.`,
                remediation: `Sign ${name}'s DPA and add dpa to this service's agreements.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/checks/ai-training.ts


const aiTraining = {
    area: 'ai-training',
    checks: [
        {
            id: 'ai-training.vendor-trains',
            area: 'ai-training',
            severity: 'error',
            description: 'AI training is forbidden and the vendor trains AI on customer data.',
            help: 'Choose a vendor that commits not to train on customer data, or obtain a written commitment and record it as an assurance.',
        },
        {
            id: 'ai-training.opt-out-required',
            area: 'ai-training',
            severity: 'error',
            description: 'AI training is forbidden; the vendor trains unless the customer opts out, and the service has not recorded the opt-out.',
            help: "Opt out in the vendor's settings and add `ai-training` to the service's `opted-out`.",
        },
        {
            id: 'ai-training.unverified',
            area: 'ai-training',
            severity: 'warning',
            description: 'AI training is forbidden; whether the vendor trains on customer data is unknown and no assurance is recorded.',
            help: 'Ask the vendor for a written no-training commitment and record it as an assurance (fact: ai-training, value: none).',
        },
    ],
    evaluate(ctx) {
        const { service, loaded } = ctx;
        if (ctx.requirements['ai-training'] !== 'forbidden' || ctx.data.length === 0)
            return [];
        const name = loaded.rule.name;
        const fact = ctx.fact('ai-training');
        const base = aboutService(ctx, [fact.evidence]);
        if (!fact.known) {
            return [
                {
                    ...base,
                    check: 'ai-training.unverified',
                    message: `AI training on users' data is forbidden, and cannot be verified for ${name}: its public documents make no commitment either way.`,
                    remediation: `Ask ${name} for a written commitment not to train AI on your users' data, and record it as an assurance (fact: ai-training, value: none) with its evidence.`,
                },
            ];
        }
        if (fact.value === 'yes') {
            return [
                {
                    ...base,
                    check: 'ai-training.vendor-trains',
                    message: `AI training on users' data is forbidden, and ${name} trains AI on customer data.`,
                    remediation: `Stop sending personal data to ${name}, or obtain a contractual no-training commitment and record it as an assurance.${aiTrainingAlternatives(ctx.catalogue, loaded.rule)}`,
                },
            ];
        }
        if (fact.value === 'opt-out' && !service['opted-out']?.includes('ai-training')) {
            return [
                {
                    ...base,
                    check: 'ai-training.opt-out-required',
                    message: `AI training on users' data is forbidden; ${name} trains on customer data unless you opt out, and this service has not recorded the opt-out.`,
                    remediation: `Opt out of AI training in ${name}'s settings, then add ai-training to this service's opted-out list.`,
                },
            ];
        }
        return [];
    },
};

;// CONCATENATED MODULE: ./src/checks/certifications.ts


const certifications = {
    area: 'certifications',
    checks: [
        {
            id: 'certifications.missing',
            area: 'certifications',
            severity: 'error',
            description: 'No confirmed fact shows the vendor holds a required certification.',
            help: "Obtain the vendor's certificate or report and record it as an assurance, or choose a certified vendor.",
        },
    ],
    evaluate(ctx) {
        const required = ctx.requirements.certifications ?? [];
        if (required.length === 0)
            return [];
        const { loaded } = ctx;
        const name = loaded.rule.name;
        const fact = ctx.fact('certifications');
        const held = fact.known ? (fact.value ?? []) : [];
        const missing = required.filter((c) => !held.includes(c));
        if (missing.length === 0)
            return [];
        return [
            {
                check: 'certifications.missing',
                ...aboutService(ctx, [fact.evidence]),
                message: fact.known
                    ? `Required ${andList(missing)}: no confirmed fact shows ${name} holds ${missing.length > 1 ? 'them' : 'it'} (it confirms: ${held.length > 0 ? andList(held) : 'none'}).`
                    : `Required ${andList(missing)}: ${name}'s certifications cannot be verified.`,
                remediation: `Obtain ${name}'s ${andList(missing)} evidence and record it as an assurance (fact: certifications), or choose a vendor that holds ${missing.length > 1 ? 'them' : 'it'}.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/checks/engine-checks.ts
/**
 * Checks the engine itself raises, because they concern the manifest as a whole rather than one
 * service's facts: vendors with no rule, waivers, the code inventory and the policy comparison.
 */
const ENGINE_CHECKS = [
    {
        id: 'vendor.unknown',
        area: 'vendor',
        severity: 'unknown-vendors',
        description: 'No bundled or local rule exists for the vendor.',
        help: 'Add a local rule for the vendor under the rules folder (input `rules`), citing its documents, or fix the vendor name.',
    },
    {
        id: 'vendor.confusable',
        area: 'vendor',
        severity: 'error',
        description: 'The vendor named is a known look-alike of a catalogued vendor (clerk.io vs clerk.com).',
        help: "Use the catalogued vendor's id if you meant it; otherwise add a local rule for the vendor you really use.",
    },
    {
        id: 'inventory.undeclared',
        area: 'inventory',
        severity: 'error',
        description: "The code depends on a catalogued vendor's SDK (or sets its env key), but no service declares that vendor.",
        help: 'Declare the vendor under `services` with its plan, purpose and data, or remove the dependency.',
    },
    {
        id: 'inventory.optional',
        area: 'inventory',
        severity: 'notice',
        description: "An undeclared vendor's env key appears only commented out in an env example (an optional integration).",
        help: 'If the integration is switched on in production, declare the vendor under `services`.',
    },
    {
        id: 'inventory.unused',
        area: 'inventory',
        severity: 'notice',
        description: 'A declared vendor with detect patterns has no trace in the code.',
        help: 'Remove the service if it is no longer used, or ignore this notice if the vendor is used without an SDK.',
    },
    {
        id: 'waiver.expired',
        area: 'waiver',
        severity: 'error',
        description: "A waiver's `expires` date has passed; the finding it covered is reported unwaived.",
        help: 'Resolve the finding, or renew the waiver with a new approval and expiry.',
    },
    {
        id: 'waiver.unused',
        area: 'waiver',
        severity: 'notice',
        description: 'A waiver matches no finding.',
        help: 'Remove the waiver: what it covered no longer applies.',
    },
    {
        id: 'policy.weakened',
        area: 'policy',
        severity: 'warning',
        description: "On a pull request, the head manifest's requirements are weaker than the base branch's.",
        help: 'Make sure the relaxation is intended and approved by whoever owns the policy.',
    },
];

;// CONCATENATED MODULE: ./src/checks/features.ts


const features = {
    area: 'features',
    checks: [
        {
            id: 'features.plan',
            area: 'features',
            severity: 'error',
            description: "A required feature is not on the service's plan (or cannot be verified).",
            help: 'Move to a plan that includes the feature, or record an assurance that it is provided.',
        },
    ],
    evaluate(ctx) {
        const required = ctx.requirements.features ?? [];
        if (required.length === 0)
            return [];
        const { loaded, service } = ctx;
        const name = loaded.rule.name;
        const fact = ctx.fact('features');
        const findings = [];
        for (const feature of required) {
            const plans = fact.known ? fact.value?.[feature] : undefined;
            if (plans !== undefined && onPlan(plans, service.plan) === true)
                continue;
            const base = {
                check: 'features.plan',
                ...aboutService(ctx, [fact.evidence], 'plan'),
            };
            if (plans === undefined) {
                findings.push({
                    ...base,
                    message: `Required feature ${feature} cannot be verified for ${name}: its rule does not say which plans include it.`,
                    remediation: `Check whether ${name} provides ${feature} on the ${service.plan ?? 'current'} plan and record it as an assurance (fact: features).`,
                });
            }
            else {
                const list = plans === 'all' ? [] : plans;
                findings.push({
                    ...base,
                    message: `Required feature ${feature} is on ${name}'s ${planList(list)}, not on ${service.plan ?? 'an unstated plan'}.`,
                    remediation: `Move this service to the ${planList(list)}.`,
                });
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/checks/hipaa.ts



const hipaa = {
    area: 'hipaa',
    checks: [
        {
            id: 'hipaa.baa-missing',
            area: 'hipaa',
            severity: 'error',
            description: 'The service receives health data; a BAA is available on its plan (or it cannot be verified), and none is signed.',
            help: "Sign the vendor's Business Associate Agreement and add `baa` to the service's `agreements`.",
        },
        {
            id: 'hipaa.baa-plan',
            area: 'hipaa',
            severity: 'error',
            description: "The service receives health data; the vendor's BAA needs a plan the service is not on.",
            help: 'Move to the plan that includes a BAA and sign it, or stop sending health data to this vendor.',
        },
        {
            id: 'hipaa.baa-unavailable',
            area: 'hipaa',
            severity: 'error',
            description: 'The service receives health data and the vendor offers no BAA.',
            help: 'Stop sending protected health information to this vendor, or choose one that signs a BAA.',
        },
    ],
    evaluate(ctx) {
        const { service, loaded } = ctx;
        // Health data needs a BAA; so does a project that requires one of every processor.
        const needed = ctx.data.includes('health') || (ctx.requirements.agreements?.includes('baa') && ctx.data.length > 0);
        if (!needed || service.agreements?.includes('baa'))
            return [];
        const name = loaded.rule.name;
        const why = ctx.data.includes('health')
            ? 'This service receives health data, which needs a signed BAA'
            : 'A BAA is required';
        const fact = ctx.fact('baa.plans');
        const base = aboutService(ctx, [fact.evidence]);
        const plan = service.plan;
        if (fact.known && fact.value === 'none') {
            return [
                {
                    ...base,
                    check: 'hipaa.baa-unavailable',
                    message: `${why}, and ${name} offers no BAA on any plan.`,
                    remediation: `Stop sending protected health information to ${name}, or choose a vendor that signs a BAA.${agreementAlternatives(ctx.catalogue, loaded.rule, 'baa')}`,
                },
            ];
        }
        const offered = fact.known ? onPlan(fact.value, plan) : undefined;
        if (offered === false && Array.isArray(fact.value)) {
            return [
                {
                    ...base,
                    check: 'hipaa.baa-plan',
                    message: `${why}; ${name} offers a BAA only on the ${planList(fact.value)}, and this service is on ${plan}.`,
                    remediation: `Move this service to the ${planList(fact.value)} and sign ${name}'s BAA, or stop sending health data to it.`,
                },
            ];
        }
        return [
            {
                ...base,
                check: 'hipaa.baa-missing',
                message: offered === true
                    ? `${why}; ${name} offers one on the ${plan ?? 'current'} plan, but none is recorded as signed.`
                    : `${why}; none is recorded as signed, and whether ${name} offers a BAA on the ${plan ?? 'current'} plan cannot be verified.`,
                remediation: `Sign ${name}'s BAA and add baa to this service's agreements.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/checks/residency.ts



/** Mechanisms that make a transfer out of each origin region lawful (SPEC §3). */
const MECHANISMS_FOR = {
    eu: ['dpf', 'scc'],
    uk: ['uk-addendum', 'dpf'],
    ch: ['swiss-addendum', 'dpf'],
};
const MECHANISM_NAMES = {
    dpf: 'the Data Privacy Framework',
    scc: 'Standard Contractual Clauses',
    'uk-addendum': 'the UK Addendum',
    'swiss-addendum': 'the Swiss Addendum',
};
const residency = {
    area: 'residency',
    checks: [
        {
            id: 'residency.outside-allowed',
            area: 'residency',
            severity: 'error',
            description: 'Transfers are forbidden, and the vendor stores data outside the allowed regions with no allowed region the service can use.',
            help: 'Choose a vendor that can host in an allowed region, or record a waiver with the approval that allows the transfer.',
        },
        {
            id: 'residency.region-not-selected',
            area: 'residency',
            severity: 'error',
            description: "The vendor offers an allowed region on the service's plan, but the service's region is not one.",
            help: "Select an allowed region in the vendor's settings and record it as the service's `region`.",
        },
        {
            id: 'residency.region-plan',
            area: 'residency',
            severity: 'error',
            description: 'An allowed region exists only on plans the service is not on.',
            help: 'Move to a plan that offers an allowed region, then select it.',
        },
        {
            id: 'residency.processing-anywhere',
            area: 'residency',
            severity: 'warning',
            description: 'Transfers are forbidden; storage is in an allowed region, but the vendor reserves the right to process data anywhere.',
            help: 'Ask the vendor for a written commitment to process only in the allowed regions, and record it as an assurance.',
        },
        {
            id: 'residency.unsafeguarded-transfer',
            area: 'residency',
            severity: 'error',
            description: 'Transfers are safeguarded; data leaves the allowed regions and the vendor names no mechanism for them.',
            help: 'Sign a transfer mechanism with the vendor (SCCs, UK Addendum, Swiss Addendum) and record it as an assurance, or choose another vendor.',
        },
        {
            id: 'residency.transfer-safeguarded',
            area: 'residency',
            severity: 'notice',
            description: 'Transfers are safeguarded; data leaves the allowed regions under the named mechanisms.',
            help: 'Nothing to do; keep the transfer mechanism listed in your records of processing.',
        },
        {
            id: 'residency.unverified',
            area: 'residency',
            severity: 'warning',
            description: 'The hosting facts needed to decide residency are unknown.',
            help: "Ask the vendor where it stores data and record the answer as an assurance, or add the fact to the vendor's rule with a source.",
        },
    ],
    evaluate: evaluateResidency,
};
function evaluateResidency(ctx) {
    const residency = ctx.requirements.residency;
    if (!residency || ctx.data.length === 0)
        return [];
    const allowed = residency.regions;
    const transfers = residency.transfers ?? 'forbidden';
    const { service, loaded, index } = ctx;
    const name = loaded.rule.name;
    const plan = service.plan;
    const finding = (check, message, remediation, evidence, field = 'vendor') => ({
        check,
        service: index,
        vendor: loaded.rule.id,
        message,
        remediation,
        evidence,
        at: {
            path: ['services', index, service.region !== undefined && field === 'region' ? 'region' : 'vendor'],
        },
    });
    const defaults = ctx.fact('hosting.regions');
    const options = ctx.fact('hosting.region-options');
    const evidence = [defaults.evidence];
    if (!defaults.known) {
        return [
            finding('residency.unverified', `Cannot verify where ${name} stores data: its rule has no confirmed hosting regions. Required: ${regionList(allowed)}.`, `Ask ${name} where it stores your users' data and record the answer as an assurance (fact: hosting.regions), with its evidence.`, evidence),
        ];
    }
    const defaultRegions = defaults.value ?? [];
    const offered = options.known ? (options.value ?? []) : [];
    const onThisPlan = offered.filter((o) => onPlan(o.plans, plan) === true).map((o) => o.region);
    const selectable = new Set([...defaultRegions, ...onThisPlan]);
    // Where the data is stored: the region the service chose, if the vendor offers it; else the default.
    let stored = defaultRegions;
    let note = '';
    if (service.region !== undefined) {
        if (selectable.has(service.region))
            stored = [service.region];
        else {
            const otherPlans = offered.find((o) => o.region === service.region);
            note = otherPlans
                ? ` The manifest says region: ${service.region}, but ${name} offers ${regionName(service.region)} only on the ${planList(otherPlans.plans === 'all' ? [] : otherPlans.plans)}.`
                : ` The manifest says region: ${service.region}, but ${name}'s rule offers no such region.`;
        }
    }
    const outside = stored.filter((r) => !allowed.includes(r));
    if (outside.length === 0) {
        if (transfers !== 'forbidden')
            return [];
        const anywhere = ctx.fact('hosting.processing-anywhere');
        if (anywhere.known && anywhere.value === true) {
            return [
                finding('residency.processing-anywhere', `${name} stores this service's data in ${regionList(stored)}, but reserves the right to process it anywhere it or its subprocessors have facilities.`, `Ask ${name} for a written commitment to keep processing in ${regionList(allowed)} and record it as an assurance (fact: hosting.processing-anywhere, value: false).`, [...evidence, anywhere.evidence]),
            ];
        }
        return [];
    }
    if (!options.known)
        evidence.push(options.evidence);
    const allowedHere = [...selectable].filter((r) => allowed.includes(r));
    const allowedElsewhere = offered.filter((o) => allowed.includes(o.region) && !allowedHere.includes(o.region));
    const fixedAtCreation = ctx.fact('hosting.region-fixed-at-creation');
    const creationNote = fixedAtCreation.known && fixedAtCreation.value
        ? ` ${name} fixes the region when a project is created: create a new project in that region and migrate your data to it.`
        : '';
    if (fixedAtCreation.known && fixedAtCreation.value)
        evidence.push(fixedAtCreation.evidence);
    // A vendor with no default region (the customer picks one per project) lists them all as defaults.
    const stores = service.region === undefined && stored.length > 1
        ? `${name} stores data in the region chosen for the project (${regionList(stored)}), and this service does not say which; some of those are outside ${regionList(allowed)}.`
        : `${name} stores this service's data in ${regionList(stored, 'and')}, outside ${regionList(allowed)}.${note}`;
    const regionAdvice = () => {
        if (allowedHere.length > 0) {
            return finding('residency.region-not-selected', `${stores} ${name} offers ${regionList(allowedHere)} on the ${plan ?? 'current'} plan, but the service does not use it.`, `Select ${orList(allowedHere)} in ${name}'s settings and set region: ${allowedHere[0]} on this service.${creationNote}`, [...evidence, options.evidence], 'region');
        }
        if (allowedElsewhere.length > 0) {
            const plans = [...new Set(allowedElsewhere.flatMap((o) => (o.plans === 'all' ? [] : o.plans)))];
            return finding('residency.region-plan', `${stores} ${name} offers ${regionList([...new Set(allowedElsewhere.map((o) => o.region))])} only on the ${planList(plans)}; this service is on ${plan ?? 'no stated plan'}.`, `Move this service to the ${planList(plans)} and select the region.${creationNote}${residencyAlternatives(ctx.catalogue, loaded.rule, allowed)}`, [...evidence, options.evidence]);
        }
        return undefined;
    };
    if (transfers === 'forbidden') {
        if (!options.known) {
            return [
                finding('residency.unverified', `${stores} Cannot verify whether ${name} offers a region in ${regionList(allowed)}: its rule has no confirmed region options.`, `Ask ${name} whether it can host in ${regionList(allowed)} and record the answer as an assurance (fact: hosting.region-options).`, evidence),
            ];
        }
        return [
            regionAdvice() ??
                finding('residency.outside-allowed', `${stores} ${name} offers no region in ${regionList(allowed)}, on any plan, and transfers are forbidden.`, `Use a vendor that can host in ${regionList(allowed)}, or, if a transfer has been approved, record a waiver with that approval and an expiry.${residencyAlternatives(ctx.catalogue, loaded.rule, allowed)}`, [...evidence, options.evidence]),
        ];
    }
    // Safeguarded transfers: data may leave the allowed regions under a mechanism for each origin.
    const mechanisms = ctx.fact('transfers.mechanisms');
    const withMechanisms = [...evidence, mechanisms.evidence];
    if (!mechanisms.known) {
        return [
            regionAdvice() ??
                finding('residency.unverified', `${stores} Cannot verify the transfer mechanism: ${name}'s rule has no confirmed transfers.mechanisms.`, `Ask ${name} which transfer mechanism covers your data (DPF, SCCs, UK/Swiss addenda) and record it as an assurance (fact: transfers.mechanisms).`, withMechanisms),
        ];
    }
    const have = mechanisms.value ?? [];
    const uncovered = allowed.filter((origin) => {
        const needed = MECHANISMS_FOR[origin];
        return needed !== undefined && !needed.some((m) => have.includes(m));
    });
    if (uncovered.length > 0) {
        return [
            regionAdvice() ??
                finding('residency.unsafeguarded-transfer', `${stores} ${name} names no transfer mechanism for data from ${regionList(uncovered, 'and')}.`, `Sign a transfer mechanism with ${name} (${andList(uncovered.map((o) => orList((MECHANISMS_FOR[o] ?? []).map((m) => MECHANISM_NAMES[m]))))}) and record it as an assurance, or choose a vendor that hosts in ${regionList(allowed)}.`, withMechanisms),
        ];
    }
    const used = have.filter((m) => allowed.some((origin) => MECHANISMS_FOR[origin]?.includes(m)));
    const hint = allowedHere.length > 0
        ? ` ${name} also offers ${regionList(allowedHere)} on this plan, which would avoid the transfer.`
        : '';
    return [
        finding('residency.transfer-safeguarded', `${stores} The transfer is covered by ${andList(used.map((m) => MECHANISM_NAMES[m]))}.${hint}`, 'Nothing to do: list this transfer and its mechanism in your records of processing.', withMechanisms),
    ];
}

;// CONCATENATED MODULE: ./src/checks/retention.ts

const retention = {
    area: 'retention',
    checks: [
        {
            id: 'retention.deletion-window',
            area: 'retention',
            severity: 'error',
            description: "The vendor's deletion window after termination exceeds `deletion-days`.",
            help: 'Negotiate a shorter deletion window and record it as an assurance, or relax deletion-days if your obligations allow.',
        },
        {
            id: 'retention.unverified',
            area: 'retention',
            severity: 'warning',
            description: "`deletion-days` is set and the vendor's deletion window is unknown.",
            help: 'Ask the vendor how soon after termination it deletes your data and record the answer as an assurance.',
        },
    ],
    evaluate(ctx) {
        const limit = ctx.requirements['deletion-days'];
        if (limit === undefined || ctx.data.length === 0)
            return [];
        const { loaded } = ctx;
        const name = loaded.rule.name;
        const fact = ctx.fact('retention.deletion-after-termination-days');
        const base = aboutService(ctx, [fact.evidence]);
        if (!fact.known) {
            return [
                {
                    ...base,
                    check: 'retention.unverified',
                    message: `Data must be deleted within ${limit} days of termination; ${name}'s deletion window cannot be verified.`,
                    remediation: `Ask ${name} how many days after termination it deletes your data and record it as an assurance (fact: retention.deletion-after-termination-days).`,
                },
            ];
        }
        if (fact.value <= limit)
            return [];
        return [
            {
                ...base,
                check: 'retention.deletion-window',
                message: `Data must be deleted within ${limit} days of termination; ${name} deletes it up to ${fact.value} days after the agreement ends.`,
                remediation: `Negotiate deletion within ${limit} days with ${name} and record it as an assurance, or plan for the ${fact.value}-day window if your obligations allow.`,
            },
        ];
    },
};

// EXTERNAL MODULE: ./src/dates.ts
var dates = __nccwpck_require__(7718);
;// CONCATENATED MODULE: ./src/checks/rules.ts


/** Default for requirements.max-rule-age-days. */
const DEFAULT_MAX_RULE_AGE_DAYS = 365;
const rules = {
    area: 'rules',
    checks: [
        {
            id: 'rules.stale',
            area: 'rules',
            severity: 'warning',
            description: "The vendor rule's `verified` date is older than `max-rule-age-days`.",
            help: "Re-check the vendor's facts against its current documents and update the rule's verified date.",
        },
    ],
    evaluate(ctx) {
        const { loaded } = ctx;
        const maxAge = ctx.requirements['max-rule-age-days'] ?? DEFAULT_MAX_RULE_AGE_DAYS;
        const age = (0,dates/* daysBetween */.YM)(loaded.rule.verified, ctx.today);
        if (age <= maxAge)
            return [];
        return [
            {
                check: 'rules.stale',
                ...aboutService(ctx, []),
                message: `${loaded.rule.name}'s facts were last verified on ${loaded.rule.verified}, ${age} days ago (limit ${maxAge}); they may have changed.`,
                remediation: `Re-check ${loaded.file} against ${loaded.rule.name}'s current documents and update its verified date.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/checks/subprocessors.ts


const subprocessors = {
    area: 'subprocessors',
    checks: [
        {
            id: 'subprocessors.notice-period',
            area: 'subprocessors',
            severity: 'error',
            description: "The vendor's notice before changing subprocessors is shorter than required (or cannot be verified).",
            help: 'Negotiate a longer notice period and record it as an assurance, or relax subprocessor-notice-days.',
        },
        {
            id: 'subprocessors.outside-allowed',
            area: 'subprocessors',
            severity: 'warning',
            description: 'Transfers are forbidden and a listed subprocessor is in a region that is not allowed.',
            help: "Check whether the subprocessor receives your users' personal data; if so, obtain a commitment or choose another vendor.",
        },
    ],
    evaluate(ctx) {
        const { loaded, requirements } = ctx;
        const name = loaded.rule.name;
        const findings = [];
        const minimum = requirements['subprocessor-notice-days'];
        if (minimum !== undefined) {
            const fact = ctx.fact('subprocessors.notice-days');
            if (!fact.known || fact.value < minimum) {
                findings.push({
                    check: 'subprocessors.notice-period',
                    ...aboutService(ctx, [fact.evidence]),
                    message: fact.known
                        ? `Subprocessor changes need ${minimum} days' notice; ${name} gives ${fact.value}.`
                        : `Subprocessor changes need ${minimum} days' notice; ${name}'s notice period cannot be verified.`,
                    remediation: fact.known
                        ? `Negotiate ${minimum} days' notice with ${name} and record it as an assurance (fact: subprocessors.notice-days).`
                        : `Ask ${name} how much notice it gives before changing subprocessors and record it as an assurance (fact: subprocessors.notice-days).`,
                });
            }
        }
        const residency = requirements.residency;
        if (residency && (residency.transfers ?? 'forbidden') === 'forbidden' && ctx.data.length > 0) {
            const fact = ctx.fact('subprocessors');
            const outside = fact.known
                ? (fact.value ?? []).filter((s) => s.region !== undefined && !residency.regions.includes(s.region))
                : [];
            if (outside.length > 0) {
                findings.push({
                    check: 'subprocessors.outside-allowed',
                    ...aboutService(ctx, [fact.evidence]),
                    message: `${name} lists subprocessors outside ${regionList(residency.regions)}: ${outside.map((s) => `${s.name} (${s.region})`).join(', ')}.`,
                    remediation: `Check which of ${name}'s subprocessors receive your users' data; transfers are forbidden, so each one outside ${regionList(residency.regions)} needs an approval or a waiver.`,
                });
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/checks/registry.ts











/** Areas evaluated for every declared service with a rule, in report order. */
const SERVICE_AREAS = [
    residency,
    agreements,
    hipaa,
    aiTraining,
    retention,
    certifications,
    subprocessors,
    features,
    rules,
];
/** Every check id, sorted: the one list docs, SARIF rules and manifest validation read. */
const CHECKS = new Map([...SERVICE_AREAS.flatMap((a) => a.checks), ...ENGINE_CHECKS]
    .sort((a, b) => (0,compare/* compareStrings */.K)(a.id, b.id))
    .map((meta) => [meta.id, meta]));
const CHECK_IDS = [...CHECKS.keys()];

;// CONCATENATED MODULE: ./src/vocabulary.ts
/**
 * The closed vocabularies of SPEC §1. The JSON Schemas in `schemas/` spell them out for editors;
 * `__tests__/vocabulary.test.ts` keeps the two in step.
 */
const REGIONS = ['eu', 'uk', 'ch', 'us', 'ca', 'au', 'jp', 'sg', 'in', 'br', 'kr'];
const DATA_CATEGORIES = [
    'contact',
    'credentials',
    'identifiers',
    'usage',
    'content',
    'financial',
    'health',
    'biometric',
    'location',
    'children',
    'special',
];
const AGREEMENTS = ['dpa', 'baa'];
const CERTIFICATIONS = [
    'soc2-type1',
    'soc2-type2',
    'iso27001',
    'iso27017',
    'iso27018',
    'iso27701',
    'pci-dss',
    'hitrust',
    'dpf',
];
const FEATURES = ['sso', 'audit-logs', 'sla', 'dedicated-support', 'data-export'];
const AI_TRAINING_VALUES = (/* unused pure expression or super */ null && (['none', 'opt-in', 'opt-out', 'yes']));
const TRANSFER_MECHANISMS = (/* unused pure expression or super */ null && (['dpf', 'scc', 'uk-addendum', 'swiss-addendum']));
/** Severities a finding can have, strongest first. */
const SEVERITIES = (/* unused pure expression or super */ null && (['error', 'warning', 'notice']));
/** What `checks:` in a manifest may set a check to. */
const SEVERITY_OVERRIDES = (/* unused pure expression or super */ null && (['error', 'warning', 'notice', 'off']));
/** How strong a severity is: higher is stronger, `off` lowest. The one ranking every comparison uses. */
const SEVERITY_RANK = { off: 0, notice: 1, warning: 2, error: 3 };
const FAIL_ON_LEVELS = ['error', 'warning', 'notice', 'never'];
/** Fact keys a vendor rule may state (SPEC §2), and an assurance may stand in for. */
const FACT_KEYS = (/* unused pure expression or super */ null && ([
    'role',
    'hosting.regions',
    'hosting.region-options',
    'hosting.providers',
    'hosting.processing-anywhere',
    'hosting.region-fixed-at-creation',
    'transfers.mechanisms',
    'dpa.plans',
    'baa.plans',
    'ai-training',
    'retention.deletion-after-termination-days',
    'retention.account-data',
    'retention.user-deletion',
    'certifications',
    'subprocessors',
    'subprocessors.notice-days',
    'features',
]));

;// CONCATENATED MODULE: ./src/engine/facts.ts
/**
 * Read a fact for one service. A recorded assurance stands in for the rule's fact; otherwise only
 * a confirmed fact is known; an unclear or absent one leaves the check unable to verify.
 */
function readFact(loaded, service, key) {
    const assurance = service.assurances?.find((a) => a.fact === key);
    if (assurance) {
        return {
            known: true,
            value: assurance.value,
            evidence: {
                fact: key,
                value: assurance.value,
                status: 'assurance',
                source: null,
                quote: assurance.evidence,
                verified: null,
            },
        };
    }
    const { rule } = loaded;
    const fact = rule.facts[key];
    if (!fact) {
        return {
            known: false,
            value: undefined,
            evidence: {
                fact: key,
                value: null,
                status: 'absent',
                source: null,
                quote: null,
                verified: rule.verified,
                note: `${rule.name}'s rule states nothing about ${key}.`,
            },
        };
    }
    const source = fact.source && Object.hasOwn(rule.sources, fact.source) ? rule.sources[fact.source] : undefined;
    return {
        known: fact.status === 'confirmed',
        value: fact.status === 'confirmed' ? fact.value : undefined,
        evidence: {
            fact: key,
            value: fact.value ?? null,
            status: fact.status,
            source: source?.url ?? null,
            quote: fact.quote ?? null,
            verified: rule.verified,
            ...(fact.note ? { note: fact.note } : {}),
        },
    };
}

;// CONCATENATED MODULE: ./src/engine/evaluate.ts





/** Run every check on every service, then apply severities and waivers. Pure: no I/O. */
function evaluate(input) {
    const { manifest, catalogue } = input;
    const drafts = [];
    manifest.services.forEach((service, index) => {
        const loaded = catalogue.resolve(service.vendor);
        if (!loaded) {
            drafts.push(unknownVendor(input, index));
            return;
        }
        const data = service.data ?? manifest.requirements.data;
        const context = {
            index,
            service,
            loaded,
            requirements: manifest.requirements,
            data,
            today: input.today,
            catalogue,
            fact: (key) => readFact(loaded, service, key),
        };
        for (const area of SERVICE_AREAS)
            drafts.push(...area.evaluate(context));
    });
    drafts.push(...(input.extraFindings ?? []));
    const findings = drafts.flatMap((draft) => resolve(draft, input));
    return sortFindings([...findings, ...applyWaivers(findings, input)]);
}
function unknownVendor(input, index) {
    const vendor = input.manifest.services[index].vendor;
    const at = { path: ['services', index, 'vendor'] };
    const confusable = input.catalogue.confusableFor(vendor);
    if (confusable) {
        const { rule } = confusable;
        return {
            check: 'vendor.confusable',
            service: index,
            vendor,
            evidence: [],
            at,
            message: `${vendor} is not ${rule.name} (${rule.domain}): ${confusable.note}`,
            remediation: `If you meant ${rule.name}, write vendor: ${rule.id}. If you really use ${vendor}, add a local rule for it, citing its documents.`,
        };
    }
    return {
        check: 'vendor.unknown',
        service: index,
        vendor,
        evidence: [],
        at,
        message: `No rule describes ${vendor}, so none of its facts can be checked. Known vendors: ${input.catalogue.ids.join(', ')}.`,
        remediation: `Add a local rule for ${vendor} (rules folder, default .github/vendor-rules/) citing its DPA and privacy policy, or correct the vendor name.`,
    };
}
/** Decide a draft's severity (or drop it when its check is off) and turn its path into a location. */
function resolve(draft, input) {
    const severity = severityOf(draft.check, input.manifest);
    if (severity === 'off')
        return [];
    return [
        {
            check: draft.check,
            severity,
            vendor: draft.vendor ?? null,
            service: draft.service ?? null,
            message: draft.message,
            remediation: draft.remediation,
            evidence: draft.evidence,
            location: 'location' in draft.at ? draft.at.location : (0,yaml_source/* locate */.x5)(input.source, draft.at.path),
            waived: null,
        },
    ];
}
function severityOf(check, manifest) {
    const override = manifest.checks?.[check];
    if (override)
        return override;
    const meta = CHECKS.get(check);
    if (!meta)
        throw new Error(`finding for unregistered check ${check}`);
    return meta.severity === 'unknown-vendors'
        ? (manifest.requirements['unknown-vendors'] ?? 'warning')
        : meta.severity;
}
/**
 * Mark findings covered by a live waiver as waived; report expired waivers (their findings stay
 * unwaived) and waivers that match nothing. Returns the waiver findings; mutates `waived` in place.
 */
function applyWaivers(findings, input) {
    const extra = [];
    input.manifest.services.forEach((service, index) => {
        service.waivers?.forEach((waiver, j) => {
            const covered = findings.filter((f) => f.service === index && f.check === waiver.check && !f.check.startsWith('waiver.'));
            const path = ['services', index, 'waivers', j];
            const base = { service: index, vendor: service.vendor, evidence: [] };
            if (covered.length === 0) {
                extra.push({
                    ...base,
                    check: 'waiver.unused',
                    at: { path: [...path, 'check'] },
                    message: `The waiver for ${waiver.check} on ${service.vendor} matches no finding${waiver.expires < input.today ? ` (and expired on ${waiver.expires})` : ''}.`,
                    remediation: 'Remove the waiver: what it covered no longer applies.',
                });
            }
            else if (waiver.expires < input.today) {
                extra.push({
                    ...base,
                    check: 'waiver.expired',
                    at: { path: [...path, 'expires'] },
                    message: `The waiver for ${waiver.check} on ${service.vendor} expired on ${waiver.expires} ("${waiver.reason}"); the finding it covered is reported again.`,
                    remediation: 'Resolve the finding, or renew the waiver with a fresh approval and a new expiry date.',
                });
            }
            else {
                for (const finding of covered)
                    finding.waived ??= { reason: waiver.reason, expires: waiver.expires };
            }
        });
    });
    return extra.flatMap((draft) => resolve(draft, input));
}
/** Unwaived before waived, errors first, then by position in the file. */
function sortFindings(findings) {
    return [...findings].sort((a, b) => Number(a.waived !== null) - Number(b.waived !== null) ||
        SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
        (0,compare/* compareStrings */.K)(a.location.file, b.location.file) ||
        a.location.line - b.location.line ||
        a.location.column - b.location.column ||
        (0,compare/* compareStrings */.K)(a.check, b.check));
}

// EXTERNAL MODULE: ./src/source/did-you-mean.ts
var did_you_mean = __nccwpck_require__(5306);
// EXTERNAL MODULE: ./src/source/schema-validation.ts + 1 modules
var schema_validation = __nccwpck_require__(967);
;// CONCATENATED MODULE: ./src/manifest/load.ts






/** Parse and validate a manifest; every problem is a located config error, thrown together. */
function parseManifest(file, text, catalogue) {
    const source = parseValidated(file, text, 'vendor-gate');
    const manifest = source.data;
    const errors = [];
    const add = (message, path, part = 'value') => errors.push({ message, location: (0,yaml_source/* locate */.x5)(source, path, part) });
    checkCheckIds(manifest.checks, add);
    const declared = manifest.requirements.data;
    manifest.services.forEach((service, i) => {
        const loaded = catalogue.resolve(service.vendor);
        if (loaded) {
            const { plans, name } = loaded.rule;
            if (service.plan === undefined && plans.length > 1) {
                add(`services[${i}] (${name}) needs a plan: one of ${plans.join(', ')}`, ['services', i, 'vendor'], 'key');
            }
            else if (service.plan !== undefined && !plans.includes(service.plan)) {
                const hint = (0,did_you_mean/* didYouMean */.a)(service.plan, plans);
                add(`'${service.plan}' is not a ${name} plan.${hint ? ` Did you mean '${hint}'?` : ''} Plans: ${plans.join(', ')}.`, ['services', i, 'plan']);
            }
        }
        service.data?.forEach((category, j) => {
            if (!declared.includes(category)) {
                add(`services[${i}] sends '${category}' data, which requirements.data does not list; add it there so every check accounts for it`, ['services', i, 'data', j]);
            }
        });
        service.waivers?.forEach((waiver, j) => {
            if (!CHECK_IDS.includes(waiver.check)) {
                const hint = (0,did_you_mean/* didYouMean */.a)(waiver.check, CHECK_IDS);
                add(`'${waiver.check}' is not a check id.${hint ? ` Did you mean '${hint}'?` : ' See `vendor-gate checks` or the README for the list.'}`, ['services', i, 'waivers', j, 'check']);
            }
            if (!(0,dates/* isRealDate */.V_)(waiver.expires))
                add(`expires: '${waiver.expires}' is not a real date`, ['services', i, 'waivers', j, 'expires']);
        });
        service.assurances?.forEach((assurance, j) => {
            const path = ['services', i, 'assurances', j, 'value'];
            for (const error of (0,schema_validation/* validateFactValue */.Uq)(source, path, assurance.fact, assurance.value)) {
                errors.push({
                    ...error,
                    message: `assurance for ${assurance.fact}: ${error.message.replace(/^services\[\d+\]\.assurances\[\d+\]\.value/, 'value')}`,
                });
            }
        });
    });
    if (errors.length > 0)
        throw new config_error/* ConfigErrors */.mS(errors);
    return { manifest, source };
}
/** Parse and validate a policy file (input `policy`). */
function parsePolicy(file, text) {
    const source = parseValidated(file, text, 'policy');
    const policy = source.data;
    const errors = [];
    checkCheckIds(policy.checks, (message, path, part) => errors.push({ message, location: (0,yaml_source/* locate */.x5)(source, path, part) }));
    if (errors.length > 0)
        throw new config_error/* ConfigErrors */.mS(errors);
    return { policy, source };
}
function parseValidated(file, text, schema) {
    const parsed = (0,yaml_source/* parseYamlSource */.WF)(file, text);
    if (!parsed.source)
        throw new config_error/* ConfigErrors */.mS(parsed.errors);
    const source = parsed.source;
    if (source.data === null || source.data === undefined) {
        throw new config_error/* ConfigErrors */.mS([{ message: 'the file is empty', location: (0,yaml_source/* locate */.x5)(source, []) }]);
    }
    const errors = (0,schema_validation/* validateSource */.OB)(source, schema === 'vendor-gate' ? schema_validation/* validateManifestSchema */.l : schema_validation/* validatePolicySchema */.YK);
    if (errors.length > 0)
        throw new config_error/* ConfigErrors */.mS(errors);
    return source;
}
function checkCheckIds(checks, add) {
    for (const id of Object.keys(checks ?? {})) {
        if (CHECK_IDS.includes(id))
            continue;
        const hint = (0,did_you_mean/* didYouMean */.a)(id, CHECK_IDS);
        add(`'${id}' is not a check id.${hint ? ` Did you mean '${hint}'?` : ''}`, ['checks', id], 'key');
    }
}

;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/package-root.ts



let cached;
/**
 * The folder holding this package's `schemas/` and `rules/`. The same code runs from `src/<area>/`
 * (tests), from `dist/` (the bundle) and from an npm install, so look upwards rather than hard-code a depth.
 */
function packageRoot() {
    if (cached)
        return cached;
    let dir = (0,external_node_path_.dirname)((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url));
    for (let i = 0; i < 4; i++) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'schemas', 'vendor-gate.schema.json')))
            return (cached = dir);
        dir = (0,external_node_path_.dirname)(dir);
    }
    throw new Error('vendor-gate is installed without its schemas/ folder');
}
function readPackageJson() {
    return JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(packageRoot(), 'package.json'), 'utf8'));
}

;// CONCATENATED MODULE: ./src/report/report.ts

/** True when the finding makes the gate fail at this fail-on level. */
function isBlocking(finding, failOn) {
    return (finding.waived === null && failOn !== 'never' && SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[failOn]);
}
function buildReport(input) {
    const { findings, failOn } = input;
    const live = findings.filter((f) => f.waived === null);
    const counts = {
        error: live.filter((f) => f.severity === 'error').length,
        warning: live.filter((f) => f.severity === 'warning').length,
        notice: live.filter((f) => f.severity === 'notice').length,
        waived: findings.length - live.length,
    };
    const services = input.manifest.services.map((service, index) => {
        const own = live.filter((f) => f.service === index);
        const status = own.some((f) => isBlocking(f, failOn))
            ? 'fail'
            : own.some((f) => f.severity !== 'notice')
                ? 'warn'
                : 'pass';
        return { vendor: input.vendorIds[index] ?? service.vendor, plan: service.plan ?? null, status };
    });
    return {
        tool: input.tool,
        manifest: input.manifestFile,
        result: findings.some((f) => isBlocking(f, failOn)) ? 'fail' : 'pass',
        counts,
        services,
        findings,
        ...(input.notes.length > 0 ? { notes: input.notes } : {}),
    };
}
/** 0 when the gate passes, 1 when it fails. (2, "could not evaluate", never has a report.) */
function exitCodeOf(report) {
    return report.result === 'pass' ? 0 : 1;
}

;// CONCATENATED MODULE: ./src/options.ts
/** Bad flags or inputs: no file to point at, but the run cannot go on (exit 2). */
class UsageError extends Error {
    name = 'UsageError';
}
const DEFAULT_MANIFEST = '.github/vendor-gate.yml';
const DEFAULT_RULES = '.github/vendor-rules';

;// CONCATENATED MODULE: ./src/policy/relaxations.ts




/**
 * Every relaxation of `head` relative to `base`: requirements dropped or loosened, checks
 * downgraded or turned off, waivers added or extended. Paths point into the head manifest; where
 * the head no longer has the key, the location falls back to its nearest parent.
 */
function findRelaxations(base, head) {
    return [
        ...requirementRelaxations(base.requirements, head.requirements),
        ...checkRelaxations(base, head),
        ...waiverRelaxations(base, head),
    ];
}
function requirementRelaxations(base, head) {
    const out = [];
    const req = (...path) => ['requirements', ...path];
    const dropped = (key, noun) => {
        for (const item of base[key] ?? []) {
            if (!head[key]?.includes(item))
                out.push({ path: req(key), message: `${noun} '${item}' was dropped from requirements.${key}` });
        }
    };
    dropped('data', 'data category');
    if (base.residency) {
        if (!head.residency) {
            out.push({
                path: req('residency'),
                message: `requirements.residency was removed (it allowed only ${base.residency.regions.join(', ')})`,
            });
        }
        else {
            head.residency.regions.forEach((region, i) => {
                if (!base.residency.regions.includes(region))
                    out.push({
                        path: req('residency', 'regions', i),
                        message: `region '${region}' was added to requirements.residency.regions`,
                    });
            });
            if ((base.residency.transfers ?? 'forbidden') === 'forbidden' &&
                head.residency.transfers === 'safeguarded') {
                out.push({
                    path: req('residency', 'transfers'),
                    message: 'requirements.residency.transfers went from forbidden to safeguarded',
                });
            }
        }
    }
    dropped('agreements', 'agreement');
    if (base['ai-training'] === 'forbidden' && head['ai-training'] !== 'forbidden') {
        out.push({
            path: req('ai-training'),
            message: `requirements.ai-training went from forbidden to ${head['ai-training'] ?? 'allowed (removed)'}`,
        });
    }
    const raised = (key, what) => {
        const before = base[key];
        const after = head[key];
        if (before !== undefined && (after === undefined || after > before)) {
            out.push({
                path: req(key),
                message: `requirements.${key} ${after === undefined ? 'was removed' : `was raised from ${before} to ${after}`} (${what})`,
            });
        }
    };
    raised('deletion-days', 'vendors may keep data longer');
    dropped('certifications', 'certification');
    const notice = { before: base['subprocessor-notice-days'], after: head['subprocessor-notice-days'] };
    if (notice.before !== undefined && (notice.after === undefined || notice.after < notice.before)) {
        out.push({
            path: req('subprocessor-notice-days'),
            message: `requirements.subprocessor-notice-days ${notice.after === undefined ? 'was removed' : `was lowered from ${notice.before} to ${notice.after}`}`,
        });
    }
    dropped('features', 'feature');
    raised('max-rule-age-days', 'older vendor facts are accepted');
    if (base['unknown-vendors'] === 'error' && head['unknown-vendors'] !== 'error') {
        out.push({
            path: req('unknown-vendors'),
            message: 'requirements.unknown-vendors went from error to warning',
        });
    }
    return out;
}
function checkRelaxations(base, head) {
    const out = [];
    for (const id of CHECK_IDS) {
        // vendor.unknown follows requirements.unknown-vendors, which is compared above.
        if (id === 'vendor.unknown' && !base.checks?.[id] && !head.checks?.[id])
            continue;
        const before = severityOf(id, base);
        const after = severityOf(id, head);
        if (SEVERITY_RANK[after] < SEVERITY_RANK[before]) {
            out.push({ path: ['checks', id], message: `check ${id} went from ${before} to ${after}` });
        }
    }
    return out;
}
function waiverRelaxations(base, head) {
    const out = [];
    const baseWaivers = base.services.flatMap((s) => (s.waivers ?? []).map((w) => ({ vendor: normaliseVendorName(s.vendor), ...w })));
    head.services.forEach((service, i) => {
        service.waivers?.forEach((waiver, j) => {
            const vendor = normaliseVendorName(service.vendor);
            const before = baseWaivers.filter((w) => w.vendor === vendor && w.check === waiver.check);
            const path = ['services', i, 'waivers', j];
            if (before.length === 0) {
                out.push({
                    path: [...path, 'check'],
                    message: `a waiver for ${waiver.check} on ${service.vendor} was added (until ${waiver.expires}: "${waiver.reason}")`,
                });
            }
            else {
                const latest = before
                    .map((w) => w.expires)
                    .sort()
                    .at(-1);
                if (waiver.expires > latest)
                    out.push({
                        path: [...path, 'expires'],
                        message: `the waiver for ${waiver.check} on ${service.vendor} was extended from ${latest} to ${waiver.expires}`,
                    });
            }
        });
    });
    return out;
}

;// CONCATENATED MODULE: ./src/policy/merge.ts



const union = (a, b) => a || b ? [...new Set([...(a ?? []), ...(b ?? [])])] : undefined;
const min = (a, b) => a === undefined ? b : b === undefined ? a : Math.min(a, b);
const max = (a, b) => a === undefined ? b : b === undefined ? a : Math.max(a, b);
/**
 * The requirements that hold when an outside policy applies: for every key, the stricter of the
 * policy's and the manifest's. A manifest can add requirements; it cannot weaken the policy's.
 */
function strictestRequirements(policy, own) {
    const residency = policy.residency && own.residency
        ? {
            // Only regions both allow; if they share none, the policy's list stands.
            regions: intersectOr(policy.residency.regions, own.residency.regions),
            transfers: policy.residency.transfers === 'safeguarded' && own.residency.transfers === 'safeguarded'
                ? 'safeguarded'
                : 'forbidden',
        }
        : (policy.residency ?? own.residency);
    const merged = {
        data: union(policy.data, own.data),
        residency,
        agreements: union(policy.agreements, own.agreements),
        'ai-training': policy['ai-training'] === 'forbidden' || own['ai-training'] === 'forbidden'
            ? 'forbidden'
            : (policy['ai-training'] ?? own['ai-training']),
        'deletion-days': min(policy['deletion-days'], own['deletion-days']),
        certifications: union(policy.certifications, own.certifications),
        'subprocessor-notice-days': max(policy['subprocessor-notice-days'], own['subprocessor-notice-days']),
        features: union(policy.features, own.features),
        'max-rule-age-days': min(policy['max-rule-age-days'], own['max-rule-age-days']),
        'unknown-vendors': policy['unknown-vendors'] === 'error' || own['unknown-vendors'] === 'error'
            ? 'error'
            : (policy['unknown-vendors'] ?? own['unknown-vendors']),
    };
    return Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined));
}
function intersectOr(policy, own) {
    const both = policy.filter((r) => own.includes(r));
    return both.length > 0 ? both : policy;
}
/**
 * Apply a policy to a manifest. Returns the effective manifest and, for the report, each place
 * where the manifest tried to be weaker than the policy (and was overruled).
 */
function applyPolicy(manifest, policy, policyFile) {
    const policyAsManifest = {
        version: 1,
        requirements: policy.requirements,
        checks: policy.checks,
        services: [],
    };
    const checks = { ...manifest.checks };
    for (const [id, level] of Object.entries(policy.checks ?? {})) {
        const own = manifest.checks?.[id];
        if (!own || SEVERITY_RANK[own] < SEVERITY_RANK[level])
            checks[id] = level;
    }
    // A check the policy leaves at its default may still be raised by the manifest, never lowered.
    for (const [id, level] of Object.entries(manifest.checks ?? {})) {
        const floor = severityOf(id, policyAsManifest);
        if (SEVERITY_RANK[level] < SEVERITY_RANK[floor])
            checks[id] = floor;
    }
    const effective = {
        ...manifest,
        requirements: strictestRequirements(policy.requirements, manifest.requirements),
        checks,
    };
    const overruled = findRelaxations({ ...policyAsManifest, services: manifest.services }, { ...manifest, services: manifest.services })
        .filter((r) => r.path[0] !== 'services')
        .map((r) => `${policyFile} takes precedence: ${r.message} relative to the policy, so the policy's setting applies`);
    return { manifest: effective, overruled };
}

;// CONCATENATED MODULE: ./src/evaluate-repository.ts











/** The one place that maps an outcome to an exit status: 0 pass, 1 gate failed, 2 not evaluated. */
function exitStatus(outcome) {
    return outcome.kind === 'report' ? exitCodeOf(outcome.report) : 2;
}
/** Load → validate → gather → evaluate → report. Never throws for bad user input. */
async function evaluateRepository(options, gatherers = {}) {
    try {
        return { kind: 'report', report: await runPipeline(options, gatherers) };
    }
    catch (error) {
        if (error instanceof config_error/* ConfigErrors */.mS)
            return { kind: 'config-error', errors: error.errors };
        if (error instanceof UsageError)
            return { kind: 'usage-error', message: error.message };
        if (error instanceof OutsideWorkspaceError)
            return { kind: 'usage-error', message: error.message };
        throw error;
    }
}
async function runPipeline(options, gatherers) {
    const { workspace } = options;
    // Start the scan first: `git ls-files` runs while the catalogue and manifest load. The scan
    // modules (TOML, globs) are loaded only when scanning.
    const scanning = options.scan
        ? Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 4246)).then(({ scanRepository }) => scanRepository(workspace, { ignore: options.scanIgnore }))
        : undefined;
    // If a config error ends the run first, nobody awaits the scan: keep its failure from going unhandled.
    scanning?.catch(() => undefined);
    const catalogue = await loadCatalogue({
        workspace,
        localDir: resolveInWorkspace(workspace, options.rules),
        localDirRequired: options.rulesExplicit,
        today: options.today,
    });
    const manifestPath = resolveInWorkspace(workspace, options.manifest);
    const manifestFile = displayPath(workspace, manifestPath);
    const { manifest, source } = parseManifest(manifestFile, readUserFile(workspace, manifestPath, manifestFile, 'manifest'), catalogue);
    const notes = [];
    let effective = manifest;
    if (options.policy) {
        const policyPath = resolveInWorkspace(workspace, options.policy);
        const shown = displayPath(workspace, policyPath);
        const { policy } = parsePolicy(shown, readUserFile(workspace, policyPath, shown, 'policy'));
        const applied = applyPolicy(manifest, policy, shown);
        effective = applied.manifest;
        notes.push(`requirements from the policy ${shown} apply, with the manifest's stricter additions`, ...applied.overruled);
    }
    const extraFindings = [];
    if (gatherers.readBase)
        extraFindings.push(...(await findWeakening(gatherers.readBase, manifestFile, manifest, catalogue, notes)));
    if (scanning) {
        const [dependencies, { findInventoryFindings }] = await Promise.all([
            scanning,
            __nccwpck_require__.e(/* import() */ 190).then(__nccwpck_require__.bind(__nccwpck_require__, 3190)),
        ]);
        extraFindings.push(...findInventoryFindings(dependencies, effective, catalogue));
    }
    const findings = evaluate({ manifest: effective, source, catalogue, today: options.today, extraFindings });
    const { name, version } = readPackageJson();
    return buildReport({
        tool: { name, version },
        manifestFile,
        manifest: effective,
        vendorIds: effective.services.map((s) => catalogue.resolve(s.vendor)?.rule.id),
        findings,
        failOn: options.failOn,
        notes: [
            ...catalogue.rules
                .filter((r) => r.replaces)
                .map((r) => `the local rule ${r.file} replaces the bundled rule for ${r.rule.id} (${r.replaces})`),
            ...notes,
        ],
    });
}
/** Compare the manifest with the base branch's: each relaxation is a `policy.weakened` finding. */
async function findWeakening(readBase, manifestFile, head, catalogue, notes) {
    const base = await readBase(manifestFile);
    if (!base)
        return [];
    let baseManifest;
    try {
        baseManifest = parseManifest(base.label, base.text, catalogue).manifest;
    }
    catch (error) {
        if (!(error instanceof config_error/* ConfigErrors */.mS))
            throw error;
        notes.push(`the base manifest (${base.label}) is not valid, so it was not compared for relaxations`);
        return [];
    }
    return findRelaxations(baseManifest, head).map((relaxation) => ({
        check: 'policy.weakened',
        evidence: [],
        at: { path: relaxation.path },
        message: `Compared with ${base.label}: ${relaxation.message}.`,
        remediation: "Make sure whoever owns these requirements has approved the relaxation; if it was not intended, restore the base branch's setting.",
    }));
}
function readUserFile(workspace, absolute, shown, what) {
    if (!(0,external_node_fs_.lstatSync)(absolute, { throwIfNoEntry: false })) {
        const hint = what === 'manifest'
            ? ' Create one with `npx vendor-gate init`, or point the `manifest` input at it.'
            : '';
        throw new config_error/* ConfigErrors */.mS([{ message: `${what} not found.${hint}`, location: (0,config_error/* fileStart */.NY)(shown) }]);
    }
    return readWorkspaceFile(workspace, absolute);
}

;// CONCATENATED MODULE: ./src/report/format-json.ts
function formatJson(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}
/** SPEC §6: with `--format json`, a run that could not be evaluated still prints JSON. */
function formatJsonConfigErrors(errors) {
    return `${JSON.stringify({ result: 'error', errors }, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/report/evidence.ts
/** `[us]`, `90`, `all`: a fact value in one short line. */
function showValue(value) {
    if (value === null || value === undefined)
        return '—';
    if (Array.isArray(value)) {
        return `[${value.map(showItem).join(', ')}]`;
    }
    if (typeof value === 'object') {
        return Object.entries(value)
            .map(([k, v]) => `${k}: ${showValue(v)}`)
            .join('; ');
    }
    return String(value);
}
/** `Google Cloud (us)` for a subprocessor, `eu on business` for a region option. */
function showItem(item) {
    if (!item || typeof item !== 'object')
        return String(item);
    const { name, region, plans, purpose } = item;
    if (name !== undefined)
        return `${name}${region ? ` (${region})` : ''}${purpose ? ` for ${purpose}` : ''}`;
    if (region !== undefined)
        return `${region} on ${Array.isArray(plans) ? plans.join('/') : String(plans)}`;
    return JSON.stringify(item);
}
/** How sure the evidence is, in words a reviewer reads. */
function describeStatus(evidence) {
    switch (evidence.status) {
        case 'confirmed':
            return `confirmed, verified ${evidence.verified}`;
        case 'unclear':
            return `unclear (cannot verify), rule verified ${evidence.verified}`;
        case 'absent':
            return 'not stated in the rule (cannot verify)';
        case 'assurance':
            return 'recorded assurance';
    }
}

;// CONCATENATED MODULE: ./src/report/format-markdown.ts



const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
/** Areas that make a table column: the rest (waivers, inventory, policy) appear only as findings. */
const TABLE_AREAS = AREAS.filter((a) => !['waiver', 'inventory', 'policy'].includes(a));
/** Markdown for the job summary and the pull-request comment. Renders only; no I/O. */
function formatMarkdown(report) {
    const { counts } = report;
    const out = [];
    const verdict = report.result === 'pass' ? '✅ **Vendor Gate passed**' : '❌ **Vendor Gate failed**';
    out.push(`### ${verdict} — \`${report.manifest}\``, '');
    out.push(`${counts.error} error(s) · ${counts.warning} warning(s) · ${counts.notice} notice(s)${counts.waived > 0 ? ` · ${counts.waived} waived` : ''}`, '');
    for (const note of report.notes ?? [])
        out.push(`> **Note:** ${escapeCell(note)}`, '');
    if (report.services.length > 0)
        out.push(...servicesTable(report), '');
    const live = report.findings.filter((f) => f.waived === null);
    if (live.length > 0) {
        out.push('#### Findings', '');
        for (const finding of live)
            out.push(...describeFinding(finding), '');
    }
    else {
        out.push('Every declared service meets the requirements.', '');
    }
    const waived = report.findings.filter((f) => f.waived !== null);
    if (waived.length > 0) {
        out.push('#### Waived', '', '| Check | Vendor | Reason | Expires |', '| --- | --- | --- | --- |');
        for (const f of waived) {
            out.push(`| \`${f.check}\` | ${escapeCell(f.vendor ?? '')} | ${escapeCell(f.waived.reason)} | ${f.waived.expires} |`);
        }
        out.push('');
    }
    return out.join('\n');
}
function servicesTable(report) {
    const header = ['Service', 'Plan', ...TABLE_AREAS];
    const rows = report.services.map((service, index) => {
        const own = report.findings.filter((f) => f.service === index && f.waived === null);
        const cells = TABLE_AREAS.map((area) => cellFor(own.filter((f) => areaOf(f) === area)));
        return [`${index + 1}. ${escapeCell(service.vendor)}`, service.plan ?? '—', ...cells];
    });
    return [
        `| ${header.join(' | ')} |`,
        `| ${header.map(() => '---').join(' | ')} |`,
        ...rows.map((r) => `| ${r.join(' | ')} |`),
        '',
        '✅ no finding · ❌ error · ⚠️ warning · ℹ️ notice',
    ];
}
function areaOf(finding) {
    return CHECKS.get(finding.check)?.area;
}
function cellFor(findings) {
    for (const severity of ['error', 'warning', 'notice']) {
        if (findings.some((f) => f.severity === severity))
            return ICON[severity];
    }
    return '✅';
}
function describeFinding(finding) {
    const { location } = finding;
    const lines = [
        `${ICON[finding.severity]} **\`${finding.check}\`**${finding.vendor ? ` — ${escapeInline(finding.vendor)}` : ''} (\`${location.file}:${location.line}\`)`,
        '',
        `${escapeInline(finding.message)}`,
        '',
        `**Fix:** ${escapeInline(finding.remediation)}`,
    ];
    if (finding.evidence.length > 0) {
        lines.push('', '<details><summary>Evidence</summary>', '');
        for (const e of finding.evidence) {
            const source = e.source ? ` — [source](${e.source})` : '';
            lines.push(`- \`${e.fact}\` = \`${showValue(e.value)}\` (${describeStatus(e)})${source}`);
            if (e.quote)
                lines.push(`  > ${escapeInline(e.quote)}`);
            if (e.note)
                lines.push('', `  ${escapeInline(e.note)}`); // a blank line ends the quote above
        }
        lines.push('', '</details>');
    }
    return lines;
}
/** Keep user-written text from breaking out of the markdown (or into HTML). */
function escapeInline(text) {
    return text.replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;')).replace(/\r?\n/g, ' ');
}
function escapeCell(text) {
    return escapeInline(text).replace(/\|/g, '\\|');
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/report/format-sarif.ts


const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const INFORMATION_URI = 'https://github.com/vendor-gate/vendor-gate';
const SRCROOT = '%SRCROOT%';
/** The partialFingerprints key. Bump its version when `identityOf` changes, so old alerts are not mistaken for new. */
const FINGERPRINT_KEY = 'vendorGate/v1';
const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
/** SARIF 2.1.0 for code scanning: one rule per check id, one result per finding. Renders only; no I/O. */
function formatSarif(report) {
    const metas = [...CHECKS.values()]; // already sorted by id, so rule indexes are stable
    const ruleIndex = new Map(metas.map((meta, index) => [meta.id, index]));
    const fingerprints = fingerprintsOf(report);
    const log = {
        $schema: SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'vendor-gate',
                        version: report.tool.version,
                        ...(/^\d+\.\d+\.\d+/.test(report.tool.version) ? { semanticVersion: report.tool.version } : {}),
                        informationUri: INFORMATION_URI,
                        rules: metas.map(ruleFor),
                    },
                },
                originalUriBaseIds: {
                    [SRCROOT]: { description: { text: 'The root of the repository Vendor Gate checked.' } },
                },
                // Our columns are JavaScript string offsets, as `yaml`'s linePos gives them.
                columnKind: 'utf16CodeUnits',
                results: report.findings.map((finding, i) => resultFor(finding, ruleIndex, fingerprints[i])),
                ...(report.notes ? { properties: { notes: report.notes } } : {}),
            },
        ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
}
function ruleFor(meta) {
    const severity = meta.severity === 'unknown-vendors'
        ? 'set by `requirements.unknown-vendors` (warning when unset)'
        : `${meta.severity} (change it under \`checks:\` in the manifest)`;
    return {
        id: meta.id,
        name: pascalCase(meta.id),
        shortDescription: { text: firstSentence(meta.description) },
        fullDescription: { text: meta.description },
        helpUri: `${INFORMATION_URI}#checks`,
        help: {
            text: `${meta.help}\n\nDefault severity: ${severity.replace(/`/g, '')}.`,
            markdown: `${meta.help}\n\n**Default severity:** ${severity}.`,
        },
        defaultConfiguration: { level: meta.severity === 'unknown-vendors' ? 'warning' : LEVEL[meta.severity] },
        properties: { tags: ['vendor-gate', meta.area] },
    };
}
function resultFor(finding, ruleIndex, fingerprint) {
    const { location, waived } = finding;
    const index = ruleIndex.get(finding.check);
    const sources = [...new Set(finding.evidence.flatMap((e) => (e.source ? [e.source] : [])))];
    return {
        ruleId: finding.check,
        ...(index !== undefined ? { ruleIndex: index } : {}),
        level: LEVEL[finding.severity],
        message: {
            text: [
                finding.message,
                `Fix: ${finding.remediation}`,
                ...(sources.length > 0 ? [`Sources: ${sources.join(' ')}`] : []),
            ].join('\n'),
        },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: toUri(location.file), uriBaseId: SRCROOT },
                    // Both 1-based with an exclusive end column, so the location maps over as it is.
                    region: {
                        startLine: location.line,
                        startColumn: location.column,
                        endLine: location.endLine,
                        endColumn: location.endColumn,
                    },
                },
            },
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
        ...(waived
            ? {
                suppressions: [{ kind: 'inSource', justification: `${waived.reason} (expires ${waived.expires})` }],
            }
            : {}),
        properties: {
            vendor: finding.vendor,
            service: finding.service,
            evidence: finding.evidence,
        },
    };
}
/**
 * One fingerprint per finding that survives re-runs and edits that only move lines: it hashes what
 * the finding is about, never where it is. Findings that still share an identity (one check reporting
 * twice for a service, e.g. two missing features) are told apart by their order in the report.
 */
function fingerprintsOf(report) {
    const seen = new Map();
    return report.findings.map((finding) => {
        const identity = identityOf(finding, report);
        const occurrence = seen.get(identity) ?? 0;
        seen.set(identity, occurrence + 1);
        return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(`${identity}\u0000${occurrence}`).digest('hex');
    });
}
function identityOf(finding, report) {
    const facts = [...new Set(finding.evidence.map((e) => e.fact))].sort();
    const parts = [finding.check, finding.location.file, finding.vendor ?? '', facts.join(',')];
    if (finding.service !== null) {
        // The service as "the n-th service of this vendor", so adding or removing another vendor's
        // service does not re-key this one, while two services of one vendor stay distinct.
        const vendor = report.services[finding.service]?.vendor;
        const nth = report.services.slice(0, finding.service).filter((s) => s.vendor === vendor).length;
        parts.push(`service:${vendor ?? ''}#${nth}`);
    }
    else {
        // No service (a dependency found in code, a policy change): the wording names the file and the
        // dependency or requirement, and never a line, so it is what tells these findings apart.
        parts.push(finding.message.trim().replace(/\s+/g, ' '));
    }
    return JSON.stringify(parts);
}
/** `residency.outside-allowed` → `ResidencyOutsideAllowed`. */
function pascalCase(id) {
    return id
        .split(/[^A-Za-z0-9]+/)
        .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
        .join('');
}
function firstSentence(text) {
    const match = /^.*?[.!?](?=\s|$)/.exec(text);
    return match ? match[0] : text;
}
/** A workspace-relative path as a relative URI reference: each segment percent-encoded, `/` kept. */
function toUri(file) {
    return file.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');
}

;// CONCATENATED MODULE: ./src/report/format-text.ts


/** Plain text for a terminal: the verdict first, then each finding with what to do and why. */
function formatText(report) {
    const lines = [];
    const { counts } = report;
    lines.push(`vendor-gate: ${report.result.toUpperCase()} — ${report.manifest}: ${counts.error} error(s), ${counts.warning} warning(s), ${counts.notice} notice(s)` +
        (counts.waived > 0 ? `, ${counts.waived} waived` : ''));
    for (const note of report.notes ?? [])
        lines.push(`note: ${note}`);
    const live = report.findings.filter((f) => f.waived === null);
    const waived = report.findings.filter((f) => f.waived !== null);
    for (const finding of live)
        lines.push('', ...format_text_describeFinding(finding));
    if (waived.length > 0) {
        lines.push('', 'Waived:');
        for (const finding of waived) {
            lines.push(`  ${finding.check} (${finding.vendor}) at ${where(finding)}: ${finding.waived.reason} — expires ${finding.waived.expires}`);
        }
    }
    if (report.findings.length === 0)
        lines.push('', 'Every declared service meets the requirements.');
    return `${lines.join('\n')}\n`;
}
function where(finding) {
    return `${finding.location.file}:${finding.location.line}:${finding.location.column}`;
}
function format_text_describeFinding(finding) {
    const lines = [
        `${finding.severity.padEnd(7)} ${finding.check}  ${where(finding)}${finding.vendor ? `  (${finding.vendor})` : ''}`,
    ];
    lines.push(`  ${finding.message}`);
    lines.push(`  Fix: ${finding.remediation}`);
    for (const e of finding.evidence) {
        lines.push(`  Evidence: ${e.fact} = ${showValue(e.value)} (${describeStatus(e)})${e.source ? ` — ${e.source}` : ''}`);
        if (e.quote)
            lines.push(`    "${e.quote}"`);
        if (e.note && e.status !== 'confirmed')
            lines.push(`    ${e.note}`);
    }
    return lines;
}
function formatTextConfigErrors(errors) {
    return `${errors.map((e) => `error: ${(0,config_error/* formatConfigError */.YQ)(e)}`).join('\n')}\nvendor-gate: could not evaluate (${errors.length} configuration error${errors.length === 1 ? '' : 's'})\n`;
}

;// CONCATENATED MODULE: ./src/cli/vendors.ts



/** `vendor-gate vendors`: one line per catalogued vendor. */
function listVendors(catalogue) {
    const rows = [...catalogue.rules]
        .sort((a, b) => (0,compare/* compareStrings */.K)(a.rule.id, b.rule.id))
        .map(({ rule, origin }) => {
        const facts = Object.values(rule.facts);
        const confirmed = facts.filter((f) => f.status === 'confirmed').length;
        return [
            rule.id,
            rule.name,
            rule.category,
            rule.verified,
            `${facts.length} facts (${confirmed} confirmed, ${facts.length - confirmed} unclear)`,
            origin === 'local' ? 'local' : '',
        ];
    });
    return table([['ID', 'NAME', 'CATEGORY', 'VERIFIED', 'FACTS', ''], ...rows]);
}
function table(rows) {
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
    return `${rows
        .map((r) => r
        .map((cell, i) => cell.padEnd(widths[i]))
        .join('  ')
        .trimEnd())
        .join('\n')}\n`;
}
/** `vendor-gate explain <vendor>`: the vendor card, every fact with its status and source. */
function explainVendor(catalogue, vendor) {
    const loaded = catalogue.resolve(vendor);
    if (!loaded) {
        const confusable = catalogue.confusableFor(vendor);
        if (confusable)
            return {
                ok: false,
                message: `${vendor} is not ${confusable.rule.name} (${confusable.rule.domain}): ${confusable.note}`,
            };
        const hint = (0,did_you_mean/* didYouMean */.a)(vendor, catalogue.ids);
        return {
            ok: false,
            message: `no vendor '${vendor}' in the catalogue.${hint ? ` Did you mean '${hint}'?` : ''} Known: ${catalogue.ids.join(', ')}`,
        };
    }
    const { rule } = loaded;
    const lines = [
        `${rule.name} (${rule.id}, ${rule.domain}) — ${rule.category}`,
        `Verified: ${rule.verified}   Plans: ${rule.plans.join(', ')}   Rule: ${loaded.file}${loaded.replaces ? ` (replaces ${loaded.replaces})` : ''}`,
    ];
    for (const c of rule.confusables ?? [])
        lines.push(`Not to be confused with ${c.domain}: ${c.note}`);
    lines.push('', 'Facts:');
    for (const [key, fact] of Object.entries(rule.facts)) {
        const source = fact.source && Object.hasOwn(rule.sources, fact.source) ? rule.sources[fact.source] : undefined;
        const value = fact.value !== undefined ? showValue(fact.value) : 'unknown';
        lines.push(`  ${key}: ${value}  [${fact.status}]`);
        if (source)
            lines.push(`    source: ${source.title} — ${source.url}${source.kind === 'secondary' ? ' (secondary)' : ''}${source.date ? ` (${source.date})` : ''}`);
        if (fact.quote)
            lines.push(`    quote: "${fact.quote}"`);
        if (fact.note)
            lines.push(`    note: ${fact.note}`);
    }
    const detect = Object.entries(rule.detect ?? {}).filter(([, patterns]) => patterns && patterns.length > 0);
    if (detect.length > 0) {
        lines.push('', 'Detected in code by:');
        for (const [ecosystem, patterns] of detect)
            lines.push(`  ${ecosystem}: ${patterns.join(', ')}`);
    }
    return { ok: true, text: `${lines.join('\n')}\n` };
}
/** A fact's value for the catalogue table: the value when confirmed, "unclear" or "—" otherwise. */
function cell(rule, key) {
    const fact = rule.facts[key];
    if (!fact)
        return '—';
    if (fact.status !== 'confirmed')
        return 'unclear';
    const value = fact.value;
    if (key === 'hosting.region-options' && Array.isArray(value)) {
        return value.length === 0 ? 'none' : showValue(value);
    }
    if (key === 'retention.deletion-after-termination-days')
        return `${String(value)} days`;
    return Array.isArray(value) ? value.join(', ') || 'none' : showValue(value);
}
/** `vendor-gate vendors --format markdown`: the catalogue as the table in docs/vendors.md. */
function vendorsMarkdown(catalogue) {
    const header = [
        'Vendor',
        'Category',
        'Verified',
        'Default regions',
        'Region options',
        'DPA',
        'BAA',
        'AI training',
        'Deletion after termination',
    ];
    const rows = [...catalogue.rules]
        .sort((a, b) => (0,compare/* compareStrings */.K)(a.rule.id, b.rule.id))
        .map(({ rule }) => [
        `[${rule.name}](../rules/vendors/${rule.id}.yml)`,
        rule.category,
        rule.verified,
        cell(rule, 'hosting.regions'),
        cell(rule, 'hosting.region-options'),
        cell(rule, 'dpa.plans'),
        cell(rule, 'baa.plans'),
        cell(rule, 'ai-training'),
        cell(rule, 'retention.deletion-after-termination-days'),
    ]);
    return [
        '# Vendor catalogue',
        '',
        '<!-- Generated by `npm run docs` from rules/vendors/*.yml; CI fails when it is out of date. Do not edit by hand. -->',
        '',
        'Confirmed facts only; "unclear" means the rule records a claim no primary source confirms, "—" that the rule says nothing.',
        'Run `npx vendor-gate explain <vendor>` for every fact with its source and quote.',
        '',
        `| ${header.join(' | ')} |`,
        `| ${header.map(() => '---').join(' | ')} |`,
        ...rows.map((r) => `| ${r.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`),
        '',
    ].join('\n');
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
// EXTERNAL MODULE: ./src/detect/match.ts
var match = __nccwpck_require__(7086);
// EXTERNAL MODULE: ./src/detect/scan.ts + 25 modules
var scan = __nccwpck_require__(4246);
;// CONCATENATED MODULE: ./src/cli/init.ts










/** Where editors with the YAML language server fetch the manifest schema (as in the README). */
const MANIFEST_SCHEMA_URL = 'https://raw.githubusercontent.com/vendor-gate/vendor-gate/main/schemas/vendor-gate.schema.json';
/**
 * `vendor-gate init`: scan the repository and write a starter manifest that lists each detected
 * vendor once. Refuses to overwrite an existing file, and never writes a manifest that would not
 * validate.
 */
async function initManifest(options) {
    const { workspace, catalogue } = options;
    const target = resolveInWorkspace(workspace, options.manifest);
    const shown = displayPath(workspace, target);
    if (pathTaken(target)) {
        throw new UsageError(`${shown} already exists; init never overwrites a manifest. Edit it, or move it away and run init again.`);
    }
    const dependencies = await (0,scan.scanRepository)(workspace, { ignore: options.scanIgnore ?? [] });
    const detected = findDetectedVendors(dependencies, catalogue);
    const text = renderStarterManifest(detected);
    assertValid(shown, text, catalogue);
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(target), { recursive: true });
    try {
        // `wx`: fail rather than overwrite a file created since the check above.
        (0,external_node_fs_.writeFileSync)(target, text, { flag: 'wx' });
    }
    catch (error) {
        if (error.code === 'EEXIST')
            throw new UsageError(`${shown} already exists; init never overwrites a manifest.`);
        throw error;
    }
    return {
        written: shown,
        text,
        vendors: detected.filter((d) => !d.optional).map((d) => d.rule.id),
        optional: detected.filter((d) => d.optional).map((d) => d.rule.id),
    };
}
/** Each catalogued vendor with at least one matching dependency or env key, sorted by id. */
function findDetectedVendors(dependencies, catalogue) {
    // A monorepo declares thousands of dependencies on a few dozen names: match each name once per rule.
    const byName = new Map();
    const position = new Map();
    for (const ref of dependencies) {
        position.set(ref, position.size);
        const key = `${ref.ecosystem}\0${ref.name}`;
        const refs = byName.get(key);
        if (refs)
            refs.push(ref);
        else
            byName.set(key, [ref]);
    }
    const detected = [];
    for (const { rule } of catalogue.rules) {
        const patterns = rule.detect;
        if (!patterns)
            continue;
        const hits = [];
        for (const refs of byName.values()) {
            const pattern = (0,match/* findMatchingPattern */.vD)(patterns, refs[0]);
            if (pattern)
                hits.push(...refs.map((ref) => ({ ref, pattern })));
        }
        if (hits.length === 0)
            continue;
        hits.sort((a, b) => position.get(a.ref) - position.get(b.ref)); // back to file and line order
        const active = hits.filter((hit) => !hit.ref.commented);
        detected.push({ rule, hits: active.length > 0 ? active : hits, optional: active.length === 0 });
    }
    return detected.sort((a, b) => (a.rule.id < b.rule.id ? -1 : a.rule.id > b.rule.id ? 1 : 0));
}
/** The starter manifest's text: every requirement explained, each detected vendor a service. */
function renderStarterManifest(detected) {
    const lines = [
        `# yaml-language-server: $schema=${MANIFEST_SCHEMA_URL}`,
        '# Starter manifest written by `vendor-gate init`. Review each TODO, then run `vendor-gate check`.',
        'version: 1',
        commented('requirements:', 'what this project must honour'),
        '  # TODO: list the personal data this project really handles; [] declares none. Categories:',
        `  # ${DATA_CATEGORIES.join(', ')}.`,
        commented('  data: [contact, credentials]', 'a starting guess (sign-in data): see the TODO'),
        commented('  # residency:', 'where personal data may be stored'),
        commented('  #   regions: [eu]', REGIONS.join(', ')),
        commented('  #   transfers: forbidden', 'forbidden (default) | safeguarded (DPF, SCCs, ...)'),
        commented('  # agreements: [dpa]', `every processor must have signed: ${AGREEMENTS.join(', ')}`),
        commented('  # ai-training: forbidden', "forbidden | allowed (default): vendors training AI on users' data"),
        commented('  # deletion-days: 30', 'vendors must delete our data within N days of termination'),
        commented('  # certifications: [soc2-type2]', `every vendor must hold: ${CERTIFICATIONS.join(', ')}`),
        commented('  # subprocessor-notice-days: 30', 'minimum notice before a vendor changes subprocessors'),
        commented('  # features: [audit-logs]', `every vendor must provide on our plan: ${FEATURES.join(', ')}`),
        commented('  # max-rule-age-days: 365', 'a vendor rule verified longer ago is stale (default 365)'),
        commented('  # unknown-vendors: warning', 'error | warning (default): a vendor the catalogue lacks'),
    ];
    const active = detected.filter((d) => !d.optional);
    if (detected.length === 0) {
        lines.push(commented('services: []', 'the scan found no catalogued vendor SDK or env key'), '# Add every third-party service that receives personal data, e.g.:', '# services:', commented('#   - vendor: clerk', 'catalogue id (`vendor-gate vendors`) or domain'), commented('#     plan: free', "one of the vendor's plans"), '#     purpose: Sign-up and sign-in');
    }
    else if (active.length === 0) {
        // Only optional integrations: the list stays empty until one is uncommented.
        lines.push(commented('services: []', 'no vendor SDK found; optional integrations below'));
    }
    else {
        lines.push(commented('services:', 'every third-party service that receives personal data'));
    }
    for (const vendor of detected)
        lines.push(...renderService(vendor));
    return `${lines.join('\n')}\n`;
}
/** Most detection sites a service's comment names before summing up the rest. */
const MAX_SITES_SHOWN = 3;
function renderService({ rule, hits, optional }) {
    const sites = hits.slice(0, MAX_SITES_SHOWN).map(({ ref }) => {
        const what = ref.ecosystem === 'env' ? `env ${ref.name}` : ref.name;
        return `${ref.location.file}:${ref.location.line} (${what})`;
    });
    const more = hits.length > MAX_SITES_SHOWN ? ` and ${hits.length - MAX_SITES_SHOWN} more` : '';
    const header = optional
        ? `  # ${rule.name}: only commented out, at ${sites.join(', ')}${more}. Uncomment if it is used.`
        : `  # ${rule.name}: detected at ${sites.join(', ')}${more}.`;
    const [firstPlan = ''] = rule.plans;
    const choices = rule.plans.length > 1 ? `one of: ${rule.plans.join(', ')}` : 'its only plan';
    const body = [
        [`- vendor: ${scalar(rule.id)}`],
        [`  plan: ${scalar(firstPlan)}`, choices],
        [`  purpose: ${scalar(`TODO what ${rule.name} does for this project`)}`],
        ['  # data: [contact]', 'what it receives; absent = all of requirements.data'],
        ['  # agreements: [dpa]', `signed with ${rule.name}: ${AGREEMENTS.join(', ')}`],
    ];
    const prefix = optional ? '  # ' : '  ';
    return [
        safeComment(header),
        ...body.map(([code, comment]) => (comment ? commented(prefix + code, comment) : prefix + code)),
    ];
}
/** `code` with `# comment` aligned at column 36, as in the README's annotated manifest. */
function commented(code, comment) {
    return `${code.padEnd(34)} # ${safeComment(comment)}`;
}
/** A string as a YAML scalar, quoted only when it must be (a plan `1.0`, a `#` in a name). */
function scalar(value) {
    return (0,dist/* stringify */.As)(value, { lineWidth: 0 }).trimEnd();
}
/**
 * Names and paths come from the repository; a line break in one would end the comment and
 * inject YAML, so control characters become `?`.
 */
function safeComment(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]/g, '?');
}
/** Exists, or is a symlink (even a dangling one): either way, not ours to replace. */
function pathTaken(path) {
    if ((0,external_node_fs_.existsSync)(path))
        return true;
    try {
        (0,external_node_fs_.lstatSync)(path);
        return true;
    }
    catch {
        return false;
    }
}
/** The starter must pass the same validation `check` applies; failing here is a bug in init. */
function assertValid(file, text, catalogue) {
    try {
        parseManifest(file, text, catalogue);
    }
    catch (error) {
        if (error instanceof config_error/* ConfigErrors */.mS)
            throw new Error(`init produced a manifest that does not validate (a bug):\n${error.message}\n\n${text}`);
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/cli/subprocessors.ts
const confirmedValue = (rule, key) => {
    const fact = rule.facts[key];
    return fact?.status === 'confirmed' ? fact.value : undefined;
};
/** Every declared service that receives personal data, with what the catalogue confirms about it. */
function subprocessorRegister(manifest, catalogue) {
    return manifest.services
        .map((service) => ({ service, data: service.data ?? manifest.requirements.data }))
        .filter(({ data }) => data.length > 0)
        .map(({ service, data }) => {
        const rule = catalogue.resolve(service.vendor)?.rule;
        if (!rule) {
            return {
                vendor: service.vendor,
                purpose: service.purpose ?? '',
                data,
                region: 'unknown (no catalogue rule)',
                transferMechanisms: [],
                dpa: null,
            };
        }
        const defaults = confirmedValue(rule, 'hosting.regions');
        const region = service.region ??
            (defaults && defaults.length === 1
                ? defaults[0]
                : defaults
                    ? `one of ${defaults.join(', ')} (not stated)`
                    : 'unknown');
        const dpaFact = rule.facts['dpa.plans'];
        const dpaSource = rule.sources.dpa ?? (dpaFact?.source ? rule.sources[dpaFact.source] : undefined);
        return {
            vendor: rule.name,
            purpose: service.purpose ?? '',
            data,
            region,
            transferMechanisms: confirmedValue(rule, 'transfers.mechanisms') ?? [],
            dpa: dpaSource?.url ?? null,
        };
    });
}
const COLUMNS = ['Vendor', 'Purpose', 'Personal data', 'Region', 'Transfer mechanism', 'DPA'];
function cells(entry) {
    return [
        entry.vendor,
        entry.purpose,
        entry.data.join(', '),
        entry.region,
        entry.transferMechanisms.join(', ') || '—',
        entry.dpa ?? '—',
    ];
}
function formatRegister(entries, format) {
    if (format === 'json')
        return `${JSON.stringify(entries, null, 2)}\n`;
    if (format === 'csv') {
        // RFC 4180: quote every field, double inner quotes.
        const line = (values) => values.map((v) => `"${v.replace(/"/g, '""')}"`).join(',');
        return `${[line(COLUMNS), ...entries.map((e) => line(cells(e)))].join('\r\n')}\r\n`;
    }
    const row = (values) => `| ${values.map((v) => v.replace(/\|/g, '\\|').replace(/\n/g, ' ')).join(' | ')} |`;
    return `${[row(COLUMNS), row(COLUMNS.map(() => '---')), ...entries.map((e) => row(cells(e)))].join('\n')}\n`;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
;// CONCATENATED MODULE: ./src/policy/base-manifest.ts


const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** Fails with a clear message unless `ref` names a commit in the workspace's repository. */
async function verifyGitRef(workspace, ref) {
    if (ref.startsWith('-'))
        throw new Error(`'${ref}' is not a git ref`);
    try {
        await run('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: workspace });
    }
    catch {
        throw new Error(`--base: '${ref}' is not a commit in this repository (fetch it first, e.g. git fetch origin main)`);
    }
}
/** Read a file at a git ref with `git show` (no shell; the ref is passed as one argument). */
function gitBaseReader(workspace, ref) {
    return async (path) => {
        if (ref.startsWith('-'))
            throw new Error(`'${ref}' is not a git ref`);
        try {
            const { stdout } = await run('git', ['show', `${ref}:${path}`], {
                cwd: workspace,
                maxBuffer: 2 * 1024 * 1024,
                encoding: 'utf8',
            });
            return { text: stdout, label: `${path} at ${ref}` };
        }
        catch {
            return undefined;
        }
    };
}

;// CONCATENATED MODULE: ./src/cli/run-cli.ts


















const USAGE = `Usage: vendor-gate <command> [options]

Commands:
  check                 Check the manifest against the vendor catalogue (the default)
      --manifest P      Manifest path (default ${DEFAULT_MANIFEST})
      --rules DIR       Local vendor rules (default ${DEFAULT_RULES})
      --policy P        Requirements file that takes precedence over the manifest's
      --fail-on L       error | warning | notice | never (default error)
      --format F        text | json | markdown | sarif (default text)
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
const FORMATS = ['text', 'json', 'markdown', 'sarif'];
/** Run one CLI command; returns the exit code. Never throws for bad input. */
async function runCli(argv, io) {
    const [command = 'check', ...rest] = argv[0]?.startsWith('-') ? ['check', ...argv] : argv;
    try {
        switch (command) {
            case 'check':
                return await check(rest, io);
            case 'vendors':
                return await vendors(rest, io);
            case 'subprocessors':
                return await run_cli_subprocessors(rest, io);
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
    }
    catch (error) {
        if (error instanceof UsageError || error instanceof OutsideWorkspaceError) {
            io.stderr.write(`vendor-gate: ${error.message}\n\n${USAGE}`);
            return 2;
        }
        if (error instanceof config_error/* ConfigErrors */.mS) {
            io.stderr.write(formatTextConfigErrors(error.errors));
            return 2;
        }
        if (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
            io.stderr.write(`vendor-gate: ${error.message}\n\n${USAGE}`);
            return 2;
        }
        // A bug of ours, not the user's: say so in one line; the run was not evaluated.
        io.stderr.write(`vendor-gate: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
        return 2;
    }
}
async function check(args, io) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        allowPositionals: true,
        options: {
            manifest: { type: 'string', default: DEFAULT_MANIFEST },
            rules: { type: 'string' },
            policy: { type: 'string' },
            'fail-on': { type: 'string', default: 'error' },
            format: { type: 'string', default: 'text' },
            'no-scan': { type: 'boolean', default: false },
            'scan-ignore': { type: 'string', multiple: true, default: [] },
            base: { type: 'string' },
        },
    });
    if (positionals.length > 0)
        throw new UsageError(`unexpected argument '${positionals[0]}'`);
    const format = oneOf('--format', values.format, FORMATS);
    const options = {
        workspace: io.cwd,
        manifest: values.manifest,
        rules: values.rules ?? DEFAULT_RULES,
        rulesExplicit: values.rules !== undefined,
        policy: values.policy,
        failOn: oneOf('--fail-on', values['fail-on'], FAIL_ON_LEVELS),
        scan: !values['no-scan'],
        scanIgnore: values['scan-ignore'],
        today: (0,dates/* today */.Ec)(io.env),
    };
    if (values.base !== undefined) {
        await verifyGitRef(io.cwd, values.base).catch((error) => {
            throw new UsageError(error.message);
        });
    }
    const outcome = await evaluateRepository(options, {
        readBase: values.base ? gitBaseReader(io.cwd, values.base) : undefined,
    });
    render(outcome, format, io);
    return exitStatus(outcome);
}
function render(outcome, format, io) {
    if (outcome.kind === 'usage-error')
        throw new UsageError(outcome.message);
    if (outcome.kind === 'config-error') {
        if (format === 'json')
            io.stdout.write(formatJsonConfigErrors(outcome.errors));
        else
            io.stderr.write(formatTextConfigErrors(outcome.errors));
        return;
    }
    const formatters = { text: formatText, json: formatJson, markdown: formatMarkdown, sarif: formatSarif };
    io.stdout.write(formatters[format](outcome.report));
}
function oneOf(flag, value, allowed) {
    if (allowed.includes(value))
        return value;
    throw new UsageError(`${flag}: '${value}' is not one of ${allowed.join(', ')}`);
}
async function init(args, io) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        allowPositionals: true,
        options: {
            manifest: { type: 'string', default: DEFAULT_MANIFEST },
            rules: { type: 'string' },
            'scan-ignore': { type: 'string', multiple: true, default: [] },
        },
    });
    if (positionals.length > 0)
        throw new UsageError(`unexpected argument '${positionals[0]}'`);
    const result = await initManifest({
        workspace: io.cwd,
        manifest: values.manifest,
        catalogue: await catalogueFor(args, io),
        scanIgnore: values['scan-ignore'],
    });
    const found = result.vendors.length > 0 ? result.vendors.join(', ') : 'no vendors detected';
    const optional = result.optional.length > 0 ? `; commented out: ${result.optional.join(', ')}` : '';
    io.stdout.write(`Wrote ${result.written} (${found}${optional}).\nReview the TODOs, then run \`vendor-gate check\`.\n`);
    return 0;
}
async function vendors(args, io) {
    const { values } = (0,external_node_util_.parseArgs)({
        args,
        options: { rules: { type: 'string' }, format: { type: 'string', default: 'text' } },
    });
    const format = oneOf('--format', values.format, ['text', 'markdown']);
    const catalogue = await catalogueFor(args, io);
    io.stdout.write(format === 'markdown' ? vendorsMarkdown(catalogue) : listVendors(catalogue));
    return 0;
}
async function run_cli_subprocessors(args, io) {
    const { values } = (0,external_node_util_.parseArgs)({
        args,
        options: {
            manifest: { type: 'string', default: DEFAULT_MANIFEST },
            rules: { type: 'string' },
            format: { type: 'string', default: 'markdown' },
        },
    });
    const format = oneOf('--format', values.format, ['markdown', 'csv', 'json']);
    const catalogue = await catalogueFor(args, io);
    const path = resolveInWorkspace(io.cwd, values.manifest);
    const shown = displayPath(io.cwd, path);
    const { manifest } = parseManifest(shown, readUserFile(io.cwd, path, shown, 'manifest'), catalogue);
    io.stdout.write(formatRegister(subprocessorRegister(manifest, catalogue), format));
    return 0;
}
function catalogueFor(args, io) {
    const { values } = (0,external_node_util_.parseArgs)({
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
        today: (0,dates/* today */.Ec)(io.env),
    });
}
async function explain(args, io) {
    const { positionals } = (0,external_node_util_.parseArgs)({ args, allowPositionals: true, options: { rules: { type: 'string' } } });
    const vendor = positionals[0];
    if (!vendor)
        throw new UsageError('explain needs a vendor id or domain, e.g. `vendor-gate explain clerk`');
    const catalogue = await catalogueFor(args, io);
    const card = explainVendor(catalogue, vendor);
    if (!card.ok) {
        io.stderr.write(`vendor-gate: ${card.message}\n`);
        return 2;
    }
    io.stdout.write(card.text);
    return 0;
}


/***/ }),

/***/ 5344:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ compareStrings)
/* harmony export */ });
/** Code-unit order: the same on every machine, unlike localeCompare (which also loads ICU at start-up). */
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 7718:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ec: () => (/* binding */ today),
/* harmony export */   V_: () => (/* binding */ isRealDate),
/* harmony export */   YM: () => (/* binding */ daysBetween)
/* harmony export */ });
/** Calendar dates as `YYYY-MM-DD` strings, compared as UTC days. */
/** True for a date that exists: `2026-02-30` does not. */
function isRealDate(text) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!match)
        return false;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
/** Whole days from `from` to `to` (negative when `to` is earlier). */
function daysBetween(from, to) {
    return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
/** Today's date in UTC; `VENDOR_GATE_TODAY` pins it for reproducible runs and tests. */
function today(env = process.env) {
    const pinned = env.VENDOR_GATE_TODAY;
    if (pinned && isRealDate(pinned))
        return pinned;
    return new Date().toISOString().slice(0, 10);
}


/***/ }),

/***/ 7086:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   vD: () => (/* binding */ findMatchingPattern)
/* harmony export */ });
/* unused harmony exports matchesPattern, matchesGlob */
/* harmony import */ var _pep508_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1751);

/**
 * Whether a vendor rule's `detect` pattern matches a dependency name. `*` matches
 * any run of characters other than `/`; nothing else is special. Names compare
 * as each ecosystem compares them:
 * - npm, gem, env: exactly (case-sensitive);
 * - pypi: PEP 503-normalised (`Clerk_Backend.API` is `clerk-backend-api`);
 * - composer: case-insensitively;
 * - cargo: case-insensitively, `-` and `_` alike (as crates.io treats them);
 * - go: the pattern is a module path prefix, ending at a `/`
 *   (`github.com/clerk/clerk-sdk-go` matches `github.com/clerk/clerk-sdk-go/v2`).
 */
function matchesPattern(ecosystem, pattern, name) {
    switch (ecosystem) {
        case 'pypi':
            return matchesGlob((0,_pep508_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizePypiName */ .T)(pattern), (0,_pep508_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizePypiName */ .T)(name));
        case 'composer':
            return matchesGlob(pattern.toLowerCase(), name.toLowerCase());
        case 'cargo':
            return matchesGlob(normalizeCrateName(pattern), normalizeCrateName(name));
        case 'go':
            return matchesModulePrefix(pattern, name);
        case 'npm':
        case 'gem':
        case 'env':
            return matchesGlob(pattern, name);
    }
}
/** The first of a rule's patterns that matches a dependency, if any. */
function findMatchingPattern(patterns, ref) {
    return patterns[ref.ecosystem]?.find((pattern) => matchesPattern(ref.ecosystem, pattern, ref.name));
}
/**
 * Glob match without regular expressions, so no pattern can blow up: at worst
 * pattern length × name length steps. `/` separates segments that must pair up
 * one to one; each pair is matched by the classic greedy algorithm that
 * backtracks only to the latest `*`, which is exact when `*` is the only wildcard.
 */
function matchesGlob(pattern, name) {
    const patternSegments = pattern.split('/');
    const nameSegments = name.split('/');
    if (patternSegments.length !== nameSegments.length)
        return false;
    return patternSegments.every((segment, index) => matchesSegment(segment, nameSegments[index] ?? ''));
}
function matchesSegment(pattern, name) {
    let patternIndex = 0;
    let nameIndex = 0;
    let starIndex = -1; // pattern index of the latest `*` seen
    let starNameIndex = 0; // name index that `*` currently stops before
    while (nameIndex < name.length) {
        if (pattern[patternIndex] === '*') {
            starIndex = patternIndex++;
            starNameIndex = nameIndex;
        }
        else if (patternIndex < pattern.length && pattern[patternIndex] === name[nameIndex]) {
            patternIndex++;
            nameIndex++;
        }
        else if (starIndex !== -1) {
            // Let the latest star swallow one more character and retry what follows it.
            patternIndex = starIndex + 1;
            nameIndex = ++starNameIndex;
        }
        else {
            return false;
        }
    }
    while (pattern[patternIndex] === '*')
        patternIndex++;
    return patternIndex === pattern.length;
}
/** A Go module path pattern matches a module path that is, or starts with, a module it matches. */
function matchesModulePrefix(pattern, name) {
    // `*` never spans `/`, so only the name's first as-many-segments can match.
    const segmentCount = pattern.split('/').length;
    const nameSegments = name.split('/');
    if (nameSegments.length < segmentCount)
        return false;
    return matchesGlob(pattern, nameSegments.slice(0, segmentCount).join('/'));
}
/** crates.io refuses a name differing from an existing one only by case or `-`/`_`. */
function normalizeCrateName(name) {
    return name.toLowerCase().replaceAll('_', '-');
}


/***/ }),

/***/ 1751:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ normalizePypiName),
/* harmony export */   x: () => (/* binding */ requirementName)
/* harmony export */ });
/** PyPI name rules shared by requirements files, pyproject.toml and pattern matching. */
const NAME = /[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/y;
/** What may follow a name in a requirement: extras, a version, a marker, a URL (`@`), or nothing. */
const AFTER_NAME = /[ \t]*(?:$|[[(<>=!~;@])|[ \t]+--?[A-Za-z]/y;
/** pip treats a "name" like these as a local archive, not a project on an index. */
const ARCHIVE_SUFFIX = /\.(?:whl|zip|tar|tgz|tar\.gz|tar\.bz2|tar\.xz)$/i;
/**
 * The project name a PEP 508 requirement starts with (`requests[socks]>=2; python_version<"4"`).
 * Undefined when the text is not a named requirement: a URL, a path, an archive, an option.
 */
function requirementName(requirement) {
    let start = 0;
    while (requirement[start] === ' ' || requirement[start] === '\t')
        start++;
    NAME.lastIndex = start;
    const match = NAME.exec(requirement);
    if (!match)
        return undefined;
    const end = start + match[0].length;
    AFTER_NAME.lastIndex = end;
    if (!AFTER_NAME.test(requirement))
        return undefined;
    if (ARCHIVE_SUFFIX.test(match[0]))
        return undefined;
    return { name: match[0], start, end };
}
/** PEP 503 normalisation: lowercase, and any run of `-`, `_` and `.` is one `-`. */
function normalizePypiName(name) {
    return name.replace(/[-_.]+/g, '-').toLowerCase();
}


/***/ }),

/***/ 4246:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  readRepoFile: () => (/* binding */ readRepoFile),
  scanRepository: () => (/* binding */ scanRepository)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
// EXTERNAL MODULE: ./src/compare.ts
var compare = __nccwpck_require__(5344);
;// CONCATENATED MODULE: ./src/detect/text-span.ts

/**
 * Turns string offsets into 1-based line/column locations. Columns count UTF-16
 * code units, as SARIF's default and `yaml`'s LineCounter do; the end column is
 * that of the character after the span, as in `yaml`'s linePos and SARIF regions.
 */
class LineIndex {
    /** Offset at which each line starts; line n (1-based) starts at lineStarts[n - 1]. */
    lineStarts = [0];
    constructor(text) {
        for (let i = 0; i < text.length; i++) {
            if (text.charCodeAt(i) === 10)
                this.lineStarts.push(i + 1);
        }
    }
    /** 1-based line and column of an offset. */
    position(offset) {
        // Binary search for the last line starting at or before offset.
        let low = 0;
        let high = this.lineStarts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if ((this.lineStarts[middle] ?? 0) <= offset)
                low = middle;
            else
                high = middle - 1;
        }
        return { line: low + 1, column: offset - (this.lineStarts[low] ?? 0) + 1 };
    }
    location(file, span) {
        const start = this.position(span.start);
        const end = this.position(span.end);
        return { file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
    }
}
/** A byte-order mark is invisible in editors, so positions are counted without it. */
function stripByteOrderMark(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
/** Orders refs as they stand in their file, so every parser reports in reading order. */
function byPosition(refs) {
    return refs.sort((a, b) => (0,compare/* compareStrings */.K)(a.location.file, b.location.file) ||
        a.location.line - b.location.line ||
        a.location.column - b.location.column);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/error.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function getLineColFromPtr(string, ptr) {
    let lines = string.slice(0, ptr).split(/\r?\n/);
    return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
    let lines = string.split(/\r?\n/);
    let codeblock = '';
    let numberLen = (Math.log10(line + 1) | 0) + 1;
    for (let i = line - 1; i <= line + 1; i++) {
        let l = lines[i - 1];
        if (!l)
            continue;
        codeblock += i.toString().padEnd(numberLen, ' ');
        codeblock += ':  ';
        codeblock += l;
        codeblock += '\n';
        if (i === line) {
            codeblock += ' '.repeat(numberLen + column + 2);
            codeblock += '^\n';
        }
    }
    return codeblock;
}
class TomlError extends Error {
    line;
    column;
    codeblock;
    constructor(message, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}\n\n${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
    }
    /** @internal */
    static x(message, ctx, ptr) {
        throw new TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/primitive.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function parseString(ctx) {
    let startPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p++);
    let first = c;
    let isLiteral = c === 0x27; /* ' */
    let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
    if (isMultiline) {
        // Trim initial newline
        if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 0xa /* \n */)
            ctx.p++;
        else if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)
            ctx.p += 2;
    }
    // For the record: it is not worth it to use a fast-path for literal strings using `indexOf`.
    // Doing a char-by-char iteration ends up dispatching less instructions, for the same wall-clock runtime.
    let parsed = '';
    let sliceStart = ctx.p;
    // states:
    //   0 - decoding
    //   1 - decoding escape
    //   2 - whitespace escape (no newline encountered yet, must fail on non-whitespace)
    //   3 - whitespace escape (newline encountered, allowed to transition back to normal decode)
    let state = 0;
    for (; ctx.p < ctx.s.length; ctx.p++) {
        c = ctx.s.charCodeAt(ctx.p);
        // Deal with newlines first, since that simplifies control character checking and handling across all states
        if (isMultiline && (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */))) {
            state = state && 3;
        }
        // Control characters are banned in TOML, so we throw an error if we encounter them
        else if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in strings', ctx);
        }
        // The string might terminate while we're parsing through a newline escape.
        // It must have encountered a newline; otherwise, it'll simply fail in another branch.
        else if ((!state || state === 3) && c === first && (!isMultiline || (ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first))) {
            if (isMultiline) {
                // If the string ends with 4-5 quotes, then the first 1-2 are part of the string
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
            }
            // If we're in a newline escape still, then there's nothing to add.
            if (!state) {
                // Avoid a useless concat operation if the string can be used as-is.
                let s = ctx.s.slice(sliceStart, ctx.p);
                parsed = parsed ? parsed + s : s;
            }
            ctx.p += isMultiline ? 3 : 1;
            return parsed;
        }
        // Baseline state; keep moving forward unless an escape sequence starts
        else if (!state) {
            if (!isLiteral && c === 0x5c /* \ */) {
                parsed += ctx.s.slice(sliceStart, (sliceStart = ctx.p));
                state = 1;
            }
        }
        else if (state === 1) {
            if (c === 0x78 /* x */ || c === 0x75 /* u */ || c === 0x55 /* U */) { // Unicode escape
                let errPtr = ctx.p++ - 1;
                let value = 0;
                let len = c === 0x78 /* x */ ? 2 : c === 0x75 /* u */ ? 4 : 8;
                for (let j = 0; j < len; j++, ctx.p++) {
                    let hex = ctx.s.charCodeAt(ctx.p);
                    let digit = 
                    /* 0-9 */ hex >= 0x30 && hex <= 0x39 ? hex - 0x30 :
                        /* A-F */ hex >= 0x41 && hex <= 0x46 ? hex - 0x41 + 10 :
                            /* a-f */ hex >= 0x61 && hex <= 0x66 ? hex - 0x61 + 10 : -1;
                    if (digit < 0)
                        TomlError.x('invalid non-hex character in unicode escape', ctx);
                    value = (value << 4) | digit;
                }
                // Because JS does bitwise on signed 32bit integers, all 0xfzzzzzzz values are actually seen as negative
                if (value < 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {
                    TomlError.x('invalid unicode escape', ctx, errPtr);
                }
                parsed += String.fromCodePoint(value);
                sliceStart = ctx.p--;
                state = 0;
            }
            // Newline escape sequence. We only need to care about spaces and tabs; newlines are dealt with earlier
            else if (isMultiline && (c === 0x20 || c === 0x9 /* \t */)) {
                state = 2;
            }
            // Basic escape sequence
            else {
                if (c === 0x62 /* b */)
                    parsed += '\b';
                else if (c === 0x74 /* t */)
                    parsed += '\t';
                else if (c === 0x6e /* n */)
                    parsed += '\n';
                else if (c === 0x66 /* f */)
                    parsed += '\f';
                else if (c === 0x72 /* r */)
                    parsed += '\r';
                else if (c === 0x65 /* e */)
                    parsed += '\x1b';
                else if (c === 0x22 /* " */)
                    parsed += '"';
                else if (c === 0x5c /* \ */)
                    parsed += '\\';
                else
                    TomlError.x('unrecognised escape sequence', ctx);
                sliceStart = ctx.p + 1;
                state = 0;
            }
        }
        // Newline escape continuation: keep moving forward until the first non-whitespace char
        else if (c !== 0x20 && c !== 0x9 /* \t */) {
            if (state === 2)
                TomlError.x('invalid escape: only line-ending whitespace may be escaped', ctx, sliceStart);
            // State cannot be zero, or we'd have branched earlier already.
            // If it's a backslash, immediately transition to the escape state so it can be processed.
            state = !isLiteral && c === 0x5c /* \ */ ? 1 : 0;
            sliceStart = ctx.p;
        }
    }
    TomlError.x('unfinished string', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/date.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
class TomlDate extends Date {
    #hasDate = false;
    #hasTime = false;
    #offset = null;
    constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = 'Z';
        let c;
        if (typeof date === 'string') {
            if (fasttype)
                prep: {
                    // Date-time
                    if (fasttype < 3) {
                        if (+date.slice(11, 13) > 23) {
                            date = '';
                            break prep;
                        }
                        // Local
                        if (fasttype === 2) {
                            offset = null;
                            date += 'Z';
                        }
                        // Offset; keep track of offset if not Z
                        else if ((c = date.charCodeAt(date.length - 1)) !== 0x5a /* Z */ && c !== 0x7a /* z */) {
                            offset = date.slice(date.length - 6);
                        }
                        if (unsafeDelim)
                            date = date.slice(0, 10) + 'T' + date.slice(11);
                    }
                    // Time
                    else if (fasttype === 4) {
                        date = +date.slice(0, 2) > 23 ? '' : `0000-01-01T${date}Z`;
                    }
                    hasDate = fasttype !== 4;
                    hasTime = fasttype !== 3;
                }
            else {
                let match = date.match(DATE_TIME_RE);
                if (match) {
                    if (!match[1]) {
                        hasDate = false;
                        date = `0000-01-01T${date}`;
                    }
                    hasTime = !!match[2];
                    // Make sure to use T instead of a space. Breaks in case of extreme values otherwise.
                    hasTime && date[10] === ' ' && (date = date.replace(' ', 'T'));
                    // Do not allow rollover hours.
                    if (match[2] && +match[2] > 23) {
                        date = '';
                    }
                    else {
                        offset = match[3] || null;
                        if (!offset && hasTime)
                            date += 'Z';
                    }
                }
                else {
                    date = '';
                }
            }
        }
        super(date);
        if (!isNaN(this.getTime())) {
            this.#hasDate = hasDate;
            this.#hasTime = hasTime;
            this.#offset = offset;
        }
    }
    isDateTime() {
        return this.#hasDate && this.#hasTime;
    }
    isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
    }
    isDate() {
        return this.#hasDate && !this.#hasTime;
    }
    isTime() {
        return this.#hasTime && !this.#hasDate;
    }
    isValid() {
        return this.#hasDate || this.#hasTime;
    }
    toISOString() {
        let iso = super.toISOString();
        // Local Date
        if (this.isDate())
            return iso.slice(0, 10);
        // Local Time
        if (this.isTime())
            return iso.slice(11, 23);
        // Local DateTime
        if (this.#offset === null)
            return iso.slice(0, -1);
        // Offset DateTime
        if (this.#offset === 'Z' || this.#offset === 'z')
            return iso;
        // This part is quite annoying: JS strips the original timezone from the ISO string representation
        // Instead of using a "modified" date and "Z", we restore the representation "as authored"
        let offset = (+(this.#offset.slice(1, 3)) * 60) + +(this.#offset.slice(4, 6));
        offset = this.#offset[0] === '-' ? offset : -offset;
        let offsetDate = new Date(this.getTime() - (offset * 60e3));
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
    }
    static wrapAsOffsetDateTime(jsDate, offset = 'Z') {
        let date = new TomlDate(jsDate);
        date.#offset = offset;
        return date;
    }
    static wrapAsLocalDateTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#offset = null;
        return date;
    }
    static wrapAsLocalDate(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
    }
    static wrapAsLocalTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/extract.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function isDigit(char, base = 10) {
    return base === 16
        ? (char > 0x2f && char < 0x3a) || (char > 0x40 && char < 0x47) || (char > 0x60 && char < 0x67)
        : (char > 0x2f && char < 0x30 + base);
}
function isEndOfValue(char, delim) {
    // Whitespace -- we're permissive on `\r` for performance; it'll be dealt with later anyway
    return char === 0x20 || char === 0x9 /* \t */ || char === 0xa /* \n */ || char === 0xd /* \r */ ||
        // Structure end or next value delimiter
        (delim && (char === delim || char === 0x2c /* , */)) ||
        // Comment
        char === 0x23; /* # */
}
/** @internal */
function extractValue(ctx, end) {
    let errPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p);
    // Structs
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
        ctx.d-- || TomlError.x('document contains excessively nested structures. aborting.', ctx);
        let value = c === 0x5b /* [ */
            ? parseArray(ctx)
            : parseInlineTable(ctx);
        ctx.d++;
        return value;
    }
    // Strings
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
        return parseString(ctx);
    }
    // Booleans
    // We can fast-path because the first character is enough to know the only possible value
    if (c === 0x74 /* t */) { // Only possible valid value is `true`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x72 || ctx.s.charCodeAt(++ctx.p) !== 0x75 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, true;
    }
    if (c === 0x66 /* f */) { // Only possible valid value is `false`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6c || ctx.s.charCodeAt(++ctx.p) !== 0x73 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, false;
    }
    if (c === 0x2b /* + */ || c === 0x2d /* - */) {
        return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 0x2c - c, end);
    }
    // Rough heuristic, but `parseDate` falls back to number parsing if it's a false positive.
    // e.g.: `a = 1\n-------------- = 1` would match this heuristic, but gracefully fallback to numbers.
    if (ctx.s.charCodeAt(ctx.p + 4) === 0x2d /* - */ && ctx.s.charCodeAt(ctx.p + 7) === 0x2d /* - */) {
        return parseDate(ctx, c, end);
    }
    // Same logic as above; `parseTime` falls back to number parsing if it's a false positive.
    if (ctx.s.charCodeAt(ctx.p + 2) === 0x3a /* : */) {
        return parseTime(ctx, c, end);
    }
    return parseNumber(ctx, ctx.p, c, 0, end);
}
// State:
// 0: init
// 1: integer
// 2: fractional dot
// 3: fractional
// 4: exponent letter
// 5: exponent
// 6: exponent sign
// 7: exponent with sign
// >9: underscore; see below
//     -> 12: was integer
//     -> 14: was fractional
//     -> 16: was exponent
// states 2-5, 14, 16 are ONLY permitted iif base === 10
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
    let c = startChr;
    let state = 0;
    let hasUnderscores = false;
    // (+/-)inf
    if (c === 0x69 /* i */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x6e || ctx.s.charCodeAt(++ctx.p) !== 0x66)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, (sign || 1) / 0;
    }
    // (+/-)nan
    if (c === 0x6e /* n */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6e)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, NaN;
    }
    // Leading zero
    // Only allowed cases: `0<EOV>`, `0.(...)`, `0e(...)`, `0x(...)`, `0b(...)`, `0o(...)`
    // FWIW, `0e(...)` is a stupid case, but it's not banned per-se so we have to parse it
    if (c === 0x30 /* 0 */) {
        if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
            return ctx.bi === true ? 0n : 0; // note: conveniently deals with `-0`
        if (!sign) {
            if (c === 0x78 /* x */)
                return parseIntegerBaseN(ctx, startPtr, 16, endChr);
            else if (c === 0x62 /* b */)
                return parseIntegerBaseN(ctx, startPtr, 2, endChr);
            else if (c === 0x6f /* o */)
                return parseIntegerBaseN(ctx, startPtr, 8, endChr);
        }
        if (c === 0x2e /* . */)
            state = 2;
        else if (c === 0x65 /* e */ || c === 0x45 /* E */)
            state = 4;
        else
            TomlError.x('illegal leading zero', ctx, startPtr);
    }
    // If the 1st char is not a digit by now, then it's not a valid TOML value at all
    else if (!isDigit(c))
        TomlError.x('invalid value', ctx, startPtr);
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (!state)
            state = 1; // Detects single-digit numbers we can use a fast parse path for
        // The way the states are numbered is not random: underscores are always permitted in odd-numbered states and
        // never permitted in even-numbered ones.
        if (c === 0x5f /* _ */) {
            if (!(state & 1))
                TomlError.x('illegal underscore', ctx);
            state += 11; // 11 is a marker that makes the state even and greater than 9; see the numbering + rationale above
            hasUnderscores = true;
        }
        // Transition to fractional part.
        else if (state === 1 && c === 0x2e /* . */)
            state = 2;
        // Transition to exponent part.
        else if ((state === 1 || state === 3) && (c === 0x65 /* e */ || c === 0x45 /* E */))
            state = 4;
        // + and - are permitted in state 4 only (handled before entering the function for state 0)
        else if (state === 4 && (c === 0x2b /* + */ || c === 0x2d /* - */)) {
            state = 6;
        }
        // All special cases have been handled; only digits are allowed here
        else if (!isDigit(c))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear state flags
        else if (state > 9)
            state -= 11;
        else if (!(state & 1))
            state++;
    }
    // Single-char number; we can fast-path these very easily.
    if (!state) {
        let val = (startChr - 0x30 /* 0 */) * (sign || 1);
        return ctx.bi === true ? BigInt(val) : val;
    }
    // Even-numbered states absolutely require a digit next; not even end of value is permitted
    if (!(state & 1))
        TomlError.x('unfinished numeric value', ctx, startPtr);
    let str = ctx.s.slice(startPtr, ctx.p);
    if (hasUnderscores)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return state > 1
        ? parseFloat(str)
        : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
    let c, underscore = 1;
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (c === 0x5f /* _ */) {
            if (underscore & 1)
                TomlError.x('illegal underscore', ctx);
            underscore = 3;
        }
        // We only need to check if the number is a valid digit, nothing else is permitted
        else if (!isDigit(c, base))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear underscore flag
        else if (underscore & 1)
            underscore--;
    }
    // Trailing underscore is not allowed
    if (underscore & 1)
        TomlError.x('unfinished numeric value', ctx);
    let str = ctx.s.slice(startPtr + 2, ctx.p);
    if (underscore)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
    if (ctx.bi !== true)
        int: {
            let val = parseInt(str, base);
            if (!Number.isSafeInteger(val)) {
                if (ctx.bi)
                    break int;
                TomlError.x('integer value cannot be represented losslessly', ctx, startPtr);
            }
            return val;
        }
    return base === 10 ? BigInt(str) : BigInt((base === 2 ? '0b' : base === 8 ? '0o' : '0x') + str);
}
function parseDate(ctx, c, endChr) {
    let startPtr = ctx.p++, unsafeSeparator;
    if (!isDigit(c) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++))) {
        return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
    }
    ctx.p += 5;
    if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
        TomlError.x('invalid date-time: date part is malformed', ctx, startPtr);
    if (ctx.p >= ctx.s.length || (((c = ctx.s.charCodeAt(ctx.p)) !== 0x20 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 0x54 /* T */ && c !== 0x74 /* t */)) {
        let t = ctx.s.slice(startPtr, ctx.p);
        return readDate(ctx, t, 3, false, startPtr);
    }
    if (ctx.s.charCodeAt(ctx.p += 3) !== 0x3a /* : */)
        TomlError.x('invalid date-time: time part is malformed', ctx, startPtr);
    if (ctx.s.charCodeAt(ctx.p += 3) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    if (c = ctx.s.charCodeAt(ctx.p)) {
        if (c === 0x5a /* Z */ || c === 0x7a /* z */) {
            let t = ctx.s.slice(startPtr, ++ctx.p);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, '[+00:00]');
        }
        if (c === 0x2b /* + */ || c === 0x2d /* - */) {
            // Temporal's ZonedDateTime is weird asf when it comes to dealing with traditional offsets...
            // It's 1.2x faster to allocate a new string to pass to ZDT than use Instant.toZonedDateTimeISO
            let t = ctx.s.slice(startPtr, ctx.p += 6);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, !ctx.ld && ('[' + ctx.s.slice(ctx.p - 6, ctx.p) + ']'));
        }
    }
    let t = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
    let start = ctx.p;
    if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
        return parseNumber(ctx, --ctx.p, c, 0, endChr);
    }
    if (ctx.s.charCodeAt(ctx.p += 4) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    let t = ctx.s.slice(start, ctx.p);
    return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
    if (ctx.ld) {
        let date = new TomlDate(str, type, unsafeDelim);
        if (!date.isValid())
            TomlError.x('invalid date', ctx, errPtr);
        return date;
    }
    try {
        if (temporalSuffix)
            str += temporalSuffix;
        switch (type) {
            case 1: return Temporal.ZonedDateTime.from(str);
            case 2: return Temporal.PlainDateTime.from(str);
            case 3: return Temporal.PlainDate.from(str);
            case 4: return Temporal.PlainTime.from(str);
        }
    }
    catch (e) {
        TomlError.x(e instanceof Error ? e.message : '' + e, ctx, errPtr);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/util.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function skipComment(ctx) {
    for (; ctx.p < ctx.s.length; ctx.p++) {
        let c = ctx.s.charCodeAt(ctx.p);
        if (c === 0xa /* \n */)
            break;
        if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */) {
            ctx.p++;
            break;
        }
        if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in comments', ctx);
        }
    }
}
/** @internal */
function skipVoid(ctx, banNewLines, banComments) {
    let c;
    while (ctx.p < ctx.s.length) {
        while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 0x20 ||
            c === 0x9 /* \t */ ||
            (!banNewLines &&
                (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)))))
            ctx.p++;
        if (banComments || c !== 0x23 /* # */)
            break;
        skipComment(ctx);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/struct.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




/** @internal */
function parseKey(ctx, end = 0x3d /* = */) {
    // States:
    // 0: before first char
    // 1: parsing bare key
    // 2: after key component
    let startPtr;
    let state = 0;
    let parsed = [];
    let sliceStart;
    let c = ctx.s.charCodeAt(startPtr = ctx.p);
    do {
        // End of key
        if (c === end) {
            if (!state)
                TomlError.x('unexpected end of key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            return ctx.p++, parsed;
        }
        // Dotted key separator
        else if (c === 0x2e /* . */) {
            if (!state)
                TomlError.x('illegal empty bare key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            state = 0;
        }
        // Quoted key
        else if (!state && (c === 0x22 /* " */ || c === 0x27 /* ' */)) {
            if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
                TomlError.x('illegal quoted key: multiline strings are not allowed', ctx);
            parsed.push(parseString(ctx));
            state = 2;
            ctx.p--;
        }
        // Whitespace; no-op in state 0 and 2, end of bare key in state 1
        else if (c === 0x20 || c === 0x9 /* \t */) {
            if (state === 1) {
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
                state = 2;
            }
        }
        // If state is post-key, no character is allowed; otherwise ensure it's a bare-key component
        else if (state === 2 || (c < 0x30 && c !== 0x2d /* - */) || (c > 0x39 && c < 0x41) || (c > 0x5a && c < 0x61 && c !== 0x5f /* _ */) || c > 0x7a) {
            TomlError.x('illegal character in key', ctx);
        }
        // Illegal character
        else if (!state) {
            state = 1;
            sliceStart = ctx.p;
        }
    } while (c = ctx.s.charCodeAt(++ctx.p));
    TomlError.x('incomplete key-value: cannot find end of key', ctx, startPtr);
}
/** @internal */
function parseInlineTable(ctx) {
    let startPtr = ctx.p++;
    let res = Object.create(null);
    let seen = new Set();
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x7d /* } */) {
            ctx.p++;
            return res;
        }
        let k;
        let t = res;
        let hasOwn = false;
        let errPtr = ctx.p;
        let key = parseKey(ctx);
        for (let i = 0; i < key.length; i++) {
            if (i)
                t = hasOwn ? t[k] : (t[k] = Object.create(null));
            k = key[i];
            if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== 'object' || seen.has(t[k]))) {
                TomlError.x('trying to redefine an already defined value', ctx, errPtr);
            }
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor')) {
                t = ctx.uk !== 1 && TomlError.x('document contains an unsafe property', ctx, errPtr);
                break;
            }
            if (!hasOwn && unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
            }
        }
        if (hasOwn) {
            TomlError.x('trying to redefine an already defined value', ctx, errPtr);
        }
        skipVoid(ctx, true, true);
        let value = extractValue(ctx, 0x7d /* } */);
        if (t && typeof (t[k] = value) === 'object')
            seen.add(value);
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x7d /* } */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished table', ctx, startPtr);
}
/** @internal */
function parseArray(ctx) {
    let startPtr = ctx.p++;
    let res = [];
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x5d /* ] */) {
            ctx.p++;
            return res;
        }
        res.push(extractValue(ctx, 0x5d /* ] */));
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x5d /* ] */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished array', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/parse.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function peekTable(ctx, key, table, meta, type) {
    let t = table;
    let m = meta;
    let k;
    let hasOwn = false;
    let state;
    for (let i = 0; i < key.length; i++) {
        if (i) {
            t = hasOwn ? t[k] : (t[k] = Object.create(null));
            m = (state = m[k]).c;
            if (type === 0 /* Type.DOTTED */ && (state.t === 1 /* Type.EXPLICIT */ || state.t === 2 /* Type.ARRAY */)) {
                return null;
            }
            if (state.t === 2 /* Type.ARRAY */) {
                let l = t.length - 1;
                t = t[l];
                m = m[l].c;
            }
        }
        k = key[i];
        if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 /* Type.DOTTED */ && m[k]?.d) {
            return null;
        }
        if (!hasOwn) {
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor'))
                return false;
            if (unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
                Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
            }
            m[k] = {
                t: i < key.length - 1 && type === 2 /* Type.ARRAY */
                    ? 3 /* Type.ARRAY_DOTTED */ : type,
                d: false,
                i: 0,
                c: Object.create(null),
            };
        }
    }
    state = m[k];
    if (state.t !== type && !(type === 1 /* Type.EXPLICIT */ && state.t === 3 /* Type.ARRAY_DOTTED */)) {
        // Bad key type!
        return null;
    }
    if (type === 2 /* Type.ARRAY */) {
        if (!state.d) {
            state.d = true;
            t[k] = [];
        }
        t[k].push(t = Object.create(null));
        state.c[state.i++] = (state = { t: 1 /* Type.EXPLICIT */, d: false, i: 0, c: Object.create(null) });
    }
    if (state.d) {
        // Redefining a table!
        return null;
    }
    state.d = true;
    if (type === 1 /* Type.EXPLICIT */) {
        t = hasOwn ? t[k] : (t[k] = Object.create(null));
    }
    else if (type === 0 /* Type.DOTTED */ && hasOwn) {
        return null;
    }
    return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
    if (peek === null || ctx.uk === 2)
        TomlError.x(peek === null
            ? 'trying to redefine an already defined table or value'
            : 'document contains an unsafe property', ctx, ptr);
}
function parse(toml, options = {}) {
    let ctx = {
        s: toml,
        p: 0,
        d: options.maxDepth ?? 1000,
        bi: options.integersAsBigInt ?? false,
        ld: options.useLegacyDate ?? true,
        uk: options.unsafeKeyBehaviour === 'throw' ? 2 : options.unsafeKeyBehaviour === 'drop' ? 1 : 0,
    };
    let res = Object.create(null);
    let meta = Object.create(null);
    let tmp;
    let skipping = false;
    let tbl = res;
    let m = meta;
    // BOM is allowed, skip.
    // JS is UTF-16, so we have to check for the UTF-16 BOM instead of the UTF-8 BOM sequence!
    if (toml.charCodeAt(0) === 0xfeff)
        ctx.p++;
    skipVoid(ctx);
    while (ctx.p < toml.length) {
        if (toml.charCodeAt(ctx.p) === 0x5b /* [ */) {
            let isTableArray = toml.charCodeAt(++ctx.p) === 0x5b; /* [ */
            tmp = ctx.p += +isTableArray;
            skipping = false;
            let k = parseKey(ctx, 0x5d /* ] */);
            if (isTableArray) {
                if (toml.charCodeAt(ctx.p) !== 0x5d /* ] */) {
                    TomlError.x('expected end of table array declaration', ctx);
                }
                ctx.p++;
            }
            let p = peekTable(ctx, k, res, meta, isTableArray ? 2 /* Type.ARRAY */ : 1 /* Type.EXPLICIT */);
            if (!p) {
                validateTablePeek(ctx, p, tmp);
                skipping = true;
            }
            else {
                m = p[2];
                tbl = p[1];
            }
        }
        else {
            tmp = ctx.p;
            let k = parseKey(ctx);
            let p = peekTable(ctx, k, tbl, m, 0 /* Type.DOTTED */);
            if (!p && !skipping)
                validateTablePeek(ctx, p, tmp);
            skipVoid(ctx, true, true);
            let v = extractValue(ctx, void 0);
            if (p && !skipping)
                p[1][p[0]] = v;
        }
        skipVoid(ctx, true);
        if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 0xa /* \n */ && (tmp !== 0xd /* \r */ || toml.charCodeAt(ctx.p + 1) !== 0xa /* \n */)) {
            TomlError.x('each key-value declaration must be followed by an end-of-line', ctx);
        }
        skipVoid(ctx);
    }
    return res;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/stringify.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let BARE_KEY = /^[a-z0-9-_]+$/i;
let HAS_WELLFORMED = !!(''.isWellFormed);
function extendedTypeOf(obj) {
    let type = typeof obj;
    if (type === 'object') {
        if (Array.isArray(obj))
            return 'array';
        if (typeof obj.getUTCDate === 'function' && obj instanceof Date)
            return 'date';
        if (globalThis.Temporal) {
            if (obj.until) {
                if (obj instanceof Temporal.ZonedDateTime)
                    return 'temporal/tz+uc';
                if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate)
                    return 'temporal/uc';
                if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant)
                    return 'temporal';
                if (obj instanceof Temporal.PlainYearMonth)
                    return 'temporal/x';
            }
            else if ((obj.toPlainDate && obj instanceof Temporal.PlainMonthDay) ||
                (obj.negated && obj instanceof Temporal.Duration)) {
                return 'temporal/x';
            }
        }
    }
    return type;
}
function isArrayOfTables(obj) {
    for (let i = 0; i < obj.length; i++) {
        if (extendedTypeOf(obj[i]) !== 'object')
            return false;
    }
    return obj.length != 0;
}
function formatWellFormedStringUnchecked(s) {
    return JSON.stringify(s).replaceAll('\x7f', '\\u007f');
}
function formatString(s) {
    return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
}
function formatKey(s) {
    if (BARE_KEY.test(s))
        return s;
    if (HAS_WELLFORMED && !s.isWellFormed())
        throw new RangeError('key contains illegal lone surrogates');
    return formatWellFormedStringUnchecked(s);
}
function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    switch (type) {
        // @ts-expect-error -- intentional fallthrough case
        case 'number':
            if (isNaN(val))
                return 'nan';
            if (val === Infinity)
                return 'inf';
            if (val === -Infinity)
                return '-inf';
            if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val)))
                return val.toFixed(1);
        case 'bigint':
        case 'boolean':
        case 'temporal':
            return val.toString();
        case 'string':
            return formatString(val);
        case 'date':
            if (isNaN(val.getTime()))
                throw new TypeError('cannot serialize invalid date');
            return val.toISOString();
        case 'object':
            return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
        case 'array':
            return stringifyArray(val, depth, numberAsFloat, strictTemporal);
        // @ts-expect-error -- intentional fallthrough case
        case 'temporal/tz+uc':
            if (strictTemporal) {
                let tz = val.timeZoneId;
                let tzc = tz.charCodeAt(0);
                if (
                // Classic offset
                tzc !== 0x2b /* + */ && tzc !== 0x2d /* - */ &&
                    (
                    // Fast pre-check pass; see below for the actually accepted values
                    (tzc !== 0x55 /* U */ && tzc !== 0x47 /* G */ && tzc !== 0x5a /* Z */ && tzc !== 0x45 /* E */) ||
                        (
                        // UTC and its aliases; Temporal implementations don't all canonicalise unfortunately
                        tz !== 'UTC' && tz !== 'UCT' && tz !== 'Universal' && tz !== 'Zulu' &&
                            // GMT is a TZ but it's for all intents and purposes equivalent to UTC. Safe to downgrade.
                            !tz.startsWith('GMT') && tz !== 'Greenwich' &&
                            // Etc/* are all safe to downgrade to offset (either UTC, GMT, or offset)
                            !tz.startsWith('Etc/')))) {
                    throw new TypeError('Temporal objects with an IANA timezone are not allowed in Temporal strict mode');
                }
            }
        case 'temporal/uc':
            if (strictTemporal && val.calendarId !== 'iso8601')
                throw new TypeError('Temporal objects with a non-default calendar are not allowed in Temporal strict mode');
            return val.toString({
                calendarName: 'never',
                timeZoneName: 'never',
            });
        case 'temporal/x':
            throw new TypeError('Unsupported ' + val[Symbol.toStringTag]);
    }
}
function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
    let keys = Object.keys(obj);
    if (keys.length === 0)
        return '{}';
    let res = '{ ';
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (i)
            res += ', ';
        res += formatKey(k) + ' = ' + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' }';
}
function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
    if (array.length === 0)
        return '[]';
    let res = '[ ';
    for (let i = 0; i < array.length; i++) {
        if (i)
            res += ', ';
        if (array[i] === null || array[i] === void 0) {
            throw new TypeError('arrays cannot contain null or undefined values');
        }
        res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' ]';
}
function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let res = '';
    for (let i = 0; i < array.length; i++) {
        res += `${res && '\n'}[[${key}]]\n`;
        res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);
    }
    return res;
}
function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let preamble = '';
    let tables = '';
    let keys = Object.keys(obj);
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (obj[k] !== null && obj[k] !== void 0) {
            let type = extendedTypeOf(obj[k]);
            if (type === 'symbol' || type === 'function') {
                throw new TypeError(`cannot serialize values of type '${type}'`);
            }
            let key = formatKey(k);
            if (type === 'array' && isArrayOfTables(obj[k])) {
                tables += (tables && '\n') + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
            }
            else if (type === 'object') {
                let tblKey = prefix ? `${prefix}.${key}` : key;
                tables += (tables && '\n') + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
            }
            else {
                preamble += key;
                preamble += ' = ';
                preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
                preamble += '\n';
            }
        }
    }
    if (tableKey && (preamble || !tables)) // Create table only if necessary
        preamble = preamble ? `[${tableKey}]\n${preamble}` : `[${tableKey}]`;
    return preamble && tables
        ? `${preamble}\n${tables}`
        : preamble || tables;
}
function stringify(obj, { maxDepth = 1000, numbersAsFloat = false, strictTemporal = false } = {}) {
    if (extendedTypeOf(obj) !== 'object') {
        throw new TypeError('stringify can only be called with an object');
    }
    let str = stringifyTable(0, obj, '', maxDepth, numbersAsFloat, strictTemporal);
    if (str[str.length - 1] !== '\n')
        return str + '\n';
    return str;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/index.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */





/** @deprecated use `import * as ... from 'smol-toml'` instead */
/* harmony default export */ const dist = ({ parse: parse, stringify: stringify, TomlDate: TomlDate, TomlError: TomlError });

;// CONCATENATED MODULE: ./src/detect/toml-with-spans.ts

/**
 * Parses TOML with smol-toml (the source of truth for values; undefined when the
 * text is not valid TOML), then scans the text once more to learn the spans
 * smol-toml does not keep. The scan may assume the text is valid.
 */
function parseTomlWithSpans(text) {
    let data;
    try {
        data = parse(text);
    }
    catch {
        return undefined;
    }
    const scanner = new TomlSpanScanner(text);
    scanner.scanDocument();
    return {
        data,
        keySpan: (path) => scanner.keys.get(pathKey(path)),
        stringSpan: (path) => scanner.strings.get(pathKey(path)),
    };
}
/** The table at `path`, or undefined when there is none (or the value there is not a table). */
function tableAt(data, path) {
    let value = data;
    for (const segment of path) {
        if (!isTable(value))
            return undefined;
        value = value[segment];
    }
    return isTable(value) ? value : undefined;
}
function isTable(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
/** Renders a path the way TOML writes it (`target.'cfg(unix)'.dependencies`), for a DependencyRef's `section`. */
function formatTomlPath(path) {
    return path.map(formatTomlKey).join('.');
}
function formatTomlKey(key) {
    if (/^[A-Za-z0-9_-]+$/.test(key))
        return key;
    // A literal string needs no escapes, so it reads as Cargo.toml files are usually written.
    const needsEscapes = [...key].some((char) => char === "'" || char < ' ' || char === '\x7f');
    if (!needsEscapes)
        return `'${key}'`;
    return JSON.stringify(key);
}
function pathKey(path) {
    return JSON.stringify(path);
}
/** Characters that end a bare key (TOML keeps bare keys ASCII, but smol-toml has vetted the text already). */
const NOT_BARE_KEY = new Set([' ', '\t', '\r', '\n', '=', '.', '[', ']', '"', "'", '#', ',', '{', '}']);
/** Characters that end a number, boolean or date value. */
const SCALAR_END = new Set([',', ']', '}', '\r', '\n', '#']);
class TomlSpanScanner {
    text;
    keys = new Map();
    strings = new Map();
    /** Latest element index of each array of tables (`[[name]]`), by resolved path. */
    arrayTables = new Map();
    offset = 0;
    constructor(text) {
        this.text = text;
    }
    scanDocument() {
        let table = [];
        while (this.offset < this.text.length) {
            this.skipSpaces();
            const char = this.text[this.offset];
            if (char === '\r' || char === '\n')
                this.offset++;
            else if (char === '#')
                this.skipComment();
            else if (char === '[')
                table = this.tableHeader();
            else {
                const before = this.offset;
                this.keyValue(table, 0);
                this.skipToLineEnd();
                if (this.offset === before)
                    this.offset++; // cannot happen in valid TOML; never loop
            }
        }
    }
    tableHeader() {
        const isArrayTable = this.text[this.offset + 1] === '[';
        this.offset += isArrayTable ? 2 : 1;
        const parts = this.dottedKey();
        this.skipToLineEnd();
        const resolved = [];
        parts.forEach((part, index) => {
            resolved.push(part.name);
            this.recordKey(resolved, part.span);
            const isLast = index === parts.length - 1;
            if (isLast && isArrayTable) {
                const next = (this.arrayTables.get(pathKey(resolved)) ?? -1) + 1;
                this.arrayTables.set(pathKey(resolved), next);
                resolved.push(next);
            }
            else if (!isLast) {
                const current = this.arrayTables.get(pathKey(resolved));
                if (current !== undefined)
                    resolved.push(current);
            }
        });
        return resolved;
    }
    keyValue(base, depth) {
        const parts = this.dottedKey();
        const path = [...base];
        for (const part of parts) {
            path.push(part.name);
            this.recordKey(path, part.span);
        }
        this.skipSpaces();
        if (this.text[this.offset] === '=')
            this.offset++;
        this.skipSpaces();
        this.value(path, depth);
    }
    dottedKey() {
        const parts = [];
        for (;;) {
            this.skipSpaces();
            const char = this.text[this.offset];
            if (char === '"' || char === "'") {
                const { span, raw } = this.singleLineString(char);
                parts.push({ name: char === '"' ? decodeBasicString(raw) : raw, span });
            }
            else {
                const start = this.offset;
                while (this.offset < this.text.length && !NOT_BARE_KEY.has(this.text[this.offset] ?? ''))
                    this.offset++;
                if (this.offset === start)
                    return parts;
                parts.push({ name: this.text.slice(start, this.offset), span: { start, end: this.offset } });
            }
            this.skipSpaces();
            if (this.text[this.offset] !== '.')
                return parts;
            this.offset++;
        }
    }
    value(path, depth) {
        const char = this.text[this.offset];
        // smol-toml already refused documents nested deeper than this.
        if (depth > 1000)
            return;
        if (char === '"' || char === "'") {
            const delimiter = char.repeat(3);
            const span = this.text.startsWith(delimiter, this.offset)
                ? this.multiLineString(delimiter)
                : this.singleLineString(char).span;
            this.recordString(path, span);
        }
        else if (char === '[') {
            this.offset++;
            for (let index = 0;; index++) {
                this.skipBlankLinesAndComments();
                if (this.offset >= this.text.length)
                    return;
                if (this.text[this.offset] === ']') {
                    this.offset++;
                    return;
                }
                const before = this.offset;
                this.value([...path, index], depth + 1);
                this.skipBlankLinesAndComments();
                if (this.text[this.offset] === ',')
                    this.offset++;
                else if (this.offset === before)
                    this.offset++;
            }
        }
        else if (char === '{') {
            this.offset++;
            for (;;) {
                this.skipBlankLinesAndComments(); // TOML 1.1 allows newlines in inline tables
                if (this.offset >= this.text.length)
                    return;
                if (this.text[this.offset] === '}') {
                    this.offset++;
                    return;
                }
                const before = this.offset;
                this.keyValue(path, depth + 1);
                this.skipBlankLinesAndComments();
                if (this.text[this.offset] === ',')
                    this.offset++;
                else if (this.offset === before)
                    this.offset++;
            }
        }
        else {
            while (this.offset < this.text.length && !SCALAR_END.has(this.text[this.offset] ?? ''))
                this.offset++;
        }
    }
    /** A `"basic"` or `'literal'` string on one line; returns the span and raw text of its contents. */
    singleLineString(quote) {
        const start = this.offset + 1;
        let end = start;
        while (end < this.text.length && this.text[end] !== quote && this.text[end] !== '\n') {
            end += quote === '"' && this.text[end] === '\\' ? 2 : 1;
        }
        end = Math.min(end, this.text.length);
        this.offset = end + 1;
        return { span: { start, end }, raw: this.text.slice(start, end) };
    }
    /** A `"""basic"""` or `'''literal'''` string, which may end with up to two extra quotes. */
    multiLineString(delimiter) {
        let start = this.offset + 3;
        // A newline right after the opening delimiter is not part of the string.
        if (this.text.startsWith('\r\n', start))
            start += 2;
        else if (this.text[start] === '\n')
            start++;
        let index = start;
        while (index < this.text.length) {
            if (delimiter === '"""' && this.text[index] === '\\')
                index += 2;
            else if (this.text.startsWith(delimiter, index)) {
                let extraQuotes = 0;
                while (extraQuotes < 2 && this.text[index + 3 + extraQuotes] === delimiter[0])
                    extraQuotes++;
                this.offset = index + 3 + extraQuotes;
                return { start, end: index + extraQuotes };
            }
            else
                index++;
        }
        this.offset = this.text.length;
        return { start, end: this.text.length };
    }
    recordKey(path, span) {
        const key = pathKey(path);
        if (!this.keys.has(key))
            this.keys.set(key, span);
    }
    recordString(path, span) {
        const key = pathKey(path);
        if (!this.strings.has(key))
            this.strings.set(key, span);
    }
    skipSpaces() {
        while (this.text[this.offset] === ' ' || this.text[this.offset] === '\t')
            this.offset++;
    }
    skipComment() {
        while (this.offset < this.text.length && this.text[this.offset] !== '\n')
            this.offset++;
    }
    skipToLineEnd() {
        while (this.offset < this.text.length && this.text[this.offset] !== '\n') {
            if (this.text[this.offset] === '#')
                return this.skipComment();
            this.offset++;
        }
    }
    skipBlankLinesAndComments() {
        for (;;) {
            const char = this.text[this.offset];
            if (char === ' ' || char === '\t' || char === '\r' || char === '\n')
                this.offset++;
            else if (char === '#')
                this.skipComment();
            else
                return;
        }
    }
}
const BASIC_ESCAPES = {
    b: '\b',
    t: '\t',
    n: '\n',
    f: '\f',
    r: '\r',
    e: '\x1b',
    '"': '"',
    '\\': '\\',
};
/** Decodes the escapes of a quoted key, so `"req\u0075ests"` is keyed as smol-toml keys it. */
function decodeBasicString(raw) {
    return raw.replace(/\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|x([0-9a-fA-F]{2})|(.))/g, (_match, u4, u8, x2, simple) => {
        const hex = (u4 ?? u8 ?? x2);
        if (hex !== undefined)
            return String.fromCodePoint(parseInt(hex, 16));
        return BASIC_ESCAPES[simple] ?? simple;
    });
}

// EXTERNAL MODULE: ./src/detect/pep508.ts
var pep508 = __nccwpck_require__(1751);
;// CONCATENATED MODULE: ./src/detect/parsers/toml-dependencies.ts



/** Builds DependencyRefs from a TOML manifest, for the pyproject, Pipfile and Cargo parsers. */
class TomlDependencyCollector {
    file;
    text;
    document;
    ecosystem;
    refs = [];
    lines;
    constructor(file, text, document, ecosystem) {
        this.file = file;
        this.text = text;
        this.document = document;
        this.ecosystem = ecosystem;
        this.lines = new LineIndex(text);
    }
    /** A list of PEP 508 strings (`project.dependencies`); entries that are not named requirements are skipped. */
    requirementList(path) {
        const list = this.valueAt(path);
        if (!Array.isArray(list))
            return;
        list.forEach((entry, index) => {
            if (typeof entry !== 'string')
                return; // e.g. PEP 735 `{include-group = "test"}`
            const requirement = (0,pep508/* requirementName */.x)(entry);
            if (!requirement)
                return;
            this.add(requirement.name, this.requirementSpan([...path, index], requirement.name), path);
        });
    }
    /** A table keyed by dependency name (`[tool.poetry.dependencies]`, `[packages]`, `[dependencies]`). */
    nameTable(path, options = {}) {
        const table = tableAt(this.document.data, path);
        if (!table)
            return;
        for (const [key, value] of Object.entries(table)) {
            if (options.skip?.(key))
                continue;
            // Cargo: `alias = { package = "real-crate" }` depends on real-crate, written in that string.
            const renamed = options.renames && isTable(value) && typeof value.package === 'string' ? value.package : undefined;
            if (renamed !== undefined) {
                this.add(renamed, this.document.stringSpan([...path, key, 'package']) ?? this.fallbackSpan(path), path);
            }
            else {
                this.add(key, this.document.keySpan([...path, key]) ?? this.fallbackSpan(path), path);
            }
        }
    }
    /** Names of the subtables at `path` (`[project.optional-dependencies]` → its extras). */
    tableNames(path) {
        return Object.keys(tableAt(this.document.data, path) ?? {});
    }
    valueAt(path) {
        const parent = tableAt(this.document.data, path.slice(0, -1));
        const last = path[path.length - 1];
        return parent && last !== undefined ? parent[last] : undefined;
    }
    /** The name inside a requirement string, when the string as written starts with it (no escapes before it). */
    requirementSpan(path, name) {
        const span = this.document.stringSpan(path);
        if (!span)
            return this.fallbackSpan(path.filter((segment) => typeof segment === 'string'));
        const written = (0,pep508/* requirementName */.x)(this.text.slice(span.start, span.end));
        if (written?.name !== name)
            return span;
        return { start: span.start + written.start, end: span.start + written.end };
    }
    /** Where the section itself is named, should a name's own span be missing (the scanner found every one in tests). */
    fallbackSpan(path) {
        for (let length = path.length; length > 0; length--) {
            const span = this.document.keySpan(path.slice(0, length));
            if (span)
                return span;
        }
        return { start: 0, end: 0 };
    }
    add(name, span, section) {
        this.refs.push({
            ecosystem: this.ecosystem,
            name,
            location: this.lines.location(this.file, span),
            section: formatTomlPath(section),
        });
    }
}

;// CONCATENATED MODULE: ./src/detect/parsers/cargo.ts



/** Cargo still accepts the underscore spellings, so a manifest may use either. */
const DEPENDENCY_TABLES = [
    'dependencies',
    'dev-dependencies',
    'dev_dependencies',
    'build-dependencies',
    'build_dependencies',
];
/**
 * Cargo.toml: `[dependencies]`, `[dev-dependencies]`, `[build-dependencies]`, their
 * `[target.<cfg>.*]` forms and `[workspace.dependencies]`. A renamed dependency
 * (`alias = { package = "crate" }`) is reported as the crate it names.
 */
function parseCargoToml(file, text) {
    text = stripByteOrderMark(text);
    const document = parseTomlWithSpans(text);
    if (!document)
        return [];
    const collect = new TomlDependencyCollector(file, text, document, 'cargo');
    for (const table of DEPENDENCY_TABLES)
        collect.nameTable([table], { renames: true });
    for (const target of collect.tableNames(['target'])) {
        for (const table of DEPENDENCY_TABLES)
            collect.nameTable(['target', target, table], { renames: true });
    }
    collect.nameTable(['workspace', 'dependencies'], { renames: true });
    return byPosition(collect.refs);
}

;// CONCATENATED MODULE: ./src/detect/json-with-spans.ts
/** Deeper nesting than any real manifest; keeps hostile input from exhausting the stack. */
const MAX_DEPTH = 256;
/** A run of string characters with no quote, backslash or control character. */
// eslint-disable-next-line no-control-regex -- JSON strings may not hold raw control characters
const PLAIN_STRING = /[^"\\\u0000-\u001f]*/y;
class JsonSyntaxError extends Error {
}
/**
 * Parses strict JSON (RFC 8259), keeping the span of every string so a detector
 * can point at a key as written. Returns undefined for malformed input instead
 * of throwing. Duplicate keys are all kept, in order.
 */
function parseJsonWithSpans(text) {
    try {
        const parser = new JsonParser(text);
        const value = parser.value(0);
        parser.skipWhitespace();
        if (!parser.atEnd())
            return undefined;
        return value;
    }
    catch (error) {
        if (error instanceof JsonSyntaxError)
            return undefined;
        throw error;
    }
}
/** The members of an object, or an empty list for any other value. */
function objectMembers(value) {
    return value?.kind === 'object' ? value.members : [];
}
/** The last value of `key` in an object, as JSON.parse would keep it. */
function memberValue(value, key) {
    return objectMembers(value).findLast((member) => member.key.value === key)?.value;
}
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const SIMPLE_ESCAPES = {
    '"': '"',
    '\\': '\\',
    '/': '/',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
};
class JsonParser {
    text;
    offset = 0;
    constructor(text) {
        this.text = text;
    }
    atEnd() {
        return this.offset >= this.text.length;
    }
    skipWhitespace() {
        while (this.offset < this.text.length) {
            const char = this.text[this.offset];
            if (char !== ' ' && char !== '\t' && char !== '\n' && char !== '\r')
                return;
            this.offset++;
        }
    }
    value(depth) {
        if (depth > MAX_DEPTH)
            throw new JsonSyntaxError('nested too deeply');
        this.skipWhitespace();
        const char = this.text[this.offset];
        if (char === '{')
            return this.object(depth);
        if (char === '[')
            return this.array(depth);
        if (char === '"')
            return this.string();
        for (const literal of ['true', 'false', 'null']) {
            if (this.text.startsWith(literal, this.offset)) {
                this.offset += literal.length;
                return { kind: 'scalar' };
            }
        }
        NUMBER.lastIndex = this.offset;
        if (NUMBER.test(this.text)) {
            this.offset = NUMBER.lastIndex;
            return { kind: 'scalar' };
        }
        throw new JsonSyntaxError(`unexpected character at ${this.offset}`);
    }
    expect(char) {
        this.skipWhitespace();
        if (this.text[this.offset] !== char)
            throw new JsonSyntaxError(`expected ${char} at ${this.offset}`);
        this.offset++;
    }
    /** True (and consumes it) when the next non-blank character is `char`. */
    accept(char) {
        this.skipWhitespace();
        if (this.text[this.offset] !== char)
            return false;
        this.offset++;
        return true;
    }
    object(depth) {
        this.expect('{');
        const members = [];
        if (this.accept('}'))
            return { kind: 'object', members };
        do {
            this.skipWhitespace();
            if (this.text[this.offset] !== '"')
                throw new JsonSyntaxError(`expected a key at ${this.offset}`);
            const key = this.string();
            this.expect(':');
            members.push({ key, value: this.value(depth + 1) });
        } while (this.accept(','));
        this.expect('}');
        return { kind: 'object', members };
    }
    array(depth) {
        this.expect('[');
        const items = [];
        if (this.accept(']'))
            return { kind: 'array', items };
        do
            items.push(this.value(depth + 1));
        while (this.accept(','));
        this.expect(']');
        return { kind: 'array', items };
    }
    string() {
        this.offset++; // opening quote
        const start = this.offset;
        // Most strings hold no escape: take them in one slice rather than a character at a time.
        PLAIN_STRING.lastIndex = start;
        const plain = PLAIN_STRING.exec(this.text);
        if (plain && this.text[PLAIN_STRING.lastIndex] === '"') {
            this.offset = PLAIN_STRING.lastIndex + 1;
            return { kind: 'string', value: plain[0], span: { start, end: PLAIN_STRING.lastIndex } };
        }
        let value = '';
        for (;;) {
            const char = this.text[this.offset];
            if (char === undefined)
                throw new JsonSyntaxError('unterminated string');
            if (char === '"')
                break;
            if (char.charCodeAt(0) < 0x20)
                throw new JsonSyntaxError(`control character in string at ${this.offset}`);
            if (char !== '\\') {
                value += char;
                this.offset++;
                continue;
            }
            const escape = this.text[this.offset + 1] ?? '';
            const simple = SIMPLE_ESCAPES[escape];
            if (simple !== undefined) {
                value += simple;
                this.offset += 2;
            }
            else if (escape === 'u' &&
                /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.offset + 2, this.offset + 6))) {
                value += String.fromCharCode(parseInt(this.text.slice(this.offset + 2, this.offset + 6), 16));
                this.offset += 6;
            }
            else {
                throw new JsonSyntaxError(`bad escape at ${this.offset}`);
            }
        }
        const end = this.offset;
        this.offset++; // closing quote
        return { kind: 'string', value, span: { start, end } };
    }
}

;// CONCATENATED MODULE: ./src/detect/parsers/composer-json.ts


const SECTIONS = ['require', 'require-dev'];
/**
 * composer.json: `require` and `require-dev`. Platform requirements (`php`,
 * `ext-json`, `lib-curl`, `composer-plugin-api`) are skipped: only packages
 * have a `vendor/` prefix.
 */
function parseComposerJson(file, text) {
    text = stripByteOrderMark(text);
    const root = parseJsonWithSpans(text);
    if (root?.kind !== 'object')
        return [];
    const lines = new LineIndex(text);
    const refs = [];
    for (const section of SECTIONS) {
        for (const { key } of objectMembers(memberValue(root, section))) {
            if (!key.value.includes('/'))
                continue;
            refs.push({
                ecosystem: 'composer',
                name: key.value,
                location: lines.location(file, key.span),
                section,
            });
        }
    }
    return byPosition(refs);
}

;// CONCATENATED MODULE: ./src/detect/parsers/env-example.ts

/** `KEY=`, `export KEY =`; the value is never read beyond finding where it ends. */
const ASSIGNMENT = /^([ \t]*(?:export[ \t]+)?)([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=/;
/** The same, commented out: `# KEY=`, `## export KEY=`. */
const COMMENTED_ASSIGNMENT = /^([ \t]*#+[ \t]*(?:export[ \t]+)?)([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=/;
/**
 * An env example file (`.env.example`, `example.env`, ...): one ref per key, at its
 * first assignment. A key that is only ever assigned in comments is reported
 * there with `commented: true`. Values are skipped, never returned.
 */
function parseEnvExample(file, text) {
    text = stripByteOrderMark(text);
    const lines = new LineIndex(text);
    const active = new Map();
    const commented = new Map();
    let openQuote; // inside a quoted value that spans lines
    let offset = 0;
    for (const line of text.split('\n')) {
        const lineStart = offset;
        offset += line.length + 1;
        if (openQuote !== undefined) {
            if (closesQuote(line, 0, openQuote))
                openQuote = undefined;
            continue;
        }
        const assignment = ASSIGNMENT.exec(line);
        const match = assignment ?? COMMENTED_ASSIGNMENT.exec(line);
        if (!match)
            continue;
        const key = match[2] ?? '';
        const start = lineStart + (match[1] ?? '').length;
        const keys = assignment ? active : commented;
        if (!keys.has(key))
            keys.set(key, { start, end: start + key.length });
        if (assignment)
            openQuote = unclosedQuote(line.slice(match[0].length));
    }
    const refs = [];
    for (const [name, span] of active) {
        refs.push({ ecosystem: 'env', name, location: lines.location(file, span) });
    }
    for (const [name, span] of commented) {
        if (active.has(name))
            continue;
        refs.push({ ecosystem: 'env', name, location: lines.location(file, span), commented: true });
    }
    return refs.sort((a, b) => a.location.line - b.location.line);
}
/** The quote a value opens and does not close on its line (dotenv allows multi-line quoted values). */
function unclosedQuote(value) {
    const trimmed = value.replace(/^[ \t]+/, '');
    const quote = trimmed[0];
    if (quote !== '"' && quote !== "'" && quote !== '`')
        return undefined;
    return closesQuote(trimmed, 1, quote) ? undefined : quote;
}
function closesQuote(text, from, quote) {
    for (let index = from; index < text.length; index++) {
        if (text[index] === '\\' && quote === '"')
            index++;
        else if (text[index] === quote)
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/detect/parsers/gemfile.ts

/** `gem "name"` or `gem('name'`: the name is the first string argument. */
const GEM = /^\s*gem\s*\(?\s*(["'])([^"'\s]+)\1/;
/** `group :test, :development do`: the groups named before `do`. */
const GROUP_BLOCK = /^\s*group\s*\(?(.*?)\)?\s*do\s*(?:\|[^|]*\|\s*)?$/;
/** Any other line ending in `do` opens a block whose `end` we must not mistake for a group's. */
const DO_BLOCK = /\bdo\s*(?:\|[^|]*\|\s*)?$/;
/** Ruby keywords that open a block closed by `end` when they start a statement. */
const KEYWORD_BLOCK = /^\s*(?:if|unless|case|while|until|begin|def|class|module|for)\b/;
const END = /^\s*end\b/;
/** An inline `group: :test`, `groups: [:a, :b]` or `:group => :test` option. */
const GROUP_OPTION = /(?:\bgroups?:|:groups?\s*=>)\s*(\[[^\]]*\]|:\w+|"[^"]*"|'[^']*')/;
/**
 * Gemfile (also gems.rb): each `gem "name"` line. The section is the enclosing
 * `group ... do` block or the gem's own `group:` option, written `group :test`
 * (`group :development, :test` for several); gems outside any group have none.
 */
function parseGemfile(file, text) {
    text = stripByteOrderMark(text);
    const lines = new LineIndex(text);
    const refs = [];
    const blocks = []; // the group section each open block names, if any
    let inDocComment = false;
    let offset = 0;
    for (const physical of text.split('\n')) {
        const lineStart = offset;
        offset += physical.length + 1;
        // `=begin` ... `=end` comments must start in column 1.
        if (inDocComment) {
            if (/^=end\b/.test(physical))
                inDocComment = false;
            continue;
        }
        if (/^=begin\b/.test(physical)) {
            inDocComment = true;
            continue;
        }
        const code = withoutComment(physical).trimEnd();
        const gem = GEM.exec(code);
        if (gem) {
            const name = gem[2] ?? '';
            const start = lineStart + gem[0].length - 1 - name.length;
            const option = GROUP_OPTION.exec(code.slice(gem[0].length));
            const section = option
                ? groupSection(option[1] ?? '')
                : blocks.findLast((group) => group !== undefined);
            refs.push({
                ecosystem: 'gem',
                name,
                location: lines.location(file, { start, end: start + name.length }),
                ...(section !== undefined && { section }),
            });
            if (DO_BLOCK.test(code))
                blocks.push(undefined);
            continue;
        }
        const group = GROUP_BLOCK.exec(code);
        if (group)
            blocks.push(groupSection(group[1] ?? ''));
        else if (DO_BLOCK.test(code) || KEYWORD_BLOCK.test(code))
            blocks.push(undefined);
        else if (END.test(code))
            blocks.pop();
    }
    return refs;
}
/** `:development, "test"` or `[:a, :b]` → `group :development, :test`. */
function groupSection(groupArguments) {
    // Symbols and strings, but not the keys of options such as `:optional => true`.
    const names = [...groupArguments.matchAll(/:(\w+)\b(?!\s*=>)|(["'])(\w+)\2(?!\s*=>)/g)].map((match) => match[1] ?? match[3]);
    return names.length > 0 ? `group ${names.map((name) => `:${name}`).join(', ')}` : undefined;
}
/** The line up to its `#` comment, ignoring `#` inside quoted strings. */
function withoutComment(line) {
    let quote;
    for (let index = 0; index < line.length; index++) {
        const char = line[index];
        if (quote) {
            if (char === '\\')
                index++;
            else if (char === quote)
                quote = undefined;
        }
        else if (char === '"' || char === "'")
            quote = char;
        else if (char === '#')
            return line.slice(0, index);
    }
    return line;
}

;// CONCATENATED MODULE: ./src/detect/parsers/go-mod.ts

/**
 * go.mod: module paths from `require` lines and `require ( ... )` blocks. The
 * section is `require`, or `require (indirect)` for modules marked `// indirect`
 * (needed by a dependency, not imported by this module's own code).
 */
function parseGoMod(file, text) {
    text = stripByteOrderMark(text);
    const lines = new LineIndex(text);
    const refs = [];
    let block; // the verb of the `verb ( ... )` block we are in
    let offset = 0;
    for (const physical of text.split('\n')) {
        const lineStart = offset;
        offset += physical.length + 1;
        const code = go_mod_withoutComment(physical);
        let entryAt;
        if (block !== undefined) {
            if (/^\s*\)/.test(code))
                block = undefined;
            else if (block === 'require')
                entryAt = 0;
        }
        else {
            const opening = /^\s*([A-Za-z]+)\s*\(\s*$/.exec(code);
            if (opening)
                block = opening[1];
            else {
                const single = /^\s*require\s+/.exec(code);
                if (single)
                    entryAt = single[0].length;
            }
        }
        if (entryAt === undefined)
            continue;
        const path = modulePath(code, entryAt);
        if (!path)
            continue;
        const indirect = /\/\/\s*indirect\b/.test(physical.slice(code.length));
        refs.push({
            ecosystem: 'go',
            name: path.name,
            location: lines.location(file, { start: lineStart + path.span.start, end: lineStart + path.span.end }),
            section: indirect ? 'require (indirect)' : 'require',
        });
    }
    return refs;
}
/** The line up to its `//` comment (module paths and versions never contain `//`). */
function go_mod_withoutComment(line) {
    const comment = line.indexOf('//');
    return (comment === -1 ? line : line.slice(0, comment)).replace(/\r$/, '');
}
/** The first token from `from`: a bare path, or a "quoted" or `raw` one (span without the quotes). */
function modulePath(code, from) {
    let start = from;
    while (code[start] === ' ' || code[start] === '\t')
        start++;
    const quote = code[start];
    if (quote === '"' || quote === '`') {
        const end = code.indexOf(quote, start + 1);
        if (end === -1)
            return undefined;
        return { name: code.slice(start + 1, end), span: { start: start + 1, end } };
    }
    const token = /[^\s"`]+/y;
    token.lastIndex = start;
    const match = token.exec(code);
    return match ? { name: match[0], span: { start, end: start + match[0].length } } : undefined;
}

;// CONCATENATED MODULE: ./src/detect/parsers/package-json.ts


/** Sections mapping a package name to a version range. */
const DEPENDENCY_MAPS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];
/** Sections listing names of packages to bundle (npm accepts both spellings). */
const BUNDLED_LISTS = ['bundleDependencies', 'bundledDependencies'];
/** package.json: every dependency section; malformed JSON yields nothing. */
function parsePackageJson(file, text) {
    text = stripByteOrderMark(text);
    const root = parseJsonWithSpans(text);
    if (root?.kind !== 'object')
        return [];
    const lines = new LineIndex(text);
    const refs = [];
    const add = (name, section) => {
        refs.push({ ecosystem: 'npm', name: name.value, location: lines.location(file, name.span), section });
    };
    for (const section of DEPENDENCY_MAPS) {
        for (const { key } of objectMembers(memberValue(root, section)))
            add(key, section);
    }
    for (const section of BUNDLED_LISTS) {
        const list = memberValue(root, section);
        if (list?.kind !== 'array')
            continue; // `true` means "all dependencies", already reported
        for (const item of list.items)
            if (item.kind === 'string')
                add(item, section);
    }
    return byPosition(refs);
}

;// CONCATENATED MODULE: ./src/detect/parsers/pipfile.ts



/** Pipfile (TOML): the `[packages]` and `[dev-packages]` tables. */
function parsePipfile(file, text) {
    text = stripByteOrderMark(text);
    const document = parseTomlWithSpans(text);
    if (!document)
        return [];
    const collect = new TomlDependencyCollector(file, text, document, 'pypi');
    collect.nameTable(['packages']);
    collect.nameTable(['dev-packages']);
    return byPosition(collect.refs);
}

;// CONCATENATED MODULE: ./src/detect/parsers/pyproject.ts




/**
 * pyproject.toml: PEP 621 `project.dependencies` and `project.optional-dependencies.*`,
 * PEP 735 `dependency-groups.*`, Poetry's dependency tables (without `python`, the
 * interpreter), and the PDM and uv dev-dependency lists.
 */
function parsePyproject(file, text) {
    text = stripByteOrderMark(text);
    const document = parseTomlWithSpans(text);
    if (!document)
        return [];
    const collect = new TomlDependencyCollector(file, text, document, 'pypi');
    collect.requirementList(['project', 'dependencies']);
    for (const extra of collect.tableNames(['project', 'optional-dependencies'])) {
        collect.requirementList(['project', 'optional-dependencies', extra]);
    }
    for (const group of collect.tableNames(['dependency-groups'])) {
        collect.requirementList(['dependency-groups', group]);
    }
    const notPython = { skip: (name) => (0,pep508/* normalizePypiName */.T)(name) === 'python' };
    collect.nameTable(['tool', 'poetry', 'dependencies'], notPython);
    collect.nameTable(['tool', 'poetry', 'dev-dependencies'], notPython);
    for (const group of collect.tableNames(['tool', 'poetry', 'group'])) {
        collect.nameTable(['tool', 'poetry', 'group', group, 'dependencies'], notPython);
    }
    for (const group of collect.tableNames(['tool', 'pdm', 'dev-dependencies'])) {
        collect.requirementList(['tool', 'pdm', 'dev-dependencies', group]);
    }
    collect.requirementList(['tool', 'uv', 'dev-dependencies']);
    return byPosition(collect.refs);
}

;// CONCATENATED MODULE: ./src/detect/parsers/requirements-txt.ts


/**
 * requirements.txt (pip): one PEP 508 requirement per line. Comments, options
 * (`-r`, `-e`, `--hash`, `--index-url`, ...), URLs, paths and archives name no
 * project and are skipped.
 */
function parseRequirementsTxt(file, text) {
    text = stripByteOrderMark(text);
    const lines = new LineIndex(text);
    const refs = [];
    for (const line of logicalLines(text)) {
        // pip's comment rule: `#` at the start or after whitespace; `#egg=` in a URL is not a comment.
        const requirement = line.text.replace(/(?:^|[ \t]+)#.*$/, '');
        if (/^[ \t]*-/.test(requirement))
            continue;
        const found = (0,pep508/* requirementName */.x)(requirement);
        if (!found)
            continue;
        const span = { start: fileOffset(line, found.start), end: fileOffset(line, found.end - 1) + 1 };
        refs.push({ ecosystem: 'pypi', name: found.name, location: lines.location(file, span) });
    }
    return refs;
}
function logicalLines(text) {
    const result = [];
    let current;
    let offset = 0;
    for (const physical of text.split('\n')) {
        const content = physical.endsWith('\r') ? physical.slice(0, -1) : physical;
        // A comment line ends the logical line even if it ends with a backslash (pip does the same).
        const continues = content.endsWith('\\') && !/^[ \t]*#/.test(content);
        const piece = continues ? content.slice(0, -1) : content;
        current ??= { text: '', pieces: [] };
        current.pieces.push({ at: current.text.length, offset });
        current.text += piece;
        if (!continues) {
            result.push(current);
            current = undefined;
        }
        offset += physical.length + 1;
    }
    if (current)
        result.push(current);
    return result;
}
/** Maps an index in a logical line back to an offset in the file. */
function fileOffset(line, index) {
    let piece = line.pieces[0] ?? { at: 0, offset: 0 };
    for (const candidate of line.pieces) {
        if (candidate.at <= index)
            piece = candidate;
    }
    return piece.offset + (index - piece.at);
}

;// CONCATENATED MODULE: ./src/detect/parser-for.ts









/** Files recognised by their exact base name. */
const PARSERS_BY_NAME = {
    'package.json': parsePackageJson,
    'composer.json': parseComposerJson,
    'pyproject.toml': parsePyproject,
    Pipfile: parsePipfile,
    'go.mod': parseGoMod,
    Gemfile: parseGemfile,
    'gems.rb': parseGemfile, // Bundler's alternative name for a Gemfile
    'Cargo.toml': parseCargoToml,
};
/** `requirements.txt`, `requirements-dev.txt`, `requirements_test.in` (pip-tools input). */
const REQUIREMENTS_FILE = /^requirements.*\.(?:txt|in)$/i;
/** Any `.txt` or `.in` file in a `requirements/` folder. */
const REQUIREMENTS_FOLDER_FILE = /\.(?:txt|in)$/i;
/**
 * Env templates, never real env files: `.env.example`, `.env.local.sample`,
 * `env.template`, `backend.env.example`, `example.env`, `.env.dist`.
 */
const ENV_EXAMPLE = [
    /^(?:[\w-]+\.|\.)?env(?:\.[\w-]+)*\.(?:example|sample|template|tpl|dist)$/i,
    /^\.?(?:example|sample|template)(?:\.[\w-]+)*\.env$/i,
];
/** The parser for a repo-relative (or any `/`-separated) path, by its file name. */
function parserFor(path) {
    const segments = path.split(/[\\/]/);
    const name = segments[segments.length - 1] ?? '';
    const folder = segments[segments.length - 2];
    const byName = Object.hasOwn(PARSERS_BY_NAME, name) ? PARSERS_BY_NAME[name] : undefined;
    if (byName)
        return byName;
    if (REQUIREMENTS_FILE.test(name))
        return parseRequirementsTxt;
    if (folder?.toLowerCase() === 'requirements' && REQUIREMENTS_FOLDER_FILE.test(name))
        return parseRequirementsTxt;
    if (ENV_EXAMPLE.some((pattern) => pattern.test(name)))
        return parseEnvExample;
    return undefined;
}
function isDependencyFile(path) {
    return parserFor(path) !== undefined;
}

;// CONCATENATED MODULE: ./src/detect/list-files.ts







const execFileAsync = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** Vendored code, build output and caches: their manifests describe other people's code, not this repo's. */
const SKIPPED_FOLDERS = new Set([
    'node_modules',
    'bower_components',
    'vendor',
    'dist',
    'build',
    'out',
    'target',
    'venv',
    '__pycache__',
]);
/** A folder holding this file is a Python virtualenv, whatever its name (`env`, `.venv`, `py311`). */
const VIRTUALENV_MARKER = 'pyvenv.cfg';
/**
 * The repo's dependency files as sorted repo-relative `/` paths: from `git ls-files`
 * when `root` is in a git work tree (what is committed is what is checked), else
 * from a walk of the file system that never follows symlinks. Both skip vendored,
 * build, virtualenv and dot folders, and the `ignore` globs.
 */
async function listRepoFiles(root, options = {}) {
    const isIgnored = ignoreMatcher(options.ignore ?? []);
    const tracked = await gitTrackedFiles(root);
    const files = tracked ? filterTrackedFiles(tracked, isIgnored) : await walkFiles(root, isIgnored);
    return files.sort(compare/* compareStrings */.K);
}
/** True for folders the scan never enters, by name. */
function isSkippedFolder(name) {
    return name.startsWith('.') || SKIPPED_FOLDERS.has(name);
}
/** Undefined when `root` is not in a git work tree, or git is missing or refuses the repository. */
async function gitTrackedFiles(root) {
    try {
        const { stdout } = await execFileAsync('git', 
        // Tracked files under root, relative to it (ls-files' default); no fsmonitor hook runs.
        ['-c', 'core.fsmonitor=false', 'ls-files', '-z', '--cached'], { cwd: root, env: envFindingRepoFromCwd(), maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' });
        return stdout.split('\0').filter((path) => path !== '');
    }
    catch {
        return undefined;
    }
}
/** Variables that point git at a repository other than the one around cwd (a git hook sets GIT_DIR). */
const REPOSITORY_VARIABLES = [
    'GIT_DIR',
    'GIT_WORK_TREE',
    'GIT_INDEX_FILE',
    'GIT_COMMON_DIR',
    'GIT_OBJECT_DIRECTORY',
    'GIT_ALTERNATE_OBJECT_DIRECTORIES',
    'GIT_NAMESPACE',
    'GIT_PREFIX',
];
function envFindingRepoFromCwd() {
    const env = { ...process.env };
    for (const name of REPOSITORY_VARIABLES)
        delete env[name];
    return env;
}
function filterTrackedFiles(paths, isIgnored, include = isDependencyFile) {
    const virtualenvs = new Set(paths.filter((path) => basename(path) === VIRTUALENV_MARKER).map((path) => parentFolder(path)));
    return paths.filter((path) => {
        if (!include(path) || isIgnored(path))
            return false;
        const folders = path.split('/').slice(0, -1);
        return folders.every((name, index) => !isSkippedFolder(name) && !virtualenvs.has(folders.slice(0, index + 1).join('/')));
    });
}
async function walkFiles(root, isIgnored, include = isDependencyFile) {
    const files = [];
    const pending = [''];
    for (let folder = pending.pop(); folder !== undefined; folder = pending.pop()) {
        let entries;
        try {
            entries = await (0,promises_namespaceObject.readdir)((0,external_node_path_.join)(root, folder), { withFileTypes: true });
        }
        catch {
            continue; // unreadable folder: skip it rather than fail the scan
        }
        if (folder !== '' && entries.some((entry) => entry.name === VIRTUALENV_MARKER && entry.isFile()))
            continue;
        for (const entry of entries) {
            const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
            // Dirent reports symlinks as such, never their targets: they are not followed.
            if (entry.isDirectory()) {
                if (!isSkippedFolder(entry.name) && !isIgnored(path))
                    pending.push(path);
            }
            else if (entry.isFile() && include(path) && !isIgnored(path)) {
                files.push(path);
            }
        }
    }
    return files;
}
/** Matches a path, or any folder above it, against the ignore globs. */
function ignoreMatcher(globs) {
    const patterns = globs
        .map((glob) => glob.trim().replace(/^\.\//, '').replace(/\/+$/, ''))
        .filter((glob) => glob !== '');
    if (patterns.length === 0)
        return () => false;
    const matches = picomatch_default()(patterns, { dot: true });
    return (path) => {
        const segments = path.split('/');
        return segments.some((_, index) => matches(segments.slice(0, index + 1).join('/')));
    };
}
function basename(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
function parentFolder(path) {
    const slash = path.lastIndexOf('/');
    return slash === -1 ? '' : path.slice(0, slash);
}
/**
 * As `listRepoFiles`, with the same sources, folder skips and `ignore` globs, but listing every
 * file `include` accepts rather than dependency files only (the code-evidence scan reads source).
 */
async function listRepoFilesWhere(root, include, options = {}) {
    const isIgnored = ignoreMatcher(options.ignore ?? []);
    const tracked = await gitTrackedFiles(root);
    const files = tracked
        ? filterTrackedFiles(tracked, isIgnored, include)
        : await walkFiles(root, isIgnored, include);
    return files.sort(compareStrings);
}

;// CONCATENATED MODULE: ./src/detect/scan.ts






const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
/** Every dependency and env key declared in the repository at `root`, in file and line order. */
async function scanRepository(root, options = {}) {
    const realRoot = await (0,promises_namespaceObject.realpath)((0,external_node_path_.resolve)(root));
    const files = await listRepoFiles(realRoot, { ignore: options.ignore ?? [] });
    const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    const refs = [];
    // Synchronous reads: thousands of small files, nothing else to do meanwhile, and a promise
    // round trip through the thread pool per system call cost more than the reads themselves.
    for (const file of files) {
        const parse = parserFor(file);
        if (parse === undefined)
            continue;
        const result = readRepoFile(realRoot, file, maxBytes);
        if ('skipped' in result)
            options.onSkip?.(file, result.skipped);
        else
            for (const ref of parse(file, result.text))
                refs.push(ref);
    }
    return byPosition(refs);
}
const UTF8 = new TextDecoder('utf-8');
/** O_NOFOLLOW where the platform has it; O_NONBLOCK so that opening a FIFO cannot hang the scan. */
const OPEN_FLAGS = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0);
/**
 * Reads a repo file as UTF-8 (dropping a byte-order mark), refusing anything that
 * resolves outside the root through a symlink, is not a regular file, or is too large.
 */
function readRepoFile(realRoot, file, maxBytes) {
    let fd;
    try {
        const opened = openInside(realRoot, file);
        if (typeof opened !== 'number')
            return opened;
        fd = opened;
        const stats = (0,external_node_fs_.fstatSync)(fd);
        if (!stats.isFile())
            return { skipped: 'it is not a regular file' };
        if (stats.size > maxBytes)
            return { skipped: `it is larger than ${maxBytes} bytes` };
        const bytes = (0,external_node_fs_.readFileSync)(fd);
        if (bytes.length > maxBytes)
            return { skipped: `it is larger than ${maxBytes} bytes` };
        return { text: UTF8.decode(bytes) };
    }
    catch (error) {
        return { skipped: `it could not be read (${error.code ?? String(error)})` };
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * Open a listed file without following a symlink out of the repository. Neither `git ls-files`
 * nor the walk lists a path below a symlinked folder, so only the file itself can be a link:
 * open it with O_NOFOLLOW, and resolve the link only when that fails because it is one.
 */
function openInside(realRoot, file) {
    const path = (0,external_node_path_.join)(realRoot, file);
    if (external_node_fs_.constants.O_NOFOLLOW !== undefined) {
        try {
            return (0,external_node_fs_.openSync)(path, OPEN_FLAGS | external_node_fs_.constants.O_NOFOLLOW);
        }
        catch (error) {
            const code = error.code;
            if (code !== 'ELOOP' && code !== 'EMLINK')
                throw error; // EMLINK: FreeBSD's answer
        }
    }
    const target = (0,external_node_fs_.realpathSync)(path);
    if (!isInside(realRoot, target))
        return { skipped: 'it is a symlink to a path outside the repository' };
    return (0,external_node_fs_.openSync)(target, OPEN_FLAGS);
}
function isInside(root, path) {
    const fromRoot = (0,external_node_path_.relative)(root, path);
    return fromRoot !== '' && fromRoot !== '..' && !fromRoot.startsWith(`..${external_node_path_.sep}`) && !(0,external_node_path_.isAbsolute)(fromRoot);
}


/***/ }),

/***/ 5428:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   NY: () => (/* binding */ fileStart),
/* harmony export */   YQ: () => (/* binding */ formatConfigError),
/* harmony export */   mS: () => (/* binding */ ConfigErrors)
/* harmony export */ });
/** Thrown to abandon a run on configuration errors; `main` turns it into output and exit code 2. */
class ConfigErrors extends Error {
    errors;
    constructor(errors) {
        super(errors.map(formatConfigError).join('\n'));
        this.errors = errors;
        this.name = 'ConfigErrors';
    }
}
function formatConfigError(error) {
    const { file, line, column } = error.location;
    return `${file}:${line}:${column}: ${error.message}`;
}
/** A location for a whole file, used when a problem has no better place (a missing file). */
function fileStart(file) {
    return { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
}


/***/ }),

/***/ 5306:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ didYouMean)
/* harmony export */ });
/* unused harmony export editDistance */
/** The closest candidate to a misspelt word, if one is close enough to be a plausible typo. */
function didYouMean(word, candidates) {
    const lower = word.toLowerCase();
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = editDistance(lower, candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    const limit = Math.max(1, Math.floor(word.length / 3));
    return best !== undefined && bestDistance <= limit && best !== word ? best : undefined;
}
/** Levenshtein distance with one row of memory; inputs are short keys and ids. */
function editDistance(a, b) {
    if (a.length > 200 || b.length > 200)
        return Math.abs(a.length - b.length) + 200;
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
        }
        previous = current;
    }
    return previous[b.length];
}


/***/ }),

/***/ 967:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Uq: () => (/* binding */ validateFactValue),
  l: () => (/* binding */ validateManifestSchema),
  YK: () => (/* binding */ validatePolicySchema),
  OB: () => (/* binding */ validateSource)
});

// EXTERNAL MODULE: ./src/source/did-you-mean.ts
var did_you_mean = __nccwpck_require__(5306);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/equal.js
var equal = __nccwpck_require__(4951);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __nccwpck_require__(6214);
;// CONCATENATED MODULE: ./src/source/generated/validators.ts
// Generated by scripts/generate.mjs from schemas/ and rules/vendors/. Do not edit.
// @ts-nocheck
/* eslint-disable */

const validators_equal = equal/* default.default */.A["default"] ?? equal/* default */.A;

const validators_ucs2length = ucs2length/* default.default */.A["default"] ?? ucs2length/* default */.A;
const manifest = validate10;
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://vendor-gate.dev/schemas/vendor-gate.schema.json", "title": "Vendor Gate manifest (.github/vendor-gate.yml)", "description": "What this project must honour, and the third-party services that receive its users' personal data.", "type": "object", "additionalProperties": false, "required": ["version", "requirements", "services"], "properties": { "version": { "const": 1, "description": "Manifest format version. Only 1 exists." }, "requirements": { "$ref": "#/definitions/requirements" }, "checks": { "type": "object", "description": "Per-check severity override: error, warning, notice or off.", "additionalProperties": { "enum": ["error", "warning", "notice", "off"] } }, "services": { "type": "array", "description": "Every third-party service that receives personal data.", "items": { "$ref": "#/definitions/service" } } }, "definitions": { "requirements": { "type": "object", "additionalProperties": false, "required": ["data"], "properties": { "data": { "type": "array", "uniqueItems": true, "description": "Categories of personal data this project handles. [] declares that it handles none.", "items": { "$ref": "#/definitions/dataCategory" } }, "residency": { "type": "object", "additionalProperties": false, "required": ["regions"], "properties": { "regions": { "type": "array", "minItems": 1, "uniqueItems": true, "description": "Where personal data may be stored.", "items": { "$ref": "#/definitions/region" } }, "transfers": { "enum": ["forbidden", "safeguarded"], "description": "forbidden (default): data must not leave the regions. safeguarded: it may, under a transfer mechanism (DPF, SCCs, UK/Swiss addenda)." } } }, "agreements": { "type": "array", "uniqueItems": true, "description": "Agreements every processor must have signed.", "items": { "$ref": "#/definitions/agreement" } }, "ai-training": { "enum": ["forbidden", "allowed"], "description": "forbidden: no vendor may train AI on our users' data." }, "deletion-days": { "type": "integer", "minimum": 0, "description": "Vendors must delete our data within N days of termination.", "maximum": 36500 }, "certifications": { "type": "array", "uniqueItems": true, "description": "Certifications every vendor must hold.", "items": { "$ref": "#/definitions/certification" } }, "subprocessor-notice-days": { "type": "integer", "minimum": 0, "description": "Minimum notice before a vendor changes subprocessors.", "maximum": 36500 }, "features": { "type": "array", "uniqueItems": true, "description": "Controls every vendor must provide on our plan.", "items": { "$ref": "#/definitions/feature" } }, "max-rule-age-days": { "type": "integer", "minimum": 1, "description": "A vendor rule verified longer ago is stale (default 365).", "maximum": 36500 }, "unknown-vendors": { "enum": ["error", "warning"], "description": "Severity of a vendor with no rule (default warning)." } } }, "service": { "type": "object", "additionalProperties": false, "required": ["vendor"], "properties": { "vendor": { "type": "string", "minLength": 1, "description": "Catalogue id (clerk) or the vendor's domain (clerk.com)." }, "plan": { "type": "string", "minLength": 1, "description": "One of the vendor rule's plans." }, "purpose": { "type": "string", "description": "What the service is used for." }, "data": { "type": "array", "uniqueItems": true, "description": "Categories sent to this vendor; absent means all of requirements.data; [] means none.", "items": { "$ref": "#/definitions/dataCategory" } }, "region": { "$ref": "#/definitions/region", "description": "Region chosen in the vendor's settings." }, "agreements": { "type": "array", "uniqueItems": true, "description": "Agreements signed with this vendor.", "items": { "$ref": "#/definitions/agreement" } }, "opted-out": { "type": "array", "uniqueItems": true, "description": "Vendor settings this project has opted out of.", "items": { "enum": ["ai-training"] } }, "assurances": { "type": "array", "description": "Written commitments beyond the vendor's public documents.", "items": { "type": "object", "additionalProperties": false, "required": ["fact", "value", "evidence"], "properties": { "fact": { "$ref": "#/definitions/factKey" }, "value": { "description": "The committed value, in the fact's own vocabulary." }, "evidence": { "type": "string", "minLength": 1, "description": "Where the commitment is written down." } } } }, "waivers": { "type": "array", "description": "Accepted findings, each with a reason and an expiry date.", "items": { "type": "object", "additionalProperties": false, "required": ["check", "reason", "expires"], "properties": { "check": { "type": "string", "description": "A check id, e.g. residency.outside-allowed." }, "reason": { "type": "string", "minLength": 1 }, "expires": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$", "description": "YYYY-MM-DD; the waiver holds through that day." } } } } } }, "region": { "enum": ["eu", "uk", "ch", "us", "ca", "au", "jp", "sg", "in", "br", "kr"] }, "dataCategory": { "enum": ["contact", "credentials", "identifiers", "usage", "content", "financial", "health", "biometric", "location", "children", "special"] }, "agreement": { "enum": ["dpa", "baa"] }, "certification": { "enum": ["soc2-type1", "soc2-type2", "iso27001", "iso27017", "iso27018", "iso27701", "pci-dss", "hitrust", "dpf"] }, "feature": { "enum": ["sso", "audit-logs", "sla", "dedicated-support", "data-export"] }, "factKey": { "enum": ["role", "hosting.regions", "hosting.region-options", "hosting.providers", "hosting.processing-anywhere", "hosting.region-fixed-at-creation", "transfers.mechanisms", "dpa.plans", "baa.plans", "ai-training", "retention.deletion-after-termination-days", "retention.account-data", "retention.user-deletion", "certifications", "subprocessors", "subprocessors.notice-days", "features"] } } };
const schema12 = { "type": "object", "additionalProperties": false, "required": ["data"], "properties": { "data": { "type": "array", "uniqueItems": true, "description": "Categories of personal data this project handles. [] declares that it handles none.", "items": { "$ref": "#/definitions/dataCategory" } }, "residency": { "type": "object", "additionalProperties": false, "required": ["regions"], "properties": { "regions": { "type": "array", "minItems": 1, "uniqueItems": true, "description": "Where personal data may be stored.", "items": { "$ref": "#/definitions/region" } }, "transfers": { "enum": ["forbidden", "safeguarded"], "description": "forbidden (default): data must not leave the regions. safeguarded: it may, under a transfer mechanism (DPF, SCCs, UK/Swiss addenda)." } } }, "agreements": { "type": "array", "uniqueItems": true, "description": "Agreements every processor must have signed.", "items": { "$ref": "#/definitions/agreement" } }, "ai-training": { "enum": ["forbidden", "allowed"], "description": "forbidden: no vendor may train AI on our users' data." }, "deletion-days": { "type": "integer", "minimum": 0, "description": "Vendors must delete our data within N days of termination.", "maximum": 36500 }, "certifications": { "type": "array", "uniqueItems": true, "description": "Certifications every vendor must hold.", "items": { "$ref": "#/definitions/certification" } }, "subprocessor-notice-days": { "type": "integer", "minimum": 0, "description": "Minimum notice before a vendor changes subprocessors.", "maximum": 36500 }, "features": { "type": "array", "uniqueItems": true, "description": "Controls every vendor must provide on our plan.", "items": { "$ref": "#/definitions/feature" } }, "max-rule-age-days": { "type": "integer", "minimum": 1, "description": "A vendor rule verified longer ago is stale (default 365).", "maximum": 36500 }, "unknown-vendors": { "enum": ["error", "warning"], "description": "Severity of a vendor with no rule (default warning)." } } };
const schema13 = { "enum": ["contact", "credentials", "identifiers", "usage", "content", "financial", "health", "biometric", "location", "children", "special"] };
const schema14 = { "enum": ["eu", "uk", "ch", "us", "ca", "au", "jp", "sg", "in", "br", "kr"] };
const schema15 = { "enum": ["dpa", "baa"] };
const schema16 = { "enum": ["soc2-type1", "soc2-type2", "iso27001", "iso27017", "iso27018", "iso27701", "pci-dss", "hitrust", "dpf"] };
const schema17 = { "enum": ["sso", "audit-logs", "sla", "dedicated-support", "data-export"] };
const func2 = Object.prototype.hasOwnProperty;
const func0 = validators_equal;
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.data === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "data" }, message: "must have required property '" + "data" + "'", schema: schema12.required, parentSchema: schema12, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(func2.call(schema12.properties, key0))) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.data !== undefined) {
        let data0 = data.data;
        if (Array.isArray(data0)) {
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data1 = data0[i0];
                if (!(((((((((((data1 === "contact") || (data1 === "credentials")) || (data1 === "identifiers")) || (data1 === "usage")) || (data1 === "content")) || (data1 === "financial")) || (data1 === "health")) || (data1 === "biometric")) || (data1 === "location")) || (data1 === "children")) || (data1 === "special"))) {
                    const err2 = { instancePath: instancePath + "/data/" + i0, schemaPath: "#/definitions/dataCategory/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values", schema: schema13.enum, parentSchema: schema13, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
            }
            let i1 = data0.length;
            let j0;
            if (i1 > 1) {
                outer0: for (; i1--;) {
                    for (j0 = i1; j0--;) {
                        if (func0(data0[i1], data0[j0])) {
                            const err3 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema12.properties.data, data: data0 };
                            if (vErrors === null) {
                                vErrors = [err3];
                            }
                            else {
                                vErrors.push(err3);
                            }
                            errors++;
                            break outer0;
                        }
                    }
                }
            }
        }
        else {
            const err4 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.data.type, parentSchema: schema12.properties.data, data: data0 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.residency !== undefined) {
        let data2 = data.residency;
        if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.regions === undefined) {
                const err5 = { instancePath: instancePath + "/residency", schemaPath: "#/properties/residency/required", keyword: "required", params: { missingProperty: "regions" }, message: "must have required property '" + "regions" + "'", schema: schema12.properties.residency.required, parentSchema: schema12.properties.residency, data: data2 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
            for (const key1 in data2) {
                if (!((key1 === "regions") || (key1 === "transfers"))) {
                    const err6 = { instancePath: instancePath + "/residency", schemaPath: "#/properties/residency/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.residency, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
            }
            if (data2.regions !== undefined) {
                let data3 = data2.regions;
                if (Array.isArray(data3)) {
                    if (data3.length < 1) {
                        const err7 = { instancePath: instancePath + "/residency/regions", schemaPath: "#/properties/residency/properties/regions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.residency.properties.regions, data: data3 };
                        if (vErrors === null) {
                            vErrors = [err7];
                        }
                        else {
                            vErrors.push(err7);
                        }
                        errors++;
                    }
                    const len1 = data3.length;
                    for (let i2 = 0; i2 < len1; i2++) {
                        let data4 = data3[i2];
                        if (!(((((((((((data4 === "eu") || (data4 === "uk")) || (data4 === "ch")) || (data4 === "us")) || (data4 === "ca")) || (data4 === "au")) || (data4 === "jp")) || (data4 === "sg")) || (data4 === "in")) || (data4 === "br")) || (data4 === "kr"))) {
                            const err8 = { instancePath: instancePath + "/residency/regions/" + i2, schemaPath: "#/definitions/region/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values", schema: schema14.enum, parentSchema: schema14, data: data4 };
                            if (vErrors === null) {
                                vErrors = [err8];
                            }
                            else {
                                vErrors.push(err8);
                            }
                            errors++;
                        }
                    }
                    let i3 = data3.length;
                    let j1;
                    if (i3 > 1) {
                        outer1: for (; i3--;) {
                            for (j1 = i3; j1--;) {
                                if (func0(data3[i3], data3[j1])) {
                                    const err9 = { instancePath: instancePath + "/residency/regions", schemaPath: "#/properties/residency/properties/regions/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema12.properties.residency.properties.regions, data: data3 };
                                    if (vErrors === null) {
                                        vErrors = [err9];
                                    }
                                    else {
                                        vErrors.push(err9);
                                    }
                                    errors++;
                                    break outer1;
                                }
                            }
                        }
                    }
                }
                else {
                    const err10 = { instancePath: instancePath + "/residency/regions", schemaPath: "#/properties/residency/properties/regions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.residency.properties.regions.type, parentSchema: schema12.properties.residency.properties.regions, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err10];
                    }
                    else {
                        vErrors.push(err10);
                    }
                    errors++;
                }
            }
            if (data2.transfers !== undefined) {
                let data5 = data2.transfers;
                if (!((data5 === "forbidden") || (data5 === "safeguarded"))) {
                    const err11 = { instancePath: instancePath + "/residency/transfers", schemaPath: "#/properties/residency/properties/transfers/enum", keyword: "enum", params: { allowedValues: schema12.properties.residency.properties.transfers.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.residency.properties.transfers.enum, parentSchema: schema12.properties.residency.properties.transfers, data: data5 };
                    if (vErrors === null) {
                        vErrors = [err11];
                    }
                    else {
                        vErrors.push(err11);
                    }
                    errors++;
                }
            }
        }
        else {
            const err12 = { instancePath: instancePath + "/residency", schemaPath: "#/properties/residency/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.residency.type, parentSchema: schema12.properties.residency, data: data2 };
            if (vErrors === null) {
                vErrors = [err12];
            }
            else {
                vErrors.push(err12);
            }
            errors++;
        }
    }
    if (data.agreements !== undefined) {
        let data6 = data.agreements;
        if (Array.isArray(data6)) {
            const len2 = data6.length;
            for (let i4 = 0; i4 < len2; i4++) {
                let data7 = data6[i4];
                if (!((data7 === "dpa") || (data7 === "baa"))) {
                    const err13 = { instancePath: instancePath + "/agreements/" + i4, schemaPath: "#/definitions/agreement/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values", schema: schema15.enum, parentSchema: schema15, data: data7 };
                    if (vErrors === null) {
                        vErrors = [err13];
                    }
                    else {
                        vErrors.push(err13);
                    }
                    errors++;
                }
            }
            let i5 = data6.length;
            let j2;
            if (i5 > 1) {
                outer2: for (; i5--;) {
                    for (j2 = i5; j2--;) {
                        if (func0(data6[i5], data6[j2])) {
                            const err14 = { instancePath: instancePath + "/agreements", schemaPath: "#/properties/agreements/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)", schema: true, parentSchema: schema12.properties.agreements, data: data6 };
                            if (vErrors === null) {
                                vErrors = [err14];
                            }
                            else {
                                vErrors.push(err14);
                            }
                            errors++;
                            break outer2;
                        }
                    }
                }
            }
        }
        else {
            const err15 = { instancePath: instancePath + "/agreements", schemaPath: "#/properties/agreements/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.agreements.type, parentSchema: schema12.properties.agreements, data: data6 };
            if (vErrors === null) {
                vErrors = [err15];
            }
            else {
                vErrors.push(err15);
            }
            errors++;
        }
    }
    if (data["ai-training"] !== undefined) {
        let data8 = data["ai-training"];
        if (!((data8 === "forbidden") || (data8 === "allowed"))) {
            const err16 = { instancePath: instancePath + "/ai-training", schemaPath: "#/properties/ai-training/enum", keyword: "enum", params: { allowedValues: schema12.properties["ai-training"].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["ai-training"].enum, parentSchema: schema12.properties["ai-training"], data: data8 };
            if (vErrors === null) {
                vErrors = [err16];
            }
            else {
                vErrors.push(err16);
            }
            errors++;
        }
    }
    if (data["deletion-days"] !== undefined) {
        let data9 = data["deletion-days"];
        if (!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))) {
            const err17 = { instancePath: instancePath + "/deletion-days", schemaPath: "#/properties/deletion-days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties["deletion-days"].type, parentSchema: schema12.properties["deletion-days"], data: data9 };
            if (vErrors === null) {
                vErrors = [err17];
            }
            else {
                vErrors.push(err17);
            }
            errors++;
        }
        if (typeof data9 == "number") {
            if (data9 > 36500 || isNaN(data9)) {
                const err18 = { instancePath: instancePath + "/deletion-days", schemaPath: "#/properties/deletion-days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 36500 }, message: "must be <= 36500", schema: 36500, parentSchema: schema12.properties["deletion-days"], data: data9 };
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
            if (data9 < 0 || isNaN(data9)) {
                const err19 = { instancePath: instancePath + "/deletion-days", schemaPath: "#/properties/deletion-days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12.properties["deletion-days"], data: data9 };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
        }
    }
    if (data.certifications !== undefined) {
        let data10 = data.certifications;
        if (Array.isArray(data10)) {
            const len3 = data10.length;
            for (let i6 = 0; i6 < len3; i6++) {
                let data11 = data10[i6];
                if (!(((((((((data11 === "soc2-type1") || (data11 === "soc2-type2")) || (data11 === "iso27001")) || (data11 === "iso27017")) || (data11 === "iso27018")) || (data11 === "iso27701")) || (data11 === "pci-dss")) || (data11 === "hitrust")) || (data11 === "dpf"))) {
                    const err20 = { instancePath: instancePath + "/certifications/" + i6, schemaPath: "#/definitions/certification/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data11 };
                    if (vErrors === null) {
                        vErrors = [err20];
                    }
                    else {
                        vErrors.push(err20);
                    }
                    errors++;
                }
            }
            let i7 = data10.length;
            let j3;
            if (i7 > 1) {
                outer3: for (; i7--;) {
                    for (j3 = i7; j3--;) {
                        if (func0(data10[i7], data10[j3])) {
                            const err21 = { instancePath: instancePath + "/certifications", schemaPath: "#/properties/certifications/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i7 + " are identical)", schema: true, parentSchema: schema12.properties.certifications, data: data10 };
                            if (vErrors === null) {
                                vErrors = [err21];
                            }
                            else {
                                vErrors.push(err21);
                            }
                            errors++;
                            break outer3;
                        }
                    }
                }
            }
        }
        else {
            const err22 = { instancePath: instancePath + "/certifications", schemaPath: "#/properties/certifications/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.certifications.type, parentSchema: schema12.properties.certifications, data: data10 };
            if (vErrors === null) {
                vErrors = [err22];
            }
            else {
                vErrors.push(err22);
            }
            errors++;
        }
    }
    if (data["subprocessor-notice-days"] !== undefined) {
        let data12 = data["subprocessor-notice-days"];
        if (!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))) {
            const err23 = { instancePath: instancePath + "/subprocessor-notice-days", schemaPath: "#/properties/subprocessor-notice-days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties["subprocessor-notice-days"].type, parentSchema: schema12.properties["subprocessor-notice-days"], data: data12 };
            if (vErrors === null) {
                vErrors = [err23];
            }
            else {
                vErrors.push(err23);
            }
            errors++;
        }
        if (typeof data12 == "number") {
            if (data12 > 36500 || isNaN(data12)) {
                const err24 = { instancePath: instancePath + "/subprocessor-notice-days", schemaPath: "#/properties/subprocessor-notice-days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 36500 }, message: "must be <= 36500", schema: 36500, parentSchema: schema12.properties["subprocessor-notice-days"], data: data12 };
                if (vErrors === null) {
                    vErrors = [err24];
                }
                else {
                    vErrors.push(err24);
                }
                errors++;
            }
            if (data12 < 0 || isNaN(data12)) {
                const err25 = { instancePath: instancePath + "/subprocessor-notice-days", schemaPath: "#/properties/subprocessor-notice-days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12.properties["subprocessor-notice-days"], data: data12 };
                if (vErrors === null) {
                    vErrors = [err25];
                }
                else {
                    vErrors.push(err25);
                }
                errors++;
            }
        }
    }
    if (data.features !== undefined) {
        let data13 = data.features;
        if (Array.isArray(data13)) {
            const len4 = data13.length;
            for (let i8 = 0; i8 < len4; i8++) {
                let data14 = data13[i8];
                if (!(((((data14 === "sso") || (data14 === "audit-logs")) || (data14 === "sla")) || (data14 === "dedicated-support")) || (data14 === "data-export"))) {
                    const err26 = { instancePath: instancePath + "/features/" + i8, schemaPath: "#/definitions/feature/enum", keyword: "enum", params: { allowedValues: schema17.enum }, message: "must be equal to one of the allowed values", schema: schema17.enum, parentSchema: schema17, data: data14 };
                    if (vErrors === null) {
                        vErrors = [err26];
                    }
                    else {
                        vErrors.push(err26);
                    }
                    errors++;
                }
            }
            let i9 = data13.length;
            let j4;
            if (i9 > 1) {
                outer4: for (; i9--;) {
                    for (j4 = i9; j4--;) {
                        if (func0(data13[i9], data13[j4])) {
                            const err27 = { instancePath: instancePath + "/features", schemaPath: "#/properties/features/uniqueItems", keyword: "uniqueItems", params: { i: i9, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i9 + " are identical)", schema: true, parentSchema: schema12.properties.features, data: data13 };
                            if (vErrors === null) {
                                vErrors = [err27];
                            }
                            else {
                                vErrors.push(err27);
                            }
                            errors++;
                            break outer4;
                        }
                    }
                }
            }
        }
        else {
            const err28 = { instancePath: instancePath + "/features", schemaPath: "#/properties/features/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.features.type, parentSchema: schema12.properties.features, data: data13 };
            if (vErrors === null) {
                vErrors = [err28];
            }
            else {
                vErrors.push(err28);
            }
            errors++;
        }
    }
    if (data["max-rule-age-days"] !== undefined) {
        let data15 = data["max-rule-age-days"];
        if (!((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15)))) {
            const err29 = { instancePath: instancePath + "/max-rule-age-days", schemaPath: "#/properties/max-rule-age-days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties["max-rule-age-days"].type, parentSchema: schema12.properties["max-rule-age-days"], data: data15 };
            if (vErrors === null) {
                vErrors = [err29];
            }
            else {
                vErrors.push(err29);
            }
            errors++;
        }
        if (typeof data15 == "number") {
            if (data15 > 36500 || isNaN(data15)) {
                const err30 = { instancePath: instancePath + "/max-rule-age-days", schemaPath: "#/properties/max-rule-age-days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 36500 }, message: "must be <= 36500", schema: 36500, parentSchema: schema12.properties["max-rule-age-days"], data: data15 };
                if (vErrors === null) {
                    vErrors = [err30];
                }
                else {
                    vErrors.push(err30);
                }
                errors++;
            }
            if (data15 < 1 || isNaN(data15)) {
                const err31 = { instancePath: instancePath + "/max-rule-age-days", schemaPath: "#/properties/max-rule-age-days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema12.properties["max-rule-age-days"], data: data15 };
                if (vErrors === null) {
                    vErrors = [err31];
                }
                else {
                    vErrors.push(err31);
                }
                errors++;
            }
        }
    }
    if (data["unknown-vendors"] !== undefined) {
        let data16 = data["unknown-vendors"];
        if (!((data16 === "error") || (data16 === "warning"))) {
            const err32 = { instancePath: instancePath + "/unknown-vendors", schemaPath: "#/properties/unknown-vendors/enum", keyword: "enum", params: { allowedValues: schema12.properties["unknown-vendors"].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["unknown-vendors"].enum, parentSchema: schema12.properties["unknown-vendors"], data: data16 };
            if (vErrors === null) {
                vErrors = [err32];
            }
            else {
                vErrors.push(err32);
            }
            errors++;
        }
    }
}
else {
    const err33 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
        vErrors = [err33];
    }
    else {
        vErrors.push(err33);
    }
    errors++;
} validate11.errors = vErrors; return errors === 0; }
const schema18 = { "type": "object", "additionalProperties": false, "required": ["vendor"], "properties": { "vendor": { "type": "string", "minLength": 1, "description": "Catalogue id (clerk) or the vendor's domain (clerk.com)." }, "plan": { "type": "string", "minLength": 1, "description": "One of the vendor rule's plans." }, "purpose": { "type": "string", "description": "What the service is used for." }, "data": { "type": "array", "uniqueItems": true, "description": "Categories sent to this vendor; absent means all of requirements.data; [] means none.", "items": { "$ref": "#/definitions/dataCategory" } }, "region": { "$ref": "#/definitions/region", "description": "Region chosen in the vendor's settings." }, "agreements": { "type": "array", "uniqueItems": true, "description": "Agreements signed with this vendor.", "items": { "$ref": "#/definitions/agreement" } }, "opted-out": { "type": "array", "uniqueItems": true, "description": "Vendor settings this project has opted out of.", "items": { "enum": ["ai-training"] } }, "assurances": { "type": "array", "description": "Written commitments beyond the vendor's public documents.", "items": { "type": "object", "additionalProperties": false, "required": ["fact", "value", "evidence"], "properties": { "fact": { "$ref": "#/definitions/factKey" }, "value": { "description": "The committed value, in the fact's own vocabulary." }, "evidence": { "type": "string", "minLength": 1, "description": "Where the commitment is written down." } } } }, "waivers": { "type": "array", "description": "Accepted findings, each with a reason and an expiry date.", "items": { "type": "object", "additionalProperties": false, "required": ["check", "reason", "expires"], "properties": { "check": { "type": "string", "description": "A check id, e.g. residency.outside-allowed." }, "reason": { "type": "string", "minLength": 1 }, "expires": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$", "description": "YYYY-MM-DD; the waiver holds through that day." } } } } } };
const schema22 = { "enum": ["role", "hosting.regions", "hosting.region-options", "hosting.providers", "hosting.processing-anywhere", "hosting.region-fixed-at-creation", "transfers.mechanisms", "dpa.plans", "baa.plans", "ai-training", "retention.deletion-after-termination-days", "retention.account-data", "retention.user-deletion", "certifications", "subprocessors", "subprocessors.notice-days", "features"] };
const func9 = validators_ucs2length;
const pattern0 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.vendor === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "vendor" }, message: "must have required property '" + "vendor" + "'", schema: schema18.required, parentSchema: schema18, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(func2.call(schema18.properties, key0))) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.vendor !== undefined) {
        let data0 = data.vendor;
        if (typeof data0 === "string") {
            if (func9(data0) < 1) {
                const err2 = { instancePath: instancePath + "/vendor", schemaPath: "#/properties/vendor/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.vendor, data: data0 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        else {
            const err3 = { instancePath: instancePath + "/vendor", schemaPath: "#/properties/vendor/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.vendor.type, parentSchema: schema18.properties.vendor, data: data0 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.plan !== undefined) {
        let data1 = data.plan;
        if (typeof data1 === "string") {
            if (func9(data1) < 1) {
                const err4 = { instancePath: instancePath + "/plan", schemaPath: "#/properties/plan/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.plan, data: data1 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        else {
            const err5 = { instancePath: instancePath + "/plan", schemaPath: "#/properties/plan/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.plan.type, parentSchema: schema18.properties.plan, data: data1 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.purpose !== undefined) {
        let data2 = data.purpose;
        if (typeof data2 !== "string") {
            const err6 = { instancePath: instancePath + "/purpose", schemaPath: "#/properties/purpose/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.purpose.type, parentSchema: schema18.properties.purpose, data: data2 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.data !== undefined) {
        let data3 = data.data;
        if (Array.isArray(data3)) {
            const len0 = data3.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data4 = data3[i0];
                if (!(((((((((((data4 === "contact") || (data4 === "credentials")) || (data4 === "identifiers")) || (data4 === "usage")) || (data4 === "content")) || (data4 === "financial")) || (data4 === "health")) || (data4 === "biometric")) || (data4 === "location")) || (data4 === "children")) || (data4 === "special"))) {
                    const err7 = { instancePath: instancePath + "/data/" + i0, schemaPath: "#/definitions/dataCategory/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values", schema: schema13.enum, parentSchema: schema13, data: data4 };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
            }
            let i1 = data3.length;
            let j0;
            if (i1 > 1) {
                outer0: for (; i1--;) {
                    for (j0 = i1; j0--;) {
                        if (func0(data3[i1], data3[j0])) {
                            const err8 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema18.properties.data, data: data3 };
                            if (vErrors === null) {
                                vErrors = [err8];
                            }
                            else {
                                vErrors.push(err8);
                            }
                            errors++;
                            break outer0;
                        }
                    }
                }
            }
        }
        else {
            const err9 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties.data.type, parentSchema: schema18.properties.data, data: data3 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.region !== undefined) {
        let data5 = data.region;
        if (!(((((((((((data5 === "eu") || (data5 === "uk")) || (data5 === "ch")) || (data5 === "us")) || (data5 === "ca")) || (data5 === "au")) || (data5 === "jp")) || (data5 === "sg")) || (data5 === "in")) || (data5 === "br")) || (data5 === "kr"))) {
            const err10 = { instancePath: instancePath + "/region", schemaPath: "#/definitions/region/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values", schema: schema14.enum, parentSchema: schema14, data: data5 };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
    }
    if (data.agreements !== undefined) {
        let data6 = data.agreements;
        if (Array.isArray(data6)) {
            const len1 = data6.length;
            for (let i2 = 0; i2 < len1; i2++) {
                let data7 = data6[i2];
                if (!((data7 === "dpa") || (data7 === "baa"))) {
                    const err11 = { instancePath: instancePath + "/agreements/" + i2, schemaPath: "#/definitions/agreement/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values", schema: schema15.enum, parentSchema: schema15, data: data7 };
                    if (vErrors === null) {
                        vErrors = [err11];
                    }
                    else {
                        vErrors.push(err11);
                    }
                    errors++;
                }
            }
            let i3 = data6.length;
            let j1;
            if (i3 > 1) {
                outer1: for (; i3--;) {
                    for (j1 = i3; j1--;) {
                        if (func0(data6[i3], data6[j1])) {
                            const err12 = { instancePath: instancePath + "/agreements", schemaPath: "#/properties/agreements/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema18.properties.agreements, data: data6 };
                            if (vErrors === null) {
                                vErrors = [err12];
                            }
                            else {
                                vErrors.push(err12);
                            }
                            errors++;
                            break outer1;
                        }
                    }
                }
            }
        }
        else {
            const err13 = { instancePath: instancePath + "/agreements", schemaPath: "#/properties/agreements/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties.agreements.type, parentSchema: schema18.properties.agreements, data: data6 };
            if (vErrors === null) {
                vErrors = [err13];
            }
            else {
                vErrors.push(err13);
            }
            errors++;
        }
    }
    if (data["opted-out"] !== undefined) {
        let data8 = data["opted-out"];
        if (Array.isArray(data8)) {
            const len2 = data8.length;
            for (let i4 = 0; i4 < len2; i4++) {
                let data9 = data8[i4];
                if (!(data9 === "ai-training")) {
                    const err14 = { instancePath: instancePath + "/opted-out/" + i4, schemaPath: "#/properties/opted-out/items/enum", keyword: "enum", params: { allowedValues: schema18.properties["opted-out"].items.enum }, message: "must be equal to one of the allowed values", schema: schema18.properties["opted-out"].items.enum, parentSchema: schema18.properties["opted-out"].items, data: data9 };
                    if (vErrors === null) {
                        vErrors = [err14];
                    }
                    else {
                        vErrors.push(err14);
                    }
                    errors++;
                }
            }
            let i5 = data8.length;
            let j2;
            if (i5 > 1) {
                outer2: for (; i5--;) {
                    for (j2 = i5; j2--;) {
                        if (func0(data8[i5], data8[j2])) {
                            const err15 = { instancePath: instancePath + "/opted-out", schemaPath: "#/properties/opted-out/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)", schema: true, parentSchema: schema18.properties["opted-out"], data: data8 };
                            if (vErrors === null) {
                                vErrors = [err15];
                            }
                            else {
                                vErrors.push(err15);
                            }
                            errors++;
                            break outer2;
                        }
                    }
                }
            }
        }
        else {
            const err16 = { instancePath: instancePath + "/opted-out", schemaPath: "#/properties/opted-out/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties["opted-out"].type, parentSchema: schema18.properties["opted-out"], data: data8 };
            if (vErrors === null) {
                vErrors = [err16];
            }
            else {
                vErrors.push(err16);
            }
            errors++;
        }
    }
    if (data.assurances !== undefined) {
        let data10 = data.assurances;
        if (Array.isArray(data10)) {
            const len3 = data10.length;
            for (let i6 = 0; i6 < len3; i6++) {
                let data11 = data10[i6];
                if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                    if (data11.fact === undefined) {
                        const err17 = { instancePath: instancePath + "/assurances/" + i6, schemaPath: "#/properties/assurances/items/required", keyword: "required", params: { missingProperty: "fact" }, message: "must have required property '" + "fact" + "'", schema: schema18.properties.assurances.items.required, parentSchema: schema18.properties.assurances.items, data: data11 };
                        if (vErrors === null) {
                            vErrors = [err17];
                        }
                        else {
                            vErrors.push(err17);
                        }
                        errors++;
                    }
                    if (data11.value === undefined) {
                        const err18 = { instancePath: instancePath + "/assurances/" + i6, schemaPath: "#/properties/assurances/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property '" + "value" + "'", schema: schema18.properties.assurances.items.required, parentSchema: schema18.properties.assurances.items, data: data11 };
                        if (vErrors === null) {
                            vErrors = [err18];
                        }
                        else {
                            vErrors.push(err18);
                        }
                        errors++;
                    }
                    if (data11.evidence === undefined) {
                        const err19 = { instancePath: instancePath + "/assurances/" + i6, schemaPath: "#/properties/assurances/items/required", keyword: "required", params: { missingProperty: "evidence" }, message: "must have required property '" + "evidence" + "'", schema: schema18.properties.assurances.items.required, parentSchema: schema18.properties.assurances.items, data: data11 };
                        if (vErrors === null) {
                            vErrors = [err19];
                        }
                        else {
                            vErrors.push(err19);
                        }
                        errors++;
                    }
                    for (const key1 in data11) {
                        if (!(((key1 === "fact") || (key1 === "value")) || (key1 === "evidence"))) {
                            const err20 = { instancePath: instancePath + "/assurances/" + i6, schemaPath: "#/properties/assurances/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18.properties.assurances.items, data: data11 };
                            if (vErrors === null) {
                                vErrors = [err20];
                            }
                            else {
                                vErrors.push(err20);
                            }
                            errors++;
                        }
                    }
                    if (data11.fact !== undefined) {
                        let data12 = data11.fact;
                        if (!(((((((((((((((((data12 === "role") || (data12 === "hosting.regions")) || (data12 === "hosting.region-options")) || (data12 === "hosting.providers")) || (data12 === "hosting.processing-anywhere")) || (data12 === "hosting.region-fixed-at-creation")) || (data12 === "transfers.mechanisms")) || (data12 === "dpa.plans")) || (data12 === "baa.plans")) || (data12 === "ai-training")) || (data12 === "retention.deletion-after-termination-days")) || (data12 === "retention.account-data")) || (data12 === "retention.user-deletion")) || (data12 === "certifications")) || (data12 === "subprocessors")) || (data12 === "subprocessors.notice-days")) || (data12 === "features"))) {
                            const err21 = { instancePath: instancePath + "/assurances/" + i6 + "/fact", schemaPath: "#/definitions/factKey/enum", keyword: "enum", params: { allowedValues: schema22.enum }, message: "must be equal to one of the allowed values", schema: schema22.enum, parentSchema: schema22, data: data12 };
                            if (vErrors === null) {
                                vErrors = [err21];
                            }
                            else {
                                vErrors.push(err21);
                            }
                            errors++;
                        }
                    }
                    if (data11.evidence !== undefined) {
                        let data13 = data11.evidence;
                        if (typeof data13 === "string") {
                            if (func9(data13) < 1) {
                                const err22 = { instancePath: instancePath + "/assurances/" + i6 + "/evidence", schemaPath: "#/properties/assurances/items/properties/evidence/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.assurances.items.properties.evidence, data: data13 };
                                if (vErrors === null) {
                                    vErrors = [err22];
                                }
                                else {
                                    vErrors.push(err22);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err23 = { instancePath: instancePath + "/assurances/" + i6 + "/evidence", schemaPath: "#/properties/assurances/items/properties/evidence/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.assurances.items.properties.evidence.type, parentSchema: schema18.properties.assurances.items.properties.evidence, data: data13 };
                            if (vErrors === null) {
                                vErrors = [err23];
                            }
                            else {
                                vErrors.push(err23);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err24 = { instancePath: instancePath + "/assurances/" + i6, schemaPath: "#/properties/assurances/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.properties.assurances.items.type, parentSchema: schema18.properties.assurances.items, data: data11 };
                    if (vErrors === null) {
                        vErrors = [err24];
                    }
                    else {
                        vErrors.push(err24);
                    }
                    errors++;
                }
            }
        }
        else {
            const err25 = { instancePath: instancePath + "/assurances", schemaPath: "#/properties/assurances/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties.assurances.type, parentSchema: schema18.properties.assurances, data: data10 };
            if (vErrors === null) {
                vErrors = [err25];
            }
            else {
                vErrors.push(err25);
            }
            errors++;
        }
    }
    if (data.waivers !== undefined) {
        let data14 = data.waivers;
        if (Array.isArray(data14)) {
            const len4 = data14.length;
            for (let i7 = 0; i7 < len4; i7++) {
                let data15 = data14[i7];
                if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                    if (data15.check === undefined) {
                        const err26 = { instancePath: instancePath + "/waivers/" + i7, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "check" }, message: "must have required property '" + "check" + "'", schema: schema18.properties.waivers.items.required, parentSchema: schema18.properties.waivers.items, data: data15 };
                        if (vErrors === null) {
                            vErrors = [err26];
                        }
                        else {
                            vErrors.push(err26);
                        }
                        errors++;
                    }
                    if (data15.reason === undefined) {
                        const err27 = { instancePath: instancePath + "/waivers/" + i7, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property '" + "reason" + "'", schema: schema18.properties.waivers.items.required, parentSchema: schema18.properties.waivers.items, data: data15 };
                        if (vErrors === null) {
                            vErrors = [err27];
                        }
                        else {
                            vErrors.push(err27);
                        }
                        errors++;
                    }
                    if (data15.expires === undefined) {
                        const err28 = { instancePath: instancePath + "/waivers/" + i7, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property '" + "expires" + "'", schema: schema18.properties.waivers.items.required, parentSchema: schema18.properties.waivers.items, data: data15 };
                        if (vErrors === null) {
                            vErrors = [err28];
                        }
                        else {
                            vErrors.push(err28);
                        }
                        errors++;
                    }
                    for (const key2 in data15) {
                        if (!(((key2 === "check") || (key2 === "reason")) || (key2 === "expires"))) {
                            const err29 = { instancePath: instancePath + "/waivers/" + i7, schemaPath: "#/properties/waivers/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18.properties.waivers.items, data: data15 };
                            if (vErrors === null) {
                                vErrors = [err29];
                            }
                            else {
                                vErrors.push(err29);
                            }
                            errors++;
                        }
                    }
                    if (data15.check !== undefined) {
                        let data16 = data15.check;
                        if (typeof data16 !== "string") {
                            const err30 = { instancePath: instancePath + "/waivers/" + i7 + "/check", schemaPath: "#/properties/waivers/items/properties/check/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.waivers.items.properties.check.type, parentSchema: schema18.properties.waivers.items.properties.check, data: data16 };
                            if (vErrors === null) {
                                vErrors = [err30];
                            }
                            else {
                                vErrors.push(err30);
                            }
                            errors++;
                        }
                    }
                    if (data15.reason !== undefined) {
                        let data17 = data15.reason;
                        if (typeof data17 === "string") {
                            if (func9(data17) < 1) {
                                const err31 = { instancePath: instancePath + "/waivers/" + i7 + "/reason", schemaPath: "#/properties/waivers/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.waivers.items.properties.reason, data: data17 };
                                if (vErrors === null) {
                                    vErrors = [err31];
                                }
                                else {
                                    vErrors.push(err31);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err32 = { instancePath: instancePath + "/waivers/" + i7 + "/reason", schemaPath: "#/properties/waivers/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.waivers.items.properties.reason.type, parentSchema: schema18.properties.waivers.items.properties.reason, data: data17 };
                            if (vErrors === null) {
                                vErrors = [err32];
                            }
                            else {
                                vErrors.push(err32);
                            }
                            errors++;
                        }
                    }
                    if (data15.expires !== undefined) {
                        let data18 = data15.expires;
                        if (typeof data18 === "string") {
                            if (!pattern0.test(data18)) {
                                const err33 = { instancePath: instancePath + "/waivers/" + i7 + "/expires", schemaPath: "#/properties/waivers/items/properties/expires/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: "must match pattern \"" + "^\\d{4}-\\d{2}-\\d{2}$" + "\"", schema: "^\\d{4}-\\d{2}-\\d{2}$", parentSchema: schema18.properties.waivers.items.properties.expires, data: data18 };
                                if (vErrors === null) {
                                    vErrors = [err33];
                                }
                                else {
                                    vErrors.push(err33);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err34 = { instancePath: instancePath + "/waivers/" + i7 + "/expires", schemaPath: "#/properties/waivers/items/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.waivers.items.properties.expires.type, parentSchema: schema18.properties.waivers.items.properties.expires, data: data18 };
                            if (vErrors === null) {
                                vErrors = [err34];
                            }
                            else {
                                vErrors.push(err34);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err35 = { instancePath: instancePath + "/waivers/" + i7, schemaPath: "#/properties/waivers/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.properties.waivers.items.type, parentSchema: schema18.properties.waivers.items, data: data15 };
                    if (vErrors === null) {
                        vErrors = [err35];
                    }
                    else {
                        vErrors.push(err35);
                    }
                    errors++;
                }
            }
        }
        else {
            const err36 = { instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties.waivers.type, parentSchema: schema18.properties.waivers, data: data14 };
            if (vErrors === null) {
                vErrors = [err36];
            }
            else {
                vErrors.push(err36);
            }
            errors++;
        }
    }
}
else {
    const err37 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.type, parentSchema: schema18, data };
    if (vErrors === null) {
        vErrors = [err37];
    }
    else {
        vErrors.push(err37);
    }
    errors++;
} validate13.errors = vErrors; return errors === 0; }
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { /*# sourceURL="https://vendor-gate.dev/schemas/vendor-gate.schema.json" */ ; let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'", schema: schema11.required, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.requirements === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "requirements" }, message: "must have required property '" + "requirements" + "'", schema: schema11.required, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.services === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "services" }, message: "must have required property '" + "services" + "'", schema: schema11.required, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!((((key0 === "version") || (key0 === "requirements")) || (key0 === "checks")) || (key0 === "services"))) {
            const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.version !== undefined) {
        let data0 = data.version;
        if (1 !== data0) {
            const err4 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema11.properties.version, data: data0 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.requirements !== undefined) {
        if (!(validate11(data.requirements, { instancePath: instancePath + "/requirements", parentData: data, parentDataProperty: "requirements", rootData }))) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
        }
    }
    if (data.checks !== undefined) {
        let data2 = data.checks;
        if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            for (const key1 in data2) {
                let data3 = data2[key1];
                if (!((((data3 === "error") || (data3 === "warning")) || (data3 === "notice")) || (data3 === "off"))) {
                    const err5 = { instancePath: instancePath + "/checks/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/checks/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema11.properties.checks.additionalProperties.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.checks.additionalProperties.enum, parentSchema: schema11.properties.checks.additionalProperties, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
        }
        else {
            const err6 = { instancePath: instancePath + "/checks", schemaPath: "#/properties/checks/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.checks.type, parentSchema: schema11.properties.checks, data: data2 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.services !== undefined) {
        let data4 = data.services;
        if (Array.isArray(data4)) {
            const len0 = data4.length;
            for (let i0 = 0; i0 < len0; i0++) {
                if (!(validate13(data4[i0], { instancePath: instancePath + "/services/" + i0, parentData: data4, parentDataProperty: i0, rootData }))) {
                    vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err7 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.services.type, parentSchema: schema11.properties.services, data: data4 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
}
else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
        vErrors = [err8];
    }
    else {
        vErrors.push(err8);
    }
    errors++;
} validate10.errors = vErrors; return errors === 0; }
const policy = validate15;
const schema23 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://vendor-gate.dev/schemas/policy.schema.json", "title": "Vendor Gate policy", "description": "Requirements set outside the repository (an organisation's policy). They take precedence over the manifest's own: a manifest may add requirements but not weaken them.", "type": "object", "additionalProperties": false, "required": ["requirements"], "properties": { "version": { "const": 1 }, "requirements": { "$ref": "vendor-gate.schema.json#/definitions/requirements" }, "checks": { "$ref": "vendor-gate.schema.json#/properties/checks" } } };
const schema30 = { "type": "object", "description": "Per-check severity override: error, warning, notice or off.", "additionalProperties": { "enum": ["error", "warning", "notice", "off"] } };
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.data === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "data" }, message: "must have required property '" + "data" + "'", schema: schema12.required, parentSchema: schema12, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(func2.call(schema12.properties, key0))) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.data !== undefined) {
        let data0 = data.data;
        if (Array.isArray(data0)) {
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data1 = data0[i0];
                if (!(((((((((((data1 === "contact") || (data1 === "credentials")) || (data1 === "identifiers")) || (data1 === "usage")) || (data1 === "content")) || (data1 === "financial")) || (data1 === "health")) || (data1 === "biometric")) || (data1 === "location")) || (data1 === "children")) || (data1 === "special"))) {
                    const err2 = { instancePath: instancePath + "/data/" + i0, schemaPath: "#/definitions/dataCategory/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values", schema: schema13.enum, parentSchema: schema13, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
            }
            let i1 = data0.length;
            let j0;
            if (i1 > 1) {
                outer0: for (; i1--;) {
                    for (j0 = i1; j0--;) {
                        if (func0(data0[i1], data0[j0])) {
                            const err3 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema12.properties.data, data: data0 };
                            if (vErrors === null) {
                                vErrors = [err3];
                            }
                            else {
                                vErrors.push(err3);
                            }
                            errors++;
                            break outer0;
                        }
                    }
                }
            }
        }
        else {
            const err4 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.data.type, parentSchema: schema12.properties.data, data: data0 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.residency !== undefined) {
        let data2 = data.residency;
        if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.regions === undefined) {
                const err5 = { instancePath: instancePath + "/residency", schemaPath: "#/properties/residency/required", keyword: "required", params: { missingProperty: "regions" }, message: "must have required property '" + "regions" + "'", schema: schema12.properties.residency.required, parentSchema: schema12.properties.residency, data: data2 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
            for (const key1 in data2) {
                if (!((key1 === "regions") || (key1 === "transfers"))) {
                    const err6 = { instancePath: instancePath + "/residency", schemaPath: "#/properties/residency/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.residency, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
            }
            if (data2.regions !== undefined) {
                let data3 = data2.regions;
                if (Array.isArray(data3)) {
                    if (data3.length < 1) {
                        const err7 = { instancePath: instancePath + "/residency/regions", schemaPath: "#/properties/residency/properties/regions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.residency.properties.regions, data: data3 };
                        if (vErrors === null) {
                            vErrors = [err7];
                        }
                        else {
                            vErrors.push(err7);
                        }
                        errors++;
                    }
                    const len1 = data3.length;
                    for (let i2 = 0; i2 < len1; i2++) {
                        let data4 = data3[i2];
                        if (!(((((((((((data4 === "eu") || (data4 === "uk")) || (data4 === "ch")) || (data4 === "us")) || (data4 === "ca")) || (data4 === "au")) || (data4 === "jp")) || (data4 === "sg")) || (data4 === "in")) || (data4 === "br")) || (data4 === "kr"))) {
                            const err8 = { instancePath: instancePath + "/residency/regions/" + i2, schemaPath: "#/definitions/region/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values", schema: schema14.enum, parentSchema: schema14, data: data4 };
                            if (vErrors === null) {
                                vErrors = [err8];
                            }
                            else {
                                vErrors.push(err8);
                            }
                            errors++;
                        }
                    }
                    let i3 = data3.length;
                    let j1;
                    if (i3 > 1) {
                        outer1: for (; i3--;) {
                            for (j1 = i3; j1--;) {
                                if (func0(data3[i3], data3[j1])) {
                                    const err9 = { instancePath: instancePath + "/residency/regions", schemaPath: "#/properties/residency/properties/regions/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema12.properties.residency.properties.regions, data: data3 };
                                    if (vErrors === null) {
                                        vErrors = [err9];
                                    }
                                    else {
                                        vErrors.push(err9);
                                    }
                                    errors++;
                                    break outer1;
                                }
                            }
                        }
                    }
                }
                else {
                    const err10 = { instancePath: instancePath + "/residency/regions", schemaPath: "#/properties/residency/properties/regions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.residency.properties.regions.type, parentSchema: schema12.properties.residency.properties.regions, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err10];
                    }
                    else {
                        vErrors.push(err10);
                    }
                    errors++;
                }
            }
            if (data2.transfers !== undefined) {
                let data5 = data2.transfers;
                if (!((data5 === "forbidden") || (data5 === "safeguarded"))) {
                    const err11 = { instancePath: instancePath + "/residency/transfers", schemaPath: "#/properties/residency/properties/transfers/enum", keyword: "enum", params: { allowedValues: schema12.properties.residency.properties.transfers.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.residency.properties.transfers.enum, parentSchema: schema12.properties.residency.properties.transfers, data: data5 };
                    if (vErrors === null) {
                        vErrors = [err11];
                    }
                    else {
                        vErrors.push(err11);
                    }
                    errors++;
                }
            }
        }
        else {
            const err12 = { instancePath: instancePath + "/residency", schemaPath: "#/properties/residency/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.residency.type, parentSchema: schema12.properties.residency, data: data2 };
            if (vErrors === null) {
                vErrors = [err12];
            }
            else {
                vErrors.push(err12);
            }
            errors++;
        }
    }
    if (data.agreements !== undefined) {
        let data6 = data.agreements;
        if (Array.isArray(data6)) {
            const len2 = data6.length;
            for (let i4 = 0; i4 < len2; i4++) {
                let data7 = data6[i4];
                if (!((data7 === "dpa") || (data7 === "baa"))) {
                    const err13 = { instancePath: instancePath + "/agreements/" + i4, schemaPath: "#/definitions/agreement/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values", schema: schema15.enum, parentSchema: schema15, data: data7 };
                    if (vErrors === null) {
                        vErrors = [err13];
                    }
                    else {
                        vErrors.push(err13);
                    }
                    errors++;
                }
            }
            let i5 = data6.length;
            let j2;
            if (i5 > 1) {
                outer2: for (; i5--;) {
                    for (j2 = i5; j2--;) {
                        if (func0(data6[i5], data6[j2])) {
                            const err14 = { instancePath: instancePath + "/agreements", schemaPath: "#/properties/agreements/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)", schema: true, parentSchema: schema12.properties.agreements, data: data6 };
                            if (vErrors === null) {
                                vErrors = [err14];
                            }
                            else {
                                vErrors.push(err14);
                            }
                            errors++;
                            break outer2;
                        }
                    }
                }
            }
        }
        else {
            const err15 = { instancePath: instancePath + "/agreements", schemaPath: "#/properties/agreements/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.agreements.type, parentSchema: schema12.properties.agreements, data: data6 };
            if (vErrors === null) {
                vErrors = [err15];
            }
            else {
                vErrors.push(err15);
            }
            errors++;
        }
    }
    if (data["ai-training"] !== undefined) {
        let data8 = data["ai-training"];
        if (!((data8 === "forbidden") || (data8 === "allowed"))) {
            const err16 = { instancePath: instancePath + "/ai-training", schemaPath: "#/properties/ai-training/enum", keyword: "enum", params: { allowedValues: schema12.properties["ai-training"].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["ai-training"].enum, parentSchema: schema12.properties["ai-training"], data: data8 };
            if (vErrors === null) {
                vErrors = [err16];
            }
            else {
                vErrors.push(err16);
            }
            errors++;
        }
    }
    if (data["deletion-days"] !== undefined) {
        let data9 = data["deletion-days"];
        if (!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))) {
            const err17 = { instancePath: instancePath + "/deletion-days", schemaPath: "#/properties/deletion-days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties["deletion-days"].type, parentSchema: schema12.properties["deletion-days"], data: data9 };
            if (vErrors === null) {
                vErrors = [err17];
            }
            else {
                vErrors.push(err17);
            }
            errors++;
        }
        if (typeof data9 == "number") {
            if (data9 > 36500 || isNaN(data9)) {
                const err18 = { instancePath: instancePath + "/deletion-days", schemaPath: "#/properties/deletion-days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 36500 }, message: "must be <= 36500", schema: 36500, parentSchema: schema12.properties["deletion-days"], data: data9 };
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
            if (data9 < 0 || isNaN(data9)) {
                const err19 = { instancePath: instancePath + "/deletion-days", schemaPath: "#/properties/deletion-days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12.properties["deletion-days"], data: data9 };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
        }
    }
    if (data.certifications !== undefined) {
        let data10 = data.certifications;
        if (Array.isArray(data10)) {
            const len3 = data10.length;
            for (let i6 = 0; i6 < len3; i6++) {
                let data11 = data10[i6];
                if (!(((((((((data11 === "soc2-type1") || (data11 === "soc2-type2")) || (data11 === "iso27001")) || (data11 === "iso27017")) || (data11 === "iso27018")) || (data11 === "iso27701")) || (data11 === "pci-dss")) || (data11 === "hitrust")) || (data11 === "dpf"))) {
                    const err20 = { instancePath: instancePath + "/certifications/" + i6, schemaPath: "#/definitions/certification/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data11 };
                    if (vErrors === null) {
                        vErrors = [err20];
                    }
                    else {
                        vErrors.push(err20);
                    }
                    errors++;
                }
            }
            let i7 = data10.length;
            let j3;
            if (i7 > 1) {
                outer3: for (; i7--;) {
                    for (j3 = i7; j3--;) {
                        if (func0(data10[i7], data10[j3])) {
                            const err21 = { instancePath: instancePath + "/certifications", schemaPath: "#/properties/certifications/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i7 + " are identical)", schema: true, parentSchema: schema12.properties.certifications, data: data10 };
                            if (vErrors === null) {
                                vErrors = [err21];
                            }
                            else {
                                vErrors.push(err21);
                            }
                            errors++;
                            break outer3;
                        }
                    }
                }
            }
        }
        else {
            const err22 = { instancePath: instancePath + "/certifications", schemaPath: "#/properties/certifications/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.certifications.type, parentSchema: schema12.properties.certifications, data: data10 };
            if (vErrors === null) {
                vErrors = [err22];
            }
            else {
                vErrors.push(err22);
            }
            errors++;
        }
    }
    if (data["subprocessor-notice-days"] !== undefined) {
        let data12 = data["subprocessor-notice-days"];
        if (!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))) {
            const err23 = { instancePath: instancePath + "/subprocessor-notice-days", schemaPath: "#/properties/subprocessor-notice-days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties["subprocessor-notice-days"].type, parentSchema: schema12.properties["subprocessor-notice-days"], data: data12 };
            if (vErrors === null) {
                vErrors = [err23];
            }
            else {
                vErrors.push(err23);
            }
            errors++;
        }
        if (typeof data12 == "number") {
            if (data12 > 36500 || isNaN(data12)) {
                const err24 = { instancePath: instancePath + "/subprocessor-notice-days", schemaPath: "#/properties/subprocessor-notice-days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 36500 }, message: "must be <= 36500", schema: 36500, parentSchema: schema12.properties["subprocessor-notice-days"], data: data12 };
                if (vErrors === null) {
                    vErrors = [err24];
                }
                else {
                    vErrors.push(err24);
                }
                errors++;
            }
            if (data12 < 0 || isNaN(data12)) {
                const err25 = { instancePath: instancePath + "/subprocessor-notice-days", schemaPath: "#/properties/subprocessor-notice-days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12.properties["subprocessor-notice-days"], data: data12 };
                if (vErrors === null) {
                    vErrors = [err25];
                }
                else {
                    vErrors.push(err25);
                }
                errors++;
            }
        }
    }
    if (data.features !== undefined) {
        let data13 = data.features;
        if (Array.isArray(data13)) {
            const len4 = data13.length;
            for (let i8 = 0; i8 < len4; i8++) {
                let data14 = data13[i8];
                if (!(((((data14 === "sso") || (data14 === "audit-logs")) || (data14 === "sla")) || (data14 === "dedicated-support")) || (data14 === "data-export"))) {
                    const err26 = { instancePath: instancePath + "/features/" + i8, schemaPath: "#/definitions/feature/enum", keyword: "enum", params: { allowedValues: schema17.enum }, message: "must be equal to one of the allowed values", schema: schema17.enum, parentSchema: schema17, data: data14 };
                    if (vErrors === null) {
                        vErrors = [err26];
                    }
                    else {
                        vErrors.push(err26);
                    }
                    errors++;
                }
            }
            let i9 = data13.length;
            let j4;
            if (i9 > 1) {
                outer4: for (; i9--;) {
                    for (j4 = i9; j4--;) {
                        if (func0(data13[i9], data13[j4])) {
                            const err27 = { instancePath: instancePath + "/features", schemaPath: "#/properties/features/uniqueItems", keyword: "uniqueItems", params: { i: i9, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i9 + " are identical)", schema: true, parentSchema: schema12.properties.features, data: data13 };
                            if (vErrors === null) {
                                vErrors = [err27];
                            }
                            else {
                                vErrors.push(err27);
                            }
                            errors++;
                            break outer4;
                        }
                    }
                }
            }
        }
        else {
            const err28 = { instancePath: instancePath + "/features", schemaPath: "#/properties/features/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.features.type, parentSchema: schema12.properties.features, data: data13 };
            if (vErrors === null) {
                vErrors = [err28];
            }
            else {
                vErrors.push(err28);
            }
            errors++;
        }
    }
    if (data["max-rule-age-days"] !== undefined) {
        let data15 = data["max-rule-age-days"];
        if (!((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15)))) {
            const err29 = { instancePath: instancePath + "/max-rule-age-days", schemaPath: "#/properties/max-rule-age-days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties["max-rule-age-days"].type, parentSchema: schema12.properties["max-rule-age-days"], data: data15 };
            if (vErrors === null) {
                vErrors = [err29];
            }
            else {
                vErrors.push(err29);
            }
            errors++;
        }
        if (typeof data15 == "number") {
            if (data15 > 36500 || isNaN(data15)) {
                const err30 = { instancePath: instancePath + "/max-rule-age-days", schemaPath: "#/properties/max-rule-age-days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 36500 }, message: "must be <= 36500", schema: 36500, parentSchema: schema12.properties["max-rule-age-days"], data: data15 };
                if (vErrors === null) {
                    vErrors = [err30];
                }
                else {
                    vErrors.push(err30);
                }
                errors++;
            }
            if (data15 < 1 || isNaN(data15)) {
                const err31 = { instancePath: instancePath + "/max-rule-age-days", schemaPath: "#/properties/max-rule-age-days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema12.properties["max-rule-age-days"], data: data15 };
                if (vErrors === null) {
                    vErrors = [err31];
                }
                else {
                    vErrors.push(err31);
                }
                errors++;
            }
        }
    }
    if (data["unknown-vendors"] !== undefined) {
        let data16 = data["unknown-vendors"];
        if (!((data16 === "error") || (data16 === "warning"))) {
            const err32 = { instancePath: instancePath + "/unknown-vendors", schemaPath: "#/properties/unknown-vendors/enum", keyword: "enum", params: { allowedValues: schema12.properties["unknown-vendors"].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["unknown-vendors"].enum, parentSchema: schema12.properties["unknown-vendors"], data: data16 };
            if (vErrors === null) {
                vErrors = [err32];
            }
            else {
                vErrors.push(err32);
            }
            errors++;
        }
    }
}
else {
    const err33 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
        vErrors = [err33];
    }
    else {
        vErrors.push(err33);
    }
    errors++;
} validate16.errors = vErrors; return errors === 0; }
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { /*# sourceURL="https://vendor-gate.dev/schemas/policy.schema.json" */ ; let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.requirements === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "requirements" }, message: "must have required property '" + "requirements" + "'", schema: schema23.required, parentSchema: schema23, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(((key0 === "version") || (key0 === "requirements")) || (key0 === "checks"))) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema23, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.version !== undefined) {
        let data0 = data.version;
        if (1 !== data0) {
            const err2 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema23.properties.version, data: data0 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.requirements !== undefined) {
        if (!(validate16(data.requirements, { instancePath: instancePath + "/requirements", parentData: data, parentDataProperty: "requirements", rootData }))) {
            vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
            errors = vErrors.length;
        }
    }
    if (data.checks !== undefined) {
        let data2 = data.checks;
        if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            for (const key1 in data2) {
                let data3 = data2[key1];
                if (!((((data3 === "error") || (data3 === "warning")) || (data3 === "notice")) || (data3 === "off"))) {
                    const err3 = { instancePath: instancePath + "/checks/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "vendor-gate.schema.json#/properties/checks/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema30.additionalProperties.enum }, message: "must be equal to one of the allowed values", schema: schema30.additionalProperties.enum, parentSchema: schema30.additionalProperties, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
            }
        }
        else {
            const err4 = { instancePath: instancePath + "/checks", schemaPath: "vendor-gate.schema.json#/properties/checks/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema30.type, parentSchema: schema30, data: data2 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
}
else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.type, parentSchema: schema23, data };
    if (vErrors === null) {
        vErrors = [err5];
    }
    else {
        vErrors.push(err5);
    }
    errors++;
} validate15.errors = vErrors; return errors === 0; }
const factValue0 = validate29;
const schema72 = { "enum": ["processor", "controller"] };
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (!((data === "processor") || (data === "controller"))) {
    const err0 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema72.enum }, message: "must be equal to one of the allowed values", schema: schema72.enum, parentSchema: schema72, data };
    if (vErrors === null) {
        vErrors = [err0];
    }
    else {
        vErrors.push(err0);
    }
    errors++;
} validate29.errors = vErrors; return errors === 0; }
const factValue1 = validate30;
const schema35 = { "type": "array", "uniqueItems": true, "items": { "$ref": "#/definitions/region" } };
const schema36 = { "enum": ["eu", "uk", "ch", "us", "ca", "au", "jp", "sg", "in", "br", "kr"] };
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        if (!(((((((((((data0 === "eu") || (data0 === "uk")) || (data0 === "ch")) || (data0 === "us")) || (data0 === "ca")) || (data0 === "au")) || (data0 === "jp")) || (data0 === "sg")) || (data0 === "in")) || (data0 === "br")) || (data0 === "kr"))) {
            const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/region/enum", keyword: "enum", params: { allowedValues: schema36.enum }, message: "must be equal to one of the allowed values", schema: schema36.enum, parentSchema: schema36, data: data0 };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
        outer0: for (; i1--;) {
            for (j0 = i1; j0--;) {
                if (func0(data[i1], data[j0])) {
                    const err1 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema35, data };
                    if (vErrors === null) {
                        vErrors = [err1];
                    }
                    else {
                        vErrors.push(err1);
                    }
                    errors++;
                    break outer0;
                }
            }
        }
    }
}
else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.type, parentSchema: schema35, data };
    if (vErrors === null) {
        vErrors = [err2];
    }
    else {
        vErrors.push(err2);
    }
    errors++;
} validate30.errors = vErrors; return errors === 0; }
const factValue2 = validate31;
const schema75 = { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["region", "plans"], "properties": { "region": { "$ref": "#/definitions/region" }, "plans": { "$ref": "#/definitions/plansOrAll" }, "on-request": { "type": "boolean", "description": "The vendor grants this region only on request (through sales, to eligible accounts); a service that selects it needs an assurance recording the grant." } } } };
const schema39 = { "oneOf": [{ "const": "all" }, { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/planId" } }] };
const schema32 = { "type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$" };
const pattern1 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; const _errs0 = errors; let valid0 = false; let passing0 = null; const _errs1 = errors; if ("all" !== data) {
    const err0 = { instancePath, schemaPath: "#/oneOf/0/const", keyword: "const", params: { allowedValue: "all" }, message: "must be equal to constant", schema: "all", parentSchema: schema39.oneOf[0], data };
    if (vErrors === null) {
        vErrors = [err0];
    }
    else {
        vErrors.push(err0);
    }
    errors++;
} var _valid0 = _errs1 === errors; if (_valid0) {
    valid0 = true;
    passing0 = 0;
} const _errs2 = errors; if (Array.isArray(data)) {
    if (data.length < 1) {
        const err1 = { instancePath, schemaPath: "#/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema39.oneOf[1], data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        if (typeof data0 === "string") {
            if (!pattern1.test(data0)) {
                const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/planId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: "must match pattern \"" + "^[a-z0-9][a-z0-9-]*$" + "\"", schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: schema32, data: data0 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        else {
            const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/planId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data0 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
}
else {
    const err4 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.oneOf[1].type, parentSchema: schema39.oneOf[1], data };
    if (vErrors === null) {
        vErrors = [err4];
    }
    else {
        vErrors.push(err4);
    }
    errors++;
} var _valid0 = _errs2 === errors; if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
}
else {
    if (_valid0) {
        valid0 = true;
        passing0 = 1;
    }
} if (!valid0) {
    const err5 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema39.oneOf, parentSchema: schema39, data };
    if (vErrors === null) {
        vErrors = [err5];
    }
    else {
        vErrors.push(err5);
    }
    errors++;
}
else {
    errors = _errs0;
    if (vErrors !== null) {
        if (_errs0) {
            vErrors.length = _errs0;
        }
        else {
            vErrors = null;
        }
    }
} validate21.errors = vErrors; return errors === 0; }
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            if (data0.region === undefined) {
                const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "region" }, message: "must have required property '" + "region" + "'", schema: schema75.items.required, parentSchema: schema75.items, data: data0 };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
            if (data0.plans === undefined) {
                const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "plans" }, message: "must have required property '" + "plans" + "'", schema: schema75.items.required, parentSchema: schema75.items, data: data0 };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
            for (const key0 in data0) {
                if (!(((key0 === "region") || (key0 === "plans")) || (key0 === "on-request"))) {
                    const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema75.items, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
            }
            if (data0.region !== undefined) {
                let data1 = data0.region;
                if (!(((((((((((data1 === "eu") || (data1 === "uk")) || (data1 === "ch")) || (data1 === "us")) || (data1 === "ca")) || (data1 === "au")) || (data1 === "jp")) || (data1 === "sg")) || (data1 === "in")) || (data1 === "br")) || (data1 === "kr"))) {
                    const err3 = { instancePath: instancePath + "/" + i0 + "/region", schemaPath: "#/definitions/region/enum", keyword: "enum", params: { allowedValues: schema36.enum }, message: "must be equal to one of the allowed values", schema: schema36.enum, parentSchema: schema36, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
            }
            if (data0.plans !== undefined) {
                if (!(validate21(data0.plans, { instancePath: instancePath + "/" + i0 + "/plans", parentData: data0, parentDataProperty: "plans", rootData }))) {
                    vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                    errors = vErrors.length;
                }
            }
            if (data0["on-request"] !== undefined) {
                let data3 = data0["on-request"];
                if (typeof data3 !== "boolean") {
                    const err4 = { instancePath: instancePath + "/" + i0 + "/on-request", schemaPath: "#/items/properties/on-request/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema75.items.properties["on-request"].type, parentSchema: schema75.items.properties["on-request"], data: data3 };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
            }
        }
        else {
            const err5 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema75.items.type, parentSchema: schema75.items, data: data0 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
}
else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema75.type, parentSchema: schema75, data };
    if (vErrors === null) {
        vErrors = [err6];
    }
    else {
        vErrors.push(err6);
    }
    errors++;
} validate31.errors = vErrors; return errors === 0; }
const factValue3 = validate33;
const schema77 = { "type": "array", "items": { "type": "string" } };
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        if (typeof data0 !== "string") {
            const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema77.items.type, parentSchema: schema77.items, data: data0 };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
}
else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema77.type, parentSchema: schema77, data };
    if (vErrors === null) {
        vErrors = [err1];
    }
    else {
        vErrors.push(err1);
    }
    errors++;
} validate33.errors = vErrors; return errors === 0; }
const factValue4 = validate34;
const schema78 = { "type": "boolean" };
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (typeof data !== "boolean") {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema78.type, parentSchema: schema78, data };
    if (vErrors === null) {
        vErrors = [err0];
    }
    else {
        vErrors.push(err0);
    }
    errors++;
} validate34.errors = vErrors; return errors === 0; }
const factValue5 = validate35;
const schema79 = { "type": "boolean" };
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (typeof data !== "boolean") {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema79.type, parentSchema: schema79, data };
    if (vErrors === null) {
        vErrors = [err0];
    }
    else {
        vErrors.push(err0);
    }
    errors++;
} validate35.errors = vErrors; return errors === 0; }
const factValue6 = validate36;
const schema80 = { "type": "array", "uniqueItems": true, "items": { "enum": ["dpf", "scc", "uk-addendum", "swiss-addendum"] } };
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        if (!((((data0 === "dpf") || (data0 === "scc")) || (data0 === "uk-addendum")) || (data0 === "swiss-addendum"))) {
            const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/enum", keyword: "enum", params: { allowedValues: schema80.items.enum }, message: "must be equal to one of the allowed values", schema: schema80.items.enum, parentSchema: schema80.items, data: data0 };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
        outer0: for (; i1--;) {
            for (j0 = i1; j0--;) {
                if (func0(data[i1], data[j0])) {
                    const err1 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema80, data };
                    if (vErrors === null) {
                        vErrors = [err1];
                    }
                    else {
                        vErrors.push(err1);
                    }
                    errors++;
                    break outer0;
                }
            }
        }
    }
}
else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema80.type, parentSchema: schema80, data };
    if (vErrors === null) {
        vErrors = [err2];
    }
    else {
        vErrors.push(err2);
    }
    errors++;
} validate36.errors = vErrors; return errors === 0; }
const factValue7 = validate37;
const schema46 = { "oneOf": [{ "enum": ["all", "none"] }, { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/planId" } }] };
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; const _errs0 = errors; let valid0 = false; let passing0 = null; const _errs1 = errors; if (!((data === "all") || (data === "none"))) {
    const err0 = { instancePath, schemaPath: "#/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema46.oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema46.oneOf[0].enum, parentSchema: schema46.oneOf[0], data };
    if (vErrors === null) {
        vErrors = [err0];
    }
    else {
        vErrors.push(err0);
    }
    errors++;
} var _valid0 = _errs1 === errors; if (_valid0) {
    valid0 = true;
    passing0 = 0;
} const _errs2 = errors; if (Array.isArray(data)) {
    if (data.length < 1) {
        const err1 = { instancePath, schemaPath: "#/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema46.oneOf[1], data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        if (typeof data0 === "string") {
            if (!pattern1.test(data0)) {
                const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/planId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: "must match pattern \"" + "^[a-z0-9][a-z0-9-]*$" + "\"", schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: schema32, data: data0 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        else {
            const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/planId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data0 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
}
else {
    const err4 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema46.oneOf[1].type, parentSchema: schema46.oneOf[1], data };
    if (vErrors === null) {
        vErrors = [err4];
    }
    else {
        vErrors.push(err4);
    }
    errors++;
} var _valid0 = _errs2 === errors; if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
}
else {
    if (_valid0) {
        valid0 = true;
        passing0 = 1;
    }
} if (!valid0) {
    const err5 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema46.oneOf, parentSchema: schema46, data };
    if (vErrors === null) {
        vErrors = [err5];
    }
    else {
        vErrors.push(err5);
    }
    errors++;
}
else {
    errors = _errs0;
    if (vErrors !== null) {
        if (_errs0) {
            vErrors.length = _errs0;
        }
        else {
            vErrors = null;
        }
    }
} validate37.errors = vErrors; return errors === 0; }
const factValue8 = validate38;
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; const _errs0 = errors; let valid0 = false; let passing0 = null; const _errs1 = errors; if (!((data === "all") || (data === "none"))) {
    const err0 = { instancePath, schemaPath: "#/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema46.oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema46.oneOf[0].enum, parentSchema: schema46.oneOf[0], data };
    if (vErrors === null) {
        vErrors = [err0];
    }
    else {
        vErrors.push(err0);
    }
    errors++;
} var _valid0 = _errs1 === errors; if (_valid0) {
    valid0 = true;
    passing0 = 0;
} const _errs2 = errors; if (Array.isArray(data)) {
    if (data.length < 1) {
        const err1 = { instancePath, schemaPath: "#/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema46.oneOf[1], data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        if (typeof data0 === "string") {
            if (!pattern1.test(data0)) {
                const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/planId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: "must match pattern \"" + "^[a-z0-9][a-z0-9-]*$" + "\"", schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: schema32, data: data0 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        else {
            const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/planId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data0 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
}
else {
    const err4 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema46.oneOf[1].type, parentSchema: schema46.oneOf[1], data };
    if (vErrors === null) {
        vErrors = [err4];
    }
    else {
        vErrors.push(err4);
    }
    errors++;
} var _valid0 = _errs2 === errors; if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
}
else {
    if (_valid0) {
        valid0 = true;
        passing0 = 1;
    }
} if (!valid0) {
    const err5 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema46.oneOf, parentSchema: schema46, data };
    if (vErrors === null) {
        vErrors = [err5];
    }
    else {
        vErrors.push(err5);
    }
    errors++;
}
else {
    errors = _errs0;
    if (vErrors !== null) {
        if (_errs0) {
            vErrors.length = _errs0;
        }
        else {
            vErrors = null;
        }
    }
} validate38.errors = vErrors; return errors === 0; }
const factValue9 = validate39;
const schema85 = { "enum": ["none", "opt-in", "opt-out", "yes"] };
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (!((((data === "none") || (data === "opt-in")) || (data === "opt-out")) || (data === "yes"))) {
    const err0 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema85.enum }, message: "must be equal to one of the allowed values", schema: schema85.enum, parentSchema: schema85, data };
    if (vErrors === null) {
        vErrors = [err0];
    }
    else {
        vErrors.push(err0);
    }
    errors++;
} validate39.errors = vErrors; return errors === 0; }
const factValue10 = validate40;
const schema86 = { "type": "integer", "minimum": 0, "maximum": 36500 };
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (!((typeof data == "number") && (!(data % 1) && !isNaN(data)))) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema86.type, parentSchema: schema86, data };
    if (vErrors === null) {
        vErrors = [err0];
    }
    else {
        vErrors.push(err0);
    }
    errors++;
} if (typeof data == "number") {
    if (data > 36500 || isNaN(data)) {
        const err1 = { instancePath, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 36500 }, message: "must be <= 36500", schema: 36500, parentSchema: schema86, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data < 0 || isNaN(data)) {
        const err2 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema86, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
} validate40.errors = vErrors; return errors === 0; }
const factValue11 = validate41;
const schema87 = { "type": "string" };
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (typeof data !== "string") {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema87.type, parentSchema: schema87, data };
    if (vErrors === null) {
        vErrors = [err0];
    }
    else {
        vErrors.push(err0);
    }
    errors++;
} validate41.errors = vErrors; return errors === 0; }
const factValue12 = validate42;
const schema88 = { "type": "boolean" };
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (typeof data !== "boolean") {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema88.type, parentSchema: schema88, data };
    if (vErrors === null) {
        vErrors = [err0];
    }
    else {
        vErrors.push(err0);
    }
    errors++;
} validate42.errors = vErrors; return errors === 0; }
const factValue13 = validate43;
const schema89 = { "type": "array", "uniqueItems": true, "items": { "$ref": "#/definitions/certification" } };
const schema54 = { "enum": ["soc2-type1", "soc2-type2", "iso27001", "iso27017", "iso27018", "iso27701", "pci-dss", "hitrust", "dpf"] };
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        if (!(((((((((data0 === "soc2-type1") || (data0 === "soc2-type2")) || (data0 === "iso27001")) || (data0 === "iso27017")) || (data0 === "iso27018")) || (data0 === "iso27701")) || (data0 === "pci-dss")) || (data0 === "hitrust")) || (data0 === "dpf"))) {
            const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/certification/enum", keyword: "enum", params: { allowedValues: schema54.enum }, message: "must be equal to one of the allowed values", schema: schema54.enum, parentSchema: schema54, data: data0 };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
        outer0: for (; i1--;) {
            for (j0 = i1; j0--;) {
                if (func0(data[i1], data[j0])) {
                    const err1 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema89, data };
                    if (vErrors === null) {
                        vErrors = [err1];
                    }
                    else {
                        vErrors.push(err1);
                    }
                    errors++;
                    break outer0;
                }
            }
        }
    }
}
else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema89.type, parentSchema: schema89, data };
    if (vErrors === null) {
        vErrors = [err2];
    }
    else {
        vErrors.push(err2);
    }
    errors++;
} validate43.errors = vErrors; return errors === 0; }
const factValue14 = validate44;
const schema91 = { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "type": "string" }, "region": { "$ref": "#/definitions/region" }, "purpose": { "type": "string" } } } };
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            if (data0.name === undefined) {
                const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema91.items.required, parentSchema: schema91.items, data: data0 };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
            for (const key0 in data0) {
                if (!(((key0 === "name") || (key0 === "region")) || (key0 === "purpose"))) {
                    const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema91.items, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err1];
                    }
                    else {
                        vErrors.push(err1);
                    }
                    errors++;
                }
            }
            if (data0.name !== undefined) {
                let data1 = data0.name;
                if (typeof data1 !== "string") {
                    const err2 = { instancePath: instancePath + "/" + i0 + "/name", schemaPath: "#/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema91.items.properties.name.type, parentSchema: schema91.items.properties.name, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
            }
            if (data0.region !== undefined) {
                let data2 = data0.region;
                if (!(((((((((((data2 === "eu") || (data2 === "uk")) || (data2 === "ch")) || (data2 === "us")) || (data2 === "ca")) || (data2 === "au")) || (data2 === "jp")) || (data2 === "sg")) || (data2 === "in")) || (data2 === "br")) || (data2 === "kr"))) {
                    const err3 = { instancePath: instancePath + "/" + i0 + "/region", schemaPath: "#/definitions/region/enum", keyword: "enum", params: { allowedValues: schema36.enum }, message: "must be equal to one of the allowed values", schema: schema36.enum, parentSchema: schema36, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
            }
            if (data0.purpose !== undefined) {
                let data3 = data0.purpose;
                if (typeof data3 !== "string") {
                    const err4 = { instancePath: instancePath + "/" + i0 + "/purpose", schemaPath: "#/items/properties/purpose/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema91.items.properties.purpose.type, parentSchema: schema91.items.properties.purpose, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
            }
        }
        else {
            const err5 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema91.items.type, parentSchema: schema91.items, data: data0 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
}
else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema91.type, parentSchema: schema91, data };
    if (vErrors === null) {
        vErrors = [err6];
    }
    else {
        vErrors.push(err6);
    }
    errors++;
} validate44.errors = vErrors; return errors === 0; }
const factValue15 = validate45;
const schema93 = { "type": "integer", "minimum": 0, "maximum": 36500 };
function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (!((typeof data == "number") && (!(data % 1) && !isNaN(data)))) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema93.type, parentSchema: schema93, data };
    if (vErrors === null) {
        vErrors = [err0];
    }
    else {
        vErrors.push(err0);
    }
    errors++;
} if (typeof data == "number") {
    if (data > 36500 || isNaN(data)) {
        const err1 = { instancePath, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 36500 }, message: "must be <= 36500", schema: 36500, parentSchema: schema93, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data < 0 || isNaN(data)) {
        const err2 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema93, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
} validate45.errors = vErrors; return errors === 0; }
const factValue16 = validate46;
const schema94 = { "type": "object", "propertyNames": { "$ref": "#/definitions/feature" }, "additionalProperties": { "$ref": "#/definitions/plansOrAll" } };
const schema59 = { "enum": ["sso", "audit-logs", "sla", "dedicated-support", "data-export"] };
function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        const _errs1 = errors;
        if (!(((((key0 === "sso") || (key0 === "audit-logs")) || (key0 === "sla")) || (key0 === "dedicated-support")) || (key0 === "data-export"))) {
            const err0 = { instancePath, schemaPath: "#/definitions/feature/enum", keyword: "enum", params: { allowedValues: schema59.enum }, message: "must be equal to one of the allowed values", schema: schema59.enum, parentSchema: schema59, data: key0, propertyName: key0 };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        var valid0 = _errs1 === errors;
        if (!valid0) {
            const err1 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema94.propertyNames, parentSchema: schema94, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    for (const key1 in data) {
        if (!(validate21(data[key1], { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key1, rootData }))) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
        }
    }
}
else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema94.type, parentSchema: schema94, data };
    if (vErrors === null) {
        vErrors = [err2];
    }
    else {
        vErrors.push(err2);
    }
    errors++;
} validate46.errors = vErrors; return errors === 0; }
const factValue = { 'role': factValue0, 'hosting.regions': factValue1, 'hosting.region-options': factValue2, 'hosting.providers': factValue3, 'hosting.processing-anywhere': factValue4, 'hosting.region-fixed-at-creation': factValue5, 'transfers.mechanisms': factValue6, 'dpa.plans': factValue7, 'baa.plans': factValue8, 'ai-training': factValue9, 'retention.deletion-after-termination-days': factValue10, 'retention.account-data': factValue11, 'retention.user-deletion': factValue12, 'certifications': factValue13, 'subprocessors': factValue14, 'subprocessors.notice-days': factValue15, 'features': factValue16 };

// EXTERNAL MODULE: ./src/source/yaml-source.ts
var yaml_source = __nccwpck_require__(4242);
;// CONCATENATED MODULE: ./src/source/schema-validation.ts



/**
 * Validators compiled from schemas/ at build time (scripts/generate.mjs): no schema is compiled
 * at run time. They were generated with `allErrors` and `verbose`, so errors carry their parent
 * schema, which we mine for "did you mean" candidates. (The rule validator lives in its own
 * generated module, loaded only when there are local rules.)
 */
const validateManifestSchema = manifest;
const validatePolicySchema = policy;
/** Validate a parsed file against a schema; every error is located at the offending key or value. */
function validateSource(source, validate) {
    // Validation with allErrors slows to a crawl on tens of thousands of broken entries; no real
    // manifest or rule comes near this many, so refuse such a list before validating it.
    const oversized = findOversized(source.data, []);
    if (oversized) {
        return [
            {
                message: `${describePath(oversized)} has more than ${MAX_ENTRIES} entries; refusing to validate it`,
                location: (0,yaml_source/* locate */.x5)(source, oversized),
            },
        ];
    }
    if (validate(source.data))
        return [];
    return describeSchemaErrors(validate.errors ?? [], source);
}
/** Validate an assurance's value against the vocabulary of the fact it stands in for. */
function validateFactValue(source, path, fact, value) {
    const validate = factValue[fact];
    if (!validate)
        throw new Error(`no validator for fact ${fact}`);
    if (validate(value))
        return [];
    return describeSchemaErrors(validate.errors ?? [], source, path);
}
const MAX_SCHEMA_ERRORS = 100;
const MAX_ENTRIES = 1000;
function findOversized(data, path) {
    if (data === null || typeof data !== 'object')
        return undefined;
    const entries = Array.isArray(data)
        ? data.map((v, i) => [i, v])
        : Object.entries(data);
    if (entries.length > MAX_ENTRIES)
        return path;
    for (const [key, value] of entries) {
        const found = findOversized(value, [...path, key]);
        if (found)
            return found;
    }
    return undefined;
}
/** Combinators only say "some branch failed"; their branches' own errors are more useful. */
const COMBINATOR_KEYWORDS = new Set(['oneOf', 'anyOf', 'allOf', 'if', 'then', 'else', '$ref']);
function describeSchemaErrors(errors, source, basePath = []) {
    // A huge broken file yields one error per entry; the first hundred say enough, and the steps
    // below compare error paths pairwise.
    const first = errors.slice(0, MAX_SCHEMA_ERRORS);
    const specific = dropExplainedRequired(first.filter((e) => !COMBINATOR_KEYWORDS.has(e.keyword)));
    const chosen = preferDeepest(specific.length > 0 ? specific : first);
    const seen = new Set();
    const result = [];
    for (const error of chosen) {
        const path = [...basePath, ...pointerToPath(error.instancePath)];
        const described = describe(error, path);
        const location = (0,yaml_source/* locate */.x5)(source, described.path, described.part);
        const key = `${location.line}:${location.column}:${described.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        result.push({ message: described.message, location });
    }
    return result.sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column);
}
/** `regoins:` is both an unknown key and a missing `regions:`; "did you mean" says it all. */
function dropExplainedRequired(errors) {
    const misspelt = errors.filter((e) => e.keyword === 'additionalProperties');
    return errors.filter((e) => {
        if (e.keyword !== 'required')
            return true;
        const missing = e.params.missingProperty;
        return !misspelt.some((m) => m.instancePath === e.instancePath &&
            (0,did_you_mean/* didYouMean */.a)(m.params.additionalProperty, [missing]) === missing);
    });
}
/**
 * For a value that fails both branches of a oneOf (`plans: all` or a list), ajv reports both
 * branches; keep only errors at the deepest path for each value, and at one path one enum/type
 * message rather than both.
 */
function preferDeepest(errors) {
    const byPath = new Map();
    for (const e of errors)
        byPath.set(e.instancePath, [...(byPath.get(e.instancePath) ?? []), e]);
    const result = [];
    for (const [path, group] of byPath) {
        const hasDeeper = [...byPath.keys()].some((other) => other !== path && other.startsWith(`${path}/`));
        if (hasDeeper &&
            group.every((e) => e.keyword === 'type' || e.keyword === 'enum' || e.keyword === 'const'))
            continue;
        const structural = group.filter((e) => e.keyword === 'additionalProperties' || e.keyword === 'required');
        result.push(...(structural.length > 0 ? structural : group.slice(0, 1)));
    }
    return result;
}
function pointerToPath(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
function describePath(path) {
    if (path.length === 0)
        return 'the top level';
    return path.reduce((acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), '');
}
function show(value) {
    if (typeof value === 'string')
        return `'${value}'`;
    try {
        const json = JSON.stringify(value);
        return json === undefined ? String(value) : json.length > 80 ? `${json.slice(0, 77)}...` : json;
    }
    catch {
        return describeType(value); // circular or otherwise unprintable
    }
}
function describe(error, path) {
    const where = describePath(path);
    const parentSchema = error.parentSchema;
    switch (error.keyword) {
        case 'additionalProperties': {
            const key = String(error.params.additionalProperty);
            const known = Object.keys(parentSchema?.properties ?? {});
            const hint = (0,did_you_mean/* didYouMean */.a)(key, known);
            const allowed = known.length > 0 ? ` Allowed keys: ${known.join(', ')}.` : '';
            return {
                message: `unknown key '${key}' in ${where}.${hint ? ` Did you mean '${hint}'?` : allowed}`,
                path: [...path, key],
                part: 'key',
            };
        }
        case 'required': {
            const missing = String(error.params.missingProperty);
            return {
                message: `${where} is missing the required key '${missing}'`,
                path,
                part: path.length ? 'key' : 'value',
            };
        }
        case 'enum':
        case 'const': {
            const allowed = (error.keyword === 'enum'
                ? error.params.allowedValues
                : [error.params.allowedValue]);
            const hint = typeof error.data === 'string' ? (0,did_you_mean/* didYouMean */.a)(error.data, allowed.map(String)) : undefined;
            return {
                message: `${show(error.data)} is not allowed for ${where}.` +
                    (hint ? ` Did you mean '${hint}'?` : '') +
                    ` Allowed: ${allowed.map(String).join(', ')}.`,
                path,
                part: 'value',
            };
        }
        case 'type':
            return {
                message: `${where} must be ${article(error.params.type)}, not ${describeType(error.data)}`,
                path,
                part: 'value',
            };
        case 'pattern':
            return {
                message: `${show(error.data)} is not valid for ${where}${parentSchema?.description ? ` (${parentSchema.description})` : ''}`,
                path,
                part: 'value',
            };
        case 'maximum':
        case 'minimum':
            return {
                message: `${where} must be ${error.keyword === 'maximum' ? 'at most' : 'at least'} ${String(error.params.limit)}, not ${show(error.data)}`,
                path,
                part: 'value',
            };
        case 'uniqueItems':
            return { message: `${where} lists the same entry twice`, path, part: 'value' };
        default:
            return { message: `${where} ${error.message ?? 'is invalid'}`, path, part: 'value' };
    }
}
function article(type) {
    const names = {
        array: 'a list',
        object: 'a mapping',
        string: 'a string',
        integer: 'a whole number',
        number: 'a number',
        boolean: 'true or false',
    };
    return type
        .split(',')
        .map((t) => names[t] ?? t)
        .join(' or ');
}
function describeType(value) {
    if (value === null || value === undefined)
        return 'empty';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return `${typeof value} ${show(value)}`;
}


/***/ }),

/***/ 4242:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   WF: () => (/* binding */ parseYamlSource),
/* harmony export */   x5: () => (/* binding */ locate)
/* harmony export */ });
/* unused harmony exports MAX_YAML_BYTES, locateOffsets */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8815);
/* harmony import */ var _config_error_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5428);


/** Refuse files larger than this before parsing them: a manifest is a few kilobytes. */
const MAX_YAML_BYTES = 1024 * 1024;
/** Aliases are rare in config files; a small cap stops billion-laughs expansion early. */
const MAX_ALIAS_COUNT = 50;
/**
 * Parse YAML text without throwing: syntax errors, duplicate keys, multiple documents and alias
 * bombs come back as located config errors.
 */
function parseYamlSource(file, text) {
    if (Buffer.byteLength(text, 'utf8') > MAX_YAML_BYTES) {
        return {
            errors: [
                {
                    message: `file is larger than ${MAX_YAML_BYTES} bytes; refusing to parse it`,
                    location: (0,_config_error_js__WEBPACK_IMPORTED_MODULE_1__/* .fileStart */ .NY)(file),
                },
            ],
        };
    }
    if (text.includes('\u0000')) {
        return {
            errors: [
                { message: 'the file holds NUL bytes: it is binary, not UTF-8 YAML text', location: (0,_config_error_js__WEBPACK_IMPORTED_MODULE_1__/* .fileStart */ .NY)(file) },
            ],
        };
    }
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    // uniqueKeys is checked below in one pass: the library's own check is quadratic in a map's size.
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, uniqueKeys: false, prettyErrors: false, strict: true });
    const source = { file, doc, lineCounter, data: undefined };
    const errors = capErrors([
        ...doc.errors.map((e) => ({
            message: describeYamlError(e.code, e.message),
            location: locateOffsets(source, e.pos[0], e.pos[1]),
        })),
        ...(doc.errors.length === 0 ? duplicateKeys(source) : []),
    ]);
    if (errors.length > 0)
        return { errors };
    try {
        source.data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        const described = /alias count/i.test(message)
            ? 'YAML aliases expand too far (is this a billion-laughs file?)'
            : `the YAML cannot be read as data: ${message}`;
        return { errors: [{ message: described, location: (0,_config_error_js__WEBPACK_IMPORTED_MODULE_1__/* .fileStart */ .NY)(file) }] };
    }
    if (isCyclic(source.data)) {
        return {
            errors: [
                {
                    message: 'a YAML alias refers to a node that contains it; such a loop has no meaning here',
                    location: (0,_config_error_js__WEBPACK_IMPORTED_MODULE_1__/* .fileStart */ .NY)(file),
                },
            ],
        };
    }
    return { source, errors: [] };
}
/** At most this many errors from one file: the first ones say what is wrong. */
const MAX_ERRORS = 20;
/** Drop repeats of one message (deep nesting repeats "Maximum call stack size exceeded") and cap the rest. */
function capErrors(errors) {
    const seen = new Set();
    const unique = errors.filter((e) => !seen.has(e.message) && seen.add(e.message));
    if (unique.length <= MAX_ERRORS)
        return unique;
    const shown = unique.slice(0, MAX_ERRORS);
    shown.push({
        message: `${unique.length - MAX_ERRORS} more errors not shown; fix these first`,
        location: shown[MAX_ERRORS - 1].location,
    });
    return shown;
}
/** Every key that repeats an earlier key of the same mapping, located at the repeat. */
function duplicateKeys(source) {
    const errors = [];
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(source.doc, {
        Map(_, map) {
            const seen = new Set();
            for (const pair of map.items) {
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key))
                    continue;
                const key = String(pair.key.value);
                if (seen.has(key) && pair.key.range) {
                    errors.push({
                        message: `duplicate key '${key}': each key may appear only once in a mapping`,
                        location: locateOffsets(source, pair.key.range[0], pair.key.range[1]),
                    });
                }
                seen.add(key);
            }
        },
    });
    return errors;
}
/** True when the data contains itself (`a: &x [*x]`), which would send any walk round forever. */
function isCyclic(data, ancestors = new Set()) {
    if (data === null || typeof data !== 'object')
        return false;
    if (ancestors.has(data))
        return true;
    ancestors.add(data);
    const children = data instanceof Map ? [...data.values()] : Object.values(data);
    const cyclic = children.some((child) => isCyclic(child, ancestors));
    ancestors.delete(data);
    return cyclic;
}
const YAML_ERROR_MESSAGES = {
    TAB_AS_INDENT: 'tabs are not allowed for indentation in YAML; use spaces',
    MULTIPLE_DOCS: 'the file holds more than one YAML document (---); put everything in one',
};
function describeYamlError(code, message) {
    if (/call stack/i.test(message))
        return 'the YAML is nested too deeply to read';
    // yaml appends " at line L, column C:" and a code excerpt; our location carries that already.
    return (YAML_ERROR_MESSAGES[code] ??
        (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, ''));
}
/** Turn [start, end) offsets into a 1-based location. */
function locateOffsets(source, start, end) {
    const from = source.lineCounter.linePos(start);
    const to = source.lineCounter.linePos(Math.max(start, end));
    return { file: source.file, line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}
/**
 * Where a path points: `pair` spans `key: value` (`vendor: clerk`), `key` just the key, `value` just
 * the value. A path that no longer exists falls back to its nearest existing parent's key, so a
 * location is always real.
 */
function locate(source, path, part = 'pair') {
    for (let depth = path.length; depth >= 0; depth--) {
        const found = nodesAt(source.doc, path.slice(0, depth));
        if (!found)
            continue;
        const { key, value } = found;
        const want = depth === path.length ? part : 'key';
        const start = want === 'value' ? (value?.range ?? key?.range) : (key?.range ?? value?.range);
        const end = want === 'key' ? (key?.range ?? value?.range) : (value?.range ?? key?.range);
        if (start && end)
            return locateOffsets(source, start[0], Math.max(start[1], end[1]));
    }
    return (0,_config_error_js__WEBPACK_IMPORTED_MODULE_1__/* .fileStart */ .NY)(source.file);
}
/** The key node (for map entries) and value node at a path. */
function nodesAt(doc, path) {
    let current = doc.contents;
    let key;
    for (const segment of path) {
        key = undefined;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(current)) {
            const pair = current.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(p) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === String(segment));
            if (!pair)
                return undefined;
            key = pair.key;
            current = pair.value;
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(current) && typeof segment === 'number' && segment < current.items.length) {
            current = current.items[segment];
        }
        else {
            return undefined;
        }
    }
    return { key: (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isNode */ .Ll)(key) ? key : undefined, value: (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isNode */ .Ll)(current) ? current : undefined };
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
exports.Ll = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
exports.As = publicApi.stringify;
exports.YR = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".cli.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
