import { formatSseComment, formatSseEvent } from './sse.js';

describe('SSE framing', () => {
  it('formats an event with its type, id and one-line JSON data', () => {
    expect(formatSseEvent('post.created', 7, { postId: 'a', text: 'x\ny' })).toBe(
      'event: post.created\nid: 7\ndata: {"postId":"a","text":"x\\ny"}\n\n',
    );
  });

  it('leaves the id line out when an event has none (a resync keeps the client’s last id)', () => {
    expect(formatSseEvent('resync', null, { threadId: 't' })).toBe('event: resync\ndata: {"threadId":"t"}\n\n');
  });

  it('cannot be broken by a newline in a type or comment', () => {
    expect(formatSseEvent('a\nevent: b', 1, null)).toBe('event: a event: b\nid: 1\ndata: null\n\n');
    expect(formatSseComment('hi\n\ndata: x')).toBe(': hi  data: x\n\n');
  });
});
