import { pick, type KnowledgeBase, type Lang, type Localized } from '../qa/knowledge-base';
import type { LanguageData } from '../qa/language-data';
import { fold, terms, tokenize } from '../qa/text';
import type { TabMatch } from './tab-api-types';

/** One searchable entry: what the tab lists and the folded words it is found by. */
interface MatchEntry {
  match: TabMatch;
  /** Folded tokens of the name and aliases (weigh more). */
  names: string[];
  /** Folded tokens of everything else. */
  other: string[];
}

const NAME_WEIGHT = 3;
const OTHER_WEIGHT = 1;
/** Shortest search word that may match inside a longer word ("opplæring" in "opplæringsbehov"). */
const MIN_INFIX = 4;

const every = (v: Localized | undefined) =>
  v ? [v.nb, v.nn, v.en].filter((x): x is string => Boolean(x)).join(' ') : '';

/**
 * Lists the knowledge-base entries (people, units, subprojects, councils, decisions) that contain the searched
 * words, for the tab's "Treff" list beside the bot's answer. Question words ("hvem", "leder") are ignored when
 * other words are given, so "hvem leder opplæring" lists what is about training.
 */
export class KnowledgeMatcher {
  private readonly byLang = new Map<Lang, MatchEntry[]>();

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly language: LanguageData,
  ) {}

  /** The best matches, most relevant first; empty for an empty or unrecognised query. */
  find(query: string, lang: Lang, limit = 12): TabMatch[] {
    const all = [...new Set(terms(query.slice(0, 500)))].filter((t) => t.length >= 2);
    const meaningful = all.filter((t) => !this.isQuestionWord(t));
    const wanted = meaningful.length > 0 ? meaningful : all;
    if (wanted.length === 0) return [];
    const scored: { match: TabMatch; hits: number; score: number }[] = [];
    for (const entry of this.entries(lang)) {
      let hits = 0;
      let score = 0;
      for (const term of wanted) {
        const weight = hasTerm(entry.names, term)
          ? NAME_WEIGHT
          : hasTerm(entry.other, term)
            ? OTHER_WEIGHT
            : 0;
        if (weight > 0) {
          hits++;
          score += weight;
        }
      }
      if (hits > 0) scored.push({ match: entry.match, hits, score });
    }
    return scored
      .sort(
        (a, b) => b.hits - a.hits || b.score - a.score || a.match.title.localeCompare(b.match.title, 'nb'),
      )
      .slice(0, limit)
      .map((s) => s.match);
  }

  private isQuestionWord(term: string): boolean {
    return (
      this.language.stopwords.has(term) ||
      this.language.intentPhrases.some((p) => p.words.length === 1 && p.words[0] === term)
    );
  }

  private entries(lang: Lang): MatchEntry[] {
    const cached = this.byLang.get(lang);
    if (cached) return cached;
    const kb = this.kb;
    const people = new Map(kb.people.map((p) => [p.id, p]));
    const words = (...texts: (string | undefined)[]) => tokenize(texts.filter(Boolean).join(' '));
    const entries: MatchEntry[] = [
      ...kb.people.map((p) => ({
        match: { type: 'person' as const, id: p.id, title: p.name, subtitle: pick(p.role, lang) },
        names: words(p.name, ...p.aliases),
        other: words(every(p.role), p.unit, p.organisation),
      })),
      ...kb.units.map((u) => ({
        match: {
          type: 'unit' as const,
          id: u.id,
          title: pick(u.name, lang),
          subtitle: pick(u.summary, lang),
        },
        names: words(every(u.name), ...u.aliases),
        other: words(every(u.summary)),
      })),
      ...kb.subprojects.map((s) => ({
        match: {
          type: 'subproject' as const,
          id: s.id,
          title: pick(s.name, lang),
          subtitle: people.get(s.lead)?.name ?? '',
        },
        names: words(every(s.name), ...s.aliases),
        other: words(every(s.purpose), ...s.keywords, people.get(s.lead)?.name),
      })),
      ...kb.bodies.map((b) => ({
        match: {
          type: 'body' as const,
          id: b.id,
          title: pick(b.name, lang),
          subtitle: pick(b.description, lang),
        },
        names: words(every(b.name), ...b.aliases),
        other: words(every(b.description), ...b.keywords),
      })),
      ...kb.decisions.map((d) => ({
        match: {
          type: 'decision' as const,
          id: d.id,
          title: pick(d.title, lang),
          subtitle: [(lang === 'en' ? d.dateEn : undefined) ?? d.date, pick(d.decidedBy, lang)]
            .filter(Boolean)
            .join(' · '),
        },
        names: words(every(d.title), ...d.aliases),
        other: words(every(d.text), every(d.decidedBy), ...d.keywords),
      })),
    ];
    this.byLang.set(lang, entries);
    return entries;
  }
}

/** True when a stemmed search term starts one of the words, or (when long enough) occurs inside one. */
function hasTerm(tokens: string[], term: string): boolean {
  const folded = fold(term);
  return tokens.some((w) => w.startsWith(folded) || (folded.length >= MIN_INFIX && w.includes(folded)));
}
