import {
  Badge,
  Body1,
  Caption1,
  Card,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import type { TabDecision, TabOverviewResponse } from '../../../src/tab/tab-api-types';
import { useUi } from '../ui-context';
import { Section } from './layout';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  item: {
    display: 'grid',
    gridTemplateColumns: '9rem 2rem 1fr',
    alignItems: 'stretch',
    '@media (max-width: 600px)': { gridTemplateColumns: '0 2rem 1fr' },
  },
  date: {
    paddingTop: tokens.spacingVerticalL,
    textAlign: 'right',
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
    '@media (max-width: 600px)': { display: 'none' },
  },
  rail: { position: 'relative', display: 'flex', justifyContent: 'center' },
  line: {
    position: 'absolute',
    top: 0,
    bottom: 0,
    width: tokens.strokeWidthThick,
    backgroundColor: tokens.colorNeutralStroke2,
  },
  dot: {
    position: 'relative',
    marginTop: tokens.spacingVerticalL,
    width: '12px',
    height: '12px',
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralBackground1}`,
    boxSizing: 'content-box',
  },
  planned: { backgroundColor: tokens.colorBrandBackground },
  progress: { backgroundColor: tokens.colorPaletteMarigoldBackground3 },
  done: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  card: { marginBottom: tokens.spacingVerticalM, gap: tokens.spacingVerticalS },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  mobileDate: { display: 'none', '@media (max-width: 600px)': { display: 'inline' } },
  title: { margin: 0 },
  text: { margin: 0, maxWidth: '75ch' },
  subtle: { color: tokens.colorNeutralForeground2 },
});

const BADGE_COLOR = { planned: 'brand', 'in-progress': 'warning', done: 'success' } as const;

function TimelineItem({ decision }: { decision: TabDecision }) {
  const { s } = useUi();
  const styles = useStyles();
  const date = decision.date ?? s.noDate;
  const dotClass =
    decision.status === 'done'
      ? styles.done
      : decision.status === 'in-progress'
        ? styles.progress
        : styles.planned;
  return (
    <li className={styles.item} data-testid="timeline-item">
      <div className={styles.date}>{date}</div>
      <div className={styles.rail} aria-hidden="true">
        <span className={styles.line} />
        <span className={mergeClasses(styles.dot, dotClass)} />
      </div>
      <Card className={styles.card}>
        <div className={styles.head}>
          <Subtitle2 as="h3" className={styles.title}>
            {decision.title}
          </Subtitle2>
          <Badge appearance="tint" color={BADGE_COLOR[decision.status]}>
            {s.status[decision.status]}
          </Badge>
          <Caption1 className={styles.mobileDate}>{date}</Caption1>
        </div>
        <Body1 as="p" className={styles.text}>
          {decision.text}
        </Body1>
        <Caption1 className={styles.subtle}>
          {s.decidedBy}: {decision.decidedBy}
        </Caption1>
      </Card>
    </li>
  );
}

/** Decisions and milestones as a timeline, in the order of the knowledge base. */
export function TimelineView({ overview }: { overview: TabOverviewResponse }) {
  const { s } = useUi();
  const styles = useStyles();
  return (
    <Section title={s.timelineHeading} intro={s.timelineIntro}>
      <ol className={styles.list} aria-label={s.timelineHeading}>
        {overview.decisions.map((d) => (
          <TimelineItem key={d.id} decision={d} />
        ))}
      </ol>
    </Section>
  );
}
