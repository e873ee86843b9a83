import {
  Button,
  Card,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { SendRegular } from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';
import type { TabFeedbackResponse } from '../../../src/tab/tab-api-types';
import { format } from '../i18n';
import { useUi } from '../ui-context';
import { ErrorBar } from './async-view';
import { Section } from './layout';

/** Longest feedback the API takes. */
const MAX_LENGTH = 2000;

const useStyles = makeStyles({
  card: { maxWidth: '46rem', padding: tokens.spacingHorizontalXL, gap: tokens.spacingVerticalL },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  actions: { display: 'flex', justifyContent: 'flex-end' },
});

/** Free feedback, stored without personal data (the server redacts phone numbers, e-mail and the like). */
export function FeedbackView() {
  const { s, api } = useUi();
  const styles = useStyles();
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState<TabFeedbackResponse>();
  const [error, setError] = useState<string>();
  const [validation, setValidation] = useState<string>();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') {
      setValidation(s.feedbackEmpty);
      return;
    }
    setValidation(undefined);
    setSending(true);
    setError(undefined);
    try {
      setSent(await api.sendFeedback(text));
      setText('');
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setSending(false);
    }
  };

  return (
    <Section title={s.feedbackHeading} intro={s.feedbackIntro} testId="feedback">
      <Card className={styles.card}>
        <MessageBar intent="warning" layout="multiline" data-testid="feedback-notice">
          <MessageBarBody>{s.feedbackNotice}</MessageBarBody>
        </MessageBar>
        <form className={styles.form} onSubmit={(e) => void onSubmit(e)} noValidate>
          <Field
            label={s.feedbackLabel}
            required
            validationState={validation ? 'error' : 'none'}
            validationMessage={validation}
            hint={format(s.charactersLeft, { n: MAX_LENGTH - text.length })}
          >
            <Textarea
              value={text}
              onChange={(_, data) => {
                setText(data.value.slice(0, MAX_LENGTH));
                setSent(undefined);
              }}
              maxLength={MAX_LENGTH}
              rows={6}
              resize="vertical"
              data-testid="feedback-text"
            />
          </Field>
          <div className={styles.actions}>
            <Button type="submit" appearance="primary" icon={<SendRegular />} disabled={sending}>
              {sending ? s.feedbackSending : s.feedbackSend}
            </Button>
          </div>
        </form>
        {error && <ErrorBar message={error} />}
        {sent && (
          <MessageBar intent="success" layout="multiline" data-testid="feedback-thanks">
            <MessageBarBody>
              <MessageBarTitle>{s.feedbackThanks}</MessageBarTitle>
              {sent.removed.length > 0 && format(s.feedbackRemoved, { kinds: sent.removed.join(', ') })}
            </MessageBarBody>
          </MessageBar>
        )}
      </Card>
    </Section>
  );
}
