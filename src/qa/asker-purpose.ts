/**
 * What the asker will do with the answer, said after the question: "effektivitetsgevinstar – kva står det? skal leggje
 * fram på personalmøte", "Hvem leder prosjektkontoret? Jeg skal ha møte med dem i morgen.", "Who chairs the council?
 * Going to present it to my team." Nor what the asker believed ("… trodde det bare var Trøndelag"). The sentence
 * asks nothing, and the answer is the same without it; left in, its words (personalmøte, møte; «bare») would make the
 * message one about something the page does not hold.
 */
import { analyse, saysNothing } from './analysis';
import { withoutAskersName } from './askers-name';
import { saysAskersTime } from './asker-time';
import { saysAskersDoing } from './asker-doing';
import { saysWhomFrom } from './asker-behalf';
import { type Word, askingSentences, sentencesOf, wordsOf } from './focus';
import { fold, stripEnding, tokenize } from './text';
import type { Vocabulary } from './vocabulary';

/**
 * The message without the sentences after its question that say what the asker will do with the answer (opening
 * with «skal», after «jeg»/«vi» if any, and asking for nothing: not "Skal ha telefonnummeret."), and without its
 * closing greeting, or undefined when it has neither.
 */
export function withoutAskersPurpose(vocab: Vocabulary, message: string): string | undefined {
  // "Hvem leder Teknisk? Mvh Kari", "hvem leder teknisk Mvh Kari": the closing, and whatever follows it, asks nothing.
  const closed = withoutClosing(vocab, message);
  const text = closed ?? message;
  const sentences = sentencesOf(text);
  const asking = askingSentences(sentences, vocab.language.focus);
  const last = sentences.lastIndexOf(asking[asking.length - 1] ?? '');
  if (last < 0 || last === sentences.length - 1) return closed;
  // ("er bindal med i dette også?? trodde det bare var trøndelag og møre": what the asker believed is why they ask,
  // when the question names what it asks of; "Er det riktig? Jeg trodde Ola ledet prosjektet." needs the belief.)
  const { purposes, beliefs } = vocab.language.asker;
  const asked = analyse(vocab, sentences[last]!);
  const named = asked.known.length > 0;
  const purpose = (sentence: string) => {
    const ws = wordsOf(sentence);
    const first = vocab.language.focus.self.has(ws[0]?.folded ?? '') ? 1 : 0;
    // ("Takk! Mvh Kari": a sentence of courtesy says nothing at all; nor one about the asker's languages.)
    if (saysNothing(vocab, sentence) || ofLanguages(vocab, sentence)) return true;
    // ("… Er det rett? Møtet er om tre veker.": nor one of the asker's deadline, see asker-time.ts; nor whom the question
    // comes from, see asker-behalf.ts.)
    if (saysAskersTime(vocab, sentence, asked) || saysWhomFrom(vocab, sentence)) return true;
    const opener = ws[first]?.folded ?? '';
    return (
      !sentence.includes('?') &&
      (purposes.has(opener) || (named && beliefs.has(opener))) &&
      // ("… I have a meeting there on Thursday and need the street address.": nor when it asks again what the
      // question asks.)
      [...analyse(vocab, sentence).intents].every((i) => asked.intents.has(i))
    );
  };
  const after = sentences.slice(last + 1);
  if (!after.every(purpose)) return closed;
  const end = text.indexOf(after[0]!, text.indexOf(sentences[last]!) + sentences[last]!.length);
  return text.slice(0, end).trim();
}

/**
 * "Trenger hele lista over medlemmer i samarbeidsrådet til et referat, kan du gi meg den?", "I need the list of the
 * council members for a report, can you send it?": what the asker will use the answer for, said with «til»/"for", an
 * indefinite article and an everyday thing the page does not have, right before a comma or a full stop, steers
 * nothing; the message is read without it. Undefined when it has none. (Not before a question mark: "Hvem kan jeg
 * spørre om hjelp til et julebord?" asks about that.)
 */
export function withoutUseOfAnswer(vocab: Vocabulary, message: string): string | undefined {
  const { asker, roleQuestion, everyday } = vocab.language;
  const out = message.replace(
    /\s(\p{L}+)\s+(\p{L}+)\s+(\p{L}+)(?=[,.](?:\s|$))/gu,
    (phrase: string, before: string, article: string, thing: string) => {
      if (!asker.useFor.has(fold(before)) || !roleQuestion.articles.has(fold(article))) return phrase;
      const word = fold(thing);
      const unknown = analyse(vocab, thing).known.length === 0;
      return unknown && everyday.hasWordOrCompound(word) ? '' : phrase;
    },
  );
  // ("hvem leder Teknisk, og hvor kommer hun fra, siden jeg skal delta på et møte om integrasjoner neste uke?", "…, as
  // we are preparing a briefing?": why the asker asks, after a comma at the end, steers nothing either, when what comes
  // before names what is asked of ("Hvem skal jeg kontakte, siden jeg vil ha lønnsslippen min?" asks of that).
  // (Not one that asks itself: "…, så eg lurer på: kven er det som …?")
  const { self, knowing } = vocab.language.focus;
  const asks = (clause: string) => {
    const words = tokenize(clause);
    const at = (phrase: string[], k: number) => phrase.every((w, j) => words[k + j] === w);
    return /:/u.test(clause) || words.some((_, k) => knowing.some((phrase) => at(phrase, k)));
  };
  const reasoned = out.replace(
    /,\s*(\p{L}+)\s+(\p{L}+)[^,?.!]*([?.!]*)\s*$/u,
    (clause: string, why: string, who: string, end: string, at: number) =>
      asker.reasons.has(fold(why)) &&
      self.has(fold(who)) &&
      !asks(clause) &&
      analyse(vocab, out.slice(0, at)).known.length > 0
        ? end
        : clause,
  );
  return reasoned === message ? undefined : reasoned;
}

/**
 * The message without the sentences of small talk it opens with, when a question follows them ("Hei! Lurer på en
 * ting: List opp de økonomiske gevinstene.", "Quick question: leader of the council"), or undefined when it has none:
 * a greeting or an opener names nothing and asks nothing, so the message is answered, or refused, as its question
 * alone, whether that has a question mark or not.
 */
export function withoutOpeningSmallTalk(vocab: Vocabulary, message: string): string | undefined {
  // ("Hei! Eg heiter Kari og er avdelingsleiar …": nor the asker's name, see askers-name.ts.)
  const saluted = withoutSalutation(vocab, message);
  const named = withoutAskersName(vocab, saluted ?? message) ?? saluted;
  const addressed = withoutHearsay(vocab, named ?? message) ?? named;
  const text = addressed ?? message;
  const sentences = sentencesOf(text);
  let first = 0;
  const greets = (sentence: string) => {
    if (ofLanguages(vocab, sentence)) return true;
    const ws = wordsOf(sentence);
    const greeting = salutationOpening(vocab, ws);
    return (
      greeting > 1 && (greeting === ws.length || saysNothing(vocab, sentence.slice(ws[greeting]!.start)))
    );
  };
  // ("Good morning! Please give …": a greeting of its own says nothing either, nor the few words of address after it.)
  // ("I'm writing a thesis on public procurement. I've read that … Is that correct?": nor what the asker is doing, see
  // asker-doing.ts.)
  const doing = (k: number) => saysAskersDoing(vocab, sentences[k]!, sentences.slice(k + 1).join(' '));
  while (
    first < sentences.length - 1 &&
    (saysNothing(vocab, sentences[first]!) || greets(sentences[first]!) || doing(first))
  )
    first++;
  if (first === 0) return addressed;
  const end = text.indexOf(sentences[first - 1]!) + sentences[first - 1]!.length;
  return text.slice(text.indexOf(sentences[first]!, end)).trim();
}

/**
 * "Eg las at RHF-et skulle … Stemmer det?", "I read that the office is on the second floor. Is that right?": the words
 * a sentence opens with to say where the asker read it are left out, so the claim is checked as it is said. So are the
 * words that wrap a question in a request to know it, before its question word ("Could you tell me when is the city
 * council expected to handle the option?", "Veit du kven som leiar Teknisk?"): the question is what follows, and «do
 * you know» made it one to answer yes or no. Undefined when no sentence opens so.
 */
function withoutHearsay(vocab: Vocabulary, message: string): string | undefined {
  const { hearsay, askingWrappers } = vocab.language.asker;
  const { questionWords } = vocab.language.focus;
  const opens = (ws: Word[], p: string[]) => p.every((w, k) => ws[k]?.folded === w);
  // ("Do you know who's in charge …?": the question word with «is» run into it.)
  const asks = (w: string) => questionWords.has(w.replace(/['’]s$/u, ''));
  let text = message;
  for (const sentence of sentencesOf(message).reverse()) {
    const ws = wordsOf(sentence);
    const opening =
      hearsay.find((p) => opens(ws, p)) ??
      askingWrappers.find((p) => opens(ws, p) && asks(ws[p.length]?.folded ?? ''));
    const next = opening ? ws[opening.length] : afterJoinedHearsay(vocab, ws);
    if (!next) continue;
    const at = text.lastIndexOf(sentence);
    text = `${text.slice(0, at)}${sentence.slice(next.start)}${text.slice(at + sentence.length)}`;
  }
  return text === message ? undefined : text;
}

/**
 * "I need a quote from the project and was told Tone Fagerholt heads …": the word after hearsay joined to what the
 * asker says before it by «og»/"and", with the asker's «jeg»/"I" or without; undefined when the sentence has none.
 */
function afterJoinedHearsay(vocab: Vocabulary, ws: Word[]): Word | undefined {
  const { hearsay } = vocab.language.asker;
  const { self } = vocab.language.questionShape;
  const joins = vocab.language.focus.joins;
  const at = (k: number, p: string[]) => p.every((w, j) => ws[k + j]?.folded === w);
  for (let k = 1; k < ws.length - 1; k++) {
    if (!joins.has(ws[k]!.folded)) continue;
    const p = hearsay
      .flatMap((h) => (self.has(h[0]!) ? [h, h.slice(1)] : [h]))
      .find((h) => h.length > 1 && at(k + 1, h));
    if (p) return ws[k + 1 + p.length];
  }
  return undefined;
}

/** At most so many words stand in the line a letter is addressed by ("Dear project team,"). */
const SALUTATION_WORDS = 4;

/**
 * "Dear project team,\nIs the health station part of it?", "Kjære prosjektteam!\n…", "Til prosjektet.\n…": the line a
 * letter opens with to say whom it is to (a word of address and a few words, asking nothing) names no topic; the
 * message is the rest. So do such words up to a comma in the same line ("Dear colleagues, was …?", "Hello, I'm a
 * locum …"). Undefined when it opens with no such line.
 */
function withoutSalutation(vocab: Vocabulary, message: string): string | undefined {
  const trimmed = message.trim();
  const br = trimmed.indexOf('\n');
  const comma = trimmed.indexOf(',');
  const end = br >= 0 && (comma < 0 || br < comma) ? br : comma;
  if (end < 0) return undefined;
  const line = trimmed.slice(0, end);
  const ws = wordsOf(line);
  const rest = trimmed.slice(end + 1).trim();
  // ("Hei! Anne Amdal Storsve, fra hvilken tjeneste?": a greeting that ends its sentence addresses no one after it.)
  const sentences = /[.!]\s+\S/u.test(line);
  if (line.includes('?') || sentences || ws.length > SALUTATION_WORDS || !/\p{L}/u.test(rest))
    return undefined;
  const greeting = salutationOpening(vocab, ws);
  if (greeting === 0) return undefined;
  // ("Hei fra Bergen,": a name the page does not know may be what the question is about; "Dear colleagues," names
  // whom the letter is to in everyday words, "Dear Sir or Madam," in words of address.)
  const addressee = analyse(vocab, line);
  const everyday = (t: string) =>
    addressee.tokens.some((w) => stripEnding(w) === t && vocab.language.everyday.hasWordOrCompound(w));
  const address = new Set(vocab.language.asker.salutations.flat());
  const named = addressee.otherNames.some((p) => !address.has(addressee.tokens[p] ?? ''));
  // ("To what extent, …": words up to a comma that ask are part of the question.)
  const asks = end !== br && addressee.intents.size > 0;
  return addressee.unknown.every(everyday) && !named && !asks ? rest : undefined;
}

/**
 * "Sorry for my bad English.", "My English is ok but the Norwegian text is hard.", "Beklager dårlig norsk.": a sentence
 * about a language, asking nothing and naming nothing else the page has or another name, is about how the asker
 * writes or reads, not about what they ask; so is one asking for the answer in it ("Please answer in English.").
 */
function ofLanguages(vocab: Vocabulary, sentence: string): boolean {
  if (sentence.includes('?')) return false;
  const { languages, replies } = vocab.language.asker;
  const analysis = analyse(vocab, sentence);
  const { tokens } = analysis;
  const language = (p: number) => languages.has(tokens[p] ?? '');
  return (
    tokens.some((t) => languages.has(t)) &&
    analysis.intents.size === 0 &&
    analysis.knownPositions.every((p) => language(p) || replies.has(tokens[p] ?? '')) &&
    analysis.otherNames.every(language)
  );
}

/** How many words the salutation takes that the words open with ("Dear …": 1, "Good morning …": 2), or 0. */
function salutationOpening(vocab: Vocabulary, ws: Word[]): number {
  const opens = (p: string[]) => p.every((w, k) => ws[k]?.folded === w);
  return Math.max(0, ...vocab.language.asker.salutations.filter(opens).map((p) => p.length));
}

/**
 * The message without its closing greeting, or thanks typed in one with its question ("Hvem leder Teknisk? Ta med
 * e-posten. Mvh Kari", "hvem leder teknisk Mvh Kari", "kven er med frå Hareid kommune Takk!"), or undefined when it has
 * none. A closing counts when it follows two words or more, ends the message within a few words (a name, a title)
 * that ask nothing, and is capitalised, «mvh» or a phrase of several words ("vennlig hilsen"); thanks when they are
 * capitalised or end the message, a word or two at most after them ("Takk for svar").
 */
function withoutClosing(vocab: Vocabulary, message: string): string | undefined {
  const words = wordsOf(message);
  const { signOffs, thanks } = vocab.language.asker;
  const at = (i: number, phrases: string[][]) =>
    phrases.find((p) => p.every((w, k) => words[i + k]?.folded === w));
  for (let i = 2; i < words.length; i++) {
    const word = words[i]!;
    if (message.includes('?', word.start)) continue;
    const closing = at(i, signOffs);
    const thank = at(i, thanks);
    const after = words.length - i - (closing ?? thank ?? []).length;
    // ("Many thanks,\nDr. Alice Brown": thanks that end their line close the letter as a closing does.)
    const lastOfThanks = thank && words[i + thank.length - 1];
    const ownLine = !!lastOfThanks && /^[\s,.!]*\n/u.test(message.slice(lastOfThanks.end));
    // ("Med vennlig hilsen\nTorill Sætran\nkommunaldirektør helse og omsorg, Levanger kommune": a closing on a line of
    // its own signs the letter with the lines after it, the writer's name, title and workplace.)
    const signed =
      closing !== undefined &&
      /\n\s*$/u.test(message.slice(0, word.start)) &&
      signature(message.slice(words[i + closing.length - 1]!.end));
    const cut =
      (closing !== undefined &&
        (word.capital || word.folded === 'mvh' || closing.length > 1) &&
        (after <= 6 || signed)) ||
      (thank !== undefined && (word.capital || after === 0) && after <= (ownLine ? 6 : 2));
    if (cut) return message.slice(0, word.start).trim();
  }
  return undefined;
}

/** At most so many lines, of at most so many words each, sign a letter after its closing. */
const SIGNATURE_LINES = 4;
const SIGNATURE_WORDS = 8;

/** Whether the text after a closing on a line of its own is a signature: a few short lines that ask nothing. */
function signature(text: string): boolean {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return (
    lines.length <= SIGNATURE_LINES &&
    lines.every((l) => !l.includes('?') && wordsOf(l).length <= SIGNATURE_WORDS)
  );
}
