/** The sources page: every feed with its health. */
import type { Hono } from 'hono';
import { formatAge } from '../../../shared/time.js';
import { html } from '../html.js';
import { layout } from '../layout.js';
import type { WebContext } from '../web-context.js';

/** Mounts GET /sources on the app. */
export function mountSourcesPage(app: Hono, context: WebContext): void {
  app.get('/sources', async (c) => {
    const sources = await context.store.sources.list();
    const now = context.clock.now();
    const rows = sources.map((source) => {
      const state = !source.enabled ? 'Disabled' : source.health.consecutiveFailures > 0 ? 'Failing' : source.health.lastSuccessAt ? 'OK' : 'Waiting';
      return html`<tr>
  <th scope="row">${source.homepage ? html`<a href="${source.homepage}" rel="noopener noreferrer nofollow">${source.name}</a>` : source.name}</th>
  <td><span class="state state-${state.toLowerCase()}">${state}</span></td>
  <td>${source.region ?? ''}</td><td>${source.language ?? ''}</td>
  <td>${source.health.lastSuccessAt ? formatAge(source.health.lastSuccessAt, now) : 'never'}</td>
  <td>${source.health.consecutiveFailures}</td>
  <td>${source.disabledReason ?? source.health.lastError ?? source.health.lastWarning ?? ''}</td>
</tr>`;
    });
    const content = html`<h1>Sources</h1>
<div class="table-wrap"><table>
<thead><tr><th scope="col">Source</th><th scope="col">Health</th><th scope="col">Region</th><th scope="col">Language</th><th scope="col">Last success</th><th scope="col">Failures</th><th scope="col">Last problem</th></tr></thead>
<tbody>${rows}</tbody></table></div>`;
    return c.html(layout({ title: 'Sources', current: 'sources' }, content));
  });
}
