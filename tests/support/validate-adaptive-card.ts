import * as AdaptiveCards from 'adaptivecards';

// adaptivecards loads swiper (ESM-only) for its carousel renderer; parsing and validation never use it, and jest
// (CommonJS) cannot load it, so it is stubbed.
jest.mock('swiper', () => ({}));

/**
 * Parses a card with the adaptivecards library (as Teams' renderer would) and returns every parse warning and
 * validation failure as text; an empty list means the card is valid.
 */
export function adaptiveCardProblems(json: unknown): string[] {
  // The library checks `lang` with a /g regex whose lastIndex survives between parses, so every second card
  // with a valid lang would be rejected; start each parse fresh.
  const langRegEx = (AdaptiveCards.CardElement.langProperty as { regEx?: RegExp }).regEx;
  if (langRegEx) langRegEx.lastIndex = 0;
  const card = new AdaptiveCards.AdaptiveCard();
  const context = new AdaptiveCards.SerializationContext();
  card.parse(json, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i += 1) {
    const event = context.getEventAt(i);
    problems.push(`parse: ${event.message}`);
  }
  for (const event of card.validateProperties().validationEvents) {
    problems.push(`validate: ${event.message}`);
  }
  return problems;
}
