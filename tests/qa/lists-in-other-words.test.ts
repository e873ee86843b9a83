import { refuses, shown } from '../support/question-answering';

// Lists the page gives (the subprojects and their leads), asked in other words, with a request before them or with
// «each» after them.

const SUBPROJECT_LEADS = ['Line Kristoffersen', 'Anne Amdal Storsve', 'May Liz Bjørnevik Tho', 'Øyvind Tanum'];

/** Each question's answer shows every one of the texts. */
function showsAll(questions: string[], texts: string[]): void {
  for (const q of questions) {
    const text = shown(q).text;
    expect([q, texts.filter((t) => !text.includes(t))]).toEqual([q, []]);
  }
}

describe('the subprojects asked in other words', () => {
  it('lists the subprojects asked as workstreams the project is split into', () => {
    showsAll(
      [
        'Hvilke arbeidsstrømmer er Trondheims lokale innføring splittet opp i?',
        'Kva arbeidsstraumar er innføringa i Trondheim delt opp i?',
        'Which workstreams is the local rollout split into?',
      ],
      ['Funksjonalitet', 'Teknisk', 'Opplæring', 'Gevinstrealisering'],
    );
  });

  it('lists the subprojects with their leads when asked who leads each of them', () => {
    showsAll(
      [
        'Kan du ramse opp delprosjektene i Trondheim og hvem som styrer hvert av dem?',
        'Kan du liste opp delprosjekta og kven som leiar kvart av dei?',
        'Hvem leder hvert delprosjekt?',
      ],
      SUBPROJECT_LEADS,
    );
  });

  it('lists the subproject leads asked for after a request, not the lead of the project they are in', () => {
    showsAll(
      [
        "Can you list the four subproject leaders in Trondheim's implementation project?",
        'Could you list the subprojects of the implementation project and their leads?',
        'Kan du liste opp delprosjektlederne i innføringsprosjektet?',
      ],
      SUBPROJECT_LEADS,
    );
  });

  it('still refuses a subproject or workstream the page does not have, and another project', () => {
    refuses([
      'Hvem leder hvert delprosjekt i Molde kommune?',
      'Kan du ramse opp delprosjektene for apotek?',
      'Can you list the subproject leaders of the pharmacy workstream?',
      'Kan du liste opp delprosjektene i det sentrale innføringsprosjektet?',
      'Can you list the subprojects of the new city hall project?',
    ]);
  });
});
