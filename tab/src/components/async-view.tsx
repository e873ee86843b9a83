import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { AsyncState } from '../use-async';
import { useUi } from '../ui-context';

/** Shows a spinner while loading, an error with "Prøv igjen" when it failed, and the content when loaded. */
export function AsyncView<T>({
  state,
  retry,
  children,
}: {
  state: AsyncState<T>;
  retry: () => void;
  children: (value: T) => ReactNode;
}) {
  const { s } = useUi();
  if (state.status === 'loading') return <Spinner label={s.loading} labelPosition="below" />;
  if (state.status === 'error') return <ErrorBar message={state.error.message} retry={retry} />;
  return <>{children(state.value)}</>;
}

/** An error message with an optional retry button. */
export function ErrorBar({ message, retry }: { message: string; retry?: () => void }) {
  const { s } = useUi();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{s.errorTitle}</MessageBarTitle>
        {message}
      </MessageBarBody>
      {retry && (
        <MessageBarActions>
          <Button onClick={retry}>{s.retry}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
