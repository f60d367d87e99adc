import { composeGroundedBrief } from './src/pipeline/brief/index.js';
import { preparePool } from './src/pipeline/brief/pool.js';
import { loadDemoBriefCases } from './test/eval/briefs/demo-stories.js';
import { figuresOf } from './src/pipeline/brief/same-facts.js';
import { splitSentences } from './src/pipeline/segment/index.js';
const cases = loadDemoBriefCases('/work/main');
const rows: string[] = [];
for (const c of cases) {
  const b = composeGroundedBrief(c.input, { createdAt: '2026-11-21T00:00:00Z' }).brief;
  const pool = preparePool(c.input, b.language, (t, l) => splitSentences(t, l));
  const byKey = new Map(pool.sentences.map((s) => [s.key, s]));
  const items: [string, any][] = [];
  const push = (name: string, s: any) => { if (!s) return; const cit = s.citations?.[0]; const p = cit && byKey.get(`${cit.articleId}#${cit.sentenceIds[0]}`); items.push([name, p ? { s, p } : { s }]); };
  push('hook', b.hook); b.editorsBrief.forEach((e, i) => push('EB' + (i + 1), e));
  for (const k of ['whatChanged', 'whyItMatters', 'whatToDoNext', 'whoShouldCare'] as const) push(k, b.tldr[k]);
  const seenTerms = new Set<string>(); const seenFig = new Set<string>();
  for (const [name, { s, p }] of items) {
    if (!p) { rows.push(`${c.input.storyId} ${name} ?? ${s.text.slice(0, 60)}`); continue; }
    let fresh = 0; for (const [t, w] of p.vector) if (!seenTerms.has(t)) fresh += w * w;
    const figs = [...figuresOf(p)]; const newFig = figs.filter((f) => !seenFig.has(f)).length;
    if (name !== 'H') rows.push(`${fresh.toFixed(2)} fig ${newFig}/${figs.length} pos ${p.position} ${c.input.storyId} ${name}: ${s.text.slice(0, 110)}`);
    for (const t of p.vector.keys()) seenTerms.add(t); for (const f of figs) seenFig.add(f);
  }
}
console.log(rows.sort().join('\n'));
