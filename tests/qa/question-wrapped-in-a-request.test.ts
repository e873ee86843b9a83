import { refuses, shown } from '../support/question-answering';

// A question wrapped in a polite request to know it ("Could you tell me when …", "Veit du kven …", "Do you know who's
// …"): the question is what follows the question word. «Do you know» does not make it one to answer yes or no.

describe('a question wrapped in a request to know it', () => {
  it('answers what follows the question word, in English, bokmål and nynorsk', () => {
    for (const [q, line] of <[string, RegExp][]>[
      [
        "Do you know who's in charge of the project office for the Trondheim implementation?",
        /Elise B\. Vesterhus/u,
      ],
      ['Could you tell me where do the project staff sit?', /Bispegata 9/u],
      [
        'Can you please tell me when the benefits realisation strategy must be presented to the RHF?',
        /01\.10\.2018/u,
      ],
      ['Kan du si meg hvem som leder delprosjektet Opplæring?', /May Liz Bjørnevik Tho/u],
      ['Veit du kven som leiar Teknisk?', /Anne Amdal Storsve/u],
      ['Kan du fortelje meg kor prosjektkontoret held til?', /Bispegata 9/u],
      // (Formally, with «opplyse om» and the polite «De».)
      ['Kan De opplyse om hvilken enhet prosjektlederen er hentet fra?', /Rådmannens fagstab/u],
      ['Kunne du opplyse om kven som leiar delprosjektet Teknisk?', /Anne Amdal Storsve/u],
    ]) {
      const { text } = shown(q);
      expect(text).toMatch(line);
      expect(text).not.toMatch(/^(Yes|No|Ja|Nei)\b/u);
    }
  });

  it('gives the detail asked of the person the rest names, not a yes or no', () => {
    expect(shown("Do you know what's Elise Vesterhus's email?").text).toMatch(/elise-b\.vesterhus@/u);
    expect(
      shown('Do you know who is the communications lead for the project, and what is her phone number?').text,
    ).toMatch(/Tone Fagerholt.*481 61 844/su);
  });

  it('still refuses what the page does not say, however politely it is asked', () => {
    refuses([
      'Do you know what the weather will be like in Trondheim tomorrow?',
      'Could you tell me who is the mayor of Molde?',
      'Kan du si meg hva Helseplattformen kostet?',
      'Veit du kva telefonnummeret til Ola Skorstad er?',
      'Can you tell me when Malvik goes live with Helseplattformen?',
    ]);
  });
});
