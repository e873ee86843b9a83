import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { useState } from 'react';
import { format, formatWhen } from '../i18n';
import { useAsync } from '../use-async';
import { ErrorBar } from '../components/async-view';
import type { KnowledgeClient } from './knowledge-client';
import type { KnowledgeStrings } from './knowledge-strings';

/** Every published version, newest first; an earlier one can be restored (as a new version). */
export function VersionHistory({
  client,
  s,
  lang,
  onRestored,
}: {
  client: KnowledgeClient;
  s: KnowledgeStrings;
  lang: 'nb' | 'en';
  onRestored: (version: number, message: string) => void;
}) {
  const [state, reload] = useAsync(() => client.versions(), [client]);
  const [error, setError] = useState<string>();
  const when = (iso: string) => formatWhen(iso, lang);
  if (state.status === 'error') return <ErrorBar message={state.error.message} retry={reload} />;
  if (state.status !== 'done') return null;
  const { current, versions } = state.value;
  const restore = async (number: number) => {
    setError(undefined);
    try {
      const result = await client.restore(number, current);
      onRestored(result.version, format(s.restored, { old: number, n: result.version }));
      reload();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <div data-testid="version-history">
      <Text as="p">{s.historyIntro}</Text>
      {error && <ErrorBar message={error} />}
      <Table size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{s.historyColumns.version}</TableHeaderCell>
            <TableHeaderCell>{s.historyColumns.when}</TableHeaderCell>
            <TableHeaderCell>{s.historyColumns.author}</TableHeaderCell>
            <TableHeaderCell>{s.historyColumns.summary}</TableHeaderCell>
            <TableHeaderCell />
          </TableRow>
        </TableHeader>
        <TableBody>
          {versions.map((v) => (
            <TableRow key={v.number}>
              <TableCell>
                {v.number}
                {v.number === current ? ` (${s.current})` : ''}
              </TableCell>
              <TableCell>{when(v.createdAt)}</TableCell>
              <TableCell>
                {v.mine ? s.byYou : format(s.byOther, { p: v.authorPseudonym.slice(0, 8) })}
              </TableCell>
              <TableCell>{v.summary}</TableCell>
              <TableCell>
                {v.number !== current && (
                  <Button size="small" onClick={() => void restore(v.number)}>
                    {s.restore}
                  </Button>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
