import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../shared/staff.js';
import { Field, FieldError, formErrors, inputId, NO_ERRORS, Status, type FormErrors } from './fields.js';
import {
  POLL_MODE_LABELS,
  RESULTS_VISIBILITY_LABELS,
  frenchDateTime,
  frenchNumber,
  fromLocalInput,
  plural,
  type Article,
  type Poll,
} from './labels.js';

/** Votes arriving together are read once: a poll is re-read at most once per this delay. */
const REREAD_DELAY_MS = 500;

const POLL_FIELDS = ['question', 'options', 'mode', 'maxChoices', 'closesAt', 'resultsVisibility', 'allowVoteChange'];

function pollFieldLabel(field: string): string {
  const [name, index] = field.split('.');
  if (name === 'options') return index !== undefined ? `Réponse ${Number(index) + 1}` : 'Réponses proposées';
  const labels: Record<string, string> = {
    question: 'Question',
    mode: 'Type de choix',
    maxChoices: 'Nombre de réponses au plus',
    closesAt: 'Clôture automatique',
    resultsVisibility: 'Visibilité des résultats',
    allowVoteChange: 'Changement de vote',
  };
  return labels[name ?? ''] ?? 'Champ';
}

const id = (field: string) => inputId('poll', field);

const READERS_SEE: Record<Poll['resultsVisibility'], string> = {
  always: 'résultats visibles de tous',
  after_vote: 'résultats visibles des lecteurs après leur vote',
  after_close: 'résultats visibles des lecteurs à la clôture',
};

function PollResults(props: { poll: Poll; onClosed: (poll: Poll) => void }) {
  const { poll } = props;
  const [error, setError] = useState<string | null>(null);
  const close = async () => {
    setError(null);
    try {
      props.onClosed(await api.ok(api.client.POST('/api/polls/{id}/close', { params: { path: { id: poll.id } } })));
    } catch (caught) {
      setError(formErrors(caught, [], String).summary);
    }
  };
  const state =
    poll.status === 'open'
      ? `Ouvert${poll.closesAt ? `, clôture prévue le ${frenchDateTime(poll.closesAt)}` : ''}`
      : `Clos${poll.closedAt ? ` le ${frenchDateTime(poll.closedAt)}` : ''}`;
  return (
    <li class="poll">
      <h4 id={`poll-${poll.id}`}>{poll.question}</h4>
      <p class="muted">
        {state} · {POLL_MODE_LABELS[poll.mode]}
        {poll.mode === 'multiple' ? ` (${plural(poll.maxChoices, 'réponse', 'réponses')} au plus)` : ''} ·{' '}
        {READERS_SEE[poll.resultsVisibility]}
      </p>
      <ul class="results" aria-label={`Résultats\u00a0: ${poll.question}`}>
        {poll.options.map((option) => (
          <li key={option.id}>
            <span class="result-label">{option.label}</span>
            <span class="result-count">
              {plural(option.votes ?? 0, 'voix', 'voix')} ({frenchNumber(option.percent ?? 0)}
              {'\u202f'}%)
            </span>
            <span class="bar" aria-hidden="true">
              <span style={{ width: `${option.percent ?? 0}%` }} />
            </span>
          </li>
        ))}
      </ul>
      <p>{plural(poll.totalVoters ?? 0, 'votant', 'votants')}</p>
      <Status error={error} />
      {poll.status === 'open' && poll.permissions.canClose && (
        <button type="button" class="btn danger" onClick={() => void close()}>
          Clore le sondage
          <span class="visually-hidden">
            {' '}
            «{'\u00a0'}
            {poll.question}
            {'\u00a0'}»
          </span>
        </button>
      )}
    </li>
  );
}

interface PollDraft {
  question: string;
  options: string[];
  mode: Poll['mode'];
  maxChoices: string;
  closesAt: string;
  resultsVisibility: Poll['resultsVisibility'];
  allowVoteChange: boolean;
}

const EMPTY_POLL: PollDraft = {
  question: '',
  options: ['', ''],
  mode: 'single',
  maxChoices: '',
  closesAt: '',
  resultsVisibility: 'always',
  allowVoteChange: true,
};

function OptionInputs(props: { draft: PollDraft; errors: FormErrors; set: (options: string[]) => void }) {
  const { options } = props.draft;
  return (
    <fieldset aria-describedby={props.errors.fields.options ? `${id('options')}-error` : undefined}>
      <legend>Réponses proposées (de 2 à 10)</legend>
      {options.map((option, index) => (
        <div class="row pair" key={index}>
          <Field
            id={id(`options.${index}`)}
            label={`Réponse ${index + 1}`}
            error={props.errors.fields[`options.${index}`]}
          >
            {(attributes) => (
              <input
                {...attributes}
                maxLength={200}
                value={option}
                onInput={(e) =>
                  props.set(options.map((o, i) => (i === index ? (e.target as HTMLInputElement).value : o)))
                }
              />
            )}
          </Field>
          {options.length > 2 && (
            <button
              type="button"
              class="btn secondary"
              onClick={() => props.set(options.filter((_, i) => i !== index))}
            >
              Retirer<span class="visually-hidden"> la réponse {index + 1}</span>
            </button>
          )}
        </div>
      ))}
      <FieldError id={id('options')} error={props.errors.fields.options} />
      {options.length < 10 && (
        <button type="button" class="btn secondary" onClick={() => props.set([...options, ''])}>
          Ajouter une réponse
        </button>
      )}
    </fieldset>
  );
}

function PollSettings(props: { draft: PollDraft; errors: FormErrors; update: (patch: Partial<PollDraft>) => void }) {
  const { draft, errors, update } = props;
  return (
    <>
      <fieldset>
        <legend>Type de choix</legend>
        {(['single', 'multiple'] as const).map((mode) => (
          <div class="choice" key={mode}>
            <input
              type="radio"
              name="poll-mode"
              id={`poll-mode-${mode}`}
              checked={draft.mode === mode}
              onChange={() => update({ mode })}
            />
            <label for={`poll-mode-${mode}`}>{POLL_MODE_LABELS[mode]}</label>
          </div>
        ))}
      </fieldset>
      {draft.mode === 'multiple' && (
        <Field
          id={id('maxChoices')}
          label="Nombre de réponses au plus (facultatif)"
          hint={'Vide\u00a0: toutes les réponses.'}
          error={errors.fields.maxChoices}
        >
          {(attributes) => (
            <input
              {...attributes}
              type="number"
              min={2}
              max={draft.options.length}
              value={draft.maxChoices}
              onInput={(e) => update({ maxChoices: (e.target as HTMLInputElement).value })}
            />
          )}
        </Field>
      )}
      <Field id={id('resultsVisibility')} label="Résultats pour les lecteurs" error={errors.fields.resultsVisibility}>
        {(attributes) => (
          <select
            {...attributes}
            value={draft.resultsVisibility}
            onChange={(e) =>
              update({ resultsVisibility: (e.target as HTMLSelectElement).value as Poll['resultsVisibility'] })
            }
          >
            {(Object.keys(RESULTS_VISIBILITY_LABELS) as Array<Poll['resultsVisibility']>).map((value) => (
              <option value={value} key={value}>
                {RESULTS_VISIBILITY_LABELS[value]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={id('closesAt')} label="Clôture automatique (facultatif)" error={errors.fields.closesAt}>
        {(attributes) => (
          <input
            {...attributes}
            type="datetime-local"
            value={draft.closesAt}
            onInput={(e) => update({ closesAt: (e.target as HTMLInputElement).value })}
          />
        )}
      </Field>
      <div class="choice">
        <input
          type="checkbox"
          id={id('allowVoteChange')}
          checked={draft.allowVoteChange}
          onChange={(e) => update({ allowVoteChange: (e.target as HTMLInputElement).checked })}
        />
        <label for={id('allowVoteChange')}>Les lecteurs peuvent changer leur vote</label>
      </div>
    </>
  );
}

function NewPollForm(props: { slug: string; onCreated: (poll: Poll) => void }) {
  const [draft, setDraft] = useState<PollDraft>(EMPTY_POLL);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [notice, setNotice] = useState<string | null>(null);
  const update = (patch: Partial<PollDraft>) => setDraft((current) => ({ ...current, ...patch }));

  const submit = async (event: Event) => {
    event.preventDefault();
    setErrors(NO_ERRORS);
    setNotice(null);
    const closesAt = fromLocalInput(draft.closesAt);
    const body = {
      question: draft.question,
      options: draft.options,
      mode: draft.mode,
      ...(draft.mode === 'multiple' && draft.maxChoices ? { maxChoices: Number(draft.maxChoices) } : {}),
      ...(closesAt ? { closesAt } : {}),
      resultsVisibility: draft.resultsVisibility,
      allowVoteChange: draft.allowVoteChange,
    };
    try {
      const poll = await api.ok(
        api.client.POST('/api/articles/{slug}/polls', { params: { path: { slug: props.slug } }, body }),
      );
      setDraft(EMPTY_POLL);
      setNotice('Sondage publié sous l’article.');
      props.onCreated(poll);
    } catch (caught) {
      const known = [...POLL_FIELDS, ...draft.options.map((_, i) => `options.${i}`)];
      const found = formErrors(caught, known, pollFieldLabel);
      setErrors(found);
      const first = Object.keys(found.fields)[0];
      if (first) document.getElementById(id(first))?.focus();
    }
  };

  return (
    <form class="panel" onSubmit={submit} noValidate aria-labelledby="new-poll-title">
      <h4 id="new-poll-title">Nouveau sondage</h4>
      <Field id={id('question')} label="Question" required error={errors.fields.question}>
        {(attributes) => (
          <input
            {...attributes}
            aria-required="true"
            maxLength={500}
            value={draft.question}
            onInput={(e) => update({ question: (e.target as HTMLInputElement).value })}
          />
        )}
      </Field>
      <OptionInputs draft={draft} errors={errors} set={(options) => update({ options })} />
      <PollSettings draft={draft} errors={errors} update={update} />
      <Status notice={notice} error={errors.summary} />
      <button type="submit" class="btn">
        Publier le sondage
      </button>
    </form>
  );
}

/**
 * The article's polls with their results, kept current live: the thread's event
 * stream says `poll.updated` (a ballot, a withdrawal, a close) and that poll is
 * re-read; after a `resync` (events may have been missed) every poll is. And the
 * form for a new one.
 */
export function PollsPanel(props: { article: Article; onChanged: () => void }) {
  const [polls, setPolls] = useState<Poll[]>(props.article.polls as Poll[]);
  const current = useRef(polls);
  current.current = polls;
  useEffect(() => setPolls(props.article.polls as Poll[]), [props.article]);

  const threadId = props.article.thread?.id;
  useEffect(() => {
    if (!threadId || typeof EventSource === 'undefined') return;
    const pending = new Map<string, ReturnType<typeof setTimeout>>();
    const reread = (id: string) => {
      if (pending.has(id)) return;
      pending.set(
        id,
        setTimeout(() => {
          pending.delete(id);
          api
            .ok(api.client.GET('/api/polls/{id}', { params: { path: { id } } }))
            .then((fresh) => setPolls((list) => list.map((p) => (p.id === fresh.id ? fresh : p))))
            // A failed re-read keeps the last results on screen; the next event tries again.
            .catch(() => undefined);
        }, REREAD_DELAY_MS),
      );
    };
    const events = new EventSource(`/api/threads/${threadId}/events`);
    events.addEventListener('poll.updated', (event) => {
      const { id } = JSON.parse((event as MessageEvent<string>).data) as { id?: string };
      if (id && current.current.some((poll) => poll.id === id)) reread(id);
    });
    events.addEventListener('resync', () => current.current.forEach((poll) => reread(poll.id)));
    return () => {
      events.close();
      for (const timer of pending.values()) clearTimeout(timer);
    };
  }, [threadId]);

  const replace = (poll: Poll) => setPolls((list) => list.map((p) => (p.id === poll.id ? poll : p)));
  return (
    <section aria-labelledby="polls-title" class="subsection">
      <h3 id="polls-title">Sondages</h3>
      {polls.length === 0 ? (
        <p class="muted">Aucun sondage sur cet article.</p>
      ) : (
        <ul class="polls">
          {polls.map((poll) => (
            <PollResults poll={poll} key={poll.id} onClosed={replace} />
          ))}
        </ul>
      )}
      <NewPollForm slug={props.article.slug} onCreated={(poll) => setPolls((list) => [...list, poll])} />
    </section>
  );
}
