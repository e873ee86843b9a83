import {
  Badge,
  Body1,
  Button,
  Caption1,
  Card,
  ProgressBar,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowClockwiseRegular, DismissCircleRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import type { TabAnnouncementStatus } from '../../../src/tab/tab-api-types';
import { format, formatWhen, type UiStrings } from '../i18n';
import { useAsync } from '../use-async';
import { useUi } from '../ui-context';
import { AsyncView, ErrorBar } from './async-view';
import { Section } from './layout';

/** How often the list refreshes while something is being sent or waits to be sent. */
const POLL_MS = 5000;

const useStyles = makeStyles({
  tableCard: { padding: 0, overflowX: 'auto' },
  titleCell: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalS,
  },
  progress: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: '9rem' },
  subtle: { color: tokens.colorNeutralForeground2 },
  failed: { color: tokens.colorPaletteRedForeground1 },
});

const STATUS_COLOR = {
  draft: 'subtle',
  scheduled: 'informative',
  sending: 'warning',
  sent: 'success',
  cancelled: 'subtle',
  recalled: 'danger',
} as const;

function audienceText(a: TabAnnouncementStatus, s: UiStrings): string {
  return a.audience.kind === 'teams'
    ? format(s.audienceShort.teams, { n: a.audience.teamIds.length })
    : s.audienceShort[a.audience.kind];
}

/** The latest announcements with delivery progress and read confirmations; refreshes while sending. */
export function AnnouncementStatusView({ round }: { round: number }) {
  const { s, api, lang } = useUi();
  const styles = useStyles();
  const [state, reload] = useAsync(() => api.announcements(), [api, round]);
  const [actionError, setActionError] = useState<string>();
  const busy =
    state.status === 'done' &&
    state.value.announcements.some((a) => a.status === 'sending' || a.status === 'scheduled');

  useEffect(() => {
    if (!busy) return;
    const timer = window.setInterval(reload, POLL_MS);
    return () => window.clearInterval(timer);
  }, [busy, reload]);

  const when = (iso: string | undefined) => (iso ? formatWhen(iso, lang) : '');

  const cancel = async (id: string) => {
    setActionError(undefined);
    try {
      await api.cancelAnnouncement(id);
      reload();
    } catch (err) {
      setActionError(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <Section
      title={s.statusHeading}
      testId="announcement-status"
      actions={
        <Button appearance="subtle" icon={<ArrowClockwiseRegular />} onClick={reload}>
          {s.refresh}
        </Button>
      }
    >
      {actionError && <ErrorBar message={actionError} />}
      <AsyncView state={state} retry={reload}>
        {({ announcements }) =>
          announcements.length === 0 ? (
            <Body1 className={styles.subtle}>{s.statusNone}</Body1>
          ) : (
            <Card className={styles.tableCard}>
              <Table aria-label={s.statusHeading}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{s.colTitle}</TableHeaderCell>
                    <TableHeaderCell>{s.colStatus}</TableHeaderCell>
                    <TableHeaderCell>{s.colAudience}</TableHeaderCell>
                    <TableHeaderCell>{s.colProgress}</TableHeaderCell>
                    <TableHeaderCell>{s.colAcknowledged}</TableHeaderCell>
                    <TableHeaderCell>{s.colActions}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {announcements.map((a) => {
                    const done = a.counts.sent + a.counts.failed;
                    return (
                      <TableRow key={a.id}>
                        <TableCell>
                          <div className={styles.titleCell}>
                            <Text weight="semibold">
                              {a.title}
                              {a.importance === 'high' && (
                                <>
                                  {' '}
                                  <Badge appearance="tint" color="danger" size="small">
                                    {s.important}
                                  </Badge>
                                </>
                              )}
                            </Text>
                            <Caption1 className={styles.subtle}>
                              {when(a.status === 'scheduled' ? a.scheduledAt : (a.sentAt ?? a.createdAt))}
                            </Caption1>
                          </div>
                        </TableCell>
                        <TableCell>
                          <Badge appearance="tint" color={STATUS_COLOR[a.status]}>
                            {s.announcementStatus[a.status]}
                          </Badge>
                        </TableCell>
                        <TableCell>{audienceText(a, s)}</TableCell>
                        <TableCell>
                          <div className={styles.progress}>
                            <ProgressBar
                              value={a.counts.total > 0 ? done / a.counts.total : 0}
                              color={
                                a.counts.failed > 0 ? 'warning' : a.status === 'sent' ? 'success' : 'brand'
                              }
                              aria-label={format(s.progressText, {
                                sent: a.counts.sent,
                                total: a.counts.total,
                              })}
                            />
                            <Caption1>
                              {format(s.progressText, { sent: a.counts.sent, total: a.counts.total })}
                              {a.counts.failed > 0 && (
                                <span className={styles.failed}>
                                  {' '}
                                  · {format(s.failedText, { n: a.counts.failed })}
                                </span>
                              )}
                              {a.counts.notUpdated > 0 && (
                                <span className={styles.failed}>
                                  {' '}
                                  · {format(s.notUpdatedText, { n: a.counts.notUpdated })}
                                </span>
                              )}
                              {a.counts.notRemoved > 0 && (
                                <span className={styles.failed}>
                                  {' '}
                                  · {format(s.notRemovedText, { n: a.counts.notRemoved })}
                                </span>
                              )}
                            </Caption1>
                          </div>
                        </TableCell>
                        <TableCell>{a.counts.acknowledged}</TableCell>
                        <TableCell>
                          {(a.status === 'scheduled' || a.status === 'sending') && (
                            <Button
                              size="small"
                              icon={<DismissCircleRegular />}
                              onClick={() => void cancel(a.id)}
                            >
                              {s.cancelAnnouncement}
                            </Button>
                          )}
                        </TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            </Card>
          )
        }
      </AsyncView>
    </Section>
  );
}
