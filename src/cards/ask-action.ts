/** The card submit that asks the bot a question (example questions on the welcome and fallback cards). */
export const ASK_ACTION = 'qa.ask';

/** What an ask button sends: `{ action: 'qa.ask', question }` as the message's value. */
export interface AskSubmit {
  action: typeof ASK_ACTION;
  question: string;
}

/**
 * A button that asks `question`. A plain Action.Submit, because it works the same in Teams and in Microsoft 365
 * Agents Playground: Teams sends its data as the `value` of a message activity (nothing is shown in the chat), and
 * so does the Playground. Action.Submit with `msteams: { type: 'imBack' }` would post the text visibly in Teams,
 * but the Playground ignores such buttons, so they seem dead there.
 */
export function askAction(question: string): Record<string, unknown> {
  const data: AskSubmit = { action: ASK_ACTION, question };
  return { type: 'Action.Submit', title: question, data };
}
