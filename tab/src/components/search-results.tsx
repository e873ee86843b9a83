import {
  Badge,
  Body1,
  Card,
  CardHeader,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { TabAnswerSection, TabMatch, TabSearchResponse } from '../../../src/tab/tab-api-types';
import { useUi } from '../ui-context';
import { CardGrid, Section } from './layout';
import { PersonCard } from './person-card';

const useStyles = makeStyles({
  results: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL },
  answer: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  sectionCard: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  cardTitle: { margin: 0 },
  text: { margin: 0, maxWidth: '75ch' },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  factRow: { display: 'contents' },
  factLabel: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
  factValue: { margin: 0, overflowWrap: 'anywhere' },
  bullets: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  matches: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  match: {
    display: 'grid',
    gridTemplateColumns: '7.5rem 1fr',
    alignItems: 'baseline',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    ':last-child': { borderBottomStyle: 'none' },
  },
  badge: { justifySelf: 'start' },
  matchText: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  subtle: { color: tokens.colorNeutralForeground2 },
});

const MATCH_COLOR = {
  person: 'brand',
  subproject: 'informative',
  body: 'informative',
  decision: 'success',
  unit: 'subtle',
} as const;

function AnswerSection({ section }: { section: TabAnswerSection }) {
  const styles = useStyles();
  const onlyPerson = section.type === 'person' && section.people.length === 1;
  if (onlyPerson) return <PersonCard person={section.people[0]!} />;
  return (
    <Card className={styles.sectionCard} data-testid="answer-section">
      <CardHeader
        header={
          <Subtitle2 as="h3" className={styles.cardTitle}>
            {section.title}
          </Subtitle2>
        }
      />
      {section.text && (
        <Body1 as="p" className={styles.text}>
          {section.text}
        </Body1>
      )}
      {section.facts.length > 0 && (
        <dl className={styles.facts}>
          {section.facts.map((f) => (
            <div key={f.label} className={styles.factRow}>
              <dt className={styles.factLabel}>{f.label}</dt>
              <dd className={styles.factValue}>{f.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {section.bullets.length > 0 && section.people.length === 0 && (
        <ul className={styles.bullets}>
          {section.bullets.map((b) => (
            <li key={b}>{b}</li>
          ))}
        </ul>
      )}
      {section.people.length > 0 && (
        <CardGrid wide>
          {section.people.map((p) => (
            <PersonCard key={p.id} person={p} appearance="outline" />
          ))}
        </CardGrid>
      )}
    </Card>
  );
}

function MatchList({ matches }: { matches: TabMatch[] }) {
  const { s } = useUi();
  const styles = useStyles();
  if (matches.length === 0) return <Body1 className={styles.subtle}>{s.noMatches}</Body1>;
  return (
    <Card>
      <ul className={styles.matches} data-testid="matches">
        {matches.map((m) => (
          <li key={`${m.type}:${m.id}`} className={styles.match}>
            <Badge className={styles.badge} appearance="tint" color={MATCH_COLOR[m.type]}>
              {s.matchType[m.type]}
            </Badge>
            <span className={styles.matchText}>
              <Text weight="semibold">{m.title}</Text>
              {m.subtitle && (
                <Text size={200} className={styles.subtle} truncate wrap={false}>
                  {m.subtitle}
                </Text>
              )}
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}

/** The bot's answer to a search, and the knowledge-base entries that contain the words. */
export function SearchResults({ result, officeEmail }: { result: TabSearchResponse; officeEmail: string }) {
  const { s } = useUi();
  const styles = useStyles();
  return (
    <div className={styles.results} data-testid="search-results" aria-live="polite">
      <Section title={s.answerHeading}>
        <div className={styles.answer}>
          {result.kind === 'fallback' && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{s.noAnswer}</MessageBarTitle>
                {result.missing ?? s.noAnswerText} {officeEmail}
              </MessageBarBody>
            </MessageBar>
          )}
          {result.sections.map((section, i) => (
            <AnswerSection key={`${section.type}-${i}`} section={section} />
          ))}
        </div>
      </Section>
      <Section title={`${s.matchesHeading} (${result.matches.length})`}>
        <MatchList matches={result.matches} />
      </Section>
    </div>
  );
}
