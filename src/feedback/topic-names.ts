import { type MessageKey, t } from '../i18n/catalogue';
import { type KnowledgeBase, type Lang, pick } from '../qa/knowledge-base';

/** Names of the collection topics that are not entries of their own in the knowledge base. */
const COLLECTIONS: Record<string, MessageKey> = {
  delprosjekter: 'feedback.topicSubprojects',
  kontakter: 'feedback.topicContacts',
  beslutninger: 'feedback.topicDecisions',
};

/** Looks up the display name of a topic id (an answer's `topicId`) in the knowledge base. */
export function createTopicNames(kb: KnowledgeBase): (topicId: string, lang: Lang) => string | undefined {
  const names = new Map<string, (lang: Lang) => string>();
  for (const p of kb.people) names.set(p.id, () => p.name);
  for (const u of kb.units) names.set(u.id, (lang) => pick(u.name, lang));
  for (const l of kb.locations) names.set(l.id, () => l.address);
  for (const s of kb.subprojects) names.set(s.id, (lang) => pick(s.name, lang));
  for (const b of kb.bodies) names.set(b.id, (lang) => pick(b.name, lang));
  for (const d of kb.decisions) names.set(d.id, (lang) => pick(d.title, lang));
  for (const f of kb.facts) names.set(f.id, (lang) => pick(f.title, lang));
  names.set(kb.gains.id, (lang) => pick(kb.gains.title, lang));
  for (const c of kb.gains.categories) names.set(c.id, (lang) => pick(c.name, lang));
  for (const [id, key] of Object.entries(COLLECTIONS)) names.set(id, (lang) => t(lang, key));
  return (topicId, lang) => names.get(topicId)?.(lang);
}
