import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../shared/staff.js';
import { formErrors, NO_ERRORS, Status, type FormErrors } from './fields.js';
import {
  REPORT_FILTER_LABELS,
  REPORT_STATUS_LABELS,
  frenchDateTime,
  type ArticleSummary,
  type ErrorReport,
  type ReportStatus,
} from './labels.js';
import { ReportPanel } from './report-panel.js';

const STATUSES = Object.keys(REPORT_FILTER_LABELS) as ReportStatus[];

/** « Signalez-nous »: the readers' error reports, filtered by status and article, one handled at a time. */
export function ReportsView() {
  const [status, setStatus] = useState<ReportStatus | ''>('open');
  const [article, setArticle] = useState('');
  const [articles, setArticles] = useState<ArticleSummary[]>([]);
  const [reports, setReports] = useState<ErrorReport[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [error, setError] = useState<FormErrors>(NO_ERRORS);

  useEffect(() => {
    api
      .ok(api.client.GET('/api/articles', { params: { query: { limit: 100 } } }))
      .then((page) => setArticles(page.items))
      .catch((caught) => setError(formErrors(caught, [], String)));
  }, []);

  // Only the answer to the latest request is shown (filters may change faster than the API answers).
  const latest = useRef(0);
  const load = useCallback(
    async (after: string | null) => {
      const request = ++latest.current;
      try {
        const page = await api.ok(
          api.client.GET('/api/error-reports', {
            params: {
              query: {
                status: status || undefined,
                article: article || undefined,
                limit: 50,
                cursor: after ?? undefined,
              },
            },
          }),
        );
        if (request !== latest.current) return;
        setReports((current) => (after ? [...current, ...page.items] : page.items));
        setCursor(page.nextCursor);
        setLoaded(true);
        setError(NO_ERRORS);
      } catch (caught) {
        setError(formErrors(caught, [], String));
      }
    },
    [status, article],
  );

  useEffect(() => {
    setLoaded(false);
    void load(null);
  }, [load]);

  return (
    <section aria-labelledby="reports-title">
      <h2 id="reports-title">Signalements d’erreurs des lecteurs</h2>
      <form
        class="row filters"
        role="search"
        aria-label="Filtrer les signalements"
        onSubmit={(e) => e.preventDefault()}
      >
        <div class="field">
          <label for="report-status">État</label>
          <select
            id="report-status"
            value={status}
            onChange={(e) => setStatus((e.target as HTMLSelectElement).value as ReportStatus | '')}
          >
            <option value="">Tous les états</option>
            {STATUSES.map((value) => (
              <option value={value} key={value}>
                {REPORT_FILTER_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="report-article">Article</label>
          <select
            id="report-article"
            value={article}
            onChange={(e) => setArticle((e.target as HTMLSelectElement).value)}
          >
            <option value="">Tous les articles</option>
            {articles.map((item) => (
              <option value={item.slug} key={item.id}>
                {item.title}
              </option>
            ))}
          </select>
        </div>
      </form>
      <Status error={error.summary} />
      <div class="layout">
        <div>
          <h3 class="visually-hidden">Liste des signalements</h3>
          {loaded && reports.length === 0 && <p class="muted">Aucun signalement ne correspond à ces critères.</p>}
          <ul class="queue" aria-label="Signalements">
            {reports.map((report) => (
              <li key={report.id}>
                <button
                  type="button"
                  class="item"
                  aria-current={report.id === selectedId ? 'true' : undefined}
                  onClick={() => setSelectedId(report.id)}
                >
                  <strong>
                    «{'\u00a0'}
                    {report.quote.length > 80 ? `${report.quote.slice(0, 80)}…` : report.quote}
                    {'\u00a0'}»
                  </strong>
                  <br />
                  <span class="muted">
                    {report.article.title} · {REPORT_STATUS_LABELS[report.status]} · {frenchDateTime(report.createdAt)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          {cursor && (
            <button type="button" class="btn secondary more" onClick={() => void load(cursor)}>
              Plus de signalements
            </button>
          )}
        </div>
        {selectedId ? (
          <ReportPanel key={selectedId} id={selectedId} onChanged={() => void load(null)} />
        ) : (
          <p class="panel muted">Choisissez un signalement dans la liste pour le traiter.</p>
        )}
      </div>
    </section>
  );
}
