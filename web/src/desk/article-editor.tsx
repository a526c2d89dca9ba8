import { useEffect, useState } from 'preact/hooks';
import { api } from '../shared/staff.js';
import {
  articleBody,
  articleFieldLabel,
  draftOf,
  EMPTY_DRAFT,
  knownFields,
  screenPath,
  type Draft,
} from './article-form.js';
import { FeaturedPanel } from './featured-panel.js';
import { Field, FieldError, formErrors, inputId, NO_ERRORS, Status, type FormErrors } from './fields.js';
import { frenchDateTime, type Article } from './labels.js';
import { PollsPanel } from './polls-panel.js';
import { Corrections } from './report-panel.js';

const FORM = 'article';
const id = (field: string) => inputId(FORM, field);

type Pair = { [key: string]: string };

/** Sources and related articles: rows of two inputs, added and removed with buttons. */
function PairRows<K extends string>(props: {
  name: 'sources' | 'related';
  legend: string;
  keys: readonly [K, K];
  rows: Array<Record<K, string>>;
  errors: FormErrors;
  addLabel: string;
  removeLabel: (n: number) => string;
  onChange: (rows: Array<Record<K, string>>) => void;
}) {
  const { name, keys, rows } = props;
  const set = (index: number, key: K, value: string) =>
    props.onChange(rows.map((row, i) => (i === index ? { ...row, [key]: value } : row)));
  return (
    <fieldset aria-describedby={props.errors.fields[name] ? `${id(name)}-error` : undefined}>
      <legend>{props.legend}</legend>
      {rows.length === 0 && <p class="muted">Aucun pour l’instant.</p>}
      {rows.map((row, index) => (
        <div class="row pair" key={index}>
          {keys.map((key) => {
            const path = `${name}.${index}.${key}`;
            return (
              <Field id={id(path)} label={articleFieldLabel(path)} error={props.errors.fields[path]} key={key}>
                {(attributes) => (
                  <input
                    {...attributes}
                    type={key === 'url' ? 'url' : 'text'}
                    value={(row as Pair)[key]}
                    onInput={(e) => set(index, key, (e.target as HTMLInputElement).value)}
                  />
                )}
              </Field>
            );
          })}
          <button
            type="button"
            class="btn secondary"
            onClick={() => props.onChange(rows.filter((_, i) => i !== index))}
          >
            Retirer<span class="visually-hidden"> {props.removeLabel(index + 1)}</span>
          </button>
        </div>
      ))}
      <FieldError id={id(name)} error={props.errors.fields[name]} />
      <button
        type="button"
        class="btn secondary"
        onClick={() => props.onChange([...rows, { [keys[0]]: '', [keys[1]]: '' } as Record<K, string>])}
      >
        {props.addLabel}
      </button>
    </fieldset>
  );
}

function PromptRows(props: { prompts: string[]; errors: FormErrors; onChange: (prompts: string[]) => void }) {
  const name = 'discussionPrompts';
  return (
    <fieldset aria-describedby={props.errors.fields[name] ? `${id(name)}-error` : undefined}>
      <legend>Questions pour lancer la discussion</legend>
      {props.prompts.length === 0 && <p class="muted">Aucune pour l’instant.</p>}
      {props.prompts.map((prompt, index) => {
        const path = `${name}.${index}`;
        return (
          <div class="row pair" key={index}>
            <Field id={id(path)} label={articleFieldLabel(path)} error={props.errors.fields[path]}>
              {(attributes) => (
                <input
                  {...attributes}
                  maxLength={500}
                  value={prompt}
                  onInput={(e) =>
                    props.onChange(
                      props.prompts.map((p, i) => (i === index ? (e.target as HTMLInputElement).value : p)),
                    )
                  }
                />
              )}
            </Field>
            <button
              type="button"
              class="btn secondary"
              onClick={() => props.onChange(props.prompts.filter((_, i) => i !== index))}
            >
              Retirer<span class="visually-hidden"> la question {index + 1}</span>
            </button>
          </div>
        );
      })}
      <FieldError id={id(name)} error={props.errors.fields[name]} />
      {props.prompts.length < 10 && (
        <button type="button" class="btn secondary" onClick={() => props.onChange([...props.prompts, ''])}>
          Ajouter une question
        </button>
      )}
    </fieldset>
  );
}

function TextFields(props: { draft: Draft; errors: FormErrors; update: (patch: Partial<Draft>) => void }) {
  const { draft, errors, update } = props;
  return (
    <>
      <Field id={id('title')} label="Titre" required error={errors.fields.title}>
        {(attributes) => (
          <input
            {...attributes}
            aria-required="true"
            value={draft.title}
            onInput={(e) => update({ title: (e.target as HTMLInputElement).value })}
          />
        )}
      </Field>
      <Field id={id('summary')} label="Chapô" hint="Le résumé affiché sous le titre." error={errors.fields.summary}>
        {(attributes) => (
          <textarea
            {...attributes}
            rows={2}
            value={draft.summary}
            onInput={(e) => update({ summary: (e.target as HTMLTextAreaElement).value })}
          />
        )}
      </Field>
      <Field
        id={id('body')}
        label="Texte"
        required
        hint="En Markdown : **gras**, *italique*, [lien](https://…), une ligne vide entre deux paragraphes."
        error={errors.fields.body}
      >
        {(attributes) => (
          <textarea
            {...attributes}
            aria-required="true"
            rows={12}
            value={draft.body}
            onInput={(e) => update({ body: (e.target as HTMLTextAreaElement).value })}
          />
        )}
      </Field>
    </>
  );
}

/** Creates an article, or edits one (then its polls and featured comments below). */
export function ArticleEditor(props: { slug: string | null }) {
  const editing = props.slug !== null;
  const [article, setArticle] = useState<Article | null>(null);
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = async (slug: string) => {
    const loaded = await api.ok(api.client.GET('/api/articles/{slug}', { params: { path: { slug } } }));
    setArticle(loaded);
    setDraft(draftOf(loaded));
  };

  useEffect(() => {
    setErrors(NO_ERRORS);
    if (props.slug) void load(props.slug).catch((caught) => setErrors(formErrors(caught, [], String)));
    else {
      setArticle(null);
      setDraft(EMPTY_DRAFT);
    }
  }, [props.slug]);

  const update = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setErrors(NO_ERRORS);
    setNotice(null);
    const { body, rows } = articleBody(draft, editing);
    try {
      const saved = editing
        ? await api.ok(api.client.PATCH('/api/articles/{slug}', { params: { path: { slug: props.slug! } }, body }))
        : await api.ok(api.client.POST('/api/articles', { body }));
      setArticle(saved);
      setDraft(draftOf(saved));
      setNotice(editing ? 'Modifications enregistrées.' : `Article publié le ${frenchDateTime(saved.publishedAt)}.`);
      if (!editing) window.location.hash = `#article/${encodeURIComponent(saved.slug)}`;
    } catch (caught) {
      const found = formErrors(caught, knownFields(draft), articleFieldLabel, (field) => screenPath(field, rows));
      setErrors(found);
      const first = Object.keys(found.fields)[0];
      if (first) document.getElementById(id(first))?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="editor-title">
      <p>
        <a href="#articles">← Retour à la liste des articles</a>
      </p>
      <h2 id="editor-title">{editing ? `Modifier «\u00a0${article?.title ?? '…'}\u00a0»` : 'Nouvel article'}</h2>
      {article && (
        <p class="muted">
          Publié le {frenchDateTime(article.publishedAt)} · version {article.revision} ·{' '}
          <a href={`/articles/${encodeURIComponent(article.slug)}`}>voir l’article sur le site</a>
        </p>
      )}
      <form class="panel editor" onSubmit={submit} noValidate aria-labelledby="editor-title">
        <TextFields draft={draft} errors={errors} update={update} />
        <PairRows
          name="sources"
          legend="Sources"
          keys={['label', 'url'] as const}
          rows={draft.sources}
          errors={errors}
          addLabel="Ajouter une source"
          removeLabel={(n) => `la source ${n}`}
          onChange={(sources) => update({ sources })}
        />
        <PromptRows
          prompts={draft.discussionPrompts}
          errors={errors}
          onChange={(discussionPrompts) => update({ discussionPrompts })}
        />
        <PairRows
          name="related"
          legend={'Articles liés («\u00a0Voir aussi\u00a0»)'}
          keys={['title', 'url'] as const}
          rows={draft.related}
          errors={errors}
          addLabel="Ajouter un article lié"
          removeLabel={(n) => `l’article lié ${n}`}
          onChange={(related) => update({ related })}
        />
        <Field
          id={id('discussionClosesAt')}
          label="Clôture de la discussion (facultatif)"
          hint="Date et heure auxquelles les commentaires se ferment. Vide : la règle générale du site s’applique."
          error={errors.fields.discussionClosesAt}
        >
          {(attributes) => (
            <input
              {...attributes}
              type="datetime-local"
              value={draft.discussionClosesAt}
              onInput={(e) => update({ discussionClosesAt: (e.target as HTMLInputElement).value })}
            />
          )}
        </Field>
        {editing && (
          <Field
            id={id('correctionNote')}
            label="Note de correction publique (facultatif)"
            hint="Ajoutée, datée du jour, au journal des corrections affiché sous l’article."
            error={errors.fields.correctionNote}
          >
            {(attributes) => (
              <textarea
                {...attributes}
                rows={2}
                value={draft.correctionNote}
                onInput={(e) => update({ correctionNote: (e.target as HTMLTextAreaElement).value })}
              />
            )}
          </Field>
        )}
        <Status notice={notice} error={errors.summary} />
        <button type="submit" class="btn" disabled={busy}>
          {editing ? 'Enregistrer les modifications' : 'Publier l’article'}
        </button>
      </form>
      {article && <Corrections article={article} />}
      {article && <PollsPanel article={article} onChanged={() => void load(article.slug)} />}
      {article && <FeaturedPanel threadId={article.thread.id} />}
    </section>
  );
}
