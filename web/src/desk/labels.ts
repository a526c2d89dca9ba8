import type { components } from '../shared/api-types.js';

/** The desk's words: French only, the newsroom's language; no status value or field name is shown raw. */
type Schemas = components['schemas'];
export type ErrorReport = Schemas['ErrorReport'];
export type ErrorReportDetail = Schemas['ErrorReportDetail'];
export type ReportStatus = ErrorReport['status'];
export type Resolution = Schemas['UpdateErrorReport']['status'];
export type Article = Schemas['Article'];
export type ArticleSummary = Schemas['ArticleSummary'];
export type Poll = Schemas['Poll'];
export type Post = Schemas['Post'];

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  open: 'Nouveau',
  accepted: 'Accepté, à corriger',
  fixed: 'Corrigé',
  rejected: 'Rejeté',
  duplicate: 'Doublon',
};

export const REPORT_FILTER_LABELS: Record<ReportStatus, string> = {
  open: 'Nouveaux',
  accepted: 'Acceptés, à corriger',
  fixed: 'Corrigés',
  rejected: 'Rejetés',
  duplicate: 'Doublons',
};

/** What each decision does, in the words of the button that takes it. */
export const RESOLUTION_LABELS: Record<Resolution, string> = {
  accepted: 'Accepter (l’erreur est à corriger)',
  fixed: 'Corrigé\u00a0: publier une correction',
  rejected: 'Rejeter (pas d’erreur)',
  duplicate: 'Doublon d’un autre signalement',
};

/**
 * The server's transition rules (error-reports.policy.ts): only these moves are
 * offered; the server refuses any other with a conflict.
 */
export const REPORT_TRANSITIONS: Record<ReportStatus, readonly Resolution[]> = {
  open: ['accepted', 'fixed', 'rejected', 'duplicate'],
  accepted: ['fixed', 'rejected'],
  fixed: [],
  rejected: [],
  duplicate: [],
};

export const POLL_MODE_LABELS: Record<Poll['mode'], string> = {
  single: 'Choix unique',
  multiple: 'Choix multiples',
};

export const RESULTS_VISIBILITY_LABELS: Record<Poll['resultsVisibility'], string> = {
  always: 'Toujours visibles',
  after_vote: 'Visibles après avoir voté',
  after_close: 'Visibles à la clôture',
};

const dateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long' });

/** « 30 novembre 2026 à 12:05 », in the reader's time zone. */
export function frenchDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : dateTime.format(date);
}

export function frenchDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : dateOnly.format(date);
}

const numbers = new Intl.NumberFormat('fr-FR');
export const frenchNumber = (value: number): string => numbers.format(value);

/** « 1 message », « 3 messages ». */
export const plural = (count: number, one: string, many: string): string =>
  `${frenchNumber(count)} ${count <= 1 ? one : many}`;

/** An ISO time → the value of an <input type="datetime-local"> (local time, minutes). */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The value of an <input type="datetime-local"> → ISO (UTC), or null when empty or unreadable. */
export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
