import { createContext, useContext } from 'react';
import type { TabApiClient } from './api-client';
import type { UiLang, UiStrings } from './i18n';
import type { TabHost } from './teams-host';

/** What every view needs: the texts, the language, the host and the API client. */
export interface UiContextValue {
  s: UiStrings;
  lang: UiLang;
  host: TabHost;
  api: TabApiClient;
}

/** Provided once by the app shell. */
export const UiContext = createContext<UiContextValue | undefined>(undefined);

/** The UI context; throws when used outside the app shell (a programming error). */
export function useUi(): UiContextValue {
  const value = useContext(UiContext);
  if (!value) throw new Error('useUi() used outside <UiContext.Provider>');
  return value;
}
