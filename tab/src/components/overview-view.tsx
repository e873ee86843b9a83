import {
  Body1,
  Button,
  Card,
  CardFooter,
  CardHeader,
  Field,
  Persona,
  SearchBox,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowLeftRegular, MailRegular, SearchRegular } from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';
import type { TabOverviewResponse, TabSearchResponse } from '../../../src/tab/tab-api-types';
import { useUi } from '../ui-context';
import { ErrorBar } from './async-view';
import { CardGrid, Section } from './layout';
import { initialsOf } from './person-card';
import { SearchResults } from './search-results';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL },
  searchCard: { padding: tokens.spacingHorizontalXL, gap: tokens.spacingVerticalM },
  // On a phone the button goes under the box rather than out of the card.
  searchRow: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  searchBox: { flex: '1 1 12rem', minWidth: 0, maxWidth: 'none' },
  suggestions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  subtle: { color: tokens.colorNeutralForeground2 },
  cardText: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
    display: '-webkit-box',
    WebkitLineClamp: 4,
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
  },
  card: { height: '100%', boxSizing: 'border-box' },
  cardTitle: { margin: 0 },
  footer: { marginTop: 'auto' },
  memberList: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, color: tokens.colorNeutralForeground2 },
  officeCard: {
    flexDirection: 'row',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
  },
  officeText: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 'min(14rem, 100%)' },
});

/** The first view: one search box over the knowledge base, and the subprojects, councils and project office. */
export function OverviewView({ overview }: { overview: TabOverviewResponse }) {
  const { s, api } = useUi();
  const styles = useStyles();
  const [query, setQuery] = useState('');
  const [searching, setSearching] = useState(false);
  const [result, setResult] = useState<TabSearchResponse>();
  const [error, setError] = useState<string>();

  const search = async (text: string) => {
    const q = text.trim();
    if (q === '') return;
    setQuery(q);
    setSearching(true);
    setError(undefined);
    try {
      setResult(await api.search(q));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setResult(undefined);
    } finally {
      setSearching(false);
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void search(query);
  };
  const clear = () => {
    setResult(undefined);
    setError(undefined);
    setQuery('');
  };

  return (
    <div className={styles.view}>
      <Card className={styles.searchCard}>
        <form role="search" onSubmit={onSubmit}>
          <Field label={s.searchLabel} hint={s.searchHint} size="large">
            {(fieldProps) => (
              <div className={styles.searchRow}>
                <SearchBox
                  {...fieldProps}
                  className={styles.searchBox}
                  size="large"
                  value={query}
                  placeholder={s.searchPlaceholder}
                  onChange={(_, data) => setQuery(data.value)}
                  data-testid="search-input"
                />
                <Button
                  type="submit"
                  appearance="primary"
                  size="large"
                  icon={<SearchRegular />}
                  disabled={searching}
                >
                  {s.searchButton}
                </Button>
              </div>
            )}
          </Field>
        </form>
        <div className={styles.suggestions}>
          <Text size={200} className={styles.subtle}>
            {s.suggestionsLabel}:
          </Text>
          {s.suggestions.map((q) => (
            <Button key={q} size="small" shape="circular" onClick={() => void search(q)}>
              {q}
            </Button>
          ))}
        </div>
      </Card>

      {searching && <Spinner label={s.loading} />}
      {error && <ErrorBar message={error} retry={() => void search(query)} />}
      {result && !searching && (
        <>
          <div>
            <Button appearance="subtle" icon={<ArrowLeftRegular />} onClick={clear}>
              {s.clearSearch}
            </Button>
          </div>
          <SearchResults result={result} officeEmail={overview.projectOfficeEmail} />
        </>
      )}
      {!result && !searching && <OverviewSections overview={overview} />}
    </div>
  );
}

function OverviewSections({ overview }: { overview: TabOverviewResponse }) {
  const { s } = useUi();
  const styles = useStyles();
  return (
    <>
      <Section title={s.subprojectsHeading} testId="subprojects">
        <CardGrid>
          {overview.subprojects.map((sp) => (
            <Card key={sp.id} className={styles.card}>
              <CardHeader
                header={
                  <Subtitle2 as="h3" className={styles.cardTitle}>
                    {sp.name}
                  </Subtitle2>
                }
              />
              <Body1 as="p" className={styles.cardText}>
                {sp.purpose}
              </Body1>
              <CardFooter className={styles.footer}>
                <Persona
                  name={sp.lead.name}
                  secondaryText={s.lead}
                  avatar={{ color: 'colorful', initials: initialsOf(sp.lead.name), 'aria-hidden': true }}
                />
              </CardFooter>
            </Card>
          ))}
        </CardGrid>
      </Section>
      <Section title={s.bodiesHeading}>
        <CardGrid wide>
          {overview.bodies.map((b) => (
            <Card key={b.id} className={styles.card}>
              <CardHeader
                header={
                  <Subtitle2 as="h3" className={styles.cardTitle}>
                    {b.name}
                  </Subtitle2>
                }
              />
              <Body1 as="p" className={styles.cardText}>
                {b.description}
              </Body1>
              {b.members.length > 0 && (
                <ul className={styles.memberList} aria-label={s.members}>
                  {b.members.map((m) => (
                    <li key={m.id}>
                      {m.name}
                      {m.id === b.leader?.id ? ` (${s.chair})` : ''}
                    </li>
                  ))}
                </ul>
              )}
            </Card>
          ))}
        </CardGrid>
      </Section>
      <Section title={s.projectOfficeHeading}>
        <Card className={styles.officeCard}>
          <div className={styles.officeText}>
            <Body1>{s.projectOfficeText}</Body1>
            <Text weight="semibold">{overview.projectOfficeEmail}</Text>
          </div>
          <Button as="a" href={`mailto:${overview.projectOfficeEmail}`} icon={<MailRegular />}>
            {s.sendEmail}
          </Button>
        </Card>
      </Section>
    </>
  );
}
