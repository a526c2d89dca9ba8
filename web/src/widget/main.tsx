import { render } from 'preact';
import { Api, preferredLanguage } from '../shared/api.js';
import { App } from './app.js';
import { Ctx } from './context.js';
import { messages } from './i18n.js';
import { WIDGET_CSS } from './styles.js';

/**
 * /embed.js: mounts the discussion of an article into every
 * `<div data-tribune-article="slug">` of the page. The API is the origin this
 * script was loaded from. Each widget lives in an open Shadow DOM: the host
 * page's CSS does not reach it, and its own does not leak out.
 */
const script = document.currentScript as HTMLScriptElement | null;
const base = script?.src ? new URL(script.src).origin : window.location.origin;
const lang = preferredLanguage();
let api: Api | null = null;
let sheet: CSSStyleSheet | null = null;

/** One constructed stylesheet shared by every widget (no inline style, so no CSP exception); a <style> where unsupported. */
function addStyles(shadow: ShadowRoot): void {
  if (
    'adoptedStyleSheets' in shadow &&
    typeof CSSStyleSheet === 'function' &&
    'replaceSync' in CSSStyleSheet.prototype
  ) {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(WIDGET_CSS);
    }
    shadow.adoptedStyleSheets = [sheet];
    return;
  }
  const style = document.createElement('style');
  style.textContent = WIDGET_CSS;
  shadow.appendChild(style);
}

export function mount(element: HTMLElement): void {
  const slug = element.dataset.tribuneArticle;
  if (!slug || element.dataset.tribuneMounted) return;
  element.dataset.tribuneMounted = 'true';
  performance.mark('tribune:mount');
  api ??= new Api(base, lang);
  const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  addStyles(shadow);
  const container = document.createElement('div');
  container.className = 'tribune';
  container.setAttribute('lang', lang);
  shadow.appendChild(container);
  render(
    <Ctx.Provider value={{ api, t: messages[lang], lang, root: shadow, host: element }}>
      <App slug={slug} root={element} />
    </Ctx.Provider>,
    container,
  );
}

export function mountAll(): void {
  document.querySelectorAll<HTMLElement>('[data-tribune-article]').forEach(mount);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
else mountAll();
