import { answerer, refuses } from '../support/question-answering';

// «helsestasjon part of the local project?»: typed in a hurry, with no verb, a name and a word for being part of
// something ask whether it is.

const verdict = (q: string) => [q, answerer.answer(q).direct?.type];

describe('a yes/no question typed without its verb', () => {
  it('answers yes for an item of the list', () => {
    for (const q of [
      'helsestasjon part of the local project?',
      'legevakta med?',
      'skolehelsetjenesten inkludert?',
    ])
      expect(verdict(q)).toEqual([q, 'yes']);
  });

  it('still refuses what the page does not list', () => {
    refuses(['tannlegen med?', 'tannhelsetjenesten included?']);
  });

  it('answers yes when the name has several words, or a word such as «også» before «med»', () => {
    for (const q of [
      'bo- og aktivitetstilbud også med?',
      'ergo- og fysio med i trondheim sin innføring??',
      'sjukeheimar òg med i løysinga?',
      'home care also part of it?',
      'health station also included in the new system?',
    ])
      expect(verdict(q)).toEqual([q, 'yes']);
  });

  it('answers yes when a word for being mentioned stands after the name, also with «noe sted»', () => {
    for (const q of [
      'velferdsteknologi nevnt noe sted?',
      'velferdsteknologi nemnt i gevinstane?',
      'Nevnes velferdsteknologi noe sted?',
      'Er velferdsteknologi nemnt nokon stad?',
    ])
      expect(verdict(q)).toEqual([q, 'yes']);
  });

  it('still refuses the same shape about what the page does not have', () => {
    refuses([
      'tannlegen også med?',
      'psykisk helse også med i løsningen?',
      'dental care also included in the new system?',
      'Er tannhelse nevnt noe sted?',
      'Er kunstig intelligens nevnt noe sted?',
      'Kan jeg parkere noe sted?',
    ]);
  });

  it('reads «med» before what it governs as a preposition, and a question word as asking otherwise', () => {
    expect(answerer.answer('kontaktinfo med telefonnummer?').direct).toBeUndefined();
    expect(answerer.answer('Ka har fagrådet drevi med?').direct).toBeUndefined();
  });
});

describe('a yes/no question beside sentences of the asker', () => {
  it('answers the sentence that asks, with what the asker adds after it or before it', () => {
    for (const q of [
      'helsehus med i løsningen? vi sitter på helsehus',
      'Er helsehus med? vi sitter på helsehus',
      'bo- og aktivitetstilbud også med? har brukere derfra',
      'heimetenesta med i den nye journalen? eg er heimesjukepleiar',
      'home care also part of it? we have many users there',
      'velferdsteknologi nevnt noe sted? bruker bo hjemme lenger osv',
      'Vi sitter med meldinger fra sjukehuset hele dagen. Står det noe om at det skal gå mindre tid på meldinger?',
    ])
      expect(verdict(q)).toEqual([q, 'yes']);
  });

  it('still refuses what the page does not list, whatever the asker adds', () => {
    refuses([
      'tannlegen med i løsningen? vi sitter på tannklinikken',
      'psykisk helse også med? har brukere derfra',
      'dental care also included? I work at one',
      'Jeg jobber på tannklinikk. Er tannhelsetjenesten med?',
    ]);
  });
});

describe('a yes/no question after an introduction that names where the asker works', () => {
  it('answers yes from what the page says of every municipality, whatever municipality the asker is in', () => {
    for (const q of [
      'Jeg leder hjemmesykepleien i Malvik. Står det noe om at brukerne kan bo lenger hjemme?',
      'Eg er sjukepleiar i Malvik. Står det noko om at brukarane kan bu lenger heime?',
      'Jeg er rådmann i Steinkjer. Står det noe om at det blir færre unødvendige innleggelser?',
    ])
      expect(verdict(q)).toEqual([q, 'yes']);
  });

  it('still refuses what the page does not say, and says no yes of the opposite', () => {
    refuses([
      'Jeg leder hjemmesykepleien i Malvik. Står det noe om at tannhelsetjenesten er med?',
      'Jeg leder hjemmesykepleien i Malvik. Står det noe om at brukerne får gratis mat?',
    ]);
    const q = 'Jeg leder hjemmesykepleien i Malvik. Står det noe om at brukerne kan bo kortere hjemme?';
    expect(verdict(q)).not.toEqual([q, 'yes']);
  });
});
