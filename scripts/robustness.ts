/**
 * How the answers hold when a question is written as people write in chat: each question of the sets, answered right
 * as written, is asked again with a greeting before it, an opener («Lurer på en ting:»), thanks or a closing greeting
 * after it, in lower case without a question mark, with two letters of its longest word swapped, or after a sentence
 * about who asks. For each way of writing it prints how many right answers became wrong (answerable questions
 * answered wrong, questions to refuse answered), side by side in one run. Through the same code as
 * `npm run ask -- --jsonl`; it scores every set in tests/fixtures (not the sealed sets) and the programme's dev set, or
 * the sets given.
 *   npm run eval:robustness [-- path/to/set.jsonl …] [--verbose]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cardText } from '../src/cards/answer-card';
import { replyToQuestion } from '../src/bot/answer-reply';
import { loadConfig } from '../src/config';
import { createQuestionAnswerer } from '../src/qa';
import { type EvalCase, scoreAnswers } from '../src/qa/evaluation';

const root = path.join(__dirname, '..');
const fixtures = path.join(root, 'tests', 'fixtures');
const programmeSet = path.join(root, '..', 'shared', 'eval', 'qa-dev.jsonl');

type Case = EvalCase & { lang?: string };
const byLang = (c: Case, nb: string, nn: string, en: string) =>
  c.lang === 'en' ? en : c.lang === 'nn' ? nn : nb;

/** Swaps two letters in the middle of the longest lower-case word of seven letters or more. */
function swapped(q: string): string {
  const words = q.split(' ');
  let at = -1;
  words.forEach((w, i) => {
    if (/^\p{Ll}{7,}$/u.test(w) && (at < 0 || w.length > words[at]!.length)) at = i;
  });
  if (at < 0) return q;
  const w = words[at]!;
  const m = Math.floor(w.length / 2);
  words[at] = w.slice(0, m) + w[m + 1] + w[m] + w.slice(m + 2);
  return words.join(' ');
}

const WAYS: Record<string, (c: Case) => string> = {
  greeting: (c) => `${byLang(c, 'Hei!', 'Hei!', 'Hi!')} ${c.q}`,
  opener: (c) => `${byLang(c, 'Lurer på en ting:', 'Lurer på ein ting:', 'Quick question:')} ${c.q}`,
  thanks: (c) => `${c.q} ${byLang(c, 'Takk!', 'Takk!', 'Thanks!')}`,
  closing: (c) => `${c.q} ${byLang(c, 'Mvh Kari', 'Helsing Kari', 'Best regards, Kari')}`,
  'lower case': (c) => c.q.toLowerCase().replace(/[?.!]+\s*$/u, ''),
  'no question mark': (c) => c.q.replace(/\?/gu, ''),
  'swapped letters': (c) => swapped(c.q),
  introduction: (c) =>
    `${byLang(c, 'Jeg jobber i hjemmetjenesten.', 'Eg jobbar i heimetenesta.', 'I work in home care.')} ${c.q}`,
};

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const given = args.filter((a) => !a.startsWith('--'));
const files =
  given.length > 0
    ? given
    : [
        ...readdirSync(fixtures)
          .filter((f) => f.endsWith('.jsonl'))
          .sort()
          .map((f) => path.join(fixtures, f)),
        ...(existsSync(programmeSet) ? [programmeSet] : []),
      ];
const { answerer, officeEmail } = createQuestionAnswerer(loadConfig().KNOWLEDGE_BASE_FILE);
const answerOf = (q: string) => {
  const reply = replyToQuestion(answerer, q, { officeEmail });
  return { kind: reply.kind, text: `${reply.text}\n${cardText(reply.card)}` };
};

const lost = Object.fromEntries(Object.keys(WAYS).map((w) => [w, { answerable: 0, refusals: 0 }]));
let answerable = 0;
let refusals = 0;
for (const file of files) {
  const cases = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Case);
  const missed = new Set(
    scoreAnswers(
      cases,
      cases.map((c) => answerOf(c.q)),
    ).misses.map((m) => m.q),
  );
  const right = cases.filter((c) => !missed.has(c.q));
  answerable += right.filter((c) => !c.fallback).length;
  refusals += right.filter((c) => c.fallback).length;
  for (const [way, write] of Object.entries(WAYS)) {
    const rewritten = right.map((c) => ({ ...c, q: write(c) }));
    const refused = new Set(rewritten.filter((c) => c.fallback).map((c) => c.q));
    for (const m of scoreAnswers(
      rewritten,
      rewritten.map((c) => answerOf(c.q)),
    ).misses) {
      lost[way]![refused.has(m.q) ? 'refusals' : 'answerable']++;
      if (verbose) console.log(`LOST ${way} | ${m.q} | ${String(m.got).replace(/\s+/gu, ' ').slice(0, 160)}`);
    }
  }
}
console.log(
  `${files.length} sets: ${answerable} answerable and ${refusals} refused questions right as written`,
);
console.log('| Written | Answerable now wrong | Refusals now answered |');
console.log('| --- | --- | --- |');
const pct = (n: number, of: number) => `${n} (${((100 * n) / Math.max(of, 1)).toFixed(1)} %)`;
for (const [way, l] of Object.entries(lost))
  console.log(`| ${way} | ${pct(l.answerable, answerable)} | ${pct(l.refusals, refusals)} |`);
