import { refuses } from '../support/question-answering';

// The weather, which the page says nothing of, at whatever place or meeting of the page (src/qa/weather-asked.ts).

describe('the weather', () => {
  it('refuses the weather at a place or meeting of the page, «været» though it is also a form of «være»', () => {
    refuses([
      'Hvordan blir været i Midt-Norge i helgen?',
      'Hvordan blir været i Trondheim når bystyret møtes 29. august?',
      'Kva seier vêrmeldinga for Steinkjer i morgon?',
      'Will the weather be good for the meeting in Molde?',
      'What is the weather forecast for Trondheim this week?',
    ]);
  });

  it('reads nynorsk «vêret» as the weather, not as a slip for «verte»', () => {
    refuses([
      'Korleis blir vêret i Steinkjer i helga?',
      'Kva blir vêret i Kristiansund i morgon?',
      'Korleis er vêret i Molde no?',
    ]);
  });
});
