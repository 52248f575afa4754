import { describe, expect, it } from '@jest/globals';
import { parseGemfile } from '../../src/detect/parsers/gemfile.js';
import { at, located, textAt } from './helpers.js';

describe('parseGemfile', () => {
  it('reads gems and names their group', () => {
    const text = `source "https://rubygems.org"
ruby "3.3.0"

gem "rails", "~> 7.2"
gem 'stripe', require: false # payments
gem("sentry-ruby")
# gem "commented-out"

group :development, :test do
  gem "rspec-rails"
  if ENV["CI"]
    gem "simplecov"
  end
  platforms :mri do
    gem "byebug"
  end
end

group(:production) do
  gem "clerk-sdk-ruby", "~> 3"
end

gem "rubocop", group: :development
gem "capybara", groups: [:test, "system"]
gem "puma", :group => :production

=begin
gem "in-a-doc-comment"
=end
  gem "last"
`;
    const refs = parseGemfile('Gemfile', text);
    expect(located(refs)).toEqual([
      at('rails', 4, 6),
      at('stripe', 5, 6),
      at('sentry-ruby', 6, 6),
      at('rspec-rails', 10, 8, 'group :development, :test'),
      at('simplecov', 12, 10, 'group :development, :test'),
      at('byebug', 15, 10, 'group :development, :test'),
      at('clerk-sdk-ruby', 20, 8, 'group :production'),
      at('rubocop', 23, 6, 'group :development'),
      at('capybara', 24, 6, 'group :test, :system'),
      at('puma', 25, 6, 'group :production'),
      at('last', 30, 8),
    ]);
    for (const ref of refs) {
      expect(ref.ecosystem).toBe('gem');
      expect(textAt(text, ref)).toBe(ref.name);
    }
  });

  it('ignores a # inside a string but not a comment after it', () => {
    const text = 'gem "sidekiq", git: "https://example.com/a#b" # gem "other"\n';
    expect(located(parseGemfile('Gemfile', text))).toEqual([at('sidekiq', 1, 6)]);
  });

  it('ignores group options such as optional: true', () => {
    const text = 'group :docs, optional: true do\n  gem "yard"\nend\n';
    expect(located(parseGemfile('Gemfile', text))).toEqual([at('yard', 2, 8, 'group :docs')]);
  });

  it('does not throw on unbalanced blocks', () => {
    expect(located(parseGemfile('Gemfile', 'end\nend\ngroup :test do\ngem "x"\n'))).toEqual([
      at('x', 4, 6, 'group :test'),
    ]);
  });
});
