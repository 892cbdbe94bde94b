// Every string the page shows, in English and Azerbaijani, and the locale-aware formats built on them.

export const LANGUAGES = { en: 'English', az: 'Azərbaycanca' };

const TEXT = {
  en: {
    appTitle: 'Industrial zones of Azerbaijan',
    skip: 'Skip to content',
    navAnalytics: 'Analytics',
    language: 'Language',
    currency: 'Currency',
    signIn: 'Sign in',
    signOut: 'Sign out',
    signInTitle: 'Sign in',
    signInIntro: 'Managers read the analytics here. Open the link that ./platform dashboard prints, or paste a bearer token.',
    signInOidc: 'Sign in with your organisation account',
    tokenLabel: 'Bearer token',
    tokenSubmit: 'Sign in with this token',
    tokenRejected: 'That token was not accepted. Ask for a new link or token.',
    national: 'National totals',
    allZones: 'All zones',
    zoneTitle: '{zone}',
    filters: 'Period and currency',
    period: 'Period',
    periodPublished: 'As published (to 31 March 2025)',
    periodAll: 'All time',
    periodYear: 'A year',
    periodQuarter: 'A quarter',
    periodCustom: 'Custom dates',
    year: 'Year',
    quarter: 'Quarter',
    from: 'From',
    to: 'To',
    apply: 'Show',
    badDates: 'The start date must not be after the end date.',
    showing: 'Showing {range}',
    rangeAll: 'all dates',
    rangeTo: 'up to {to}',
    rangeFrom: 'from {from}',
    rangeBetween: '{from} – {to}',
    live: 'Live',
    reconnecting: 'Reconnecting…',
    connecting: 'Connecting…',
    asOf: 'as of {time}, {events} events applied',
    headline: 'Headline figures',
    investment: 'Investment',
    jobs: 'Permanent jobs',
    production: 'Production',
    exports: 'Exports',
    exportShare: 'Export share',
    destinations: 'Destination countries',
    companies: 'Companies',
    records: '{count} records',
    exportShareSub: 'exports ÷ production',
    destinationsSub: 'distinct countries shipped to',
    companiesSub: 'investors, producers and exporters',
    byZone: 'By zone',
    bySector: 'By sector',
    series: 'Over time',
    topDestinations: 'Top destination countries',
    topCompanies: 'Top companies',
    products: 'Products',
    metric: 'Figure',
    granularity: 'Step',
    quarterly: 'Quarterly',
    yearly: 'Yearly',
    growth: 'Year-on-year growth',
    showData: 'Show the data',
    downloadCsv: 'Download CSV',
    zone: 'Zone',
    sector: 'Sector',
    country: 'Country',
    company: 'Company',
    product: 'Product',
    unit: 'Unit',
    quantity: 'Quantity',
    count: 'Records',
    periodCol: 'Period',
    amount: 'Amount',
    date: 'Date',
    drillTitle: 'Records behind: {figure}',
    drillSum: 'Sum of {count} records: {sum} AZN',
    drillMatches: 'equals the figure',
    drillDiffers: 'does not equal the figure',
    drillFigure: 'Figure: {value}',
    previous: 'Previous',
    next: 'Next',
    page: 'Page {page} of {pages}',
    close: 'Close',
    noData: 'No records in this period.',
    loading: 'Loading…',
    error: 'The reports could not be loaded ({detail}). Retrying when the live feed reconnects.',
    openZone: 'Open the zone page',
    chartOf: 'Chart: {title}. The same figures are in the table below it.',
    topN: 'top {n}',
    sectors: {
      AUTOMOTIVE: 'Automotive', CHEMICAL: 'Chemical', POLYMER: 'Polymer', CONSTRUCTION_MATERIALS: 'Construction materials',
      METALLURGY: 'Metallurgy', MACHINERY: 'Machinery', ELECTRICAL: 'Electrical', FOOD_PROCESSING: 'Food processing',
      TEXTILES: 'Textiles', PHARMACEUTICAL: 'Pharmaceutical', ENERGY: 'Energy', OTHER: 'Other',
    },
    quarterLabel: 'Q{q} {year}',
  },
  az: {
    appTitle: 'Azərbaycanın sənaye zonaları',
    skip: 'Məzmuna keç',
    navAnalytics: 'Analitika',
    language: 'Dil',
    currency: 'Valyuta',
    signIn: 'Daxil ol',
    signOut: 'Çıxış',
    signInTitle: 'Daxil olun',
    signInIntro: 'Rəhbərlər analitikanı burada oxuyur. ./platform dashboard əmrinin verdiyi keçidi açın və ya giriş tokenini daxil edin.',
    signInOidc: 'Təşkilat hesabınızla daxil olun',
    tokenLabel: 'Giriş tokeni',
    tokenSubmit: 'Bu tokenlə daxil ol',
    tokenRejected: 'Bu token qəbul olunmadı. Yeni keçid və ya token istəyin.',
    national: 'Ölkə üzrə yekunlar',
    allZones: 'Bütün zonalar',
    zoneTitle: '{zone}',
    filters: 'Dövr və valyuta',
    period: 'Dövr',
    periodPublished: 'Dərc olunduğu kimi (31 mart 2025-dək)',
    periodAll: 'Bütün dövr',
    periodYear: 'İl',
    periodQuarter: 'Rüb',
    periodCustom: 'Seçilmiş tarixlər',
    year: 'İl',
    quarter: 'Rüb',
    from: 'Başlanğıc',
    to: 'Son',
    apply: 'Göstər',
    badDates: 'Başlanğıc tarixi son tarixdən sonra ola bilməz.',
    showing: 'Göstərilir: {range}',
    rangeAll: 'bütün tarixlər',
    rangeTo: '{to} tarixinədək',
    rangeFrom: '{from} tarixindən',
    rangeBetween: '{from} – {to}',
    live: 'Canlı',
    reconnecting: 'Yenidən qoşulur…',
    connecting: 'Qoşulur…',
    asOf: '{time} vəziyyətinə, {events} hadisə tətbiq olunub',
    headline: 'Əsas göstəricilər',
    investment: 'İnvestisiya',
    jobs: 'Daimi iş yerləri',
    production: 'İstehsal',
    exports: 'İxrac',
    exportShare: 'İxracın payı',
    destinations: 'İxrac ölkələri',
    companies: 'Şirkətlər',
    records: '{count} qeyd',
    exportShareSub: 'ixrac ÷ istehsal',
    destinationsSub: 'məhsul göndərilən ölkələr',
    companiesSub: 'investorlar, istehsalçılar və ixracatçılar',
    byZone: 'Zonalar üzrə',
    bySector: 'Sahələr üzrə',
    series: 'Zaman üzrə',
    topDestinations: 'Əsas ixrac ölkələri',
    topCompanies: 'Əsas şirkətlər',
    products: 'Məhsullar',
    metric: 'Göstərici',
    granularity: 'Addım',
    quarterly: 'Rüblük',
    yearly: 'İllik',
    growth: 'İllik artım',
    showData: 'Məlumatı göstər',
    downloadCsv: 'CSV yüklə',
    zone: 'Zona',
    sector: 'Sahə',
    country: 'Ölkə',
    company: 'Şirkət',
    product: 'Məhsul',
    unit: 'Vahid',
    quantity: 'Miqdar',
    count: 'Qeydlər',
    periodCol: 'Dövr',
    amount: 'Məbləğ',
    date: 'Tarix',
    drillTitle: 'Rəqəmin arxasındakı qeydlər: {figure}',
    drillSum: '{count} qeydin cəmi: {sum} AZN',
    drillMatches: 'rəqəmə bərabərdir',
    drillDiffers: 'rəqəmə bərabər deyil',
    drillFigure: 'Rəqəm: {value}',
    previous: 'Əvvəlki',
    next: 'Növbəti',
    page: 'Səhifə {page} / {pages}',
    close: 'Bağla',
    noData: 'Bu dövrdə qeyd yoxdur.',
    loading: 'Yüklənir…',
    error: 'Hesabatlar yüklənmədi ({detail}). Canlı əlaqə bərpa olunanda yenidən cəhd ediləcək.',
    openZone: 'Zona səhifəsini aç',
    chartOf: 'Qrafik: {title}. Eyni rəqəmlər aşağıdakı cədvəldədir.',
    topN: 'ilk {n}',
    sectors: {
      AUTOMOTIVE: 'Avtomobil', CHEMICAL: 'Kimya', POLYMER: 'Polimer', CONSTRUCTION_MATERIALS: 'Tikinti materialları',
      METALLURGY: 'Metallurgiya', MACHINERY: 'Maşınqayırma', ELECTRICAL: 'Elektrotexnika', FOOD_PROCESSING: 'Qida emalı',
      TEXTILES: 'Toxuculuq', PHARMACEUTICAL: 'Əczaçılıq', ENERGY: 'Enerji', OTHER: 'Digər',
    },
    quarterLabel: '{year}, {q}-ci rüb',
  },
};

/** Every language's table, for tests that check no key is missing. */
export const TABLES = TEXT;

/** The BCP 47 locale used for numbers and dates. */
export function localeOf(lang) {
  return lang === 'az' ? 'az-Latn-AZ' : 'en-GB';
}

/** The text for {@code key} in {@code lang} with {name} placeholders filled in. */
export function t(lang, key, values = {}) {
  const table = TEXT[lang] || TEXT.en;
  const text = key in table ? table[key] : TEXT.en[key];
  if (typeof text !== 'string') return key;
  return text.replace(/\{(\w+)\}/g, (all, name) => (name in values ? values[name] : all));
}

/** A sector's name in {@code lang}. */
export function sectorName(lang, sector) {
  return (TEXT[lang] || TEXT.en).sectors[sector] || sector;
}

/** A country's name in {@code lang}, from the browser's own region names. */
export function countryName(lang, code) {
  try {
    return new Intl.DisplayNames([localeOf(lang)], { type: 'region' }).of(code) || code;
  } catch (e) {
    return code;
  }
}

// Azerbaijani month names, written here: not every browser carries Azerbaijani date data
const AZ_MONTHS = ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'];
const AZ_MONTHS_SHORT = ['yan', 'fev', 'mar', 'apr', 'may', 'iyn', 'iyl', 'avq', 'sen', 'okt', 'noy', 'dek'];

/** A date (YYYY-MM-DD) in the language's own format ("31 March 2025", "31 mart 2025"). */
export function formatDate(lang, iso) {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  if (lang === 'az') return d + ' ' + AZ_MONTHS[m - 1] + ' ' + y;
  return new Intl.DateTimeFormat(localeOf(lang), { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })
    .format(new Date(Date.UTC(y, m - 1, d)));
}

/** A timestamp in the language's format, in the browser's time zone. */
export function formatTime(lang, iso) {
  if (!iso) return '';
  if (lang === 'az') {
    const t = new Date(iso);
    const two = n => String(n).padStart(2, '0');
    return t.getDate() + ' ' + AZ_MONTHS[t.getMonth()] + ' ' + t.getFullYear() + ', '
      + two(t.getHours()) + ':' + two(t.getMinutes()) + ':' + two(t.getSeconds());
  }
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(iso));
}

/** A period label of the timeseries report ("2025-Q1", "2025", "2025-03") in the language's words. */
export function periodLabel(lang, period) {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return t(lang, 'quarterLabel', { year: quarter[1], q: quarter[2] });
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month && lang === 'az') return AZ_MONTHS_SHORT[Number(month[2]) - 1] + ' ' + month[1];
  if (month) {
    return new Intl.DateTimeFormat(localeOf(lang), { year: 'numeric', month: 'short', timeZone: 'UTC' })
      .format(new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)));
  }
  return period;
}
