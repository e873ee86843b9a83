import { refuses, shown } from '../support/question-answering';

describe('a word restated after «i.e.», «that is» or «dvs.»', () => {
  it('reads the question with what follows, the words of the page', () => {
    for (const [q, line] of <[string, RegExp][]>[
      [
        'Is the council member from Verdal a doctor, i.e. the municipal chief medical officer?',
        /^Yes\..*Ragnhild Holmberg Aunsmo/su,
      ],
      ['Is the council member from Verdal a doctor, i.e. the rådmann?', /^No\..*Ragnhild Holmberg Aunsmo/su],
      [
        'Is Ola Skorstad the boss, that is, the project manager of the implementation project?',
        /^Yes\..*Ola Skorstad/su,
      ],
      ['Er rådsmedlemmet fra Verdal lege, dvs. kommuneoverlege?', /^Ja\b.*Ragnhild Holmberg Aunsmo/su],
      [
        'Er rådsmedlemmet frå Verdal lege, det vil seie kommuneoverlege?',
        /^Ja\b.*Ragnhild Holmberg Aunsmo/su,
      ],
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(line)]);
  });

  it('still refuses what the restated words ask of something the page does not have', () => {
    refuses([
      'Is the project lead a manager, i.e. the head of the IT service?',
      'Who is the mayor, i.e. the ordfører, of Verdal?',
    ]);
  });
});
