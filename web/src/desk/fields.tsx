import type { ComponentChildren } from 'preact';
import { ApiError } from '../shared/api.js';

/** Field errors keyed by the server's field path (`sources.0.url`), plus a sentence for the whole form. */
export interface FormErrors {
  fields: Record<string, string>;
  summary: string | null;
}

export const NO_ERRORS: FormErrors = { fields: {}, summary: null };

/** The DOM id of a form's input for a field path: `article-sources-0-url`. */
export const inputId = (form: string, field: string): string => `${form}-${field.replace(/[^A-Za-z0-9]+/g, '-')}`;

const capitalize = (text: string): string => text.charAt(0).toLocaleUpperCase('fr') + text.slice(1);

/**
 * The server names a field by its path and puts that path in its sentence
 * (« title doit contenir au plus 300 caractères », or only its property when
 * nested: « url doit être une URL »); the desk shows the field's
 * name in words instead: « « Titre » doit contenir au plus 300 caractères ».
 */
export function inWords(message: string, field: string, label: string): string {
  const words = `«\u00a0${label}\u00a0»`;
  // A nested field's sentence names only its own property (« url doit être une URL »).
  const property = field.slice(field.lastIndexOf('.') + 1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const named = message.includes(field)
    ? message.split(field).join(words)
    : message.replace(new RegExp(`(^|\\s)${property}(?=\\s|$)`), `$1${words}`);
  // French typography: no-break space before a colon, a narrow one before ; ! ? and %.
  return capitalize(named.replace(/ :/g, '\u00a0:').replace(/ ([;!?%])/g, '\u202f$1'));
}

/**
 * Turns a failed call into errors beside the inputs: each field error goes to
 * the input of that path, or of its nearest parent the form shows (an error on
 * `options` goes beside the options); anything else becomes the summary.
 */
export function formErrors(
  caught: unknown,
  known: readonly string[],
  label: (field: string) => string,
  rename: (field: string) => string = (field) => field,
): FormErrors {
  if (!(caught instanceof ApiError)) return { fields: {}, summary: String(caught) };
  const fields: Record<string, string> = {};
  const stray: string[] = [];
  for (const error of caught.problem.errors ?? []) {
    const screen = rename(error.field);
    let path = screen;
    while (path && !known.includes(path)) path = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '';
    const message = inWords(error.message, error.field, label(screen));
    if (path) fields[path] = fields[path] ? `${fields[path]} ${message}` : message;
    else stray.push(message);
  }
  if (Object.keys(fields).length > 0) {
    const count = Object.keys(fields).length;
    const head =
      count === 1 ? 'Un champ est à corriger (voir ci-dessous).' : `${count} champs sont à corriger (voir ci-dessous).`;
    return { fields, summary: [head, ...stray].join(' ') };
  }
  if (caught.status === 0)
    return { fields, summary: 'Le serveur ne répond pas\u00a0: vérifiez la connexion et réessayez.' };
  return { fields, summary: [caught.problem.detail ?? 'L’opération a échoué.', ...stray].join(' ') };
}

/** The attributes that tie an input to its error: aria-invalid and aria-describedby. */
export function described(id: string, error: string | undefined, hint?: boolean) {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return { id, 'aria-invalid': error ? ('true' as const) : undefined, 'aria-describedby': ids || undefined };
}

export function FieldError(props: { id: string; error: string | undefined }) {
  if (!props.error) return null;
  return (
    <p class="error field-error" id={`${props.id}-error`}>
      {props.error}
    </p>
  );
}

/** A labelled input with its hint and its error, tied together for screen readers. */
export function Field(props: {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  required?: boolean;
  children: (attributes: ReturnType<typeof described>) => ComponentChildren;
}) {
  return (
    <div class="field">
      <label for={props.id}>
        {props.label}
        {props.required ? <span class="muted"> (obligatoire)</span> : null}
      </label>
      {props.hint && (
        <span class="muted hint" id={`${props.id}-hint`}>
          {props.hint}
        </span>
      )}
      {props.children(described(props.id, props.error, Boolean(props.hint)))}
      <FieldError id={props.id} error={props.error} />
    </div>
  );
}

/** Status lines: a polite notice after a success, an alert after a failure. */
export function Status(props: { notice?: string | null; error?: string | null }) {
  return (
    <>
      <p class="notice" role="status">
        {props.notice ?? ''}
      </p>
      {props.error && (
        <p class="error" role="alert">
          {props.error}
        </p>
      )}
    </>
  );
}
