import {
  Badge,
  Button,
  Card,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { EditableKnowledgeBase, LearningItem } from '../../../src/knowledge/knowledge-api-types';
import { format, formatWhen } from '../i18n';
import { useAsync } from '../use-async';
import { ErrorBar } from '../components/async-view';
import type { KnowledgeClient } from './knowledge-client';
import type { KnowledgeStrings } from './knowledge-strings';
import { ENTRY_SECTIONS, type Entry, entriesOf, entryTitle } from './knowledge-sections';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    listStyleType: 'none',
    padding: 0,
  },
  item: { padding: tokens.spacingHorizontalL, gap: tokens.spacingVerticalS },
  meta: { color: tokens.colorNeutralForeground2 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
});

/** What the editor chose to do with an item: the view changes the draft accordingly. */
export type LearningAction =
  /** `as`: an alias (names the entry), or a question (its words become the entry's keywords). */
  | { kind: 'attach'; itemKey: string; entryKey: string; alias: string; as: 'alias' | 'question' }
  | { kind: 'create'; itemKey: string; question: string; answer?: string };

/**
 * The learning loop: unanswered questions and project-office suggestions, most frequent or newest first. Each can
 * be attached to an entry as an alias, made into a new entry, or dismissed.
 */
export function LearningList({
  client,
  kb,
  s,
  lang,
  onAction,
  pending,
}: {
  client: KnowledgeClient;
  kb: EditableKnowledgeBase;
  s: KnowledgeStrings;
  lang: 'nb' | 'en';
  /**
   * Changes the draft. The item counts as dealt with when the draft is published (the view records it then);
   * until then it is left out of the list here.
   */
  onAction: (action: LearningAction) => string;
  /** Items attached or made into entries in the draft, not yet published. */
  pending: ReadonlySet<string>;
}) {
  const styles = useStyles();
  const [sort, setSort] = useState<'frequent' | 'newest'>('frequent');
  const [state, reload] = useAsync(() => client.learning(sort), [client, sort]);
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<string>();
  const [target, setTarget] = useState<Record<string, string>>({});
  const [alias, setAlias] = useState<Record<string, string>>({});

  const entries = ENTRY_SECTIONS.flatMap((section) =>
    entriesOf(kb, section).map((e: Entry) => ({
      key: `${section}:${e.id}`,
      label: `${entryTitle(e)} (${s.sections[section]})`,
    })),
  );
  const when = (iso: string) => formatWhen(iso, lang);

  const dismiss = async (item: LearningItem) => {
    setError(undefined);
    try {
      await client.resolve({ key: item.key, action: 'dismissed' });
      reload();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  const attach = (item: LearningItem, as: 'alias' | 'question') => {
    const entryKey = target[item.key] ?? entries[0]?.key;
    const text = (alias[item.key] ?? item.question).trim();
    if (!entryKey || !text) return;
    const entryId = onAction({ kind: 'attach', itemKey: item.key, entryKey, alias: text, as });
    setNotice(
      format(as === 'alias' ? s.attached : s.attachedQuestion, {
        alias: text,
        entry: entries.find((e) => e.key === entryKey)?.label ?? entryId,
      }),
    );
  };

  const create = (item: LearningItem) => {
    onAction({ kind: 'create', itemKey: item.key, question: item.question, answer: item.answer });
    setNotice(s.created);
  };

  return (
    <div data-testid="learning-list">
      <Text as="p">{s.learningIntro}</Text>
      <TabList
        selectedValue={sort}
        onTabSelect={(_, d) => setSort(d.value as 'frequent' | 'newest')}
        size="small"
        aria-label={s.sections.learning}
      >
        <Tab value="frequent">{s.sortFrequent}</Tab>
        <Tab value="newest">{s.sortNewest}</Tab>
      </TabList>
      {notice && (
        <MessageBar intent="success" data-testid="learning-notice">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {error && <ErrorBar message={error} />}
      {state.status === 'error' && <ErrorBar message={state.error.message} retry={reload} />}
      {state.status === 'done' && state.value.items.length === 0 && <Text as="p">{s.learningEmpty}</Text>}
      {state.status === 'done' && (
        <ul className={styles.list}>
          {state.value.items
            .filter((item) => !pending.has(item.key))
            .map((item) => (
              <li key={item.key}>
                <Card className={styles.item} data-testid="learning-item">
                  <Text weight="semibold">{item.question}</Text>
                  <Text size={200} className={styles.meta}>
                    <Badge appearance="tint" color={item.kind === 'suggestion' ? 'brand' : 'informative'}>
                      {item.kind === 'suggestion' ? s.suggestedAnswer : s.sections.learning}
                    </Badge>{' '}
                    {item.kind === 'suggestion'
                      ? format(s.suggested, { when: when(item.lastAt) })
                      : format(item.count === 1 ? s.askedOnce : s.asked, {
                          n: item.count,
                          when: when(item.lastAt),
                        })}
                  </Text>
                  {item.answer && (
                    <Text as="p">
                      <strong>{s.suggestedAnswer}:</strong> {item.answer}
                    </Text>
                  )}
                  <div className={styles.row}>
                    <Field label={s.attachTo}>
                      <Select
                        value={target[item.key] ?? entries[0]?.key ?? ''}
                        onChange={(_, d) => setTarget((t) => ({ ...t, [item.key]: d.value }))}
                        data-testid="attach-target"
                      >
                        {entries.map((e) => (
                          <option key={e.key} value={e.key}>
                            {e.label}
                          </option>
                        ))}
                      </Select>
                    </Field>
                    <Field label={s.attachAs} hint={s.attachHint}>
                      <Input
                        value={alias[item.key] ?? item.question}
                        onChange={(_, d) => setAlias((a) => ({ ...a, [item.key]: d.value }))}
                        data-testid="attach-alias"
                      />
                    </Field>
                    <Button appearance="primary" onClick={() => attach(item, 'alias')}>
                      {s.attachButton}
                    </Button>
                    <Button onClick={() => attach(item, 'question')}>{s.attachQuestionButton}</Button>
                    <Button onClick={() => create(item)}>{s.createEntry}</Button>
                    <Button onClick={() => void dismiss(item).then(() => setNotice(s.dismissed))}>
                      {s.dismiss}
                    </Button>
                  </div>
                </Card>
              </li>
            ))}
        </ul>
      )}
    </div>
  );
}
