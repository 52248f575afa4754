import { describe, expect, it } from '@jest/globals';
import { parseCargoToml } from '../../src/detect/parsers/cargo.js';
import { at, located, textAt } from './helpers.js';

describe('parseCargoToml', () => {
  it('reads every dependency table, target tables and workspace dependencies', () => {
    const text = `[package]
name = "portal"
dependencies = "not a table"

[dependencies]
serde = { version = "1", features = ["derive"] }
stripe-rust = "0.30"
http_client = { package = "reqwest", version = "0.12" }

[dependencies.sentry]
version = "0.34"

[dev-dependencies]
insta = "1"

[build-dependencies]
cc = "1"

[target.'cfg(windows)'.dependencies]
winapi = "0.3"

[target.x86_64-unknown-linux-gnu.dev-dependencies]
libc = "0.2"

[target.'cfg(target_os = "linux")'.build-dependencies]
pkg-config = "0.3"

[workspace.dependencies]
tokio = { version = "1" }
`;
    const refs = parseCargoToml('crates/api/Cargo.toml', text);
    expect(located(refs)).toEqual([
      at('serde', 6, 1, 'dependencies'),
      at('stripe-rust', 7, 1, 'dependencies'),
      at('reqwest', 8, 28, 'dependencies'),
      at('sentry', 10, 15, 'dependencies'),
      at('insta', 14, 1, 'dev-dependencies'),
      at('cc', 17, 1, 'build-dependencies'),
      at('winapi', 20, 1, "target.'cfg(windows)'.dependencies"),
      at('libc', 23, 1, 'target.x86_64-unknown-linux-gnu.dev-dependencies'),
      at('pkg-config', 26, 1, `target.'cfg(target_os = "linux")'.build-dependencies`),
      at('tokio', 29, 1, 'workspace.dependencies'),
    ]);
    for (const ref of refs) {
      expect(ref).toMatchObject({ ecosystem: 'cargo', location: { file: 'crates/api/Cargo.toml' } });
      expect(textAt(text, ref)).toBe(ref.name);
    }
  });

  it('accepts the underscore spellings Cargo still reads', () => {
    expect(located(parseCargoToml('Cargo.toml', '[dev_dependencies]\nproptest = "1"\n'))).toEqual([
      at('proptest', 2, 1, 'dev_dependencies'),
    ]);
  });

  it('returns nothing for malformed TOML', () => {
    expect(parseCargoToml('Cargo.toml', '[dependencies]\nserde = { version = "1"')).toEqual([]);
  });
});
