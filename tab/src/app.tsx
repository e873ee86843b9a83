import {
  FluentProvider,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  Text,
  Title2,
  makeStyles,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  tokens,
  type Theme,
} from '@fluentui/react-components';
import {
  BookRegular,
  HomeRegular,
  MegaphoneRegular,
  PeopleRegular,
  PersonFeedbackRegular,
  TimelineRegular,
} from '@fluentui/react-icons';
import { Suspense, lazy, useEffect, useMemo, useState } from 'react';
import { TabApiClient } from './api-client';
import { AsyncView } from './components/async-view';
import { ContactsView } from './components/contacts-view';
import { FeedbackView } from './components/feedback-view';
import { OverviewView } from './components/overview-view';
import { TimelineView } from './components/timeline-view';
import { format, stringsFor, uiLangOf } from './i18n';
import { knowledgeStrings } from './knowledge/knowledge-strings';
import type { TabHost, TeamsTheme } from './teams-host';
import { UiContext, type UiContextValue } from './ui-context';
import { useAsync } from './use-async';

type View = 'overview' | 'contacts' | 'timeline' | 'feedback' | 'announcements' | 'knowledge';

// The composer brings the Adaptive Cards renderer; only announcers download it.
const ComposerView = lazy(() =>
  import('./components/composer-view').then((m) => ({ default: m.ComposerView })),
);

// The knowledge editor is for editors only; others never download it.
const KnowledgeView = lazy(() =>
  import('./knowledge/knowledge-view').then((m) => ({ default: m.KnowledgeView })),
);

const THEMES: Record<TeamsTheme, Theme> = {
  default: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

const useStyles = makeStyles({
  // Long e-mail addresses and links break where they must instead of widening the page on a phone.
  provider: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2, overflowWrap: 'anywhere' },
  page: {
    maxWidth: '1200px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXXXL} ${tokens.spacingVerticalXXXL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    '@media (max-width: 600px)': { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}` },
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  titleRow: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalL,
  },
  title: { margin: 0 },
  subtitle: { color: tokens.colorNeutralForeground2 },
  nav: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, overflowX: 'auto' },
  panel: { paddingTop: tokens.spacingVerticalM, outlineStyle: 'none' },
  footer: {
    marginTop: tokens.spacingVerticalXXL,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground2,
  },
});

/** The tab: the development banner outside Teams, the header, the views as tabs, and the footer. */
export function App({ host }: { host: TabHost }) {
  const styles = useStyles();
  const [theme, setTheme] = useState<TeamsTheme>(host.theme);
  const [view, setView] = useState<View>('overview');
  useEffect(() => host.onThemeChange(setTheme), [host]);
  const lang = uiLangOf(host.locale);
  const s = stringsFor(lang);
  const api = useMemo(() => new TabApiClient(host, lang, s), [host, lang, s]);
  const ui: UiContextValue = useMemo(() => ({ s, lang, host, api }), [s, lang, host, api]);
  const [me] = useAsync(() => api.me(), [api]);
  const [overview, reloadOverview] = useAsync(() => api.overview(), [api]);
  const announcer = me.status === 'done' && me.value.isAnnouncer;
  const editor = me.status === 'done' && me.value.isKnowledgeEditor;
  // A decision announced from the Kunnskap view opens the composer with it filled in.
  const [composerStart, setComposerStart] = useState<{ title: string; text: string; round: number }>();
  const userName = host.userName ?? (me.status === 'done' ? me.value.name : undefined);

  useEffect(() => {
    document.documentElement.lang = lang === 'en' ? 'en' : 'nb';
    document.title = `${s.appTitle} – Helseplattformen`;
  }, [lang, s]);

  const tabs: { value: View; label: string; icon: JSX.Element }[] = [
    { value: 'overview', label: s.tabOverview, icon: <HomeRegular /> },
    { value: 'contacts', label: s.tabContacts, icon: <PeopleRegular /> },
    { value: 'timeline', label: s.tabTimeline, icon: <TimelineRegular /> },
    { value: 'feedback', label: s.tabFeedback, icon: <PersonFeedbackRegular /> },
    ...(announcer
      ? [{ value: 'announcements' as const, label: s.tabAnnouncements, icon: <MegaphoneRegular /> }]
      : []),
    ...(editor
      ? [{ value: 'knowledge' as const, label: knowledgeStrings(lang).tab, icon: <BookRegular /> }]
      : []),
  ];

  const content = (() => {
    if (view === 'feedback') return <FeedbackView />;
    if (view === 'knowledge' && editor) {
      return (
        <Suspense fallback={<Spinner label={s.loading} />}>
          <KnowledgeView
            onAnnounce={
              announcer
                ? (content) => {
                    setComposerStart((c) => ({ ...content, round: (c?.round ?? 0) + 1 }));
                    setView('announcements');
                  }
                : undefined
            }
          />
        </Suspense>
      );
    }
    if (view === 'announcements' && announcer) {
      return (
        <Suspense fallback={<Spinner label={s.loading} />}>
          <ComposerView
            key={composerStart?.round ?? 0}
            theme={theme}
            available={me.status === 'done' && me.value.announcementsAvailable}
            initial={composerStart}
          />
        </Suspense>
      );
    }
    return (
      <AsyncView state={overview} retry={reloadOverview}>
        {(data) =>
          view === 'contacts' ? (
            <ContactsView overview={data} />
          ) : view === 'timeline' ? (
            <TimelineView overview={data} />
          ) : (
            <OverviewView overview={data} />
          )
        }
      </AsyncView>
    );
  })();

  return (
    <FluentProvider theme={THEMES[theme]} className={styles.provider} data-theme={theme}>
      <UiContext.Provider value={ui}>
        <div className={styles.page}>
          {!host.inTeams && (
            <MessageBar intent="warning" layout="multiline" data-testid="dev-banner">
              <MessageBarBody>
                <MessageBarTitle>{s.devBannerTitle}</MessageBarTitle>
                {s.devBannerText}
                {me.status === 'done' && me.value.development ? ` ${s.devServerText}` : ''}
              </MessageBarBody>
            </MessageBar>
          )}
          <header className={styles.header}>
            <div className={styles.titleRow}>
              <Title2 as="h1" className={styles.title}>
                {s.appTitle}
              </Title2>
              {userName && (
                <Text size={200} className={styles.subtitle} data-testid="signed-in-as">
                  {format(s.signedInAs, { name: userName })}
                </Text>
              )}
            </div>
            <Text className={styles.subtitle}>{s.appSubtitle}</Text>
          </header>
          <nav className={styles.nav} aria-label={s.navLabel}>
            <TabList selectedValue={view} onTabSelect={(_, data) => setView(data.value as View)} size="large">
              {tabs.map((t) => (
                <Tab
                  key={t.value}
                  value={t.value}
                  icon={t.icon}
                  id={`tab-${t.value}`}
                  aria-controls="tab-panel"
                >
                  {t.label}
                </Tab>
              ))}
            </TabList>
          </nav>
          {/* The main landmark holds the tab panel: a role on <main> itself would take the landmark away. */}
          <main className={styles.panel}>
            <div id="tab-panel" role="tabpanel" aria-labelledby={`tab-${view}`}>
              {content}
            </div>
          </main>
          <footer className={styles.footer}>
            <Text size={200}>{s.footer}</Text>
            <Link href="personvern.html" target="_blank">
              {s.privacy}
            </Link>
            <Link href="vilkar.html" target="_blank">
              {s.terms}
            </Link>
            {me.status === 'done' && me.value.accessNote && (
              // Why the announcer role could not be checked from the tab (for example the team in ANNOUNCER_TEAM_ID).
              <Text size={200} role="note">
                {me.value.accessNote}
              </Text>
            )}
          </footer>
        </div>
      </UiContext.Provider>
    </FluentProvider>
  );
}
