import { shown, refuses } from '../support/question-answering';

// "Hva er tallet på ansatte som berøres?": the figure asked for as «tallet» is the count.

describe('the figure asked for as «tallet»', () => {
  it('answers with the figure the page gives', () => {
    expect(shown('Hva er tallet på ansatte som berøres?').text).toContain('40 000');
    expect(shown('Kva er talet på tilsette i Trondheim kommune som får nytt verktøy?').text).toContain(
      '7000',
    );
  });

  it('still refuses a figure the page does not give', () => {
    refuses(['Hva er tallet på ansatte på legevakten?', 'Hva er tallet på sykehjemsplasser?']);
  });
});
