// Finds e-mail addresses and phone numbers in text with linear scans (no backtracking regexes).

export interface PiiHit {
  kind: 'e-mail address' | 'phone number';
  text: string;
}

const isLocal = (c: string) => /[A-Za-z0-9._%+-]/.test(c);
const isDomain = (c: string) => /[A-Za-z0-9.-]/.test(c);
const isLetter = (c: string) => /[A-Za-z]/.test(c);

/** `name@host.tld`: each character is looked at a bounded number of times, since '@' ends both scans. */
export function findEmails(text: string): string[] {
  const found: string[] = [];
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let left = at;
    while (left > 0 && isLocal(text[left - 1])) left--;
    let right = at + 1;
    while (right < text.length && isDomain(text[right])) right++;
    // Trailing dots trimmed by hand: /\.+$/ retries from every dot of a long run, quadratic in its length.
    while (right > at + 1 && text[right - 1] === '.') right--;
    const domain = text.slice(at + 1, right);
    const dot = domain.lastIndexOf('.');
    const tld = dot === -1 ? '' : domain.slice(dot + 1);
    if (left < at && dot > 0 && tld.length >= 2 && [...tld].every(isLetter)) found.push(text.slice(left, at + 1 + domain.length));
  }
  return found;
}

const SEPARATORS = ' .-()/';

/** Three digit groups that read as a calendar date, year first (2026-11-20). */
function isDate(year: string, month: string | undefined, day: string | undefined): boolean {
  if (year.length !== 4 || !month || !day || month.length > 2 || day.length > 2) return false;
  const [m, d] = [Number(month), Number(day)];
  return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/**
 * Phone numbers: a run of digits and separators holding 9 to 15 digits that is written like a phone
 * number: it starts with `+` or `(`; or its digits come in groups of 2 to 6 (555-123-4567, 07700 900123);
 * or it is a national number of 10 or 11 digits starting with 0. A bare run of digits that does not start
 * with 0 (an order id) or a date (2026-11-20, 20261120) is not one.
 */
export function findPhones(text: string): string[] {
  const found: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (!(c === '+' || c === '(' || (c >= '0' && c <= '9'))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && ((text[j] >= '0' && text[j] <= '9') || SEPARATORS.includes(text[j]))) j++;
    let end = j;
    while (end > i && !(text[end - 1] >= '0' && text[end - 1] <= '9') && text[end - 1] !== ')') end--;
    const run = text.slice(i, end);
    const groups = run.split(/[^0-9]+/).filter((g) => g !== '');
    const digits = groups.join('').length;
    const dateLike = groups.some((g, k) => isDate(g, groups[k + 1], groups[k + 2]));
    // A leading country code may be a single digit (1-555-123-4567).
    const grouped = groups.length >= 2 && groups[0].length <= 6 && groups.slice(1).every((g) => g.length >= 2 && g.length <= 6);
    const national = groups.length === 1 && groups[0].startsWith('0') && (digits === 10 || digits === 11);
    const phoneLike = run.startsWith('+') || run.startsWith('(') || grouped || national;
    if (digits >= 9 && digits <= 15 && phoneLike && !dateLike) found.push(run);
    i = j;
  }
  return found;
}

/** Parameter names that announce personal data whatever their value. */
export const PII_PARAM_NAMES = ['email', 'e-mail', 'mail', 'phone', 'tel', 'mobile', 'msisdn'];

export function findPii(text: string): PiiHit[] {
  return [
    ...findEmails(text).map((t): PiiHit => ({ kind: 'e-mail address', text: t })),
    ...findPhones(text).map((t): PiiHit => ({ kind: 'phone number', text: t })),
  ];
}
