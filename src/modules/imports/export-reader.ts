import type { Readable } from 'node:stream';
import { SaxesParser, type SaxesTagPlain } from 'saxes';

export type ExportFormat = 'disqus' | 'wordpress';

export interface ExportThread {
  kind: 'thread';
  externalId: string;
  link: string;
}

export interface ExportPost {
  kind: 'post';
  externalId: string;
  threadExternalId: string;
  parentExternalId: string | null;
  authorName: string;
  authorEmail: string;
  authorUsername: string;
  createdAt: Date | null;
  /** HTML (Disqus) or text with a few tags (WordPress). */
  body: string;
  /** Why the post is not imported (spam, deleted, unapproved, pingback), or null. */
  skip: string | null;
}

export type ExportRecord = ExportThread | ExportPost;

type Emit = (record: ExportRecord) => void;

/** Element names on the way down, and the text of the element being read. */
class Cursor {
  readonly stack: string[] = [];
  text = '';
  open(tag: SaxesTagPlain): void {
    this.stack.push(tag.name);
    this.text = '';
  }
  close(): string {
    this.stack.pop();
    return this.text.trim();
  }
  get parent(): string | undefined {
    return this.stack[this.stack.length - 2];
  }
}

const emptyPost = (externalId: string): ExportPost => ({
  kind: 'post',
  externalId,
  threadExternalId: '',
  parentExternalId: null,
  authorName: '',
  authorEmail: '',
  authorUsername: '',
  createdAt: null,
  body: '',
  skip: null,
});

const parseDate = (text: string): Date | null => {
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date;
};

/**
 * Disqus export: `<thread dsq:id>` with its `<link>`, then `<post dsq:id>` with
 * `<message>`, `<createdAt>`, `<isDeleted>`, `<isSpam>`, `<author>` and the ids of
 * its `<thread>` and `<parent>`.
 */
function disqusHandlers(parser: SaxesParser, cursor: Cursor, emit: Emit): void {
  let thread: ExportThread | null = null;
  let post: ExportPost | null = null;
  parser.on('opentag', (tag) => {
    cursor.open(tag);
    const id = String(tag.attributes['dsq:id'] ?? '');
    const depth = cursor.stack.length;
    if (depth === 2 && tag.name === 'thread') thread = { kind: 'thread', externalId: id, link: '' };
    else if (depth === 2 && tag.name === 'post') post = emptyPost(id);
    else if (post && tag.name === 'thread') post.threadExternalId = id;
    else if (post && tag.name === 'parent') post.parentExternalId = id || null;
  });
  parser.on('closetag', (tag) => {
    const parent = cursor.parent;
    const text = cursor.close();
    if (cursor.stack.length === 1 && tag.name === 'thread' && thread) emit(thread);
    else if (cursor.stack.length === 1 && tag.name === 'post' && post) emit(post);
    else if (thread && !post && tag.name === 'link') thread.link = text;
    else if (post && parent === 'author') readDisqusAuthor(post, tag.name, text);
    else if (post) readDisqusPostField(post, tag.name, text);
    if (cursor.stack.length === 1) [thread, post] = [null, null];
  });
}

function readDisqusAuthor(post: ExportPost, name: string, text: string): void {
  if (name === 'name') post.authorName = text;
  else if (name === 'email') post.authorEmail = text;
  else if (name === 'username') post.authorUsername = text;
}

function readDisqusPostField(post: ExportPost, name: string, text: string): void {
  if (name === 'message') post.body = text;
  else if (name === 'createdAt') post.createdAt = parseDate(text);
  else if (name === 'isDeleted' && text === 'true') post.skip = 'deleted';
  else if (name === 'isSpam' && text === 'true') post.skip = 'spam';
}

/**
 * WordPress WXR: each `<item>` (a post, with its `<link>`) holds `<wp:comment>`s.
 * Only approved comments (`wp:comment_approved` = 1) of type comment are imported.
 */
function wordpressHandlers(parser: SaxesParser, cursor: Cursor, emit: Emit): void {
  let item: ExportThread | null = null;
  let comment: ExportPost | null = null;
  let items = 0;
  parser.on('opentag', (tag) => {
    cursor.open(tag);
    if (tag.name === 'item') item = { kind: 'thread', externalId: `item-${++items}`, link: '' };
    else if (tag.name === 'wp:comment' && item) comment = { ...emptyPost(''), threadExternalId: item.externalId };
  });
  parser.on('closetag', (tag) => {
    const parent = cursor.parent;
    const text = cursor.close();
    if (tag.name === 'item' && item) {
      emit(item);
      item = null;
    } else if (tag.name === 'wp:comment' && comment) {
      emit(comment);
      comment = null;
    } else if (comment && parent === 'wp:comment') readWordpressField(comment, tag.name, text);
    else if (item && !comment && parent === 'item' && tag.name === 'link') item.link = text;
  });
}

function readWordpressField(comment: ExportPost, name: string, text: string): void {
  const wpDate = (value: string) => (/^0000/.test(value) ? null : parseDate(`${value.replace(' ', 'T')}Z`));
  switch (name) {
    case 'wp:comment_id':
      comment.externalId = text;
      break;
    case 'wp:comment_author':
      comment.authorName = text;
      break;
    case 'wp:comment_author_email':
      comment.authorEmail = text;
      break;
    case 'wp:comment_date_gmt':
      comment.createdAt = wpDate(text) ?? comment.createdAt;
      break;
    case 'wp:comment_date':
      comment.createdAt ??= wpDate(text);
      break;
    case 'wp:comment_content':
      comment.body = text;
      break;
    case 'wp:comment_approved':
      if (text !== '1') comment.skip ??= text === 'spam' ? 'spam' : 'unapproved';
      break;
    case 'wp:comment_type':
      if (text !== '' && text !== 'comment') comment.skip ??= text;
      break;
    case 'wp:comment_parent':
      comment.parentExternalId = text === '' || text === '0' ? null : text;
      break;
  }
}

/**
 * Reads an export as it streams in and yields its records a chunk at a time:
 * the parser never holds more than the element being read, and the caller's
 * `await` between chunks is the back-pressure, so memory stays flat however
 * large the file.
 */
export async function* readExport(format: ExportFormat, input: Readable): AsyncGenerator<ExportRecord[]> {
  const parser = new SaxesParser({ xmlns: false });
  const cursor = new Cursor();
  const records: ExportRecord[] = [];
  const emit: Emit = (record) => records.push(record);
  parser.on('text', (text) => (cursor.text += text));
  parser.on('cdata', (text) => (cursor.text += text));
  if (format === 'disqus') disqusHandlers(parser, cursor, emit);
  else wordpressHandlers(parser, cursor, emit);
  for await (const chunk of input) {
    parser.write(typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8'));
    if (records.length > 0) yield records.splice(0);
  }
  parser.close();
  if (records.length > 0) yield records.splice(0);
}
