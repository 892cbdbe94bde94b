// The three kinds of record a person can enter, as the contract names their fields, and who may enter which.

/** Every ISO 3166-1 alpha-2 code but AZ (an export leaves Azerbaijan); the server's check is the truth. */
export const COUNTRIES = ('AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT '
  + 'BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ '
  + 'FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS '
  + 'IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN '
  + 'MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW '
  + 'PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN '
  + 'TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW').split(' ');

export const SECTORS = ['AUTOMOTIVE', 'CHEMICAL', 'POLYMER', 'CONSTRUCTION_MATERIALS', 'METALLURGY', 'MACHINERY',
  'ELECTRICAL', 'FOOD_PROCESSING', 'TEXTILES', 'PHARMACEUTICAL', 'ENERGY', 'OTHER'];

/**
 * Per kind: the API path, the role that writes it, the fields in the contract's order (type: zone, text, sector,
 * money, currency, date, int, decimal, country, hs, textarea), which field is the company, the money and the date.
 */
export const KINDS = {
  investment: {
    path: '/api/investments', role: 'investment-officer', company: 'investor', money: 'amount', date: 'investedOn',
    fields: [
      { name: 'zoneId', type: 'zone' }, { name: 'investor', type: 'text' }, { name: 'sector', type: 'sector' },
      { name: 'amount', type: 'money' }, { name: 'currency', type: 'currency' }, { name: 'investedOn', type: 'date' },
      { name: 'jobsCreated', type: 'int' }, { name: 'description', type: 'textarea', optional: true },
    ],
    example: ['sumgayit-chemical-industrial-park', 'BYD', 'AUTOMOTIVE', '29000000.00', 'AZN', '2025-04-30', '150', 'Electric bus plant'],
  },
  production: {
    path: '/api/production', role: 'operator', company: 'producer', money: 'value', date: 'producedOn',
    fields: [
      { name: 'zoneId', type: 'zone' }, { name: 'producer', type: 'text' }, { name: 'sector', type: 'sector' },
      { name: 'product', type: 'text' }, { name: 'quantity', type: 'decimal' }, { name: 'unit', type: 'text' },
      { name: 'value', type: 'money' }, { name: 'currency', type: 'currency' }, { name: 'producedOn', type: 'date' },
    ],
    example: ['ganja-industrial-park', 'Ganja Automobile Plant', 'AUTOMOTIVE', 'Light trucks', '3761', 'vehicles', '107500000.00', 'AZN', '2024-12-31'],
  },
  export: {
    path: '/api/exports', role: 'exporter', company: 'exporter', money: 'value', date: 'shippedOn',
    fields: [
      { name: 'zoneId', type: 'zone' }, { name: 'exporter', type: 'text' }, { name: 'sector', type: 'sector' },
      { name: 'destinationCountry', type: 'country' }, { name: 'hsCode', type: 'hs' }, { name: 'product', type: 'text' },
      { name: 'quantity', type: 'decimal' }, { name: 'unit', type: 'text' }, { name: 'value', type: 'money' },
      { name: 'currency', type: 'currency' }, { name: 'shippedOn', type: 'date' },
    ],
    example: ['sumgayit-chemical-industrial-park', 'SOCAR Polymer', 'CHEMICAL', 'IT', '3902', 'Polypropylene', '1200.5', 't', '2450000.00', 'USD', '2025-03-14'],
  },
};

const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

/** The JSON body of a record from the typed values: numbers go as the exact text typed, never through a JS number. */
export function bodyOf(kind, values) {
  const parts = [];
  for (const f of KINDS[kind].fields) {
    const raw = values[f.name];
    const v = typeof raw === 'string' ? raw.trim() : raw;
    if (v === undefined || v === null || v === '') continue; // the server names what is missing
    const numeric = f.type === 'money' || f.type === 'int' || f.type === 'decimal';
    parts.push(JSON.stringify(f.name) + ':' + (numeric && NUMBER.test(v) ? v : JSON.stringify(v)));
  }
  return '{' + parts.join(',') + '}';
}

/** A CSV template for a kind: the header row and one example row. */
export function templateCsv(kind) {
  const k = KINDS[kind];
  const quote = v => (/[",\r\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v);
  return k.fields.map(f => f.name).join(',') + '\r\n' + k.example.map(quote).join(',') + '\r\n';
}

/** The roles in a token's claims. */
export function rolesOf(claims) {
  return claims && Array.isArray(claims.groups) ? claims.groups : [];
}

/** The kinds the person may write. */
export function writableKinds(claims) {
  const roles = rolesOf(claims);
  return Object.keys(KINDS).filter(k => roles.includes('admin') || roles.includes(KINDS[k].role));
}

/** Whether the person reads the analytics (managers and admins). */
export function readsAnalytics(claims) {
  const roles = rolesOf(claims);
  return roles.includes('manager') || roles.includes('admin');
}

/** The zones the person may write {@code kind} for: the token's zones for operators and exporters, else all. */
export function zonesFor(claims, kind, allZoneIds) {
  const roles = rolesOf(claims);
  if (roles.includes('admin') || kind === 'investment') return allZoneIds;
  const mine = claims && Array.isArray(claims.zones) ? claims.zones : [];
  return allZoneIds.filter(z => mine.includes(z));
}
