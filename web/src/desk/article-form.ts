import type { Article } from './labels.js';
import { fromLocalInput, toLocalInput } from './labels.js';

/** The article editor's state: every input as typed. */
export interface Draft {
  title: string;
  summary: string;
  body: string;
  sources: Array<{ label: string; url: string }>;
  discussionPrompts: string[];
  related: Array<{ title: string; url: string }>;
  discussionClosesAt: string;
  correctionNote: string;
}

export const EMPTY_DRAFT: Draft = {
  title: '',
  summary: '',
  body: '',
  sources: [],
  discussionPrompts: [],
  related: [],
  discussionClosesAt: '',
  correctionNote: '',
};

export function draftOf(article: Article): Draft {
  return {
    title: article.title,
    summary: article.summary ?? '',
    body: article.body,
    sources: article.sources.map((source) => ({ ...source })),
    discussionPrompts: [...article.discussionPrompts],
    related: article.related.map((link) => ({ ...link })),
    discussionClosesAt: toLocalInput(article.discussionClosesAt),
    correctionNote: '',
  };
}

/** The fields of the form, in words (for the messages beside the inputs). */
export function articleFieldLabel(field: string): string {
  const [name, index, part] = field.split('.');
  const n = index !== undefined ? Number(index) + 1 : 0;
  switch (name) {
    case 'title':
      return 'Titre';
    case 'summary':
      return 'Chapô';
    case 'body':
      return 'Texte';
    case 'slug':
      return 'Adresse de l’article';
    case 'sources':
      if (!index) return 'Sources';
      return part === 'url' ? `Adresse de la source ${n}` : `Intitulé de la source ${n}`;
    case 'discussionPrompts':
      return index ? `Question ${n} pour la discussion` : 'Questions pour la discussion';
    case 'related':
      if (!index) return 'Articles liés';
      return part === 'url' ? `Adresse de l’article lié ${n}` : `Titre de l’article lié ${n}`;
    case 'discussionClosesAt':
      return 'Clôture de la discussion';
    case 'correctionNote':
      return 'Note de correction publique';
    default:
      return 'Champ';
  }
}

/** Every field path the form shows an input (or a group) for. */
export function knownFields(draft: Draft): string[] {
  return [
    'title',
    'summary',
    'body',
    'slug',
    'sources',
    ...draft.sources.flatMap((_, i) => [`sources.${i}.label`, `sources.${i}.url`]),
    'discussionPrompts',
    ...draft.discussionPrompts.map((_, i) => `discussionPrompts.${i}`),
    'related',
    ...draft.related.flatMap((_, i) => [`related.${i}.title`, `related.${i}.url`]),
    'discussionClosesAt',
    'correctionNote',
  ];
}

/**
 * The request body. Rows left entirely empty are not sent; `rows` maps the
 * index the server will name in an error back to the row on screen.
 */
export function articleBody(draft: Draft, editing: boolean) {
  const keep = <T>(items: T[], filled: (item: T) => boolean) => {
    const indexes = items.map((item, index) => (filled(item) ? index : -1)).filter((index) => index >= 0);
    return { items: indexes.map((index) => items[index]!), indexes };
  };
  const sources = keep(draft.sources, (s) => Boolean(s.label.trim() || s.url.trim()));
  const prompts = keep(draft.discussionPrompts, (p) => Boolean(p.trim()));
  const related = keep(draft.related, (r) => Boolean(r.title.trim() || r.url.trim()));
  const closesAt = fromLocalInput(draft.discussionClosesAt);
  const body = {
    title: draft.title.trim(),
    summary: draft.summary.trim(),
    body: draft.body,
    sources: sources.items.map((s) => ({ label: s.label.trim(), url: s.url.trim() })),
    discussionPrompts: prompts.items.map((p) => p.trim()),
    related: related.items.map((r) => ({ title: r.title.trim(), url: r.url.trim() })),
    ...(editing ? { discussionClosesAt: closesAt } : closesAt ? { discussionClosesAt: closesAt } : {}),
    ...(editing && draft.correctionNote.trim() ? { correctionNote: draft.correctionNote.trim() } : {}),
  };
  const rows: Record<string, number[]> = {
    sources: sources.indexes,
    discussionPrompts: prompts.indexes,
    related: related.indexes,
  };
  return { body, rows };
}

/** `sources.1.url` as the server names it → the path of the row on screen. */
export function screenPath(field: string, rows: Record<string, number[]>): string {
  const [name, index, ...rest] = field.split('.');
  const map = name ? rows[name] : undefined;
  if (!map || index === undefined || !/^\d+$/.test(index)) return field;
  const row = map[Number(index)];
  return row === undefined ? field : [name, String(row), ...rest].join('.');
}
