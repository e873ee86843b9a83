import { refuses, shown } from '../support/question-answering';

// The decisions are asked for in words the page does not use: the city council's vote is a political decision taken by
// a political body, becoming a co-owner is going in on the owners' side, and the month or year of a date is part of it.
// Such a question is answered with the decision; a year the page does not give with the date (29. august has none) is
// still refused.

describe('decisions asked for in other words', () => {
  it('answers which political decision is taken, and by which political body', () => {
    for (const q of [
      'Hvilken politisk beslutning tas 29. august?',
      'Hvilket politisk organ avgjør 29. august om kommunen går inn på eiersiden?',
      'Which political decision is made on 29 August?',
      'Kva politisk vedtak skal gjerast 29. august?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.kind]).toEqual([q, 'answer']);
      expect([q, /Helseplattformen AS/.test(text) && /bystyre|city council/i.test(text)]).toEqual([q, true]);
    }
  });

  it('reads taking an ownership stake as becoming a co-owner, and answers with the city council’s decision', () => {
    for (const q of [
      'Which body in Trondheim decides on taking an ownership stake?',
      'Will Trondheim take a stake in Helseplattformen AS?',
      'Hvilket organ i Trondheim avgjør om kommunen skal ta en eierandel?',
      'Kven avgjer om kommunen skal ta ein eigarandel i Helseplattformen AS?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.topicId, /bystyre|city council/i.test(text)]).toEqual([q, 'deleierskap', true]);
    }
    // How big the stake is, the page does not say; nor anything of a stake in something else.
    refuses([
      'What stake will Trondheim take in Helseplattformen AS?',
      'How big a stake will Trondheim have?',
      'Hvor stor eierandel skal Trondheim ta?',
      'Who decides on taking a stake in the bakery?',
    ]);
  });

  it('reads what is to accompany the city council’s handling of the option as what is to follow it', () => {
    for (const q of [
      "What kind of case is expected to accompany the city council's handling of the option at the turn of 2018/2019?",
      "Which case will accompany the city council's handling of the option around the turn of the year?",
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.topicId, text]).toEqual([
        q,
        'gevinststrategi-trondheim',
        expect.stringContaining('2018/2019'),
      ]);
    }
    refuses(['Who will accompany me to the project office?']);
  });

  it('answers in which month a decision is taken or a strategy is due', () => {
    for (const [q, id, date] of [
      ["What is Trondheim's city council going to decide on, and in which month?", 'deleierskap', /August/],
      ['I hvilken måned skal bystyret avgjøre deleierskapet?', 'deleierskap', /august/],
      ['Kva månad skal strategien for RHF leggjast fram?', 'gevinststrategi', /01\.10\.2018/],
    ] as const) {
      const { answer, text } = shown(q);
      expect([q, answer.kind, answer.topicId]).toEqual([q, 'answer', id]);
      expect([q, date.test(text)]).toEqual([q, true]);
    }
  });

  it('answers which details the feedback form asks not to be sent, asked for as «opplysninger»', () => {
    for (const q of [
      'Hvilke opplysninger ber siden om at man ikke sender inn via tilbakemeldingen?',
      'Kva opplysningar skal ein ikkje sende i tilbakemeldinga?',
      'What personal data should I not send in the feedback?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.topicId]).toEqual([q, 'tilbakemeldinger']);
      expect([q, /person(lig|leg) informasjon|personal information/.test(text)]).toEqual([q, true]);
    }
  });

  it('answers in which year a strategy is due when its date has a year', () => {
    for (const [q, id] of [
      ['Hvilket år skal strategien for RHF legges fram?', 'gevinststrategi'],
      ["What year is Trondheim's strategy expected?", 'gevinststrategi-trondheim'],
      ['Kva år skal bystyret handsame opsjonen?', 'gevinststrategi-trondheim'],
    ] as const) {
      const { answer, text } = shown(q);
      expect([q, answer.kind, answer.topicId]).toEqual([q, 'answer', id]);
      expect([q, /2018/.test(text)]).toEqual([q, true]);
    }
  });

  it('still refuses a year, month or party the page does not give', () => {
    refuses([
      'In what year did the city council vote on 29 August on co-ownership of Helseplattformen AS?',
      'Hvilket år avgjør bystyret deleierskapet?',
      'Which year was the procurement?',
      'Hvor mange år tar innføringen?',
      'Hvilken måned møtes samarbeidsrådet?',
      'In which month was the procurement done?',
      'Hvilket politisk parti styrer Trondheim?',
      'Hvem er politisk leder for helse?',
    ]);
  });
});

describe('a decision asked by the verb for deciding, not its past', () => {
  it('answers who decides and when with the planned decision, in bokmål and nynorsk', () => {
    for (const q of [
      'Hvem skal beslutte om Trondheim blir deleier, og når?',
      'Når besluttes deleierskapet?',
      'Kven skal beslutte om Trondheim blir deleigar?',
    ]) {
      const { answer, text } = shown(q);
      expect([q, answer.topicId]).toEqual([q, 'deleierskap']);
      expect([q, text]).toEqual([q, expect.stringContaining('29. august')]);
    }
  });

  it('still says the outcome is not known when the past is asked, and refuses what the page does not decide', () => {
    for (const q of [
      'Hva besluttet bystyret om deleierskapet?',
      'Ble det besluttet at Trondheim blir deleier?',
    ])
      expect([q, shown(q).answer.missing?.attribute]).toEqual([q, 'outcome']);
    refuses([
      'Hvem beslutter lønna til prosjektlederen?',
      'Hvem skal beslutte hvilken leverandør som velges?',
    ]);
  });
});

describe('when the city council decides, said as the end of a month', () => {
  it('says yes of the end of August and no of another month, with the sentence that gives 29 August', () => {
    for (const q of [
      'Is the city council due to decide on part-ownership towards the end of August?',
      'Is the city council due to decide on co-ownership in late August?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/^Yes\..*August 29/)]);
    expect(shown('Will the city council decide on co-ownership at the end of September?').text).toMatch(
      /^No\./,
    );
  });

  it('gives no yes for the end of the year, which the page does not say', () => {
    const q = 'Is the city council due to decide on co-ownership towards the end of the year?';
    expect(shown(q).text).not.toMatch(/^Yes/);
  });
});

describe('making or taking a decision on something, in English', () => {
  it('is deciding on it: a claim of when or who gets yes or no with the sentence of the decision', () => {
    for (const q of [
      'Does the city council make the decision on co-ownership on 29 August?',
      'Does the city council take a decision about co-ownership in August?',
      'Tar bystyret en beslutning om deleierskap 29. august?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/^(Yes|Ja)\. .*29/su)]);
    for (const q of [
      'Will the city council make a decision on co-ownership on 29 June?',
      'Does the project office take the decision on co-ownership?',
    ])
      expect([q, shown(q).text]).toEqual([q, expect.stringMatching(/^No\. .*August 29/su)]);
    expect(shown('When does the city council make a decision on co-ownership?').text).toMatch(
      /^29\. august/u,
    );
  });

  it('still refuses a decision the page does not have', () => {
    refuses(['Does the city council make a decision on the canteen in August?']);
  });
});
