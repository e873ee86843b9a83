import { Subtitle1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
  heading: { margin: 0 },
  intro: { margin: 0, color: tokens.colorNeutralForeground2, maxWidth: '70ch' },
  grid: {
    display: 'grid',
    gap: tokens.spacingHorizontalL,
    // min(…, 100%): one column on a phone narrower than a card, instead of a card wider than the screen.
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(280px, 100%), 1fr))',
    alignItems: 'stretch',
  },
  wideGrid: { gridTemplateColumns: 'repeat(auto-fill, minmax(min(340px, 100%), 1fr))' },
});

/** A titled part of a view: an h2, an optional introduction and actions, and its content. */
export function Section({
  title,
  intro,
  actions,
  children,
  testId,
}: {
  title: string;
  intro?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  const styles = useStyles();
  const id = useId();
  return (
    <section className={styles.section} aria-labelledby={id} data-testid={testId}>
      <div className={styles.header}>
        <Subtitle1 as="h2" id={id} className={styles.heading}>
          {title}
        </Subtitle1>
        {actions}
      </div>
      {intro && <p className={styles.intro}>{intro}</p>}
      {children}
    </section>
  );
}

/** Cards side by side, as many columns as fit. */
export function CardGrid({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  const styles = useStyles();
  return <div className={mergeClasses(styles.grid, wide && styles.wideGrid)}>{children}</div>;
}
