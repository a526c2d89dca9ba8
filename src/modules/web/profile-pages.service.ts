import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import { preferredLanguage, type Language } from '../../common/i18n/messages.js';
import { UsersService } from '../users/users.service.js';

const NOT_FOUND: Record<Language, { title: string; text: (name: string) => string; back: string }> = {
  fr: {
    title: 'Profil introuvable',
    text: (name) => `Aucun lecteur ne porte le nom «\u00a0${name}\u00a0».`,
    back: 'Retour aux actualités',
  },
  en: { title: 'Profile not found', text: (name) => `No reader is called “${name}”.`, back: 'Back to the news' },
};

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The username a `/u/…` path names, as the page's script reads it; null when it names none. */
function usernameOf(path: string): string | null {
  const segment = path.slice('/u/'.length).replace(/\/+$/, '');
  if (segment === '' || segment.includes('/')) return null;
  try {
    const name = decodeURIComponent(segment);
    // Nothing a username can hold: no query for it.
    return name.length <= 100 && !/\p{Cc}/u.test(name) ? name : null;
  } catch {
    return null;
  }
}

/** What `/u/<path>` answers: the profile page as built (200 or 503), or the "not found" page. */
export type ProfilePageAnswer = { status: 200 | 503 } | { status: 404; language: Language; html: string };

/**
 * `/u/<username>` is one HTML page whose script asks the API for the profile,
 * so serving the file alone would answer 200 for any name. The route
 * (web-front-ends.ts) asks here first: a live account's page is the file (200);
 * an unknown or erased name gets the same page with 404 and, for clients without
 * scripts, the "not found" text already in it, in the reader's language (French
 * unless Accept-Language prefers English, as the page's script decides). A
 * database fault serves the file with 503: its script says the profile could not
 * be loaded and offers to retry.
 */
@Injectable()
export class ProfilePagesService {
  private readonly logger = new Logger(ProfilePagesService.name);
  private page: string | null | undefined;

  constructor(private readonly users: UsersService) {}

  /** The answer to `path` (`/u/…`, as requested: still percent-encoded), public/ being at `root`. */
  async answer(root: string, path: string, acceptLanguage: string | undefined): Promise<ProfilePageAnswer> {
    const username = usernameOf(path);
    try {
      if (username !== null && (await this.users.hasPublicProfile(username))) return { status: 200 };
    } catch (error) {
      this.logger.error(`profile lookup failed: ${String(error)}`);
      return { status: 503 };
    }
    const language = preferredLanguage(acceptLanguage ?? 'fr');
    return { status: 404, language, html: this.notFoundPage(root, language, username ?? '') };
  }

  private notFoundPage(root: string, language: Language, username: string): string {
    const t = NOT_FOUND[language];
    if (this.page === undefined) {
      try {
        this.page = readFileSync(join(root, 'reader', 'index.html'), 'utf8');
      } catch {
        this.page = null; // web/ not built: a bare page still says it
      }
    }
    const body = `<h1 id="page-title">${t.title}</h1><p>${escapeHtml(t.text(username))}</p><p><a href="/">${t.back}</a></p>`;
    return (this.page ?? `<!doctype html><html lang="fr"><title></title><div id="reader"></div></html>`)
      .replace(/<html lang="[^"]*"/, `<html lang="${language}"`)
      .replace(/<title>[^<]*<\/title>/, `<title>${t.title} — Le Fil numérique</title>`)
      .replace(/(<div id="reader"[^>]*>)[\s\S]*?(<\/div>)/, `$1${body}$2`);
  }
}
