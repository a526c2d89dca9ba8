import { normalizeNewPoll, type CreatePollDto } from './polls.dto.js';

const now = new Date('2030-01-01T12:00:00Z');
const dto = (overrides: Partial<CreatePollDto> = {}): CreatePollDto =>
  Object.assign({ question: ' Q ? ', options: [' A ', 'B', 'C'], mode: 'single' } as CreatePollDto, overrides);
const fields = (result: ReturnType<typeof normalizeNewPoll>) =>
  'errors' in result ? result.errors.map((e) => e.field) : [];

describe('normalizeNewPoll', () => {
  it('trims, applies defaults and sets maxChoices to 1 in single mode', () => {
    expect(normalizeNewPoll(dto(), now)).toEqual({
      poll: {
        question: 'Q ?',
        options: ['A', 'B', 'C'],
        mode: 'single',
        maxChoices: 1,
        closesAt: null,
        resultsVisibility: 'always',
        allowVoteChange: true,
      },
    });
  });

  it('defaults maxChoices to the option count in multiple mode and accepts 2..count', () => {
    expect(normalizeNewPoll(dto({ mode: 'multiple' }), now)).toMatchObject({ poll: { maxChoices: 3 } });
    expect(normalizeNewPoll(dto({ mode: 'multiple', maxChoices: 2 }), now)).toMatchObject({ poll: { maxChoices: 2 } });
    expect(fields(normalizeNewPoll(dto({ mode: 'multiple', maxChoices: 1 }), now))).toEqual(['maxChoices']);
    expect(fields(normalizeNewPoll(dto({ mode: 'multiple', maxChoices: 4 }), now))).toEqual(['maxChoices']);
    expect(fields(normalizeNewPoll(dto({ mode: 'single', maxChoices: 2 }), now))).toEqual(['maxChoices']);
    expect(normalizeNewPoll(dto({ mode: 'single', maxChoices: 1 }), now)).toHaveProperty('poll');
  });

  it('refuses duplicate labels ignoring case and surrounding spaces, and blank labels', () => {
    expect(fields(normalizeNewPoll(dto({ options: ['Été', ' été', 'B'] }), now))).toEqual(['options']);
    expect(fields(normalizeNewPoll(dto({ options: ['A', '  ', 'B'] }), now))).toEqual(['options.1']);
  });

  it('wants closesAt strictly in the future', () => {
    expect(fields(normalizeNewPoll(dto({ closesAt: '2030-01-01T12:00:00Z' }), now))).toEqual(['closesAt']);
    expect(normalizeNewPoll(dto({ closesAt: '2030-01-01T12:00:01Z' }), now)).toMatchObject({
      poll: { closesAt: new Date('2030-01-01T12:00:01Z') },
    });
  });
});
