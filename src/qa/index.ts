import path from 'node:path';
import { loadKnowledgeBase } from './knowledge-base';
import { loadLanguageData } from './language-data';
import { QuestionAnswerer } from './question-answerer';

/** Loads the knowledge base and language data and builds the answerer (the language file sits beside the knowledge base). */
export function createQuestionAnswerer(knowledgeBaseFile: string): {
  answerer: QuestionAnswerer;
  officeEmail: string;
} {
  const kb = loadKnowledgeBase(knowledgeBaseFile);
  const language = loadLanguageData(path.join(path.dirname(knowledgeBaseFile), 'language.yaml'));
  return { answerer: new QuestionAnswerer(kb, language), officeEmail: kb.projectOffice.email };
}
