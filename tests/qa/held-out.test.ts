import { withoutExcepted } from '../../src/qa/held-out';
import { tokenize } from '../../src/qa/text';

describe('what a phrase of exception holds out', () => {
  it('leaves out the word after a phrase of exception, with its article, and keeps the punctuation', () => {
    const phrases = [tokenize('i tillegg til'), tokenize('utenom'), tokenize('besides')];
    expect(withoutExcepted('hvem var med på bildet i tillegg til rådsmedlemmene?', phrases)).toBe(
      'hvem var med på bildet?',
    );
    expect(withoutExcepted('Hvilke tjenester utenom legevakt er med?', phrases)).toBe(
      'Hvilke tjenester er med?',
    );
    expect(withoutExcepted('Who else besides the council was there?', phrases)).toBe('Who else was there?');
    expect(withoutExcepted('Hvem er med utenom?', phrases)).toBe('Hvem er med utenom?');
    // (With «andre», "other" after the article: "utenom de andre delprosjektene" holds out the subprojects.)
    expect(withoutExcepted('Hvem samarbeider de med, utenom de andre delprosjektene?', phrases)).toBe(
      'Hvem samarbeider de med,?',
    );
    expect(withoutExcepted('Who do they work with besides the other subprojects?', phrases)).toBe(
      'Who do they work with?',
    );
  });

  it('leaves out a whole clause after a comma that opens with the phrase and a word that points', () => {
    const phrases = [tokenize('utenom'), tokenize('not counting'), tokenize('i tillegg til')];
    const pointers = new Set(['som', 'ones']);
    const without = (text: string) => withoutExcepted(text, phrases, new Set(), new Set(), pointers);
    expect(without('hvor mange sitter i rådet, utenom de som bare er med på bildet?')).toBe(
      'hvor mange sitter i rådet,?',
    );
    expect(without('people in the council, not counting the ones only on the photo')).toBe(
      'people in the council,',
    );
    // (A clause that names what else is left out goes only as far as the phrase names; so inside a sentence.)
    expect(without('Kvar har kommunen vore representert, i tillegg til med prosjektmedarbeidarar?')).toBe(
      'Kvar har kommunen vore representert, prosjektmedarbeidarar?',
    );
    expect(without('Hvilke tjenester utenom legevakt er med?')).toBe('Hvilke tjenester er med?');
    // (What is not done instead: a verb in -ing, or after «å».)
    const instead = [tokenize('rather than'), tokenize('heller enn')];
    expect(withoutExcepted('Is there an inbox rather than writing to a single person?', instead)).toBe(
      'Is there an inbox?',
    );
    expect(withoutExcepted('Finst det ein innboks heller enn å skrive til ein person?', instead)).toBe(
      'Finst det ein innboks?',
    );
    expect(without('Fra hvilke enheter, utenom Rådmannens fagstab, kommer lederne?')).toBe(
      'Fra hvilke enheter, kommer lederne?',
    );
  });

  it('leaves out whose the left-out members are, with them', () => {
    const phrases = [tokenize('i tillegg til'), tokenize('utenom'), tokenize('besides')];
    const members = new Set(['medlemmene', 'members']);
    expect(
      withoutExcepted('Hvem var med på bildet i tillegg til medlemmene i rådet?', phrases, members),
    ).toBe('Hvem var med på bildet?');
    expect(withoutExcepted('Who was there besides the members of the council?', phrases, members)).toBe(
      'Who was there?',
    );
    // Another word keeps what follows it: "i Trondheim" says where the services are.
    expect(withoutExcepted('Hvilke tjenester er med utenom legevakt i Trondheim?', phrases, members)).toBe(
      'Hvilke tjenester er med i Trondheim?',
    );
  });

  it('leaves out the words joined to the held-out word by «og»/"and", unless a question opens after it', () => {
    const phrases = [['utenom'], ['utanom'], ['besides']];
    const joined = { words: new Set(['og', 'and']), opens: (w: string) => ['hvem', 'er'].includes(w) };
    const without = (text: string) => withoutExcepted(text, phrases, new Set(), new Set(), new Set(), joined);
    expect(without('Kva tenester utanom pleie og omsorg er med?')).toBe('Kva tenester er med?');
    expect(without('Which services besides care and nursing are included?')).toBe(
      'Which services are included?',
    );
    expect(without('Hvilke tjenester nevnes utenom de ordinære helse- og velferdstjenestene?')).toBe(
      'Hvilke tjenester nevnes helse- og velferdstjenestene?',
    );
    expect(without('Hvilke tjenester er med utenom legevakt og hvem leder dem?')).toBe(
      'Hvilke tjenester er med og hvem leder dem?',
    );
  });
});
