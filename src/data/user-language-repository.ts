import { isAppError } from '../errors';
import { parseLang, type Lang } from '../i18n/lang';
import type { DocumentCollection } from './document-store';
import { scalar } from './query-guard';
import type { UserLanguageRepository } from './repositories';

/**
 * The language each user last wrote in, keyed by their pseudonym (the user's id is never stored). The pseudonym is
 * the document's `_id`, so two processes that remember a language at once end with one record.
 */
export class DocumentUserLanguageRepository implements UserLanguageRepository {
  constructor(private readonly coll: DocumentCollection) {}

  async get(userPseudonym: string): Promise<Lang | undefined> {
    const doc = await this.coll.findOne({ _id: scalar(userPseudonym) });
    return parseLang(doc?.lang);
  }

  async set(userPseudonym: string, lang: Lang): Promise<void> {
    const filter = { _id: scalar(userPseudonym) };
    const set = { lang: scalar(lang), updatedAt: new Date() };
    if ((await this.coll.updateOne(filter, { set })) === 1) return;
    try {
      await this.coll.insertOne({ _id: userPseudonym, ...set });
    } catch (err) {
      // Another process remembered a language for the same user just now: this one is newer.
      if (!isAppError(err, 'CONFLICT')) throw err;
      await this.coll.updateOne(filter, { set });
    }
  }
}
