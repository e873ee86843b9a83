import { createQuestionAnswerer } from '../src/qa';
const { answerer } = createQuestionAnswerer('/work/wt/i17/content/knowledge-base.yaml');
const a = answerer as any;
for (const q of process.argv.slice(2)) {
  const an = a.analyse(q);
  console.log(q, [...an.intents], an.known, an.unknown, an.askedNoun);
  for (const c of a.rank(an.known, an.intents, an.stems).slice(0, 5)) console.log('  ', c.entry.id, c.score.toFixed(2), [...c.terms], [...c.strongTerms], [...c.nameTerms]);
}
