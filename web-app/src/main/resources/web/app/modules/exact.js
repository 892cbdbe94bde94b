// Exact numbers in the browser. A JavaScript number keeps about 15 significant digits and the reports carry up to
// 17 (and qəpiks), so every JSON number is kept as its source text and amounts are added and formatted as decimal
// strings through BigInt, never through a JavaScript number.

const TOKEN = /"(?:[^"\\]|\\.)*"|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/g;

/** Parses JSON text keeping every number as its exact source text (a string). */
export function parseExact(text) {
  // each number becomes a string marked with an escaped U+0001, which no text of the API carries
  const quoted = text.replace(TOKEN, token => (token.startsWith('"') ? token : '"\\u0001' + token + '"'));
  return JSON.parse(quoted, (key, value) =>
    typeof value === 'string' && value.startsWith('\u0001') ? value.slice(1) : value);
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** A decimal string as a BigInt count of units of 10^-scale. */
function toUnits(text, scale) {
  const m = DECIMAL.exec(String(text).trim());
  if (!m) throw new Error('not a decimal: ' + text);
  const fraction = (m[3] || '').padEnd(scale, '0');
  if (fraction.length > scale) throw new Error('more than ' + scale + ' decimals: ' + text);
  const units = BigInt(m[2] + fraction);
  return m[1] ? -units : units;
}

function fromUnits(units, scale) {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = scale ? '.' + digits.slice(digits.length - scale) : '';
  return (negative ? '-' : '') + whole + fraction;
}

/** Exact sum of decimal strings with at most 2 decimals, as a string with 2 decimals. */
export function sumMoney(values) {
  return fromUnits(values.reduce((total, v) => total + toUnits(v, 2), 0n), 2);
}

/** Exact equality of two decimal strings (e.g. "5.0" and "5.00"). */
export function sameDecimal(a, b) {
  const scale = Math.max(decimals(a), decimals(b));
  return toUnits(a, scale) === toUnits(b, scale);
}

function decimals(text) {
  const m = DECIMAL.exec(String(text).trim());
  return m && m[3] ? m[3].length : 0;
}

// the languages of the page, fixed here rather than asked of the browser: not every browser has Azerbaijani data
// (Chromium builds without it format "az" numbers as English), and the page must read the same everywhere
const SEPARATORS = {
  'en-GB': { group: ',', decimal: '.' },
  'az-Latn-AZ': { group: '.', decimal: ',' },
};

/** The locale's group and decimal separators. */
function separators(locale) {
  if (SEPARATORS[locale]) return SEPARATORS[locale];
  const parts = new Intl.NumberFormat(locale).formatToParts(12345678.5);
  return {
    group: (parts.find(p => p.type === 'group') || { value: ',' }).value,
    decimal: (parts.find(p => p.type === 'decimal') || { value: '.' }).value,
  };
}

/**
 * Formats a decimal string exactly with the locale's separators and {@code fractionDigits} decimals
 * (padding with zeros; it never rounds away a digit it was given: more digits stay).
 */
export function formatDecimal(text, locale, fractionDigits = 2) {
  const m = DECIMAL.exec(String(text).trim());
  if (!m) return String(text);
  const { group, decimal } = separators(locale);
  const whole = m[2].replace(/\B(?=(\d{3})+(?!\d))/g, group);
  let fraction = (m[3] || '');
  if (fraction.length < fractionDigits) fraction = fraction.padEnd(fractionDigits, '0');
  return m[1] + whole + (fraction ? decimal + fraction : '');
}

/** Formats a whole count (a decimal string or number without fraction) with the locale's group separator. */
export function formatCount(text, locale) {
  return formatDecimal(String(text).split('.')[0], locale, 0);
}

/** A ratio such as "0.3500" as a percentage with 2 decimals ("35.00 %"), computed exactly. */
export function formatPercent(text, locale) {
  if (text === null || text === undefined) return '–';
  const units = toUnits(text, 4); // 0.3500 -> 3500 = 35.00 %
  const sign = units < 0n ? '-' : '';
  return sign + formatDecimal(fromUnits(units < 0n ? -units : units, 2), locale, 2) + '\u00a0%';
}

/** A ratio as a signed percentage for growth ("+14.20 %"), or a dash when there is none. */
export function formatGrowth(text, locale) {
  if (text === null || text === undefined) return '–';
  const formatted = formatPercent(text, locale);
  return formatted.startsWith('-') ? '−' + formatted.slice(1) : '+' + formatted;
}

/** A decimal string as a JavaScript number, for chart geometry only (never for what is shown as a figure). */
export function toNumber(text) {
  return text === null || text === undefined ? 0 : Number(text);
}

/**
 * {@code amount} × {@code rate} rounded half-even to 2 decimals, exactly (as the services fix the AZN amount), or
 * null when either is not a plain decimal.
 */
export function timesRate(amount, rate) {
  const a = DECIMAL.exec(String(amount).trim());
  const r = DECIMAL.exec(String(rate).trim());
  if (!a || !r) return null;
  const scale = (a[3] || '').length + (r[3] || '').length;
  let units = toUnits(amount, (a[3] || '').length) * toUnits(rate, (r[3] || '').length); // scale decimals
  if (scale <= 2) return fromUnits(units * 10n ** BigInt(2 - scale), 2);
  const divisor = 10n ** BigInt(scale - 2);
  const negative = units < 0n;
  if (negative) units = -units;
  let q = units / divisor;
  const rest = units % divisor;
  const twice = rest * 2n;
  if (twice > divisor || (twice === divisor && q % 2n === 1n)) q += 1n;
  return fromUnits(negative ? -q : q, 2);
}
