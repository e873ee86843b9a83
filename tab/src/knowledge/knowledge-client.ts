import type {
  EditableKnowledgeBase,
  KnowledgePublishResponse,
  KnowledgeResponse,
  KnowledgeTryResponse,
  KnowledgeValidateResponse,
  KnowledgeVersionsResponse,
  LearningResolveRequest,
  LearningResponse,
} from '../../../src/knowledge/knowledge-api-types';
import type { TabApiClient } from '../api-client';

/** The knowledge editor's calls (/api/tab/knowledge...), through the tab's signed-in API client. */
export class KnowledgeClient {
  constructor(private readonly api: TabApiClient) {}

  load(): Promise<KnowledgeResponse> {
    return this.api.request('GET', '/api/tab/knowledge');
  }

  validate(knowledgeBase: EditableKnowledgeBase): Promise<KnowledgeValidateResponse> {
    return this.api.request('POST', '/api/tab/knowledge/validate', { knowledgeBase });
  }

  tryQuestion(
    knowledgeBase: EditableKnowledgeBase,
    question: string,
    lang: 'nb' | 'en',
  ): Promise<KnowledgeTryResponse> {
    return this.api.request('POST', '/api/tab/knowledge/try', { knowledgeBase, question, lang });
  }

  /** Publishes the draft made from `version`; 412 (ApiError) when someone else published first. */
  publish(
    version: number,
    knowledgeBase: EditableKnowledgeBase,
    summary: string,
  ): Promise<KnowledgePublishResponse> {
    return this.api.request(
      'PUT',
      '/api/tab/knowledge',
      { knowledgeBase, summary: summary || undefined },
      {
        'If-Match': `"${version}"`,
      },
    );
  }

  versions(): Promise<KnowledgeVersionsResponse> {
    return this.api.request('GET', '/api/tab/knowledge/versions');
  }

  restore(number: number, current: number): Promise<KnowledgePublishResponse> {
    return this.api.request('POST', `/api/tab/knowledge/versions/${number}/restore`, undefined, {
      'If-Match': `"${current}"`,
    });
  }

  learning(sort: 'frequent' | 'newest'): Promise<LearningResponse> {
    return this.api.request('GET', `/api/tab/knowledge/learning?sort=${sort}`);
  }

  resolve(request: LearningResolveRequest): Promise<unknown> {
    return this.api.request('POST', '/api/tab/knowledge/learning/resolve', request);
  }
}
