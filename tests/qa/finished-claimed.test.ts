import { refuses, shown } from '../support/question-answering';

// «Er planen for utvikling av kommunal funksjonalitet allerede ferdig?»: the page says a draft of the plan is being
// written now (the work is under way), so a claim that it is finished is a no, with that sentence.

describe('a claim that work the page says is under way is finished', () => {
  it('says no with the page’s sentence, in bokmål, nynorsk and English', () => {
    for (const q of [
      'Er planen for utvikling av kommunal funksjonalitet allerede ferdig?',
      'Er planen for kommunal funksjonalitet ferdigstilt?',
      'Er planen for kommunal funksjonalitet allereie ferdig?',
      'Is the plan for municipal functionality finished?',
    ]) {
      const { text } = shown(q);
      expect([q, /^(Nei|No)\. /u.test(text), /utkast|draft/u.test(text.split('\n')[0]!)]).toEqual([
        q,
        true,
        true,
      ]);
    }
  });

  it('still refuses it of what is planned or done, or with more said of it', () => {
    refuses([
      'Er strategien for gevinstrealisering ferdig?',
      'Er anskaffelsen ferdig?',
      'Er planen for kommunal funksjonalitet ferdig til jul?',
    ]);
  });
});
