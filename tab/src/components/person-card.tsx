import { Button, Card, Link, Persona, makeStyles, tokens } from '@fluentui/react-components';
import { CallRegular, ChatRegular, MailRegular } from '@fluentui/react-icons';
import type { MouseEvent } from 'react';
import type { TabPerson } from '../../../src/tab/tab-api-types';
import { useUi } from '../ui-context';

const useStyles = makeStyles({
  card: { height: '100%', boxSizing: 'border-box', gap: tokens.spacingVerticalM },
  persona: { alignItems: 'flex-start' },
  name: { fontWeight: tokens.fontWeightSemibold },
  contacts: {
    listStyleType: 'none',
    margin: 0,
    padding: `${tokens.spacingVerticalS} 0 0`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    marginTop: 'auto',
  },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  icon: { flexShrink: 0, fontSize: '16px', color: tokens.colorNeutralForeground3 },
  link: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  chat: { alignSelf: 'flex-start', marginTop: tokens.spacingVerticalXS },
});

/** The Teams chat deep link to a person, by e-mail (their sign-in name in Trondheim kommune). */
export function chatLink(email: string): string {
  return `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(email)}`;
}

/** Initials of the first and last name ("May Liz Bjørnevik Tho" → "MT"). */
export function initialsOf(name: string): string {
  const words = name.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  const first = words[0]?.[0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}

/** A person with role and unit, their e-mail and phone as links, and a Teams chat button; `outline` inside another card. */
export function PersonCard({
  person,
  appearance = 'filled',
}: {
  person: TabPerson;
  appearance?: 'filled' | 'outline';
}) {
  const { s, host } = useUi();
  const styles = useStyles();
  const where = [person.unit, person.organisation].filter(Boolean).join(', ');
  const openChat = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!person.email || !host.inTeams) return;
    event.preventDefault();
    host.openLink(chatLink(person.email));
  };
  return (
    <Card className={styles.card} appearance={appearance} data-testid="person-card" aria-label={person.name}>
      <Persona
        className={styles.persona}
        name={person.name}
        primaryText={{ className: styles.name }}
        secondaryText={person.role}
        tertiaryText={where || undefined}
        avatar={{ color: 'colorful', initials: initialsOf(person.name), 'aria-hidden': true }}
        size="large"
        textAlignment="start"
      />
      {(person.email || person.phone) && (
        <ul className={styles.contacts}>
          {person.email && (
            <li className={styles.row}>
              <MailRegular className={styles.icon} aria-label={s.email} />
              <Link
                className={styles.link}
                href={`mailto:${person.email}`}
                title={`${s.sendEmail}: ${person.email}`}
              >
                {person.email}
              </Link>
            </li>
          )}
          {person.phone && (
            <li className={styles.row}>
              <CallRegular className={styles.icon} aria-label={s.phone} />
              <Link href={`tel:${person.phone.replace(/\s+/g, '')}`} title={`${s.call} ${person.phone}`}>
                {person.phone}
              </Link>
            </li>
          )}
          {person.email && (
            <li>
              <Button
                className={styles.chat}
                as="a"
                href={chatLink(person.email)}
                target="_blank"
                rel="noopener noreferrer"
                onClick={openChat}
                size="small"
                icon={<ChatRegular />}
              >
                {s.chat}
              </Button>
            </li>
          )}
        </ul>
      )}
    </Card>
  );
}
