import { fieldsWithNul, prototypeKeyPaths } from './validation.js';

describe('validation helpers', () => {
  it('finds __proto__, constructor and prototype keys at any depth, as own keys of parsed JSON', () => {
    const parsed = JSON.parse(
      '{"__proto__": {"isAdmin": true}, "a": {"constructor": {"prototype": {}}}, "b": [{"prototype": 1}], "ok": "__proto__"}',
    );
    expect(prototypeKeyPaths(parsed).sort()).toEqual(['__proto__', 'a.constructor', 'b.0.prototype']);
  });

  it('finds nothing in ordinary input', () => {
    expect(prototypeKeyPaths({ body: 'x', options: ['a', 'b'], nested: { value: 1 } })).toEqual([]);
    expect(prototypeKeyPaths('__proto__')).toEqual([]);
    expect(prototypeKeyPaths(null)).toEqual([]);
  });

  it('names the fields holding a NUL character', () => {
    expect(fieldsWithNul({ a: ['x\u0000y'], b: 'ok' })).toEqual(['a.0']);
  });
});
