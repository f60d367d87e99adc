import { composeGroundedBrief } from './src/pipeline/brief/index.js';
import { preparePool } from './src/pipeline/brief/pool.js';
import { loadDemoBriefCases } from './test/eval/briefs/demo-stories.js';
import { overlap } from './src/pipeline/brief/same-facts.js';
import { cosine } from './src/pipeline/brief/vectors.js';
import { splitSentences } from './src/pipeline/segment/index.js';
const cases = loadDemoBriefCases('/work/main');
const rows: string[] = [];
for (const c of cases) {
  const b = composeGroundedBrief(c.input, { createdAt: '2026-11-21T00:00:00Z' }).brief;
  const pool = preparePool(c.input, b.language, (t, l) => splitSentences(t, l));
  const byKey = new Map(pool.sentences.map((s) => [s.key, s]));
  const at = (s: any) => { const cit = s?.citations?.[0]; return cit && byKey.get(`${cit.articleId}#${cit.sentenceIds[0]}`); };
  const items: [string, any, any][] = [];
  const push = (n: string, s: any) => { const p = at(s); if (p) items.push([n, s, p]); };
  push('hook', b.hook); b.editorsBrief.forEach((e, i) => push('EB' + (i + 1), e));
  for (const k of ['whatChanged', 'whyItMatters', 'whatToDoNext'] as const) push(k, b.tldr[k]);
  for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) {
    const [n1, , p1] = items[i]!; const [n2, , p2] = items[j]!;
    if (p1.key === p2.key) continue;
    const cos = cosine(p1.vector, p2.vector);
    if (p1.position <= 1 && p2.position <= 1 && p1.articleIndex !== p2.articleIndex) rows.push(`${cos.toFixed(2)} ov ${overlap(p1, p2).toFixed(2)} ${c.input.storyId} ${n1}~${n2} | ${p1.sentence.text.slice(0, 80)} | ${p2.sentence.text.slice(0, 80)}`);
  }
}
console.log(rows.sort().reverse().join('\n'));
