import { answerer, refuses, shown } from '../support/question-answering';

// Questions the page answers, in words it does not use: "what more", who took the photo, the parties to the
// procurement, taking part, looking after the municipalities' interests, living at home longer.

describe('answerable questions in other words than the page', () => {
  it('reads "what more" and "else" as asking what else, not as a topic', () => {
    for (const q of [
      'Kva meir gjer delprosjekt Teknisk utanom integrasjonar?',
      'Hva mer gjør Teknisk?',
      'What more does the Technical subproject do besides integrations?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/migrering|migrate/)]);
    refuses(['Hva mer koster kantina?']);
  });

  it('answers who took the photo with the photo credit, whatever else the question names', () => {
    for (const q of [
      'Who took the photo?',
      'Who took the photo of the Trondheim project?',
      'Kven tok biletet av innføringsprosjektet?',
      'Hvem har tatt bildet i saken om det lokale innføringsprosjektet?',
      'Hvem er fotografen?',
      'Who was the picture taken by?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('Carl Erik Eriksson')]);
  });

  it('says the page credits no one with the group photo of the council', () => {
    for (const q of [
      'Hvem fotograferte gruppebildet av Samarbeidsrådet fra mars 2019?',
      'Who took the photo of the council?',
      'Kven tok gruppebiletet?',
    ]) {
      const answer = answerer.answer(q);
      expect([q, answer.kind, answer.missing?.attribute]).toEqual([q, 'fallback', 'photographer']);
      expect(shown(q).text).not.toContain('Eriksson');
    }
    expect(answerer.answer('Who is in the group photo?').topicId).toBe('gruppebilde');
  });

  it('answers which parties did something together with the decision they made', () => {
    for (const q of [
      'Which two parties carried out the procurement project together?',
      'Which partners worked together on the procurement?',
      'Hvilke to parter gjennomførte anskaffelsesprosjektet sammen?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('Helse Midt-Norge RHF')]);
    refuses(['Which two parties won the election together?', 'Hvilket parti vant valget?']);
  });

  it('reads taking part and participating as being part of the work', () => {
    for (const q of [
      'Which municipality in Nordland takes part in the work?',
      'Which municipality in Nordland participates?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('Bindal')]);
  });

  it('reads "ta vare på" and "take care of" as looking after the municipalities\' interests', () => {
    for (const q of [
      'Korleis tek ein vare på interessene til alle kommunane i Møre og Romsdal og Trøndelag?',
      'Hvordan tar man vare på kommunenes interesser?',
      "Who takes care of the municipalities' interests?",
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('Samarbeidsråd')]);
  });

  it('reads "passe på" and "watch over" as looking after the municipalities\' interests, and «passe på at» as seeing to it', () => {
    for (const q of [
      'Hvilket organ er det som skal passe på oss?',
      'kven passar på interessene til oss opsjonskommunane?',
      'Hvem passer på kommunenes interesser?',
      "Who watches over the municipalities' interests?",
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('Samarbeidsråd')]);
    expect(shown('Hvem passer på at opplæringen blir gjennomført?').text).toContain('May Liz Bjørnevik Tho');
    refuses([
      'Hvem passer på barna?',
      'Hvem passer på barna i barnehagen?',
      'Hvem passer på kontoret i ferien?',
      'Who watches over the children?',
    ]);
  });

  it('reads "safeguard" as looking after the municipalities\' interests, as «ivareta» is', () => {
    for (const q of [
      'Who safeguards the interests of the municipalities?',
      "How are the small municipalities' interests safeguarded?",
      'Hvem ivaretar kommunenes interesser?',
      'Kven ivaretek interessene til kommunane?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('Samarbeidsråd')]);
    expect(shown('Does the council safeguard the interests of the municipalities?').text).toMatch(/^Yes\./u);
    refuses(['Who safeguards patient privacy?', 'Who safeguards the children?']);
  });

  it('reads "bu heime" in nynorsk as living at home, not as home care', () => {
    for (const q of [
      'Kan brukarane bu lenger heime med Helseplattformen?',
      'Kan brukerne bo lenger hjemme med Helseplattformen?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining('velferdsteknologi')]);
    expect(answerer.answer('Får heimetenesta Helseplattformen?').direct?.type).toBe('yes');
  });
});
