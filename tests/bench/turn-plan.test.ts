import { loadConfig } from '../../src/config';
import { createQuestionAnswerer } from '../../src/qa';
import { FEEDBACK_EVERY, planConversations } from '../../scripts/bench/turn-plan';

const { answerer } = createQuestionAnswerer(loadConfig({}).KNOWLEDGE_BASE_FILE);
const questions = [
  'Hvem leder prosjektkontoret?',
  'Når går Trondheim over til Helseplattformen?',
  'Hva er klokka?',
  'Hvem er prosjektleder?',
];

describe('the turns of the turn benchmark', () => {
  it('spreads the turns over the conversations, one in ten a Ja/Nei click', () => {
    const plan = planConversations(questions, answerer, 3, 61);
    expect(plan.map((turns) => turns.length)).toEqual([21, 20, 20]);
    const clicks = plan.flat().filter((t) => t.kind === 'feedback');
    expect(clicks).toHaveLength(6);
    expect(FEEDBACK_EVERY).toBe(10);
  });

  it('rates the answer to the question just before, with the data of the answer card button', () => {
    const [turns] = planConversations(questions, answerer, 1, 20);
    const asked = turns![8]!;
    const click = turns![9]!;
    expect(asked.kind).toBe('question');
    expect(click.kind).toBe('feedback');
    if (asked.kind !== 'question' || click.kind !== 'feedback') return;
    const topicId = answerer.answer(asked.text).topicId;
    expect(topicId).toBeDefined();
    expect(click.value).toEqual({ action: 'feedback', helpful: true, topicId, question: asked.text });
    expect(turns![19]).toMatchObject({ kind: 'feedback', value: { helpful: false } });
  });

  it('lets each conversation ask other questions than the one before it', () => {
    const plan = planConversations(questions, answerer, 2, 4);
    expect(plan[0]![0]).not.toEqual(plan[1]![0]);
  });
});
