import { answerer, shown } from '../support/question-answering';

// «Er Trøndelag fylkeskommune med?»: the list says «de andre kommunene i Trøndelag» take part. The county authority, a
// council or another body of a municipality, county or state is an organisation of its own, which the list does not
// name: no «Ja» from it.

describe('a body of a county or municipality asked about as if it were on the list of municipalities', () => {
  it('gets no yes from the item of the county’s municipalities, in bokmål and English', () => {
    for (const q of [
      'Er Trøndelag fylkeskommune med?',
      'Koordinerer Trøndelag fylkeskommune arbeidet?',
      'Does Trøndelag county council coordinate the work?',
      'Koordinerer Møre og Romsdal fylkeskommune arbeidet?',
    ])
      expect([q, answerer.answer(q).direct]).toEqual([q, undefined]);
  });

  it('still says yes of the municipalities themselves', () => {
    expect(shown('Er kommunene i Trøndelag med?').text).toMatch(/^Ja/u);
    expect(shown('Er Oppdal med?').text).toMatch(/^Ja/u);
  });
});
