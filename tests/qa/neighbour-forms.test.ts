import { answerer, shown, refuses } from '../support/question-answering';

// Norwegian mixed with Swedish or Danish words, as a nurse from Sweden or Denmark writes it: question words, small
// words and verbs from a short list, and Swedish and Danish spellings inside words (ä for e, -tion for -sjon, -orna
// for -ene, «hälso» for «helse»). Each is read as the Norwegian word; what the page does not hold is still refused.

describe('Swedish and Danish words in a Norwegian question', () => {
  it('reads «hvad», «vem», «hendes», «chef» and «mejl» as the Norwegian words', () => {
    expect(shown('Hvem er chef for prosjektkontoret, og hvad er hendes telefonnummer?').text).toContain(
      '952 63 567',
    );
    expect(shown('Hvem har kommunikationsansvaret i prosjektet, og hvad er hendes mejl?').text).toContain(
      'tone.fagerholt@trondheim.kommune.no',
    );
    expect(shown('Vem ansvarar för att roller och behörigheter i systemet blir kartlagt?').text).toContain(
      'Storsve',
    );
    expect(shown('Hvad hedder lederen for samarbejdsrådet?').text).toContain('Ingebrigtsen');
  });

  it('reads «hur många» as how many and the Swedish words for staff and hospitals', () => {
    expect(
      shown('Hur många anställda totalt i hela Midt-Norge, på sjukhus og i kommunerna, berørs?').text,
    ).toContain('40 000');
    expect(shown('Hur många invånare bor i Midt-Norge?').text).toContain('720 000');
    expect(shown('Hur många medarbetare i Trondheim kommun får det nye verktyget?').text).toContain('7000');
    expect(shown('Hvor mange medarbeidere i Trondheim kommune får nytt verktøy?').text).toContain('7000');
  });

  it('reads Swedish spellings inside the names of services', () => {
    expect(
      shown('Gäller det også flyktningehälsotjänsten och fängelsehälsovården i Trondheim?').text,
    ).toContain('flyktninghelsetjeneste');
    expect(shown('Jeg jobber i hemtjänsten – er hjemmetjenesten med i det nye systemet?').text).toContain(
      'hjemmetjeneste',
    );
    expect(shown('Ingår sjukhemmen i Trondheim?').text).toContain('sykehjem');
  });

  it('reads «utbildning» as training and Danish «opgave» as oppgave', () => {
    expect(
      shown('Hvem kan jeg kontakta om jeg har frågor om utbildningen i det nye journalsystemet?').text,
    ).toContain('Bjørnevik Tho');
    expect(shown('Hvad er opgaven til delprosjektet for opplæring?').text).toContain('opplæringsbehov');
  });
});

describe('Swedish and Danish words that are spelt like other Norwegian words', () => {
  it('reads «är» as «er» and «från» as «fra», but «år» stays a year', () => {
    expect(shown('Är sjukhemmen med?').text).toContain('sykehjem');
    expect(shown('Vem sitter i samarbetsrådet från Molde?').text).toContain('Arne Sverre Dahl');
    expect(shown('Hvor mange år har prosjektet holdt på?').answer.kind).toBe('fallback');
  });

  it('reads Swedish «vinster», «-ktion» and Danish «hvornår», «medejer» as the Norwegian words', () => {
    expect(shown('Vilka vinster får kommunerna av systemet?').text).toContain('Effektivitet');
    expect(shown('Hvem tog billederne af samarbejdsrådet?').text).toContain(
      'Siden sier ikke hvem som tok bildet',
    );
    expect(shown('Er hjemmeplejen med i systemet?').text).toContain('hjemmetjeneste');
    expect(shown('Vad gör delprojektet Funktionalitet?').text).toContain('Line Kristoffersen');
    expect(shown('Hvornår skal byrådet tage stilling til om kommunen bliver medejer?').text).toContain(
      '29. august',
    );
  });
});

describe('what the page does not hold, asked with Swedish or Danish words', () => {
  it('still refuses it', () => {
    refuses([
      'Vem är chef för kantinen?',
      'Hur många semesterdagar har jag?',
      'Hur många medarbetare har Molde kommun?',
      'Är kantinen öppen på lördag?',
      'Vilka vinster har RBK i år?',
      'Hvad er hendes løn, hun som leder prosjektkontoret?',
      'Hur lägger jag in en ny patient i journalen?',
      'Gäller det även tandvården?',
      'Hur många timmar utbildning får varje anställd?',
    ]);
    expect(answerer.answer('Vem är chef för Helseplattformen AS?').kind).toBe('fallback');
  });
});
