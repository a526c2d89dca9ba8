import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { api } from '../shared/staff.js';
import { Field, formErrors, NO_ERRORS, Status, type FormErrors } from './fields.js';
import {
  REPORT_STATUS_LABELS,
  REPORT_TRANSITIONS,
  RESOLUTION_LABELS,
  frenchDateTime,
  type Article,
  type ErrorReport,
  type ErrorReportDetail,
  type Resolution,
} from './labels.js';
import { articleText, locateQuote } from './quote.js';

const DECISION_FIELDS = ['status', 'note', 'correctionNote', 'duplicateOfId'] as const;
const DECISION_LABELS: Record<string, string> = {
  status: 'Décision',
  note: 'Note pour l’historique',
  correctionNote: 'Note de correction publique',
  duplicateOfId: 'Signalement d’origine',
};

/** The article's text with the reported passage in a <mark>, scrolled into view. */
function QuotedText(props: { article: Article; report: ErrorReport }) {
  const text = articleText(props.article);
  const span = props.report.quoteFound ? locateQuote(text, props.report.quote, props.report.quoteOffset) : null;
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const mark = box.current?.querySelector('mark');
    if (mark && box.current) box.current.scrollTop = Math.max(0, mark.offsetTop - box.current.offsetTop - 40);
  }, [span?.start, span?.end]);
  return (
    <>
      {!span && (
        <p class="warning">
          Ce passage ne figure plus tel quel dans la version actuelle de l’article (il a peut-être déjà été corrigé).
        </p>
      )}
      <div
        class="source-text"
        ref={box}
        tabIndex={0}
        role="region"
        aria-label="Texte de l’article, passage signalé surligné"
      >
        {span ? (
          <>
            {text.slice(0, span.start)}
            <mark>{text.slice(span.start, span.end)}</mark>
            {text.slice(span.end)}
          </>
        ) : (
          text
        )}
      </div>
    </>
  );
}

function History(props: { report: ErrorReportDetail }) {
  if (props.report.history.length === 0) return null;
  return (
    <>
      <h4>Historique</h4>
      <ol class="history">
        {props.report.history.map((entry, index) => (
          <li key={index}>
            {frenchDateTime(entry.createdAt)} · {entry.fromStatus ? `${REPORT_STATUS_LABELS[entry.fromStatus]} → ` : ''}
            {REPORT_STATUS_LABELS[entry.toStatus]}
            {entry.actor?.username ? ` · par ${entry.actor.username}` : ''}
            {entry.note ? <span class="note"> — {entry.note}</span> : null}
          </li>
        ))}
      </ol>
    </>
  );
}

export function Corrections(props: { article: Article }) {
  return (
    <>
      <h4 id="corrections-log">Journal public des corrections</h4>
      {props.article.corrections.length === 0 ? (
        <p class="muted">Aucune correction publiée pour cet article.</p>
      ) : (
        <ul aria-labelledby="corrections-log">
          {props.article.corrections.map((correction, index) => (
            <li key={index}>
              <time dateTime={correction.createdAt}>{frenchDateTime(correction.createdAt)}</time>
              {'\u00a0'}: {correction.note}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The decision form: only the moves the report's state allows. */
function DecisionForm(props: { report: ErrorReportDetail; onDone: (report: ErrorReportDetail) => void }) {
  const allowed = REPORT_TRANSITIONS[props.report.status];
  const [to, setTo] = useState<Resolution>(allowed[0] ?? 'accepted');
  const [note, setNote] = useState('');
  const [correctionNote, setCorrectionNote] = useState('');
  const [duplicateOfId, setDuplicateOfId] = useState('');
  const [others, setOthers] = useState<ErrorReport[]>([]);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (to !== 'duplicate' || others.length > 0) return;
    api
      .ok(
        api.client.GET('/api/error-reports', { params: { query: { article: props.report.article.slug, limit: 100 } } }),
      )
      .then((page) => setOthers(page.items.filter((item) => item.id !== props.report.id)))
      .catch((caught) => setErrors(formErrors(caught, [], String)));
  }, [to]);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      const body = {
        status: to,
        note: note.trim() || undefined,
        correctionNote: to === 'fixed' ? correctionNote.trim() || undefined : undefined,
        duplicateOfId: to === 'duplicate' ? duplicateOfId || undefined : undefined,
      };
      const updated = await api.ok(
        api.client.PATCH('/api/error-reports/{id}', { params: { path: { id: props.report.id } }, body }),
      );
      props.onDone(updated);
    } catch (caught) {
      const found = formErrors(caught, DECISION_FIELDS, (field) => DECISION_LABELS[field] ?? 'Champ');
      setErrors(found);
      // The first field in error takes the focus, as in the article editor.
      const first = Object.keys(found.fields)[0];
      if (first) document.getElementById(`decision-${first}`)?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="decision" onSubmit={submit} noValidate>
      <fieldset aria-describedby={errors.fields.status ? 'decision-status-error' : undefined}>
        <legend>Décision</legend>
        {allowed.map((value) => (
          <div class="choice" key={value}>
            <input
              type="radio"
              name="decision"
              id={`decision-${value}`}
              value={value}
              checked={to === value}
              onChange={() => setTo(value)}
            />
            <label for={`decision-${value}`}>{RESOLUTION_LABELS[value]}</label>
          </div>
        ))}
        {errors.fields.status && (
          <p class="error" id="decision-status-error">
            {errors.fields.status}
          </p>
        )}
      </fieldset>
      {to === 'fixed' && (
        <Field
          id="decision-correctionNote"
          label="Note de correction publique"
          hint="Ajoutée, datée du jour, au journal des corrections affiché sous l’article. Laissez vide pour ne rien publier."
          error={errors.fields.correctionNote}
        >
          {(attributes) => (
            <textarea
              {...attributes}
              rows={3}
              maxLength={2000}
              value={correctionNote}
              onInput={(e) => setCorrectionNote((e.target as HTMLTextAreaElement).value)}
            />
          )}
        </Field>
      )}
      {to === 'duplicate' && (
        <Field id="decision-duplicateOfId" label="Signalement d’origine" required error={errors.fields.duplicateOfId}>
          {(attributes) => (
            <select
              {...attributes}
              aria-required="true"
              value={duplicateOfId}
              onChange={(e) => setDuplicateOfId((e.target as HTMLSelectElement).value)}
            >
              <option value="">Choisissez le signalement dont celui-ci est le doublon</option>
              {others.map((other) => (
                <option value={other.id} key={other.id}>
                  «{'\u00a0'}
                  {other.quote.slice(0, 60)}
                  {'\u00a0'}» — {frenchDateTime(other.createdAt)} ({REPORT_STATUS_LABELS[other.status]})
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field
        id="decision-note"
        label="Note pour l’historique (facultatif)"
        hint="Visible de l’équipe et du lecteur qui a signalé l’erreur."
        error={errors.fields.note}
      >
        {(attributes) => (
          <textarea
            {...attributes}
            rows={2}
            maxLength={2000}
            value={note}
            onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)}
          />
        )}
      </Field>
      <Status error={errors.summary} />
      <button type="submit" class="btn" disabled={busy}>
        Enregistrer la décision
      </button>
    </form>
  );
}

/** One report: the passage in the article, the reader's words, the history, the decision. */
export function ReportPanel(props: { id: string; onChanged: () => void }) {
  const [report, setReport] = useState<ErrorReportDetail | null>(null);
  const [article, setArticle] = useState<Article | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const loadArticle = async (slug: string) => {
    setArticle(await api.ok(api.client.GET('/api/articles/{slug}', { params: { path: { slug } } })));
  };

  useEffect(() => {
    (async () => {
      const detail = await api.ok(api.client.GET('/api/error-reports/{id}', { params: { path: { id: props.id } } }));
      setReport(detail);
      await loadArticle(detail.article.slug);
    })().catch((caught) => setError(formErrors(caught, [], String).summary));
  }, [props.id]);

  const done = async (updated: ErrorReportDetail) => {
    setReport(updated);
    const corrected = updated.status === 'fixed' && updated.history.at(-1)?.toStatus === 'fixed';
    try {
      await loadArticle(updated.article.slug);
      setNotice(
        `Décision enregistrée\u00a0: ${REPORT_STATUS_LABELS[updated.status].toLocaleLowerCase('fr')}.` +
          (corrected ? ' Le journal des corrections de l’article est à jour.' : ''),
      );
    } catch (caught) {
      setError(formErrors(caught, [], String).summary);
    }
    props.onChanged();
  };

  if (!report) return <div class="panel">{error ? <Status error={error} /> : <p>Chargement…</p>}</div>;
  const reporter = report.reporter?.username
    ? report.reporter.username
    : report.reporterEmail
      ? `lecteur non connecté (${report.reporterEmail})`
      : 'lecteur non connecté';
  return (
    <article class="panel" aria-labelledby="report-title">
      <h3 id="report-title">
        Signalement sur «{'\u00a0'}
        {report.article.title}
        {'\u00a0'}»
      </h3>
      <p class="muted">
        {REPORT_STATUS_LABELS[report.status]} · signalé le {frenchDateTime(report.createdAt)} par {reporter} ·{' '}
        <a href={`/articles/${encodeURIComponent(report.article.slug)}`}>voir l’article publié</a>
      </p>
      <h4>Passage signalé</h4>
      <blockquote class="post-body">{report.quote}</blockquote>
      {report.suggestion && (
        <>
          <h4>Correction proposée</h4>
          <p class="post-body">{report.suggestion}</p>
        </>
      )}
      {report.comment && (
        <>
          <h4>Commentaire du lecteur</h4>
          <p class="post-body">{report.comment}</p>
        </>
      )}
      <h4>Dans l’article</h4>
      {article ? <QuotedText article={article} report={report} /> : <p>Chargement de l’article…</p>}
      <History report={report} />
      <Status notice={notice} error={error} />
      {REPORT_TRANSITIONS[report.status].length > 0 ? (
        <DecisionForm key={report.status} report={report} onDone={(updated) => void done(updated)} />
      ) : (
        <p class="muted">Ce signalement est clos{'\u00a0'}: aucune autre décision n’est possible.</p>
      )}
      {article && <Corrections article={article} />}
    </article>
  );
}
