/** Small typed helpers for Adaptive Card JSON (schema 1.5, which Teams renders). */
import { withoutControlCharacters } from '../security/display-text';

/** An Adaptive Card element or action as plain JSON. */
export type CardElement = Record<string, unknown>;

/** An Adaptive Card as plain JSON. */
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: CardElement[];
  actions?: CardElement[];
  msteams?: Record<string, unknown>;
  [key: string]: unknown;
}

/** Wraps elements and actions in a 1.5 card that uses the full width in Teams. */
export function card(body: CardElement[], actions: CardElement[] = []): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(actions.length > 0 ? { actions } : {}),
    msteams: { width: 'Full' },
  };
}

/**
 * Escapes text that came from outside (a user's question, an announcement title) so that Teams shows it as
 * written: no Markdown links, images or emphasis can be injected through it.
 */
export function escapeMarkdown(text: string): string {
  return withoutControlCharacters(text)
    .replace(/[\\`*_{}[\]()#+\-.!<>|~]/g, (c) => `\\${c}`)
    .replace(/\r?\n/g, ' ');
}

/** A TextBlock that wraps. */
export function textBlock(text: string, options: Record<string, unknown> = {}): CardElement {
  return { type: 'TextBlock', text, wrap: true, ...options };
}

/** A heading TextBlock. */
export function heading(text: string, size: 'Medium' | 'Large' = 'Medium'): CardElement {
  return { type: 'TextBlock', text, wrap: true, weight: 'Bolder', size, style: 'heading' };
}

/** A FactSet of label/value pairs; pairs with an empty value are left out. */
export function factSet(facts: [string, string | undefined][]): CardElement | undefined {
  const kept = facts.filter((f): f is [string, string] => typeof f[1] === 'string' && f[1].length > 0);
  return kept.length > 0
    ? { type: 'FactSet', facts: kept.map(([title, value]) => ({ title, value })) }
    : undefined;
}

/** A Container, optionally separated from what comes before it. */
export function container(
  items: (CardElement | undefined)[],
  options: Record<string, unknown> = {},
): CardElement {
  return { type: 'Container', items: items.filter((i): i is CardElement => i !== undefined), ...options };
}

/** An Action.OpenUrl. */
export function openUrl(title: string, url: string): CardElement {
  return { type: 'Action.OpenUrl', title, url };
}

/**
 * An Action.ShowCard: a button that opens a card of its own under the card. `lang` declares the language of that
 * card where it is not the language of the card around it (the page's own Norwegian wording under an English answer).
 */
export function showCard(title: string, body: CardElement[], lang?: string): CardElement {
  return { type: 'Action.ShowCard', title, card: { type: 'AdaptiveCard', ...(lang ? { lang } : {}), body } };
}

/** A bulleted list as one TextBlock. */
export function bullets(items: string[]): CardElement {
  return textBlock(items.map((i) => `- ${i}`).join('\n'));
}
