import { refuses, shown } from '../support/question-answering';

// «Trondheim kommune koordinerer arbeidet opp mot de øvrige kommunene», «Fageksperter … er mobilisert for å bistå med
// oppsett av journalløsningen sammen med prosjekt og leverandør»: who has the responsibility for doing what the page
// tells who does, or who helps to set something up, is answered by the sentence that says who does it.

describe('who is responsible for doing something the page tells who does', () => {
  it('answers with what the page says of how the municipalities take part, in any language', () => {
    for (const [q, who] of [
      [
        'Hvem har ansvaret for å koordinere arbeidet opp mot de andre kommunene?',
        'Trondheim kommune koordinerer',
      ],
      [
        'Kven har ansvar for å koordinere arbeidet opp mot dei andre kommunane?',
        'Trondheim kommune koordinerer',
      ],
      [
        'Who is responsible for coordinating the work with the other municipalities?',
        'Trondheim kommune coordinates',
      ],
      ['Hvem hjelper prosjektet og leverandøren med å sette opp journalløsningen?', 'Fageksperter'],
      ['Kven hjelper til med å setje opp journalløysinga?', 'Fageksperter'],
    ]) {
      const { answer, text } = shown(q!);
      expect([q, answer.topicId]).toEqual([q, 'koordinering']);
      expect([q, text]).toEqual([q, expect.stringContaining(who!)]);
    }
  });

  it('still answers the lead of what has one, and refuses what the page does not speak of', () => {
    expect(shown('Hvem har ansvaret for å planlegge opplæringen?').text).toContain('May Liz Bjørnevik Tho');
    refuses([
      'Hvem har ansvaret for å koordinere vaktlistene?',
      'Hvem er ansvarlig for å betale lønn?',
      'Kan noen fra prosjektet hjelpe meg å sette opp e-posten på mobilen?',
    ]);
  });

  it("answers who sees to it that the municipalities' interests are looked after with the sentence that says who does", () => {
    for (const q of [
      'Kven passar på at interessene til kommunane blir tekne vare på?',
      'Kven sørgjer for at interessene til kommunane blir tekne vare på?',
      'Hvem sørger for at kommunenes interesser blir tatt vare på?',
      'Hvem har ansvaret for at kommunenes interesser blir ivaretatt?',
    ])
      expect([q, shown(q).text]).toEqual([
        q,
        expect.stringContaining('Samarbeidsråd for opsjonskommuner ivaretar'),
      ]);
  });

  it('answers who looks after their interests with the council the sentence opens with, and where its people come from', () => {
    for (const q of [
      'Kven tek vare på interessene til opsjonskommunane?',
      'Hvem ivaretar kommunenes interesser?',
      "Who looks after the municipalities' interests?",
    ])
      expect([q, shown(q).answer.topicId]).toEqual([q, 'samarbeidsradet']);
    for (const q of [
      'Kven tek vare på interessene til opsjonskommunane, og kvar kjem representantane frå?',
      'Hvem ivaretar interessene til opsjonskommunene, og hvor kommer representantene fra?',
      "Who looks after the option municipalities' interests, and where do the representatives come from?",
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/hele regionen|whole region/)]);
    // Who leads a service is no one the page names; a sentence opening with a filler word names no one.
    refuses(['Hvem er leder for legevakten i Trondheim?', 'Who is the head of the out-of-hours clinic?']);
    expect(shown('Hvem jobber på legevakten i Trondheim?').answer.topicId).not.toBe('innforingsprosjektet');
    // Who coordinates is what the page says Trondheim kommune does, a place, not a body of its own.
    expect(shown('Hvem koordinerer arbeidet opp mot de øvrige kommunene?').text).toContain(
      'Trondheim kommune koordinerer',
    );
  });

  it('still refuses who sees to what the page tells no one does, by a clause or a verb', () => {
    refuses([
      'Kven passar på at barna blir tekne vare på?',
      'Hvem sørger for at pasientene får god behandling?',
      'Hvem har ansvaret for å gi pasientene god behandling?',
      'Hvem har ansvaret for at kommunene får betalt?',
    ]);
  });
});

describe('a claim that someone is responsible for doing what the page tells who does', () => {
  it('answers yes with the sentence for the one it names, in bokmål, nynorsk and English', () => {
    for (const q of [
      'Har Trondheim ansvaret for å koordinere arbeidet opp mot de andre kommunene?',
      'Er det Trondheim som har hovudansvaret for å samordne arbeidet opp mot dei andre kommunane?',
      'Er det Trondheim som har ansvar for å samordne mot de andre kommunene?',
      'Is Trondheim mainly responsible for coordinating the work with the other municipalities?',
    ])
      expect([q, shown(q).text]).toEqual([
        q,
        expect.stringMatching(/^(Ja|Yes)\b.*Trondheim kommune (koordin|coordin)/su),
      ]);
  });

  it('answers no for another organisation, and still refuses what the page does not speak of', () => {
    for (const q of [
      'Har KS Trøndelag ansvaret for å koordinere arbeidet opp mot de andre kommunene?',
      'Is KS Trøndelag responsible for coordinating the work with the other municipalities?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/^(Nei|No)\b.*Trondheim kommune/su)]);
    refuses(['Er det Trondheim som har ansvaret for å koordinere vaktlistene?']);
  });
});

describe('who is in charge of making sure something is done', () => {
  it('answers with the lead of the subproject that does it', () => {
    for (const [q, who] of [
      ['Who is in charge of making sure the staff get trained?', 'May Liz Bjørnevik Tho'],
      ['Who is in charge of making sure that data gets migrated?', 'Anne Amdal Storsve'],
    ] as const)
      expect([q, shown(q).text]).toEqual([q, expect.stringContaining(who)]);
  });
});
