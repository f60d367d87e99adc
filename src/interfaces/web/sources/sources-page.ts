/** The sources page: every outlet with its feed's health, and links to its site and its stories. */
import type { Hono } from 'hono';
import type { Source } from '../../../domain/source.js';
import { formatAge } from '../../../shared/time.js';
import { type Markup, html } from '../html.js';
import { layout } from '../layout.js';
import { plural } from '../views/format.js';
import { labelName, languageName } from '../views/names.js';
import type { WebContext } from '../web-context.js';
import { externalLink } from '../views/urls.js';

type Health = 'OK' | 'Warning' | 'Failing' | 'Disabled' | 'Waiting';

/** Classifies a source's health in one word. */
export function healthOf(source: Source): Health {
  if (!source.enabled) return 'Disabled';
  if (source.health.consecutiveFailures > 0) return 'Failing';
  if (!source.health.lastSuccessAt) return 'Waiting';
  return source.health.lastWarning ? 'Warning' : 'OK';
}

function row(source: Source, now: Date): Markup {
  const state = healthOf(source);
  const problem = source.disabledReason ?? source.health.lastError ?? source.health.lastWarning ?? '';
  return html`<tr>
    <th scope="row">${externalLink(source.homepage, source.name)}</th>
    <td><span class="state state-${state.toLowerCase()}">${state}</span></td>
    <td>${source.region ? labelName('region', source.region) : ''}</td>
    <td>${source.language ? languageName(source.language) : ''}</td>
    <td>
      ${source.health.lastSuccessAt ? html`<time datetime="${source.health.lastSuccessAt}">${formatAge(source.health.lastSuccessAt, now)}</time>` : 'never'}
    </td>
    <td>${source.health.consecutiveFailures}</td>
    <td>${problem}</td>
    <td>
      <a href="/?outlet=${encodeURIComponent(source.id)}">Stories<span class="visually-hidden"> from ${source.name}</span></a>
    </td>
  </tr>`;
}

function summary(sources: readonly Source[]): Markup {
  const counts = new Map<Health, number>();
  for (const source of sources) counts.set(healthOf(source), (counts.get(healthOf(source)) ?? 0) + 1);
  const parts = (['OK', 'Warning', 'Failing', 'Disabled', 'Waiting'] as const)
    .filter((state) => counts.get(state))
    .map((state) => html`<li><span class="state state-${state.toLowerCase()}">${counts.get(state)} ${state}</span></li>`);
  return html`<ul class="health-summary" aria-label="Health summary">
    ${parts}
  </ul>`;
}

/** Mounts GET /sources on the app. */
export function mountSourcesPage(app: Hono, context: WebContext): void {
  app.get('/sources', async (c) => {
    const sources = await context.store.sources.list();
    const now = context.clock.now();
    const content = html`<header class="page-head">
        <h1>Sources</h1>
        <p class="lede">
          ${plural(sources.length, 'outlet')} Groundwire follows. Briefs quote and link these publishers; the reporting is theirs.
        </p>
        ${summary(sources)}
      </header>
      ${
        sources.length === 0
          ? html`<p class="empty">No sources yet. Add one with <code>groundwire sources add URL</code>.</p>`
          : html`<div class="table-wrap" role="region" aria-label="Sources and their health" tabindex="0">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Outlet</th>
                    <th scope="col">Health</th>
                    <th scope="col">Region</th>
                    <th scope="col">Language</th>
                    <th scope="col">Last success</th>
                    <th scope="col">Failures</th>
                    <th scope="col">Last problem</th>
                    <th scope="col"><span class="visually-hidden">Stories</span></th>
                  </tr>
                </thead>
                <tbody>
                  ${sources.map((source) => row(source, now))}
                </tbody>
              </table>
            </div>`
      }`;
    return c.html(layout({ title: 'Sources', current: 'sources' }, content));
  });
}
