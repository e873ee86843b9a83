/**
 * How the cost of a message's text grows with its length, for hostile texts and for ordinary words: each text at a
 * quarter, a half, the whole (100 kB; 60 000 characters for '<' alone) and twice the whole, through every step the
 * text of a message goes through in the bot: `messageText` (the @mention and markup removed, src/bot/turn-text.ts),
 * `fold` (command and small-talk matching), `redact` of the whole text (feedback comments are redacted before they
 * are cut) and the answerer (which reads the first 1000 characters). Linear work grows 4 times from a quarter to the
 * whole, quadratic work 16 times; the target is at most 8.
 *
 *   npm run --silent bench:text [-- --rounds 5] [--kb 100] [--json] [--strict]
 *
 * In process, because over HTTP the 200 kB body's parsing and the reply would hide the text's own cost, and a
 * message is answered from its first 1000 characters, so the redactor's hostile texts would not reach it at full
 * length; `npm run bench:soak` sends 60 000 '<' to the production build over HTTP. The knowledge base and language
 * data are loaded from the configuration as src/composition.ts loads them. Rounds alternate over every text and
 * length, and each figure is the median of its rounds, so all figures of one run share the machine's moments; a
 * text that takes under 20 ms at a quarter is timed as the mean of several messages in a row (`repeats`).
 * --strict exits with 1 when a text grows more than the target.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { type Activity, TestAdapter, TurnContext } from 'botbuilder';
import { messageText } from '../src/bot/turn-text';
import { loadConfig } from '../src/config';
import { redact } from '../src/privacy/redactor';
import { answeringFor, languageFileFor } from '../src/qa';
import { loadKnowledgeBase } from '../src/qa/knowledge-base';
import { loadLanguageData } from '../src/qa/language-data';
import { fold } from '../src/qa/text';

/** Growth from a quarter to the whole text (4 times as long) that still counts as linear; quadratic is 16. */
const MAX_GROWTH = 8;
/** Lengths measured, as shares of the whole text. */
const SHARES = [0.25, 0.5, 1, 2] as const;
const STEPS = ['messageText', 'fold', 'redact', 'answer'] as const;
/** A sample at a quarter of the text lasts at least this long (texts that take less are measured several in a row). */
const MIN_SAMPLE_MS = 20;
const MAX_REPEATS = 200;
type Step = (typeof STEPS)[number];

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    kb: { type: 'string', default: '100' },
    json: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
  },
});
const rounds = Math.max(1, Number(values.rounds));
const wholeChars = Number(values.kb) * 1024;

/** A text of one kind: `head` once, then `unit` over and over; `whole` is its full length in characters. */
interface TextFamily {
  name: string;
  head: string;
  unit: string;
  whole: number;
}

/** The reference first, then the texts that were quadratic, or could be, in earlier versions of the message path. */
const FAMILIES: TextFamily[] = [
  { name: 'ordinary words', head: '', unit: 'hvem leder opplæring ', whole: wholeChars },
  { name: 'markup pieces «<a </at> <> &nbsp;»', head: '', unit: '<a </at> <> &nbsp;', whole: wholeChars },
  { name: 'mentions without an end «<at>»', head: '', unit: '<at>', whole: wholeChars },
  {
    name: "'<' alone (60 000 at the whole)",
    head: '',
    unit: '<',
    whole: Math.round((60_000 * wholeChars) / 102_400),
  },
  { name: 'digits «1 1 1»', head: '', unit: '1 ', whole: wholeChars },
  { name: 'digits and dashes «1-1-»', head: '', unit: '1-', whole: wholeChars },
  { name: 'spaced dots in an address «@1 a . a .»', head: '@1 ', unit: 'a . ', whole: wholeChars },
  { name: 'spelled-out dots «@1 a punktum»', head: '@1 ', unit: 'a punktum ', whole: wholeChars },
  { name: 'obfuscated addresses «x at y dot»', head: '', unit: 'x at y dot ', whole: wholeChars },
  { name: 'birth dates and pnr', head: '', unit: '01.02.1985, pnr ', whole: wholeChars },
  { name: 'at-signs «a@»', head: '', unit: 'a@', whole: wholeChars },
  { name: 'invisible and wide characters', head: '', unit: '\u200b\uff11\u202e é😀 x', whole: wholeChars },
];

function textOf(family: TextFamily, length: number): string {
  const { head, unit } = family;
  return (head + unit.repeat(Math.ceil(length / unit.length))).slice(0, length);
}

// As src/composition.ts builds the answerer: the knowledge base file of the configuration and the language data
// beside it (LiveKnowledge starts from answeringFor(seed, language, 0)).
const config = loadConfig();
const { answerer } = answeringFor(
  loadKnowledgeBase(config.KNOWLEDGE_BASE_FILE),
  loadLanguageData(languageFileFor(config.KNOWLEDGE_BASE_FILE)),
  0,
);
const adapter = new TestAdapter();
const BOT = { id: '28:bench-bot', name: 'Helseplattformen' };
const MENTION = `<at>${BOT.name}</at>`;

/** A channel message that @mentions the bot, as Teams sends it. */
function turnWith(text: string): TurnContext {
  const activity: Partial<Activity> = {
    type: 'message',
    channelId: 'msteams',
    text: `${MENTION} ${text}`,
    entities: [{ type: 'mention', mentioned: BOT, text: MENTION }],
    recipient: BOT,
    from: { id: '29:bench-user', name: 'Bruker' },
    conversation: { id: '19:bench@thread.tacv2', isGroup: true, conversationType: 'channel', name: '' },
  };
  return new TurnContext(adapter, activity);
}

/** Milliseconds of each step for one message: the mean of `repeats` messages of this text in a row. */
function measure(text: string, repeats = 1): Record<Step, number> {
  const ms = { messageText: 0, fold: 0, redact: 0, answer: 0 };
  for (let i = 0; i < repeats; i++) {
    const context = turnWith(text);
    const t0 = performance.now();
    const plain = messageText(context);
    const t1 = performance.now();
    fold(plain);
    const t2 = performance.now();
    redact(plain);
    const t3 = performance.now();
    answerer.answer(plain, { reuse: false });
    const t4 = performance.now();
    ms.messageText += t1 - t0;
    ms.fold += t2 - t1;
    ms.redact += t3 - t2;
    ms.answer += t4 - t3;
  }
  for (const step of STEPS) ms[step] /= repeats;
  return ms;
}

const total = (ms: Record<Step, number>) => STEPS.reduce((sum, step) => sum + ms[step], 0);

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const round2 = (n: number) => Math.round(n * 100) / 100;
const round1 = (n: number) => Math.round(n * 10) / 10;

function main(): void {
  const texts = FAMILIES.map((family) =>
    SHARES.map((share) => textOf(family, Math.round(family.whole * share))),
  );
  // samples[family][share][round]: every step's milliseconds.
  const samples = FAMILIES.map(() => SHARES.map(() => [] as Record<Step, number>[]));
  // One unmeasured round warms up the code and the caches of the language data.
  for (const row of texts) for (const text of row) measure(text);
  // A text that takes a fraction of a millisecond is measured as the mean of several in a row (the same number at
  // every length), so one collection of the young generation does not decide its growth.
  const repeats = texts.map((row) =>
    Math.min(MAX_REPEATS, Math.ceil(MIN_SAMPLE_MS / Math.max(0.001, total(measure(row[0]!))))),
  );
  for (let round = 0; round < rounds; round++)
    FAMILIES.forEach((_, f) =>
      SHARES.forEach((__, s) => samples[f]![s]!.push(measure(texts[f]![s]!, repeats[f]))),
    );

  const totalMs = (f: number, s: number) => median(samples[f]![s]!.map(total));
  const stepMs = (f: number, s: number, name: Step) => median(samples[f]![s]!.map((step) => step[name]));
  const at = (share: number) => SHARES.indexOf(share as (typeof SHARES)[number]);
  const ordinaryWhole = totalMs(0, at(1));
  const families = FAMILIES.map((family, f) => {
    const ms = SHARES.map((_, s) => totalMs(f, s));
    const growth = ms[at(1)]! / ms[at(0.25)]!;
    const growthDouble = ms[at(2)]! / ms[at(0.5)]!;
    const steps = Object.fromEntries(STEPS.map((name) => [name, round2(stepMs(f, at(1), name))]));
    return {
      name: family.name,
      whole_chars: family.whole,
      repeats: repeats[f]!,
      ms: Object.fromEntries(SHARES.map((share, s) => [`${share}x`, round2(ms[s]!)])),
      /** Whole / quarter: 4 times the text (linear ≈ 4, quadratic ≈ 16). */
      growth_quarter_to_whole: round1(growth),
      /** Twice the whole / half: 4 times the text again, at the longer end. */
      growth_half_to_double: round1(growthDouble),
      /** The whole text against ordinary words of 100 kB, in the same run. */
      ratio_to_ordinary: round1(ms[at(1)]! / ordinaryWhole),
      steps_at_whole_ms: steps,
      meets_target: growth <= MAX_GROWTH && growthDouble <= MAX_GROWTH,
    };
  });
  const missed = families.filter((f) => !f.meets_target).map((f) => f.name);
  const result = {
    rounds,
    whole_kb: Number(values.kb),
    node: process.version,
    cores: os.cpus().length,
    target: { max_growth_for_4x_text: MAX_GROWTH, linear: 4, quadratic: 16 },
    families,
    targets_met: missed.length === 0,
    missed,
  };
  if (values.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else printTable(result.families, missed);
  if (values.strict && missed.length > 0) process.exitCode = 1;
}

type FamilyFigures = {
  name: string;
  whole_chars: number;
  repeats: number;
  ms: Record<string, number>;
  growth_quarter_to_whole: number;
  growth_half_to_double: number;
  ratio_to_ordinary: number;
  steps_at_whole_ms: Record<string, number>;
  meets_target: boolean;
};

/** The figures as a table, the target line last. */
function printTable(families: FamilyFigures[], missed: string[]): void {
  const kb = (chars: number) => `${round1(chars / 1024)} kB`;
  const rows = [
    [
      'text',
      'whole',
      'repeats',
      ...SHARES.map((s) => `${s}x ms`),
      'growth 1/0.25',
      'growth 2/0.5',
      'x ordinary',
      'slowest step',
    ],
    ...families.map((f) => {
      const [slowest] = Object.entries(f.steps_at_whole_ms).sort((a, b) => b[1] - a[1]);
      return [
        f.name,
        kb(f.whole_chars),
        String(f.repeats),
        ...SHARES.map((s) => String(f.ms[`${s}x`])),
        String(f.growth_quarter_to_whole),
        String(f.growth_half_to_double),
        String(f.ratio_to_ordinary),
        `${slowest![0]} ${slowest![1]} ms`,
      ];
    }),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...r[c]!].length)));
  const line = (r: string[]) =>
    r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  console.log(
    `bench:text: median of ${rounds} rounds, ${os.cpus().length} cores, Node ${process.version}; ms per message (messageText + fold + redact + answer)`,
  );
  for (const r of rows) console.log(line(r));
  console.log(
    `target: at most ${MAX_GROWTH}x the time for 4x the text (linear 4, quadratic 16): ${
      missed.length === 0 ? `met by all ${families.length} texts` : `MISSED by ${missed.join(', ')}`
    }`,
  );
}

main();
