import type {
  TabAnnouncementListResponse,
  TabAnnouncementRequest,
  TabAnnouncementStatus,
  TabAudiencesResponse,
  TabFeedbackResponse,
  TabLang,
  TabMeResponse,
  TabOverviewResponse,
  TabSearchResponse,
} from '../../src/tab/tab-api-types';
import type { TabHost } from './teams-host';

/** A failed API call: the HTTP status (0 when the server could not be reached) and a message for the user. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code?: string,
    /** The whole error body, for errors that say more (a knowledge-base problem's path). */
    readonly body?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Messages the client shows when the server did not send one. */
export interface ApiMessages {
  signInFailed: string;
  signInNeeded: string;
  networkError: string;
  errorTitle: string;
}

/** Calls the tab API (/api/tab/...) with the Teams single sign-on token. */
export class TabApiClient {
  constructor(
    private readonly host: TabHost,
    private readonly lang: TabLang,
    private readonly messages: ApiMessages,
  ) {}

  me(): Promise<TabMeResponse> {
    return this.call('GET', '/api/tab/me');
  }

  overview(): Promise<TabOverviewResponse> {
    return this.call('GET', `/api/tab/overview?lang=${this.lang}`);
  }

  search(query: string): Promise<TabSearchResponse> {
    return this.call('GET', `/api/tab/search?lang=${this.lang}&q=${encodeURIComponent(query)}`);
  }

  sendFeedback(text: string): Promise<TabFeedbackResponse> {
    return this.call('POST', '/api/tab/feedback', { text, locale: this.host.locale });
  }

  audiences(): Promise<TabAudiencesResponse> {
    return this.call('GET', '/api/tab/audiences');
  }

  announcements(): Promise<TabAnnouncementListResponse> {
    return this.call('GET', '/api/tab/announcements');
  }

  createAnnouncement(request: TabAnnouncementRequest): Promise<TabAnnouncementStatus> {
    // The language of the reasons when the content is refused.
    return this.call('POST', `/api/tab/announcements?lang=${this.lang}`, request);
  }

  cancelAnnouncement(id: string): Promise<TabAnnouncementStatus> {
    return this.call('POST', `/api/tab/announcements/${encodeURIComponent(id)}/cancel`);
  }

  /** One call to the tab API with the sign-in token; `headers` adds request headers (If-Match). */
  request<T>(
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<T> {
    return this.call(method, url, body, headers);
  }

  private async call<T>(
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    body?: unknown,
    extraHeaders: Record<string, string> = {},
  ): Promise<T> {
    let token: string | undefined;
    try {
      token = await this.host.getToken();
    } catch (err) {
      throw new ApiError(
        401,
        `${this.messages.signInFailed} (${err instanceof Error ? err.message : String(err)})`,
      );
    }
    const headers: Record<string, string> = { Accept: 'application/json', ...extraHeaders };
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'same-origin',
      });
    } catch (err) {
      console.warn('tab API call failed', url, err);
      throw new ApiError(0, this.messages.networkError);
    }
    const payload = (await response.json().catch(() => undefined)) as
      (T & { error?: undefined }) | { error?: string; code?: string } | undefined;
    if (!response.ok) {
      const serverMessage =
        payload && 'error' in payload && typeof payload.error === 'string' ? payload.error : undefined;
      const code =
        payload && 'code' in payload && typeof payload.code === 'string' ? payload.code : undefined;
      if (response.status === 401 && !this.host.inTeams)
        throw new ApiError(401, this.messages.signInNeeded, code);
      throw new ApiError(
        response.status,
        serverMessage ?? `${this.messages.errorTitle} (HTTP ${response.status})`,
        code,
        payload,
      );
    }
    return payload as T;
  }
}
