import path from 'node:path';
import { type KnowledgeBase, loadKnowledgeBase } from './knowledge-base';
import { type LanguageData, loadLanguageData } from './language-data';
import { QuestionAnswerer } from './question-answerer';

/** The loaded knowledge base, its language data and the answerer built on them. */
export interface QuestionAnswering {
  answerer: QuestionAnswerer;
  officeEmail: string;
  knowledgeBase: KnowledgeBase;
  language: LanguageData;
  /**
   * The published version the answerer was built from (0: the seed file, not yet from the store). Anything kept
   * for reuse that depends on the knowledge (reply cards, search matches) is keyed by it, so a publish is never
   * answered from the old version.
   */
  version: number;
}

/** The language data file, which sits beside the knowledge base file. */
export function languageFileFor(knowledgeBaseFile: string): string {
  return path.join(path.dirname(knowledgeBaseFile), 'language.yaml');
}

/** Builds the answerer for one version of the knowledge base. */
export function answeringFor(
  knowledgeBase: KnowledgeBase,
  language: LanguageData,
  version: number,
): QuestionAnswering {
  return {
    answerer: new QuestionAnswerer(knowledgeBase, language),
    officeEmail: knowledgeBase.projectOffice.email,
    knowledgeBase,
    language,
    version,
  };
}

/** Loads the knowledge base and language data (the language file sits beside it) and builds the answerer. */
export function createQuestionAnswerer(knowledgeBaseFile: string): QuestionAnswering {
  const language = loadLanguageData(languageFileFor(knowledgeBaseFile));
  return answeringFor(loadKnowledgeBase(knowledgeBaseFile), language, 0);
}
