/** The Teams themes the tab follows ("glass" and unknown values count as default). */
export type TeamsTheme = 'default' | 'dark' | 'contrast';

/** Where the tab runs: inside Teams (context, single sign-on) or a plain browser (development mode). */
export interface TabHost {
  /** False in a plain browser: the tab shows the development banner and calls the API without a token. */
  inTeams: boolean;
  theme: TeamsTheme;
  /** BCP 47 locale, e.g. nb-no or en-us. */
  locale: string;
  /** The signed-in user's name or sign-in name, when Teams tells it. */
  userName?: string;
  /** A token for the tab API (Teams single sign-on), undefined outside Teams. */
  getToken(): Promise<string | undefined>;
  /** Calls the handler when the user switches theme in Teams. */
  onThemeChange(handler: (theme: TeamsTheme) => void): void;
  /** Opens a link: Teams deep links through Teams, everything else in a new window. */
  openLink(url: string): void;
}

const INITIALIZE_TIMEOUT_MS = 5000;

/** Maps the host's theme name to one the tab supports. */
export function toTeamsTheme(value: string | null | undefined): TeamsTheme {
  return value === 'dark' || value === 'contrast' ? value : 'default';
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = window.setTimeout(() => reject(new Error(`Teams svarte ikke innen ${ms} ms`)), ms);
    promise.then(
      (value) => {
        window.clearTimeout(timer);
        resolve(value);
      },
      (err: unknown) => {
        window.clearTimeout(timer);
        reject(err instanceof Error ? err : new Error(String(err)));
      },
    );
  });
}

function openInBrowser(url: string): void {
  window.open(url, '_blank', 'noopener,noreferrer');
}

/**
 * A plain browser: development mode. `?theme=dark|contrast` and `?locale=en-us` simulate what Teams would pass;
 * the locale defaults to Norwegian bokmål, the tab's main language.
 */
function developmentHost(params: URLSearchParams): TabHost {
  return {
    inTeams: false,
    theme: toTeamsTheme(params.get('theme')),
    locale: params.get('locale') ?? 'nb-no',
    getToken: async () => undefined,
    onThemeChange: () => undefined,
    openLink: openInBrowser,
  };
}

/** Connects to Teams when the tab is framed by it; otherwise (or when Teams does not answer) development mode. */
export async function connectToHost(params: URLSearchParams): Promise<TabHost> {
  const framed = window.parent !== window;
  if (!framed) return developmentHost(params);
  try {
    // Loaded only inside a frame: in a plain browser the tab makes no calls to Microsoft at all.
    const { app, authentication } = await import('@microsoft/teams-js');
    await withTimeout(app.initialize(), INITIALIZE_TIMEOUT_MS);
    const context = await app.getContext();
    void app.notifySuccess();
    return {
      inTeams: true,
      theme: toTeamsTheme(context.app.theme),
      locale: context.app.locale || 'nb-no',
      userName: context.user?.displayName ?? context.user?.userPrincipalName,
      getToken: () => authentication.getAuthToken(),
      onThemeChange: (handler) => app.registerOnThemeChangeHandler((theme) => handler(toTeamsTheme(theme))),
      openLink: (url) => {
        if (url.startsWith('https://teams.microsoft.com/l/')) {
          app.openLink(url).catch((err: unknown) => {
            console.warn('Teams could not open the link; opening it in the browser', err);
            openInBrowser(url);
          });
        } else {
          openInBrowser(url);
        }
      },
    };
  } catch (err) {
    // Framed by something that is not Teams (or Teams too slow): still usable, clearly labelled.
    console.warn('Not connected to Teams; running in development mode', err);
    return developmentHost(params);
  }
}
