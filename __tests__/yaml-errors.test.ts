import { describe, expect, test } from '@jest/globals';
import { parseYamlSource } from '../src/source/yaml-source.js';

/** Each mistake people make: the one error it gives, with its message and line:column. */
const MISTAKES: { name: string; yaml: string; errors: string[] }[] = [
  {
    name: "missing ':' after a key with a value",
    yaml: 'version: 1\nservices:\n  - vendor: clerk\n    plan free\n',
    errors: ["4:5 missing ':' after 'plan': write 'plan: free'"],
  },
  {
    name: "missing ':' after a key that holds a block",
    yaml: 'version: 1\nrequirements\n  data: [contact]\nservices: []\n',
    errors: ["2:1 missing ':' after 'requirements': write 'requirements:'"],
  },
  {
    name: "missing space after ':' (a key with a block below)",
    yaml: 'version: 1\nservices:\n  - vendor:clerk\n    plan: free\n',
    errors: ["3:11 missing space after ':' in 'vendor:clerk': write 'vendor: clerk'"],
  },
  {
    name: "missing space after ':' (the last key)",
    yaml: 'version: 1\nservices:\n  - vendor: clerk\n    plan:free\n',
    errors: ["4:9 missing space after ':' in 'plan:free': write 'plan: free'"],
  },
  {
    name: 'unclosed double quote, located where it opens',
    yaml: 'version: 1\nservices:\n  - vendor: "clerk\n    plan: free\n  - vendor: sentry\n',
    errors: ['3:13 the quote opened at 3:13 is never closed: add the closing " where the text ends'],
  },
  {
    name: 'unclosed single quote',
    yaml: "version: 1\nservices:\n  - vendor: 'clerk\n    plan: free\n",
    errors: ["3:13 the quote opened at 3:13 is never closed: add the closing ' where the text ends"],
  },
  {
    name: 'unclosed bracket',
    yaml: 'version: 1\nrequirements:\n  data: [contact, health\nservices: []\n',
    errors: ["3:9 the '[' opened at 3:9 is never closed: add ']' after its last entry"],
  },
  {
    name: 'unclosed brace',
    yaml: 'version: 1\nrequirements: { data: [contact]\nservices: []\n',
    errors: ["2:15 the '{' opened at 2:15 is never closed: add '}' after its last entry"],
  },
  {
    name: "a missing '-' before a list item",
    yaml: 'version: 1\nservices:\n  - vendor: clerk\n    plan: free\n    vendor: sentry\n    plan: team\n',
    errors: ["5:5 'vendor' starts this list item again: a '-' is missing before it to start a new item"],
  },
  {
    name: 'tabs used for indentation',
    yaml: 'version: 1\nrequirements:\n\tdata: [contact]\nservices: []\n',
    errors: ['3:1 tabs are not allowed for indentation in YAML; use spaces'],
  },
  {
    name: 'a key indented deeper than its siblings',
    yaml: 'version: 1\nrequirements:\n  data: [contact]\n   agreements: [dpa]\nservices: []\n',
    errors: [
      "4:4 this key is indented 3 spaces, but 'data' above it is indented 2: keys of one mapping must line up",
    ],
  },
  {
    name: 'a list item key indented less than the one above',
    yaml: 'version: 1\nservices:\n  - vendor: clerk\n   plan: free\n',
    errors: [
      "4:4 this line is inside a list but does not start with '-': start a new item with '- ', or indent it to line up with the item's keys above (column 5, not 4)",
    ],
  },
  {
    name: 'a list item key indented more than the one above',
    yaml: 'version: 1\nservices:\n  - vendor: clerk\n      plan: free\n',
    errors: [
      "4:7 line 4 is indented deeper than 'vendor' (column 7 instead of 5): line its key up with 'vendor'",
    ],
  },
];

describe('YAML mistakes are explained in plain words, one error each', () => {
  test.each(MISTAKES)('$name', ({ yaml, errors }) => {
    const parsed = parseYamlSource('m.yml', yaml);
    expect(parsed.errors.map((e) => `${e.location.line}:${e.location.column} ${e.message}`)).toEqual(errors);
  });
});
