import {
  Button,
  Card,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Subtitle2,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, CalendarClockRegular, DeleteRegular, SendRegular } from '@fluentui/react-icons';
import { useMemo, useState, type FormEvent } from 'react';
import { createAnnouncementCard } from '../../../src/cards/announcement-card';
import { ANNOUNCEMENT_LIMITS as LIMITS, type AudienceKind } from '../../../src/model/announcement';
import type { TabAnnouncementRequest, TabAudiencesResponse } from '../../../src/tab/tab-api-types';
import { format, formatWhen, type UiStrings } from '../i18n';
import type { TeamsTheme } from '../teams-host';
import { useAsync } from '../use-async';
import { useUi } from '../ui-context';
import { AnnouncementStatusView } from './announcement-status-view';
import { ErrorBar } from './async-view';
import { CardPreview } from './card-preview';
import { audienceOf, checkDraft, contentOf, type Draft, EMPTY_DRAFT, type Problems } from './composer-draft';
import { Section } from './layout';

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalXXL,
    alignItems: 'start',
    '@media (max-width: 960px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalXL,
  },
  preview: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    position: 'sticky',
    top: tokens.spacingVerticalL,
  },
  previewHeading: { margin: 0 },
  formFields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  linkRow: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 3fr) auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'end',
  },
  fieldset: {
    border: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  teams: { display: 'flex', flexDirection: 'column', paddingLeft: tokens.spacingHorizontalXXL },
  actions: { display: 'flex', justifyContent: 'flex-end', gap: tokens.spacingHorizontalS },
  subtle: { color: tokens.colorNeutralForeground2 },
  error: { color: tokens.colorPaletteRedForeground1 },
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXXL },
});

function describeAudience(draft: Draft, s: UiStrings, audiences: TabAudiencesResponse | undefined): string {
  const base = {
    all: s.audienceAll,
    personal: s.audiencePersonal,
    channels: s.audienceChannels,
    teams: format(s.audienceShort.teams, { n: draft.teamIds.length }),
  }[draft.audience];
  if (!audiences) return base.toLowerCase();
  const count =
    draft.audience === 'all'
      ? audiences.personal + audiences.channels
      : draft.audience === 'personal'
        ? audiences.personal
        : draft.audience === 'channels'
          ? audiences.channels
          : audiences.teams
              .filter((t) => draft.teamIds.includes(t.id))
              .reduce((sum, t) => sum + t.channels, 0);
  return `${base.toLowerCase()} (${format(s.audienceCount, { n: count })})`;
}

/** The announcer's view: write, preview live, send or schedule, and follow earlier announcements. */
export function ComposerView({
  theme,
  available,
  initial,
}: {
  theme: TeamsTheme;
  available: boolean;
  /** What the composer opens with (a decision announced from the Kunnskap view). */
  initial?: { title: string; text: string };
}) {
  const { s, api, host, lang } = useUi();
  const styles = useStyles();
  const [draft, setDraft] = useState<Draft>(
    initial ? { ...EMPTY_DRAFT, title: initial.title, text: initial.text } : EMPTY_DRAFT,
  );
  const [problems, setProblems] = useState<Problems>({});
  const [confirming, setConfirming] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string>();
  const [created, setCreated] = useState<string>();
  const [statusRound, setStatusRound] = useState(0);
  const [audiences] = useAsync(
    () => (available ? api.audiences() : Promise.reject(new Error(s.broadcastMissing))),
    [api, available],
  );
  const audienceData = audiences.status === 'done' ? audiences.value : undefined;

  const card = useMemo(
    () =>
      createAnnouncementCard(
        contentOf(draft, { title: s.previewTitlePlaceholder, text: s.previewTextPlaceholder }),
        {
          announcementId: 'forhandsvisning',
          locale: host.locale,
        },
      ),
    [draft, s, host.locale],
  );

  const update = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setCreated(undefined);
  };
  const setLink = (index: number, patch: Partial<Draft['links'][number]>) =>
    update({ links: draft.links.map((l, i) => (i === index ? { ...l, ...patch } : l)) });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = checkDraft(draft, s, lang, new Date());
    setProblems(found);
    if (Object.keys(found).length === 0) setConfirming(true);
  };

  const send = async () => {
    setConfirming(false);
    setSending(true);
    setError(undefined);
    const request: TabAnnouncementRequest = {
      content: contentOf(draft),
      audience: audienceOf(draft),
      // The time as typed, on Norwegian clocks: the server reads it in Europe/Oslo, as the chat does.
      schedule:
        draft.when === 'later'
          ? { date: draft.scheduledAt.slice(0, 10), time: draft.scheduledAt.slice(11, 16) }
          : undefined,
    };
    try {
      const result = await api.createAnnouncement(request);
      const status =
        result.status === 'sending' || result.status === 'scheduled' || result.status === 'sent'
          ? s.createdStatus[result.status]
          : s.createdStatus.other;
      setCreated(format(s.created, { title: result.title, status }));
      setDraft(EMPTY_DRAFT);
      setProblems({});
      setStatusRound((r) => r + 1);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setSending(false);
    }
  };

  const scheduledText =
    draft.when === 'later' && draft.scheduledAt ? formatWhen(draft.scheduledAt, lang, 'longDateTime') : '';

  return (
    <div className={styles.view}>
      <Section title={s.composerHeading} intro={s.composerIntro} testId="composer">
        {!available && (
          <MessageBar intent="warning">
            <MessageBarBody>{s.broadcastMissing}</MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.layout}>
          <Card className={styles.form}>
            <form onSubmit={onSubmit} noValidate className={styles.formFields}>
              <Field
                label={s.titleLabel}
                required
                validationMessage={problems.title}
                hint={format(s.charactersLeft, { n: LIMITS.title - draft.title.length })}
              >
                <Input
                  value={draft.title}
                  maxLength={LIMITS.title}
                  onChange={(_, d) => update({ title: d.value })}
                  data-testid="composer-title"
                />
              </Field>
              <Field label={s.textLabel} required validationMessage={problems.text} hint={s.textHint}>
                <Textarea
                  value={draft.text}
                  maxLength={LIMITS.text}
                  rows={7}
                  resize="vertical"
                  onChange={(_, d) => update({ text: d.value })}
                  data-testid="composer-text"
                />
              </Field>
              <Field label={s.imageLabel} validationMessage={problems.imageUrl} hint={s.imageHint}>
                <Input
                  type="url"
                  value={draft.imageUrl}
                  placeholder="https://"
                  maxLength={LIMITS.url}
                  onChange={(_, d) => update({ imageUrl: d.value })}
                />
              </Field>
              <fieldset className={styles.fieldset}>
                <legend className={styles.legend}>{s.linksLabel}</legend>
                {draft.links.map((link, i) => (
                  <div key={i} className={styles.linkRow}>
                    <Field label={format(s.linkTitleLabel, { n: i + 1 })}>
                      <Input
                        value={link.title}
                        maxLength={LIMITS.linkTitle}
                        onChange={(_, d) => setLink(i, { title: d.value })}
                      />
                    </Field>
                    <Field label={format(s.linkUrlLabel, { n: i + 1 })}>
                      <Input
                        type="url"
                        value={link.url}
                        placeholder="https://"
                        maxLength={LIMITS.url}
                        onChange={(_, d) => setLink(i, { url: d.value })}
                      />
                    </Field>
                    <Button
                      icon={<DeleteRegular />}
                      aria-label={format(s.removeLink, { n: i + 1 })}
                      title={format(s.removeLink, { n: i + 1 })}
                      onClick={() => update({ links: draft.links.filter((_, j) => j !== i) })}
                    />
                  </div>
                ))}
                {problems.links && (
                  <Text size={200} role="alert" className={styles.error}>
                    {problems.links}
                  </Text>
                )}
                {draft.links.length < LIMITS.links && (
                  <div>
                    <Button
                      icon={<AddRegular />}
                      appearance="subtle"
                      onClick={() => update({ links: [...draft.links, { title: '', url: '' }] })}
                    >
                      {s.addLink}
                    </Button>
                  </div>
                )}
              </fieldset>
              <Field label={s.importanceLabel}>
                <RadioGroup
                  layout="horizontal"
                  value={draft.importance}
                  onChange={(_, d) => update({ importance: d.value === 'high' ? 'high' : 'normal' })}
                >
                  <Radio value="normal" label={s.importanceNormal} />
                  <Radio value="high" label={s.importanceHigh} />
                </RadioGroup>
              </Field>
              <Field label={s.audienceLabel} validationMessage={problems.teams}>
                <RadioGroup
                  value={draft.audience}
                  onChange={(_, d) => update({ audience: d.value as AudienceKind })}
                >
                  <Radio
                    value="all"
                    label={withCount(
                      s.audienceAll,
                      audienceData && audienceData.personal + audienceData.channels,
                      s,
                    )}
                  />
                  <Radio value="personal" label={withCount(s.audiencePersonal, audienceData?.personal, s)} />
                  <Radio value="channels" label={withCount(s.audienceChannels, audienceData?.channels, s)} />
                  <Radio value="teams" label={s.audienceTeams} />
                </RadioGroup>
              </Field>
              {draft.audience === 'teams' && (
                <div className={styles.teams} role="group" aria-label={s.audienceTeams}>
                  {audienceData?.teams.length === 0 && <Text className={styles.subtle}>{s.teamsNone}</Text>}
                  {audienceData?.teams.map((team) => (
                    <Checkbox
                      key={team.id}
                      label={withCount(team.name, team.channels, s)}
                      checked={draft.teamIds.includes(team.id)}
                      onChange={(_, d) =>
                        update({
                          teamIds: d.checked
                            ? [...draft.teamIds, team.id]
                            : draft.teamIds.filter((id) => id !== team.id),
                        })
                      }
                    />
                  ))}
                </div>
              )}
              <Field label={s.whenLabel}>
                <RadioGroup
                  layout="horizontal"
                  value={draft.when}
                  onChange={(_, d) => update({ when: d.value === 'later' ? 'later' : 'now' })}
                >
                  <Radio value="now" label={s.whenNow} />
                  <Radio value="later" label={s.whenLater} />
                </RadioGroup>
              </Field>
              {draft.when === 'later' && (
                <Field label={s.scheduleLabel} required validationMessage={problems.scheduledAt}>
                  <Input
                    type="datetime-local"
                    value={draft.scheduledAt}
                    onChange={(_, d) => update({ scheduledAt: d.value })}
                  />
                </Field>
              )}
              <div className={styles.actions}>
                <Button
                  type="submit"
                  appearance="primary"
                  icon={draft.when === 'later' ? <CalendarClockRegular /> : <SendRegular />}
                  disabled={!available || sending}
                >
                  {sending ? s.sending : draft.when === 'later' ? s.schedule : s.sendNow}
                </Button>
              </div>
            </form>
            {error && <ErrorBar message={error} />}
            {created && (
              <MessageBar intent="success" data-testid="composer-created">
                <MessageBarBody>{created}</MessageBarBody>
              </MessageBar>
            )}
          </Card>
          <div className={styles.preview}>
            <Subtitle2 as="h3" className={styles.previewHeading}>
              {s.previewHeading}
            </Subtitle2>
            <CardPreview card={card} theme={theme} label={s.previewHeading} />
          </div>
        </div>
      </Section>
      {available && <AnnouncementStatusView round={statusRound} />}
      <Dialog open={confirming} onOpenChange={(_, d) => setConfirming(d.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{draft.when === 'later' ? s.confirmTitleLater : s.confirmTitleNow}</DialogTitle>
            <DialogContent>
              {format(draft.when === 'later' ? s.confirmTextLater : s.confirmText, {
                title: draft.title.trim(),
                audience: describeAudience(draft, s, audienceData),
                when: scheduledText,
              })}
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => setConfirming(false)}>
                {s.cancel}
              </Button>
              <Button appearance="primary" onClick={() => void send()}>
                {draft.when === 'later' ? s.confirmLater : s.confirm}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}

function withCount(label: string, count: number | undefined, s: UiStrings): string {
  return count === undefined ? label : `${label} (${format(s.audienceCount, { n: count })})`;
}
