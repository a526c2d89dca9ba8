import { getMetadataStorage, IsInt, IsString, MaxLength, validate } from 'class-validator';
import { rememberValidationRules } from './validation-rules.js';

class Base {
  @IsString()
  name!: unknown;
}

class Child extends Base {
  @IsInt()
  count!: unknown;
}

const failing = async (value: object) =>
  (await validate(value, { forbidUnknownValues: true })).map((error) => error.property).sort();

describe('rememberValidationRules', () => {
  beforeAll(() => rememberValidationRules());

  it('validates as class-validator does, own and inherited rules, every time', async () => {
    for (let i = 0; i < 3; i += 1) {
      expect(await failing(Object.assign(new Child(), { name: 1, count: 'x' }))).toEqual(['count', 'name']);
      expect(await failing(Object.assign(new Child(), { name: 'a', count: 2 }))).toEqual([]);
      expect(await failing(Object.assign(new Base(), { name: 1 }))).toEqual(['name']);
    }
  });

  it('honours a rule registered after a class was first validated', async () => {
    class Late {
      @IsString()
      title!: unknown;
    }
    expect(await failing(Object.assign(new Late(), { title: 'long title' }))).toEqual([]);
    MaxLength(3)(Late.prototype, 'title');
    expect(await failing(Object.assign(new Late(), { title: 'long title' }))).toEqual(['title']);
  });

  it('is installed once per storage', () => {
    const storage = getMetadataStorage();
    const installed = storage.getTargetValidationMetadatas;
    rememberValidationRules();
    expect(storage.getTargetValidationMetadatas).toBe(installed);
  });
});
