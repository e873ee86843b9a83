import { Body1, Field, SearchBox, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { TabOverviewResponse, TabPerson } from '../../../src/tab/tab-api-types';
import { useUi } from '../ui-context';
import { CardGrid, Section } from './layout';
import { PersonCard } from './person-card';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL },
  filter: { maxWidth: '28rem' },
  filterBox: { width: '100%', maxWidth: 'none' },
  subtle: { color: tokens.colorNeutralForeground2 },
});

/** Lower-case without accents, so "bjornevik" finds "Bjørnevik". */
function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

function matches(person: TabPerson, filter: string): boolean {
  if (filter === '') return true;
  const haystack = fold([person.name, person.role, person.unit, person.organisation, person.email].join(' '));
  return fold(filter)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

/** Everyone in the knowledge base: the local project first, then each council, then the rest. */
export function ContactsView({ overview }: { overview: TabOverviewResponse }) {
  const { s } = useUi();
  const styles = useStyles();
  const [filter, setFilter] = useState('');
  const groups = useMemo(() => {
    const shown = new Set<string>();
    const take = (people: TabPerson[]) =>
      people.filter((p) => {
        if (shown.has(p.id)) return false;
        shown.add(p.id);
        return true;
      });
    return [
      { title: s.keyContactsHeading, people: take(overview.keyContacts) },
      ...overview.bodies.map((b) => ({
        title: b.name,
        people: take([...(b.leader ? [b.leader] : []), ...b.members]),
      })),
      { title: s.otherContactsHeading, people: take(overview.people) },
    ];
  }, [overview, s]);
  const visible = groups
    .map((g) => ({ ...g, people: g.people.filter((p) => matches(p, filter.trim())) }))
    .filter((g) => g.people.length > 0);

  return (
    <div className={styles.view}>
      <Field label={s.contactsFilterLabel} className={styles.filter}>
        <SearchBox
          className={styles.filterBox}
          value={filter}
          placeholder={s.contactsFilterPlaceholder}
          onChange={(_, data) => setFilter(data.value)}
        />
      </Field>
      {visible.length === 0 && <Body1 className={styles.subtle}>{s.contactsNone}</Body1>}
      {visible.map((g) => (
        <Section key={g.title} title={g.title}>
          <CardGrid wide>
            {g.people.map((p) => (
              <PersonCard key={p.id} person={p} />
            ))}
          </CardGrid>
        </Section>
      ))}
    </div>
  );
}
