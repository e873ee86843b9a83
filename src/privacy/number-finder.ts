import type { PersonalDataFinding, PersonalDataKind } from './personal-data-kinds';

// How it works: every run of ASCII digits is a group; groups joined by what people type inside one
// number (a space or two, a dash, a dot, a slash, parentheses) form a chain. A chain is then cut into
// segments: dates, times, year ranges and case numbers are kept whole, and the segmentation that
// covers the most digits with a phone number (8 digits), a fødselsnummer or account number (11 digits)
// or an international number (+ or 00, 8 to 15 digits) wins. Every step is a single pass or a
// window of at most 11 groups, so the whole scan is linear in the input length.

type Gap = 'space' | 'dash' | 'dot' | 'slash' | 'paren';

interface Group {
  start: number;
  end: number;
  digits: string;
}

/** A run of digit groups; gaps[i] is what joins groups[i] and groups[i + 1]. */
interface Chain {
  groups: Group[];
  gaps: Gap[];
}

const SPACE_GAP = /^[ \t\u00a0\u2009\u202f]{1,2}$/;
const DASH_GAP = /^[ \u00a0\u2009\u202f]?[-\u2010-\u2014][ \u00a0\u2009\u202f]?$/;
const PAREN_GAP = /^[ \u00a0]?(?:\)[ \u00a0]?)?(?:[-\u2010-\u2013][ \u00a0]?)?(?:\([ \u00a0]?)?$/;

/** Words after a number that make it an amount or a count, never a phone number. */
const AMOUNT_OR_COUNT_AFTER =
  /^(?:,-|(?:,\d{1,2})?[ \t\u00a0\u202f]{0,2}(?:kr|kroner|nok|mill\p{L}*|mrd|milliard\p{L}*|ansatt\p{L}*|innbygger\p{L}*|personer|brukere|pasient\p{L}*|deltaker\p{L}*|medarbeider\p{L}*|årsverk|timer|dager|stk|prosent|%|elever|kunder|km|kvm|meter|tonn|liter)(?!\p{L}))/iu;

/** Words before a number that make it an amount, a time or a reference, never a phone number. */
const REFERENCE_BEFORE =
  /(?:^|[^\p{L}])(?:kr|nok|kroner|kl|sak|saksnr|saksnummer|arkivsak|ref|refnr|referanse|referansenr|referansenummer|ordrenr|ordrenummer|art|artnr|artikkelnr|artikkelnummer|varenr|varenummer|bestillingsnr|bestillingsnummer|serienr|serienummer|kundenr|kundenummer|fakturanr|fakturanummer|avtalenr|avtalenummer|journalpostnr|org\.?[ \u00a0]?nr|orgnr|organisasjonsnummer|versjon|id)\.?:?[ \t\u00a0]{0,2}(?:nr\.?[ \t\u00a0]?)?$/iu;

/** Words shortly before a number that announce a phone number. The `]` stop keeps a marker from counting. */
const PHONE_CUE_BEFORE =
  /(?:^|[^\p{L}])(?:tlf|telefon\p{L}*|mobil\p{L}*|mob|ring\p{L}*|sms|nummer\p{L}*|nr|kontakt\p{L}*)[^\d\n\]\ufffc]{0,20}$/iu;

/** A character right before a number that makes it part of an identifier or a URL parameter. */
const ATTACHED_BEFORE = /[\p{L}_=#&?%\\]/u;
const ATTACHED_AFTER = /[\p{L}_%]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

// IBAN: Norwegian (NO + 2 check digits + the 11-digit account) or any other country written in groups of four.
const IBAN =
  /(?<![\p{L}\p{N}])(?:NO[ \u00a0]?\d{2}(?:[ \u00a0.]?\d){11}|[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]{4}){3,7}(?:[ \u00a0]?[A-Z0-9]{1,3})?)(?![\p{L}\p{N}])/gu;

/** Finds fødselsnummer, D-/H-/synthetic numbers, bank account numbers (also as IBAN) and phone numbers. */
export function findPersonalNumbers(text: string): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  for (const m of text.matchAll(IBAN))
    found.push({ start: m.index, end: m.index + m[0].length, kind: 'bankAccount' });
  for (const chain of chainsIn(text)) findInChain(text, chain, found);
  findBirthDatesWithPersonnummer(text, found);
  return found;
}

const MONTH_NAMES =
  'januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|jan|feb|mar|apr|jun|jul|aug|sept?|okt|nov|des';
/** A date as a birth date is written: 01.02.1985, 1/2-85, 010285, 01021985, 1. februar 1985. */
const BIRTH_DATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,/-])(?:(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})|(\d{2})(\d{2})(\d{2}|(?:19|20)\d{2})|(\d{1,2})\.? ?(${MONTH_NAMES})\.? ?(\d{4}|\d{2}))(?![\p{L}\d]|[.,/]\d)`,
  'giu',
);
/** What may follow a birth date before its personnummer: a few words or signs, then five digits (also 3+2, 2+3). */
const PERSONNUMMER_AFTER = /^([^\d\n]{0,30}?)(\d{5}|\d{3} \d{2}|\d{2} \d{3})(?!\d| \d|[.,]\d)/u;
const PERSONNUMMER_CUE =
  /(?:^|[^\p{L}])(?:p\.? ?nr|pers\p{L}*|fnr|f\.? ?nr|fødselsn\p{L}*|fodselsn\p{L}*|individ\p{L}*|nr|nummer\p{L}*|ssn|id)(?:[^\p{L}]|$)/iu;
const BIRTH_CUE =
  /(?:^|[^\p{L}])(?:født|fødd|fodt|f\.|fødselsdato|fødselsdag|f\.? ?dato|fdato|dob|born|birth\p{L}*)[^\p{L}]{0,3}(?:\p{L}+[^\p{L}]{1,3}){0,2}$/iu;
const ONLY_SEPARATORS = /^[ ,:;/\-\u2013]{1,3}$/u;

/**
 * A birth date followed by the personnummer (the five last digits): "født 01.02.1985, pnr 12345",
 * "1. februar 1985 personnummer 123 45". Both the date and the five digits are removed. It counts when
 * a word says so (født, fødselsdato, pnr, personnummer …) or when only a comma or dash separates them.
 */
function findBirthDatesWithPersonnummer(text: string, found: PersonalDataFinding[]): void {
  for (const m of text.matchAll(BIRTH_DATE)) {
    const day = Number(m[1] ?? m[4] ?? m[7]);
    const month = m[2] ?? m[5] ?? m[8]!;
    const monthNumber = /^\d+$/.test(month) ? Number(month) : 1;
    if (!isBirthDay(day, monthNumber)) continue;
    const end = m.index + m[0].length;
    const after = PERSONNUMMER_AFTER.exec(text.slice(end, end + 45));
    if (!after) continue;
    const gap = after[1]!;
    const cued =
      PERSONNUMMER_CUE.test(gap) ||
      BIRTH_CUE.test(before(text, m.index)) ||
      (ONLY_SEPARATORS.test(gap) && isBirthYear(m[3] ?? m[6] ?? m[9]!));
    const numberStart = end + gap.length;
    const numberEnd = numberStart + after[2]!.length;
    if (!cued || AMOUNT_OR_COUNT_AFTER.test(text.slice(numberEnd, numberEnd + 40))) continue;
    found.push({ start: m.index, end, kind: 'nationalId' });
    found.push({ start: numberStart, end: numberEnd, kind: 'nationalId' });
  }
}

/** Without a word that says so, only a year a user's birth is likely in: two digits, or 1900–2015. */
function isBirthYear(year: string): boolean {
  return year.length === 2 || (Number(year) >= 1900 && Number(year) <= 2015);
}

/** A day and month as a fødselsnummer writes them (D-numbers add 40 to the day, H-numbers 40 to the month). */
function isBirthDay(day: number, month: number): boolean {
  const d = day > 40 ? day - 40 : day;
  const mo = month > 40 ? month - 40 : month;
  return d >= 1 && d <= 31 && mo >= 1 && mo <= 12;
}

function chainsIn(text: string): Chain[] {
  const chains: Chain[] = [];
  let current: Chain | undefined;
  for (const m of text.matchAll(/\d+/g)) {
    const group: Group = { start: m.index, end: m.index + m[0].length, digits: m[0] };
    const previous = current?.groups[current.groups.length - 1];
    const gap = current && previous ? gapType(text.slice(previous.end, group.start)) : undefined;
    if (current && gap) {
      current.groups.push(group);
      current.gaps.push(gap);
    } else {
      current = { groups: [group], gaps: [] };
      chains.push(current);
    }
  }
  return chains;
}

function gapType(gap: string): Gap | undefined {
  if (gap.length > 5) return undefined;
  if (gap === '.') return 'dot';
  if (gap === '/') return 'slash';
  if (SPACE_GAP.test(gap)) return 'space';
  if (DASH_GAP.test(gap)) return 'dash';
  if (/[()]/.test(gap) && PAREN_GAP.test(gap)) return 'paren';
  return undefined;
}

function findInChain(text: string, chain: Chain, found: PersonalDataFinding[]): void {
  let rest = chain;
  const international = internationalNumber(text, chain);
  if (international) {
    found.push({ start: international.start, end: chain.groups[international.last]!.end, kind: 'phone' });
    rest = sliceChain(chain, international.last + 1, chain.groups.length);
  }
  // Parentheses belong to international numbers only; elsewhere they separate numbers.
  let from = 0;
  for (let i = 0; i <= rest.gaps.length; i++) {
    if (i === rest.gaps.length || rest.gaps[i] === 'paren') {
      findInDomesticChain(text, sliceChain(rest, from, i + 1), found);
      from = i + 1;
    }
  }
}

function sliceChain(chain: Chain, from: number, to: number): Chain {
  return { groups: chain.groups.slice(from, to), gaps: chain.gaps.slice(from, Math.max(from, to - 1)) };
}

/** A number written with + or 00 in front: the range it covers, up to 15 digits (E.164). */
function internationalNumber(text: string, chain: Chain): { start: number; last: number } | undefined {
  const first = chain.groups[0]!;
  const before = text[first.start - 1];
  let start: number;
  let skip = 0;
  if (before === '+') {
    const beforePlus = text[first.start - 2];
    if (beforePlus !== undefined && LETTER_OR_DIGIT.test(beforePlus)) return undefined;
    start = beforePlus === '(' ? first.start - 2 : first.start - 1;
  } else if (before !== undefined && LETTER_OR_DIGIT.test(before)) {
    return undefined;
  } else if (first.digits.startsWith('00') && (first.digits.length > 2 || chain.gaps[0] === 'space')) {
    start = first.start;
    skip = 2;
  } else {
    return undefined;
  }
  let count = 0;
  let lead = '';
  let last: number | undefined;
  for (let i = 0; i < chain.groups.length; i++) {
    if (i > 0 && chain.gaps[i - 1] === 'slash') break;
    const digits = i === 0 ? chain.groups[i]!.digits.slice(skip) : chain.groups[i]!.digits;
    count += digits.length;
    if (lead.length < 2) lead = (lead + digits).slice(0, 2);
    if (count > 15) break;
    if (count >= 8) last = i;
    // Norway (+47) has 8-digit numbers: stop there rather than swallow a following number.
    if (lead === '47' && count === 10) break;
  }
  if (last === undefined) return undefined;
  const covered = sliceChain(chain, 0, last + 1);
  const lengths = covered.groups.map((g) => g.digits.length);
  if (
    isThousands(lengths, covered.gaps) &&
    AMOUNT_OR_COUNT_AFTER.test(text.slice(covered.groups[last]!.end, covered.groups[last]!.end + 40))
  ) {
    return undefined;
  }
  return { start, last };
}

/** Groups joined by dash, dot or slash form one unit that is never split (unless a side is 8+ digits). */
interface Unit {
  from: number;
  to: number;
  kept: boolean;
}

function findInDomesticChain(text: string, chain: Chain, found: PersonalDataFinding[]): void {
  if (chain.groups.length === 0) return;
  const units: Unit[] = [];
  let from = 0;
  for (let i = 0; i < chain.groups.length; i++) {
    const gap = chain.gaps[i];
    const joinsNext =
      gap !== undefined &&
      gap !== 'space' &&
      chain.groups[i]!.digits.length < 8 &&
      chain.groups[i + 1]!.digits.length < 8;
    if (!joinsNext) {
      const unit = sliceChain(chain, from, i + 1);
      units.push({ from, to: i + 1, kept: isKeptUnit(unit) });
      from = i + 1;
    }
  }
  // best[i]: most digits covered by personal data in units[0..i); choice[i]: segment that ends there.
  const best: number[] = [0];
  const choice: ({ from: number; kind: PersonalDataKind } | undefined)[] = [undefined];
  for (let i = 1; i <= units.length; i++) {
    best[i] = best[i - 1]!;
    choice[i] = undefined;
    let digits = 0;
    let kept = false;
    for (let j = i - 1; j >= 0; j--) {
      const unit = units[j]!;
      for (let g = unit.from; g < unit.to; g++) digits += chain.groups[g]!.digits.length;
      kept ||= unit.kept;
      if (digits > 11 || kept) break;
      const whole = j === 0 && i === units.length;
      const kind = classifySegment(text, sliceChain(chain, unit.from, units[i - 1]!.to), whole);
      if (kind && best[j]! + digits > best[i]!) {
        best[i] = best[j]! + digits;
        choice[i] = { from: j, kind };
      }
    }
  }
  for (let i = units.length; i > 0;) {
    const picked = choice[i];
    if (!picked) {
      i--;
      continue;
    }
    const first = chain.groups[units[picked.from]!.from]!;
    const last = chain.groups[units[i - 1]!.to - 1]!;
    found.push({ start: first.start, end: last.end, kind: picked.kind });
    i = picked.from;
  }
}

/** Dates, times, year and round-number ranges and case numbers (2019/12345) are never personal data. */
function isKeptUnit(unit: Chain): boolean {
  if (unit.gaps.includes('slash')) return true;
  const g = unit.groups.map((x) => x.digits);
  if (isDate(g)) return true;
  if (g.length === 2 && unit.gaps[0] === 'dot' && isTime(g[0]!, g[1]!)) return true;
  if (g.length === 2 && isRange(g[0]!, g[1]!, unit.gaps[0])) return true;
  return (
    g.length === 4 && unit.gaps.join() === 'dot,dash,dot' && isTime(g[0]!, g[1]!) && isTime(g[2]!, g[3]!)
  );
}

function classifySegment(text: string, segment: Chain, whole: boolean): PersonalDataKind | undefined {
  const { groups, gaps } = segment;
  const g = groups.map((x) => x.digits);
  const lengths = g.map((d) => d.length);
  const digits = g.join('');
  const multi = groups.length > 1;
  // Digit by digit ("9 8 7 6 5 4 3 2") is a way to write a number; other single digits are separate numbers.
  const oneByOne = lengths.every((l) => l === 1) && gaps.every((x) => x === 'space');
  if (multi && lengths.some((l) => l < 2) && !oneByOne) return undefined;
  const start = groups[0]!.start;
  const end = groups[groups.length - 1]!.end;
  if (digits.length === 11) {
    // 010 280 374 45 or 01 028 037 445: a fødselsnummer grouped like a large number is still one.
    if (isThousands(lengths, gaps) && (!isBirthDatePart(digits) || hasKeepContext(text, start, end)))
      return undefined;
    if (multi && !isThousands(lengths, gaps) && !hasPersonalNumberBoundary(lengths)) return undefined;
    return nationalIdOrAccount(digits, lengths);
  }
  if (digits.length === 8) {
    if (new Set(gaps).size > 1) return undefined;
    if (isDate(g) || (g.length === 2 && isRange(g[0]!, g[1]!, gaps[0]))) return undefined;
    if (!multi && isCompactDate(digits)) return undefined;
    // Inside a longer run of digits only the usual phone groupings count, so a longer number is not cut.
    if (!whole && !isUsualPhoneGrouping(lengths) && !oneByOne) return undefined;
    // 98 765 432 is how Norwegian writes a count; it is a phone number after a word like «tlf», or when it
    // starts like a mobile number (4 or 9) and is neither a round number nor followed by a unit.
    if (
      isThousands(lengths, gaps) &&
      (g.includes('000') ||
        (!PHONE_CUE_BEFORE.test(before(text, start)) && !(digits[0] === '4' || digits[0] === '9')))
    ) {
      return undefined;
    }
    if (isAttached(text, start, end) || hasKeepContext(text, start, end)) return undefined;
    return 'phone';
  }
  if (digits.length === 10 && !multi && digits.startsWith('47') && !isAttached(text, start, end))
    return 'phone';
  return undefined;
}

/**
 * An 11-digit number split into groups is a fødselsnummer or account number unless it reads as a phone
 * number in its usual grouping next to a 3-digit number: "98765432 100", "40 000 987 65 432".
 */
function hasPersonalNumberBoundary(lengths: number[]): boolean {
  let sum = 0;
  for (let i = 0; i < lengths.length - 1; i++) {
    sum += lengths[i]!;
    if (sum === 3 && isUsualPhoneGrouping(lengths.slice(i + 1))) return false;
    if (sum === 8 && isUsualPhoneGrouping(lengths.slice(0, i + 1))) return false;
  }
  return true;
}

/** 98765432, 987 65 432, 98 76 54 32, 9876 5432. */
function isUsualPhoneGrouping(lengths: number[]): boolean {
  return ['8', '3,2,3', '2,2,2,2', '4,4'].includes(lengths.join());
}

/** Grouping by thousands: 1-3 digits, then groups of exactly 3, all joined the same way by spaces or dots. */
function isThousands(lengths: number[], gaps: Gap[]): boolean {
  if (lengths.length < 2 || lengths[0]! > 3 || lengths.slice(1).some((l) => l !== 3)) return false;
  return gaps.every((x) => x === 'space') || gaps.every((x) => x === 'dot');
}

function nationalIdOrAccount(digits: string, lengths: number[]): PersonalDataKind {
  if (lengths.join() === '4,2,5') return 'bankAccount';
  if (isBirthDatePart(digits)) return 'nationalId';
  return isValidAccountNumber(digits) ? 'bankAccount' : 'nationalId';
}

/** The first six digits read as a birth date, allowing D-number (+40 day), H-number and synthetic (+40/+80 month). */
function isBirthDatePart(digits: string): boolean {
  let day = Number(digits.slice(0, 2));
  let month = Number(digits.slice(2, 4));
  if (day > 40) day -= 40;
  if (month > 80) month -= 80;
  else if (month > 40) month -= 40;
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

function isValidAccountNumber(digits: string): boolean {
  const weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(digits[i]), 0);
  const check = (11 - (sum % 11)) % 11;
  return check !== 10 && check === Number(digits[10]);
}

function isDate(g: string[]): boolean {
  if (g.length !== 3) return false;
  const [a, b, c] = g as [string, string, string];
  if (a.length <= 2 && b.length <= 2 && c.length === 4) return isValidDate(c, b, a);
  if (a.length === 4 && b.length <= 2 && c.length <= 2) return isValidDate(a, b, c);
  return false;
}

function isCompactDate(d: string): boolean {
  return (
    isValidDate(d.slice(0, 4), d.slice(4, 6), d.slice(6)) ||
    isValidDate(d.slice(4), d.slice(2, 4), d.slice(0, 2))
  );
}

function isValidDate(year: string, month: string, day: string): boolean {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  return y >= 1900 && y <= 2099 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

function isTime(hours: string, minutes: string): boolean {
  return hours.length <= 2 && minutes.length === 2 && Number(hours) <= 24 && Number(minutes) <= 59;
}

/** Two years (2018-2019, also 2018 2019); with a dash also rising round numbers (1000-2000) or clock times (0800-1530). */
function isRange(a: string, b: string, gap: Gap | undefined): boolean {
  const isYear = (y: string) => y.length === 4 && Number(y) >= 1900 && Number(y) <= 2099;
  if (isYear(a) && isYear(b)) return true;
  if (gap !== 'dash') return false;
  const isClock = (t: string) => t.length === 4 && isTime(t.slice(0, 2), t.slice(2));
  const isRound = (n: string) => n.length <= 4 && n.endsWith('00');
  return (isClock(a) && isClock(b)) || (isRound(a) && isRound(b) && Number(a) < Number(b));
}

function isAttached(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  return (
    (before !== undefined && ATTACHED_BEFORE.test(before)) ||
    (after !== undefined && ATTACHED_AFTER.test(after))
  );
}

function before(text: string, start: number): string {
  return text.slice(Math.max(0, start - 40), start);
}

function hasKeepContext(text: string, start: number, end: number): boolean {
  return AMOUNT_OR_COUNT_AFTER.test(text.slice(end, end + 40)) || REFERENCE_BEFORE.test(before(text, start));
}
