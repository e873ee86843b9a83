import {
  Button,
  Card,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, ArrowUploadRegular, ChatHelpRegular } from '@fluentui/react-icons';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import type {
  EditableKnowledgeBase,
  KnowledgeResponse,
  KnowledgeTryResponse,
  LearningResolveRequest,
} from '../../../src/knowledge/knowledge-api-types';
import { ApiError } from '../api-client';
import { ErrorBar } from '../components/async-view';
import { Section } from '../components/layout';
import { SearchResults } from '../components/search-results';
import { format } from '../i18n';
import { useUi } from '../ui-context';
import { EntryForm, type ProblemsByPath } from './entry-form';
import { KnowledgeClient } from './knowledge-client';
import { knowledgeStrings } from './knowledge-strings';
import { LearningList, type LearningAction } from './learning-list';
import {
  ENTRY_SECTIONS,
  type Entry,
  type EntrySection,
  allIds,
  blankEntry,
  entriesOf,
  entryTitle,
  idFrom,
  withEntries,
} from './knowledge-sections';
import { VersionHistory } from './version-history';

type Pane = EntrySection | 'learning' | 'history';

/** How long the draft rests before the server checks it. */
const VALIDATE_AFTER_MS = 400;

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  // Seven sections: on a phone they go on two or three lines instead of widening the page.
  panes: { flexWrap: 'wrap' },
  editor: {
    display: 'grid',
    gridTemplateColumns: 'minmax(180px, 260px) 1fr',
    gap: tokens.spacingHorizontalXL,
    '@media (max-width: 700px)': { gridTemplateColumns: '1fr' },
  },
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    listStyleType: 'none',
    padding: 0,
    margin: 0,
  },
  entryButton: { justifyContent: 'flex-start', textAlign: 'start', width: '100%' },
  card: { padding: tokens.spacingHorizontalL, gap: tokens.spacingVerticalM },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
  grow: { flexGrow: 1, minWidth: '14rem' },
  problems: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** What an announcement about a decision starts from. */
export interface DecisionAnnouncement {
  title: string;
  text: string;
}

/**
 * The Kunnskap view for knowledge editors: edit a draft of the knowledge base (checked by the server as you type),
 * try a question against the draft, publish it as a new version (refused when someone else published first), the
 * learning loop and the version history.
 */
export function KnowledgeView({ onAnnounce }: { onAnnounce?: (content: DecisionAnnouncement) => void }) {
  const { api, lang } = useUi();
  const s = knowledgeStrings(lang);
  const styles = useStyles();
  const client = useMemo(() => new KnowledgeClient(api), [api]);
  const [base, setBase] = useState<KnowledgeResponse>();
  const [draft, setDraft] = useState<EditableKnowledgeBase>();
  const [loadError, setLoadError] = useState<string>();
  const [pane, setPane] = useState<Pane>('people');
  const [selected, setSelected] = useState<Partial<Record<EntrySection, number>>>({});
  const [problems, setProblems] = useState<{ path: string; message: string }[]>([]);
  const [question, setQuestion] = useState('');
  const [tried, setTried] = useState<KnowledgeTryResponse>();
  const [tryError, setTryError] = useState<string>();
  const [summary, setSummary] = useState('');
  const [publishing, setPublishing] = useState(false);
  const [published, setPublished] = useState<string>();
  const [stale, setStale] = useState<string>();
  const [publishError, setPublishError] = useState<string>();
  // Learning-loop items attached or made into entries in the draft: recorded as dealt with once it is published.
  const [pending, setPending] = useState<Map<string, LearningResolveRequest>>(new Map());

  const load = async () => {
    setLoadError(undefined);
    try {
      const loaded = await client.load();
      setBase(loaded);
      setDraft(loaded.knowledgeBase);
      setProblems([]);
      setStale(undefined);
      setPending(new Map());
    } catch (err) {
      setLoadError(err instanceof Error ? err.message : String(err));
    }
  };
  useEffect(() => void load(), [client]);

  const changed = useMemo(
    () =>
      base !== undefined &&
      draft !== undefined &&
      JSON.stringify(base.knowledgeBase) !== JSON.stringify(draft),
    [base, draft],
  );

  // The server's schema is the one rule for what a knowledge base may hold: ask it while the editor types.
  useEffect(() => {
    if (!draft || !changed) {
      setProblems([]);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      client.validate(draft).then(
        (result) => current && setProblems(result.problems),
        (err: unknown) => current && setPublishError(err instanceof Error ? err.message : String(err)),
      );
    }, VALIDATE_AFTER_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [client, draft, changed]);

  const problemsByPath: ProblemsByPath = useMemo(
    () => new Map(problems.map((p) => [p.path, p.message])),
    [problems],
  );

  if (loadError) return <ErrorBar message={loadError} retry={() => void load()} />;
  if (!base || !draft) return <Spinner label="…" />;

  const updateEntries = (section: EntrySection, entries: Entry[]) => {
    setDraft(withEntries(draft, section, entries));
    setPublished(undefined);
  };

  const addEntry = (section: EntrySection, entry?: Entry) => {
    const entries = entriesOf(draft, section);
    const next = entry ?? blankEntry(section, idFrom(s.newEntry, allIds(draft)));
    updateEntries(section, [...entries, next]);
    setSelected((sel) => ({ ...sel, [section]: entries.length }));
    setPane(section);
  };

  const onLearningAction = (action: LearningAction): string => {
    const entryId = applyLearningAction(action);
    setPending((p) =>
      new Map(p).set(action.itemKey, {
        key: action.itemKey,
        action: action.kind === 'attach' ? 'attached' : 'created',
        entryId,
      }),
    );
    return entryId;
  };

  const applyLearningAction = (action: LearningAction): string => {
    if (action.kind === 'attach') {
      const [section, id] = action.entryKey.split(':') as [EntrySection, string];
      const entries = entriesOf(draft, section);
      // A question's words go to the keywords (topic words, weighted below names); lists without keywords
      // (people, units) take it as an alias.
      const field =
        action.as === 'question' && section !== 'people' && section !== 'units' ? 'keywords' : 'aliases';
      updateEntries(
        section,
        entries.map((e) =>
          e.id === id ? { ...e, [field]: [...((e[field] as string[] | undefined) ?? []), action.alias] } : e,
        ),
      );
      return id;
    }
    const id = idFrom(action.question, allIds(draft));
    addEntry('facts', {
      ...blankEntry('facts', id),
      title: { nb: action.question },
      text: { nb: action.answer ?? '' },
    });
    return id;
  };

  const onTry = async (event: FormEvent) => {
    event.preventDefault();
    if (!question.trim()) return;
    setTryError(undefined);
    try {
      setTried(await client.tryQuestion(draft, question, lang));
    } catch (err) {
      setTried(undefined);
      setTryError(err instanceof Error ? err.message : String(err));
    }
  };

  const publish = async () => {
    setPublishing(true);
    setPublishError(undefined);
    setPublished(undefined);
    try {
      const result = await client.publish(base.version, draft, summary);
      setBase({ version: result.version, knowledgeBase: draft });
      setSummary('');
      await Promise.all([...pending.values()].map((r) => client.resolve(r)));
      setPending(new Map());
      setPublished(format(s.published, { n: result.version }));
    } catch (err) {
      if (err instanceof ApiError && err.status === 412) setStale(err.message);
      else if (err instanceof ApiError && err.status === 400) {
        const body = err.body as { problems?: { path: string; message: string }[] } | undefined;
        setProblems(body?.problems ?? []);
        setPublishError(err.message);
      } else setPublishError(err instanceof Error ? err.message : String(err));
    } finally {
      setPublishing(false);
    }
  };

  const entrySection = ENTRY_SECTIONS.includes(pane as EntrySection) ? (pane as EntrySection) : undefined;
  const entries = entrySection ? entriesOf(draft, entrySection) : [];
  const index = entrySection ? Math.min(selected[entrySection] ?? 0, entries.length - 1) : -1;
  const entry = index >= 0 ? entries[index] : undefined;
  const otherProblems = problems.filter(
    (p) => !(entrySection && p.path.startsWith(`${entrySection}.${index}.`)),
  );

  return (
    <div className={styles.view} data-testid="knowledge-view">
      <Section
        title={s.heading}
        intro={s.intro}
        actions={
          <Text data-testid="knowledge-version">
            {format(s.version, { n: base.version })} · {changed ? s.changed : s.unchanged}
          </Text>
        }
      >
        <TabList
          className={styles.panes}
          selectedValue={pane}
          onTabSelect={(_, d) => setPane(d.value as Pane)}
          aria-label={s.sectionsLabel}
        >
          {([...ENTRY_SECTIONS, 'learning', 'history'] as Pane[]).map((p) => (
            <Tab key={p} value={p}>
              {s.sections[p]}
            </Tab>
          ))}
        </TabList>

        {entrySection && (
          <div className={styles.editor}>
            <nav aria-label={s.entriesLabel}>
              <ul className={styles.list} data-testid="entry-list">
                {entries.map((e, i) => (
                  <li key={`${i}-${e.id}`}>
                    <Button
                      appearance={i === index ? 'primary' : 'subtle'}
                      className={styles.entryButton}
                      aria-current={i === index ? 'true' : undefined}
                      onClick={() => setSelected((sel) => ({ ...sel, [entrySection]: i }))}
                    >
                      {entryTitle(e)}
                    </Button>
                  </li>
                ))}
              </ul>
              <Button icon={<AddRegular />} onClick={() => addEntry(entrySection)} data-testid="add-entry">
                {s.add}
              </Button>
            </nav>
            {entry && (
              <EntryForm
                key={`${entrySection}-${index}`}
                section={entrySection}
                index={index}
                entry={entry}
                kb={draft}
                problems={problemsByPath}
                s={s}
                onChange={(next) =>
                  updateEntries(
                    entrySection,
                    entries.map((e, i) => (i === index ? next : e)),
                  )
                }
                onRemove={() =>
                  updateEntries(
                    entrySection,
                    entries.filter((_, i) => i !== index),
                  )
                }
                onAnnounce={
                  entrySection === 'decisions' && onAnnounce
                    ? () =>
                        onAnnounce({
                          title: (entry.title as { nb: string }).nb,
                          text: [entry.date, (entry.text as { nb: string }).nb].filter(Boolean).join(': '),
                        })
                    : undefined
                }
              />
            )}
          </div>
        )}
        {pane === 'learning' && (
          <LearningList
            client={client}
            kb={draft}
            s={s}
            lang={lang}
            onAction={onLearningAction}
            pending={new Set(pending.keys())}
          />
        )}
        {pane === 'history' && (
          <VersionHistory
            client={client}
            s={s}
            lang={lang}
            onRestored={(_version, message) => {
              void load().then(() => setPublished(message));
            }}
          />
        )}
      </Section>

      {problems.length > 0 && (
        <MessageBar intent="error" layout="multiline" data-testid="knowledge-problems">
          <MessageBarBody>
            <MessageBarTitle>{s.problemsTitle}</MessageBarTitle>
            <ul className={styles.problems}>
              {(otherProblems.length > 0 ? otherProblems : problems).slice(0, 8).map((p) => (
                <li key={p.path + p.message}>
                  {p.path}: {p.message}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}

      <Card className={styles.card}>
        <Text as="h3" weight="semibold" size={400}>
          {s.tryHeading}
        </Text>
        <Text>{s.tryIntro}</Text>
        <form className={styles.row} onSubmit={(e) => void onTry(e)}>
          <Field label={s.tryLabel} className={styles.grow}>
            <Input value={question} onChange={(_, d) => setQuestion(d.value)} data-testid="try-question" />
          </Field>
          <Button type="submit" icon={<ChatHelpRegular />}>
            {s.tryButton}
          </Button>
        </form>
        {tryError && <ErrorBar message={tryError} />}
        {tried && (
          <div data-testid="try-result">
            {tried.kind === 'fallback' && <Text as="p">{s.tryNoAnswer}</Text>}
            <SearchResults result={tried} officeEmail="" />
          </div>
        )}
      </Card>

      <Card className={styles.card}>
        <Text as="h3" weight="semibold" size={400}>
          {s.publishHeading}
        </Text>
        <div className={styles.row}>
          <Field label={s.summaryLabel} className={styles.grow}>
            <Input value={summary} onChange={(_, d) => setSummary(d.value)} maxLength={480} />
          </Field>
          <Button
            appearance="primary"
            icon={<ArrowUploadRegular />}
            disabled={!changed || publishing || problems.length > 0}
            onClick={() => void publish()}
            data-testid="publish"
          >
            {publishing ? s.publishing : s.publishButton}
          </Button>
          <Button
            disabled={!changed}
            onClick={() => {
              setDraft(base.knowledgeBase);
              setPending(new Map());
            }}
          >
            {s.discard}
          </Button>
        </div>
        {published && (
          <MessageBar intent="success" data-testid="publish-result">
            <MessageBarBody>{published}</MessageBarBody>
          </MessageBar>
        )}
        {stale && (
          <MessageBar intent="warning" layout="multiline" data-testid="stale-message">
            <MessageBarBody>
              <MessageBarTitle>{s.staleTitle}</MessageBarTitle>
              {stale}
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => void load()}>{s.reloadLatest}</Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {publishError && <ErrorBar message={publishError} />}
      </Card>
    </div>
  );
}
