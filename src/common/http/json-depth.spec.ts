import { jsonNestsDeeperThan } from './json-depth.js';

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('jsonNestsDeeperThan', () => {
  it('counts objects and arrays, not brackets inside strings', () => {
    expect(jsonNestsDeeperThan(bytes('{"a":[{"b":1}]}'), 3)).toBe(false);
    expect(jsonNestsDeeperThan(bytes('{"a":[{"b":[1]}]}'), 3)).toBe(true);
    expect(jsonNestsDeeperThan(bytes(`{"a":"${'['.repeat(100)}"}`), 2)).toBe(false);
    expect(jsonNestsDeeperThan(bytes(`{"a":"\\"${'{'.repeat(100)}"}`), 2)).toBe(false);
    expect(jsonNestsDeeperThan(bytes(`{"é😀":"{{{{"}`), 1)).toBe(false);
  });

  it('flags 2,000 levels at once', () => {
    expect(jsonNestsDeeperThan(bytes('['.repeat(2000)))).toBe(true);
  });
});
