#!/usr/bin/env node
// Renders a story folder as plain text with no label in it, one file per story, for blind annotators.
// Usage: node docs/held-out-sets/render-text.mjs demo/heldoutN/stories <out-dir>
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [storiesDir, outDir] = process.argv.slice(2);
if (!storiesDir || !outDir) throw new Error('render-text: give the story folder and the output folder');
const outlets = new Map(JSON.parse(readFileSync('demo/outlets.json', 'utf8')).map((outlet) => [outlet.id, outlet]));
mkdirSync(outDir, { recursive: true });
for (const file of readdirSync(storiesDir).filter((name) => name.endsWith('.json'))) {
  const story = JSON.parse(readFileSync(join(storiesDir, file), 'utf8'));
  const lines = [`# Story ${story.id}`, ''];
  for (const article of story.articles) {
    const outlet = outlets.get(article.outlet).name;
    if (article.syndicatedFrom) {
      lines.push(
        `## Article ${article.id} — a copy of ${article.syndicatedFrom} republished by ${outlet} (${article.published}); same text`,
        '',
      );
      continue;
    }
    lines.push(
      `## Article ${article.id}`,
      `Outlet: ${outlet} (${article.language}) · published ${article.published} · by ${article.author}`,
    );
    lines.push(`Title: ${article.title}`, `Summary: ${article.summary}`, '', ...article.body.map((paragraph) => `${paragraph}\n`));
  }
  writeFileSync(join(outDir, `${story.id}.md`), lines.join('\n'));
}
