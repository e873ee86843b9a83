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
}

/** Loads the knowledge base and language data (the language file sits beside it) and builds the answerer. */
export function createQuestionAnswerer(knowledgeBaseFile: string): QuestionAnswering {
  const knowledgeBase = loadKnowledgeBase(knowledgeBaseFile);
  const language = loadLanguageData(path.join(path.dirname(knowledgeBaseFile), 'language.yaml'));
  return {
    answerer: new QuestionAnswerer(knowledgeBase, language),
    officeEmail: knowledgeBase.projectOffice.email,
    knowledgeBase,
    language,
  };
}
