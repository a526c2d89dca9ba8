import { useEffect, useState } from 'preact/hooks';
import { formatDate, type Page } from '../shared/api.js';
import { api, errorText, L, lang } from '../shared/staff.js';
import type { WatchedWord } from './types.js';

const WORD_ACTIONS: Record<string, string> = {
  block: L('refuser le message', 'block the post'),
  require_approval: L('soumettre à validation', 'require approval'),
  flag: L('publier et signaler', 'publish and flag'),
};

export function WordsView() {
  const [words, setWords] = useState<WatchedWord[]>([]);
  const [pattern, setPattern] = useState('');
  const [action, setAction] = useState('require_approval');
  const [error, setError] = useState<string | null>(null);
  const load = async () => {
    try {
      const result = await api.get<Page<WatchedWord> | WatchedWord[]>('/api/moderation/watched-words?limit=100');
      setWords(Array.isArray(result) ? result : result.items);
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  useEffect(() => void load(), []);
  const add = async (event: Event) => {
    event.preventDefault();
    setError(null);
    try {
      await api.request('POST', '/api/moderation/watched-words', { pattern: pattern.trim(), action });
      setPattern('');
      await load();
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  return (
    <section aria-labelledby="words-title">
      <h2 id="words-title">{L('Mots surveillés', 'Watched words')}</h2>
      <form class="row" onSubmit={add}>
        <div class="field">
          <label for="word-pattern">
            {L('Mot ou expression (* en début ou fin)', 'Word or phrase (* at start or end)')}
          </label>
          <input
            id="word-pattern"
            required
            maxLength={100}
            value={pattern}
            onInput={(e) => setPattern((e.target as HTMLInputElement).value)}
          />
        </div>
        <div class="field">
          <label for="word-action">{L('Effet', 'Effect')}</label>
          <select id="word-action" value={action} onChange={(e) => setAction((e.target as HTMLSelectElement).value)}>
            {Object.entries(WORD_ACTIONS).map(([value, label]) => (
              <option value={value} key={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="btn">
          {L('Ajouter', 'Add')}
        </button>
      </form>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <table>
        <thead>
          <tr>
            <th scope="col">{L('Motif', 'Pattern')}</th>
            <th scope="col">{L('Effet', 'Effect')}</th>
            <th scope="col">{L('Ajouté par', 'Added by')}</th>
            <th scope="col">
              <span class="visually-hidden">{L('Actions', 'Actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {words.map((word) => (
            <tr key={word.id}>
              <td>
                <code>{word.pattern}</code>
              </td>
              <td>{WORD_ACTIONS[word.action] ?? word.action}</td>
              <td>
                {word.createdBy?.username ?? '—'} · {formatDate(word.createdAt, lang)}
              </td>
              <td>
                <button
                  type="button"
                  class="btn secondary"
                  aria-label={`${L('Supprimer', 'Delete')} ${word.pattern}`}
                  onClick={() =>
                    void api
                      .request('DELETE', `/api/moderation/watched-words/${word.id}`)
                      .then(load)
                      .catch((caught: unknown) => setError(errorText(caught)))
                  }
                >
                  {L('Supprimer', 'Delete')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
