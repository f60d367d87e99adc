/** Markup of the admin pages: the "admin is off" note, the login form, and the sources dashboard. */
import type { Source } from '../../../domain/source.js';
import { formatAge } from '../../../shared/time.js';
import { type Markup, html } from '../html.js';
import { layout } from '../layout.js';
import { CSRF_FIELD } from '../security/csrf.js';
import { ADMIN_OFF_HINT } from './admin-settings.js';

const HEAD = html`<link rel="stylesheet" href="/assets/admin.css" /><meta name="robots" content="noindex" />`;

function page(title: string, content: Markup): string {
  return layout({ title, current: 'admin', head: HEAD }, html`<div class="admin">${content}</div>`);
}

function csrf(token: string): Markup {
  return html`<input type="hidden" name="${CSRF_FIELD}" value="${token}" />`;
}

/** Renders the page shown while no admin secret is configured. */
export function adminOffPage(): string {
  return page(
    'Admin',
    html`<h1>Admin is off</h1>
      <p>${ADMIN_OFF_HINT}</p>
      <p>Example <code>groundwire.config.json</code>: <code>{ "adminPassword": "a long passphrase" }</code></p>`,
  );
}

/** Renders the login form, with an error sentence when the last attempt failed. */
export function loginPage(token: string, error: string | null): string {
  return page(
    'Admin login',
    html`<h1>Admin login</h1>
      ${error ? html`<p class="admin-error" role="alert">${error}</p>` : ''}
      <form method="post" action="/admin/login" class="admin-form">
        ${csrf(token)}
        <label for="secret">Admin password or token</label>
        <input id="secret" name="secret" type="password" autocomplete="current-password" required />
        <button type="submit">Log in</button>
      </form>`,
  );
}

export interface DashboardState {
  sources: readonly Source[];
  token: string;
  now: Date;
  /** A sentence about the last action (added, removed, imported). */
  notice?: string | null;
  error?: string | null;
  /** Values of the add form to show again after an error. */
  form?: Record<string, string>;
}

function sourceRow(source: Source, token: string, now: Date): Markup {
  const state = !source.enabled
    ? 'Disabled'
    : source.health.consecutiveFailures > 0
      ? 'Failing'
      : source.health.lastSuccessAt
        ? 'OK'
        : 'Waiting';
  return html`<tr>
    <th scope="row">${source.name}<br /><small>${source.id}</small></th>
    <td class="admin-url">${source.feedUrl}</td>
    <td>${state}${source.health.lastError ? html`<br /><small>${source.health.lastError}</small>` : ''}</td>
    <td>${source.health.lastSuccessAt ? formatAge(source.health.lastSuccessAt, now) : 'never'}</td>
    <td>${source.boards.join(', ')}</td>
    <td>
      <form method="post" action="/admin/sources/${encodeURIComponent(source.id)}/remove">
        ${csrf(token)}<button type="submit" aria-label="Remove ${source.name}">Remove</button>
      </form>
    </td>
  </tr>`;
}

function addForm(token: string, values: Record<string, string>): Markup {
  const field = (name: string, label: string, hint: string, type = 'text') =>
    html`<label for="add-${name}">${label}</label
      ><input
        id="add-${name}"
        name="${name}"
        type="${type}"
        value="${values[name] ?? ''}"
        aria-describedby="add-${name}-hint"
        ${name === 'feedUrl' ? html` required` : ''}
      /><small id="add-${name}-hint">${hint}</small>`;
  return html`<form method="post" action="/admin/sources" class="admin-form">
    ${csrf(token)} ${field('feedUrl', 'Feed or page address', 'A page works too: its advertised feed is used.', 'url')}
    ${field('name', 'Name', 'Default: the feed title.')} ${field('region', 'Region', 'e.g. europe')}
    ${field('language', 'Language', 'e.g. en or zh')} ${field('boards', 'Boards', 'Comma-separated board ids.')}
    <label class="admin-check"
      ><input type="checkbox" name="check" value="1" ${values.check === '' ? '' : html` checked`} /> Fetch the feed now to check it</label
    >
    <button type="submit">Add source</button>
  </form>`;
}

function opmlSection(token: string): Markup {
  return html`<section aria-labelledby="opml-title">
    <h2 id="opml-title">Import OPML</h2>
    <form method="post" action="/admin/opml" enctype="multipart/form-data" class="admin-form">
      ${csrf(token)}
      <label for="opml-file">OPML file</label>
      <input id="opml-file" name="opml" type="file" accept=".opml,.xml,text/xml,application/xml" />
      <label for="opml-text">Or paste OPML</label>
      <textarea id="opml-text" name="opmlText" rows="4"></textarea>
      <button type="submit">Import</button>
    </form>
  </section>`;
}

function sourcesSection(state: DashboardState): Markup {
  const headings = ['Source', 'Feed', 'Health', 'Last success', 'Boards'].map((name) => html`<th scope="col">${name}</th>`);
  return html`<section aria-labelledby="list-title">
    <h2 id="list-title">Followed sources (${state.sources.length})</h2>
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            ${headings}
            <th scope="col"><span class="visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          ${state.sources.map((source) => sourceRow(source, state.token, state.now))}
        </tbody>
      </table>
    </div>
  </section>`;
}

/** Renders the sources dashboard: add form, OPML import, and every source with a remove button. */
export function dashboardPage(state: DashboardState): string {
  return page(
    'Admin: sources',
    html`<h1>Sources</h1>
      <form method="post" action="/admin/logout" class="admin-logout">${csrf(state.token)}<button type="submit">Log out</button></form>
      ${state.notice ? html`<p class="admin-notice" role="status">${state.notice}</p>` : ''}
      ${state.error ? html`<p class="admin-error" role="alert">${state.error}</p>` : ''}
      <section aria-labelledby="add-title">
        <h2 id="add-title">Add a source</h2>
        ${addForm(state.token, state.form ?? {})}
      </section>
      ${opmlSection(state.token)} ${sourcesSection(state)}`,
  );
}
