import type { Activity, TurnContext } from 'botbuilder';
import { LRUCache } from 'lru-cache';
import type { UserLanguageRepository } from '../data/repositories';
import {
  chooseLanguage,
  type LanguageMarkers,
  languageCandidates,
  languagesByDictionary,
  type WordLanguage,
} from '../i18n/detect-language';
import { type Lang, langOfLocale, langOfLocaleOrUndefined, parseLang } from '../i18n/lang';
import type { Logger } from '../logger';

const TURN_LANGUAGE = Symbol('turnLanguage');

/** The language of the card a button press or form came from (`lang` in the action's data), if any. */
export function cardLanguage(activity: Partial<Activity>): Lang | undefined {
  const value = activity.value as { lang?: unknown; action?: { data?: { lang?: unknown } } } | undefined;
  if (!value || typeof value !== 'object') return undefined;
  return parseLang(value.lang) ?? parseLang(value.action?.data?.lang);
}

/**
 * The language everything in this turn is written in: chosen once at the start of the turn (see
 * ReplyLanguage.resolve); before that, the card's language or the Teams locale.
 */
export function turnLanguage(context: TurnContext): Lang {
  return (
    (context.turnState.get(TURN_LANGUAGE) as Lang | undefined) ??
    cardLanguage(context.activity) ??
    langOfLocale(context.activity.locale)
  );
}

/** Sets the language of the rest of the turn. */
export function setTurnLanguage(context: TurnContext, lang: Lang): void {
  context.turnState.set(TURN_LANGUAGE, lang);
}

/** Adds `lang` to the data of every button and form of the cards in an activity that does not have one yet. */
export function stampCardLanguage(node: unknown, lang: Lang): void {
  if (Array.isArray(node)) {
    for (const n of node) stampCardLanguage(n, lang);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  if (o.type === 'Action.Submit' || o.type === 'Action.Execute') {
    const data = o.data;
    if (data === undefined) o.data = { lang };
    else if (data && typeof data === 'object' && !Array.isArray(data)) {
      const d = data as Record<string, unknown>;
      // imBack buttons send their text as a message; the data is not sent back.
      if (d.lang === undefined && d.msteams === undefined) d.lang = lang;
    }
  }
  for (const [key, value] of Object.entries(o)) if (key !== 'data') stampCardLanguage(value, lang);
}

/** What the reply language is chosen from besides the message: remembered languages and how to name the user. */
export interface ReplyLanguageDependencies {
  markers: LanguageMarkers;
  /** The language a word belongs to alone, for a message without marker words. */
  wordLanguage?: WordLanguage;
  userLanguages?: UserLanguageRepository;
  pseudonymize?: (userId: string) => string;
  logger: Logger;
}

/**
 * Chooses the language of a turn: the card's for a button press or form; the message's when it is clear; else the
 * language the user wrote in last (remembered by pseudonym), the Teams locale, bokmål.
 */
export class ReplyLanguage {
  /**
   * Languages read or written lately, so a conversation does not read the store on every message. Bounded; another
   * instance's change shows here after the entry expires, which for a preference is soon enough.
   */
  private readonly recent = new LRUCache<string, Lang | 'none'>({ max: 10_000, ttl: 10 * 60 * 1000 });

  constructor(private readonly deps: ReplyLanguageDependencies) {}

  /** Chooses, remembers and sets the turn's language; `candidates` are the languages the message may be in. */
  async resolve(context: TurnContext, candidates: readonly Lang[]): Promise<Lang> {
    const card = cardLanguage(context.activity);
    const user = this.userKey(context);
    const remembered = card || !user ? undefined : await this.remembered(user);
    const lang = chooseLanguage({
      card,
      candidates,
      remembered,
      locale: langOfLocaleOrUndefined(context.activity.locale),
    });
    setTurnLanguage(context, lang);
    if (user && !card && candidates.length > 0 && lang !== remembered) await this.remember(user, lang);
    return lang;
  }

  /** The languages a message may be in, from its words. */
  candidates(text: string): Lang[] {
    return languageCandidates(text, this.deps.markers);
  }

  /** The languages a message nothing else gives away may be in, by the words of one language alone. */
  candidatesByDictionary(text: string): Lang[] {
    return this.deps.wordLanguage ? languagesByDictionary(text, this.deps.wordLanguage) : [];
  }

  private userKey(context: TurnContext): string | undefined {
    const from = context.activity.from;
    const id = from?.aadObjectId ?? from?.id;
    if (!id || !this.deps.pseudonymize || !this.deps.userLanguages) return undefined;
    return this.deps.pseudonymize(id);
  }

  private async remembered(user: string): Promise<Lang | undefined> {
    const known = this.recent.get(user);
    if (known !== undefined) return known === 'none' ? undefined : known;
    try {
      const lang = await this.deps.userLanguages!.get(user);
      this.recent.set(user, lang ?? 'none');
      return lang;
    } catch (err) {
      // The language is a convenience: with the store down the reply follows the message and the locale.
      this.deps.logger.warn({ err }, 'remembered language not read; using the message and the locale');
      return undefined;
    }
  }

  private async remember(user: string, lang: Lang): Promise<void> {
    this.recent.set(user, lang);
    try {
      await this.deps.userLanguages!.set(user, lang);
    } catch (err) {
      this.deps.logger.warn({ err }, 'language not remembered; the next unclear message follows the locale');
    }
  }
}
