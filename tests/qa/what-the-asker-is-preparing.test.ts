import { refuses, shown } from '../support/question-answering';

// A long message often opens with who the asker is and what they are to do («… og skal lage ei nyheitssak.», «… and
// need to brief my staff next week.») before sentences that ask about something the page names. The errand steers
// nothing: the message gets the answer its question gets alone.

describe("the asker's errand joined to their introduction", () => {
  it('steers nothing when the sentences after it name what they ask about', () => {
    expect(
      shown(
        'Jeg er enhetsleder og skal sende en bestilling om opplæringsplan til riktig person. En kollega sa at Anne Amdal Storsve har ansvaret for opplæringen. Stemmer det?',
      ).text,
    ).toMatch(/^Nei\. Delprosjektet Opplæring ledes av May Liz Bjørnevik Tho/u);
    expect(
      shown(
        'Eg jobbar i kommunikasjonsavdelinga i Steinkjer og skal lage ei nyheitssak. Eg treng å vite kor mange innbyggjarar det nye journalsystemet omfattar. Kor mange er det?',
      ).text,
    ).toContain('720 000');
    expect(
      shown(
        'Eg er einingsleiar i heimetenesta på Fosen og skal ha eit informasjonsmøte for dei tilsette neste veke. Eg vil nemne kven som sit i samarbeidsrådet frå vår kommune, Indre Fosen. Kven er det?',
      ).text,
    ).toContain('Vigdis Bolås');
    expect(
      shown(
        'Eg er fastlege i Verdal og skal invitere kommunen sin representant i samarbeidsrådet til eit møte. Ein kollega seier at Ragnhild Holmberg Aunsmo er rådmann. Er det rett?',
      ).text,
    ).toMatch(/^Nei/u);
    expect(
      shown("I'm a ward manager and need to brief my staff next week. Who leads the training subproject?")
        .text,
    ).toContain('Bjørnevik Tho');
  });

  it('still refuses what the page does not say, and a question that names nothing itself keeps the errand', () => {
    refuses([
      'Eg jobbar i kommunikasjonsavdelinga i Steinkjer og skal lage ei nyheitssak. Kor mange innbyggjarar har Steinkjer?',
      'Jeg er enhetsleder og skal sende en bestilling. Hva koster opplæringen?',
      "I'm a ward manager and need to brief my staff. Who leads the project in Bergen?",
      'Eg er kommunalsjef i Hareid og skal orientere formannskapet om to veker. Kven er ordførar i Hareid?',
      'Eg er sjukepleiar og skal skrive eit notat om samarbeidsrådet. Kven er leiaren for kantina?',
    ]);
    expect(
      shown(
        'As a GP in Trondheim I am invited to a meeting with the implementation project. What is their address?',
      ).text,
    ).toContain('Bispegata 9');
  });
});
