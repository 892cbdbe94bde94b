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
    navRecord: 'Record',
    navUpload: 'Upload',
    navRecords: 'My records',
    kind: 'What',
    kindInvestment: 'An investment',
    kindProduction: 'A production report',
    kindExport: 'An export shipment',
    recordTitle: 'Record {kind}',
    uploadTitle: 'Upload a file of records',
    recordsTitle: 'My records',
    field_zoneId: 'Zone', field_investor: 'Investor', field_producer: 'Producer', field_exporter: 'Exporter',
    field_sector: 'Sector', field_amount: 'Amount', field_value: 'Value', field_currency: 'Currency',
    field_investedOn: 'Invested on', field_producedOn: 'Produced on', field_shippedOn: 'Shipped on',
    field_jobsCreated: 'Permanent jobs created', field_description: 'Description (optional)',
    field_product: 'Product', field_quantity: 'Quantity', field_unit: 'Unit (e.g. t, vehicles)',
    field_destinationCountry: 'Destination country', field_hsCode: 'HS code (2, 4 or 6 digits)',
    choose: 'Choose…',
    inAzn: '= {amount} AZN',
    rateUnknown: 'no rate known for this currency here',
    submit: 'Record',
    submitting: 'Recording…',
    recorded: 'Recorded: {summary}. It counts in the reports within a second.',
    replayed: 'Already recorded (the same submission was sent again): {summary}.',
    fixFields: 'Nothing was stored. Check {count} field(s) below.',
    forbidden: 'Nothing was stored: your sign-in does not allow this ({detail}).',
    conflict: 'Nothing was stored: this submission was already used for other values. Submit again to record it as new.',
    networkError: 'The server could not be reached. Submit again: it will not be recorded twice.',
    serverError: 'Nothing was stored: the server answered {status}. Try again later.',
    newRecord: 'Record another',
    file: 'File (CSV or JSON, up to 1,000 rows)',
    template: 'Download the CSV template',
    preview: '{rows} rows read from {name}',
    previewHead: 'The first rows',
    check: 'Check the file',
    checking: 'Checking…',
    valid: 'All {count} rows are valid. Nothing is stored until you store them.',
    invalidRows: 'Nothing was stored. Fix these rows and choose the file again:',
    store: 'Store {count} rows',
    storing: 'Storing…',
    stored: '{count} records stored.',
    tooMany: 'At most 1,000 rows in one file.',
    unreadable: 'The file could not be read: {detail}',
    status: 'Status',
    counted: 'Counted',
    voidedBy: 'Voided by {who} on {when}: {reason}',
    recordedBy: 'Recorded by',
    void: 'Void',
    voidTitle: 'Void this record?',
    voidIntro: 'A voided record stays in the list but drops out of every total. This cannot be undone.',
    voidReason: 'Reason',
    voidConfirm: 'Void the record',
    cancel: 'Cancel',
    voided: 'The record was voided.',
    alreadyVoided: 'This record was already voided; nothing changed.',
    allMyZones: 'All my zones',
    noRecords: 'No records yet.',
    original: 'Amount',
    noRole: 'Your sign-in gives no role this app knows ({roles}).',
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
    navRecord: 'Qeyd et',
    navUpload: 'Fayl yüklə',
    navRecords: 'Qeydlərim',
    kind: 'Nə',
    kindInvestment: 'İnvestisiya',
    kindProduction: 'İstehsal hesabatı',
    kindExport: 'İxrac göndərişi',
    recordTitle: 'Qeyd: {kind}',
    uploadTitle: 'Qeydlər faylını yükləyin',
    recordsTitle: 'Qeydlərim',
    field_zoneId: 'Zona', field_investor: 'İnvestor', field_producer: 'İstehsalçı', field_exporter: 'İxracatçı',
    field_sector: 'Sahə', field_amount: 'Məbləğ', field_value: 'Dəyər', field_currency: 'Valyuta',
    field_investedOn: 'İnvestisiya tarixi', field_producedOn: 'İstehsal tarixi', field_shippedOn: 'Göndərmə tarixi',
    field_jobsCreated: 'Yaradılan daimi iş yerləri', field_description: 'Təsvir (istəyə görə)',
    field_product: 'Məhsul', field_quantity: 'Miqdar', field_unit: 'Vahid (məs. t, avtomobil)',
    field_destinationCountry: 'Təyinat ölkəsi', field_hsCode: 'HS kodu (2, 4 və ya 6 rəqəm)',
    choose: 'Seçin…',
    inAzn: '= {amount} AZN',
    rateUnknown: 'bu valyuta üçün məzənnə məlum deyil',
    submit: 'Qeyd et',
    submitting: 'Qeyd olunur…',
    recorded: 'Qeyd olundu: {summary}. Bir saniyə ərzində hesabatlarda görünəcək.',
    replayed: 'Artıq qeyd olunub (eyni göndəriş təkrarlandı): {summary}.',
    fixFields: 'Heç nə saxlanmadı. Aşağıda {count} sahəni yoxlayın.',
    forbidden: 'Heç nə saxlanmadı: girişiniz buna icazə vermir ({detail}).',
    conflict: 'Heç nə saxlanmadı: bu göndəriş başqa dəyərlər üçün artıq istifadə olunub. Yeni qeyd üçün yenidən göndərin.',
    networkError: 'Serverə qoşulmaq olmadı. Yenidən göndərin: iki dəfə qeyd olunmayacaq.',
    serverError: 'Heç nə saxlanmadı: server {status} cavabı verdi. Sonra yenidən cəhd edin.',
    newRecord: 'Yeni qeyd',
    file: 'Fayl (CSV və ya JSON, 1000 sətirədək)',
    template: 'CSV şablonunu yüklə',
    preview: '{name} faylından {rows} sətir oxundu',
    previewHead: 'İlk sətirlər',
    check: 'Faylı yoxla',
    checking: 'Yoxlanılır…',
    valid: 'Bütün {count} sətir düzgündür. Saxlayana qədər heç nə saxlanmır.',
    invalidRows: 'Heç nə saxlanmadı. Bu sətirləri düzəldin və faylı yenidən seçin:',
    store: '{count} sətri saxla',
    storing: 'Saxlanılır…',
    stored: '{count} qeyd saxlanıldı.',
    tooMany: 'Bir faylda ən çox 1000 sətir ola bilər.',
    unreadable: 'Fayl oxunmadı: {detail}',
    status: 'Vəziyyət',
    counted: 'Hesablanır',
    voidedBy: '{who} tərəfindən {when} ləğv edilib: {reason}',
    recordedBy: 'Qeyd edən',
    void: 'Ləğv et',
    voidTitle: 'Bu qeyd ləğv edilsin?',
    voidIntro: 'Ləğv edilmiş qeyd siyahıda qalır, amma heç bir yekuna daxil olmur. Bunu geri qaytarmaq olmaz.',
    voidReason: 'Səbəb',
    voidConfirm: 'Qeydi ləğv et',
    cancel: 'İmtina',
    voided: 'Qeyd ləğv edildi.',
    alreadyVoided: 'Bu qeyd artıq ləğv edilib; heç nə dəyişmədi.',
    allMyZones: 'Bütün zonalarım',
    noRecords: 'Hələ qeyd yoxdur.',
    original: 'Məbləğ',
    noRole: 'Girişiniz bu tətbiqin tanıdığı rol vermir ({roles}).',
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

// the server's validation messages (English) in Azerbaijani; a message not listed is shown as the server wrote it
const AZ_MESSAGES = [
  [/^must not be (blank|null|empty)$/, 'Bu sahəni doldurun.'],
  [/^must be greater than 0$/, '0-dan böyük olmalıdır.'],
  [/^must be greater than or equal to 0$/, '0 və ya daha böyük olmalıdır.'],
  [/^must not be in the future$/, 'Tarix gələcəkdə ola bilməz.'],
  [/^at most 15 digits before the point and (\d) after$/, 'Nöqtədən əvvəl ən çox 15, sonra ən çox $1 rəqəm.'],
  [/^must be 2, 4 or 6 digits of the Harmonized System$/, 'HS kodu 2, 4 və ya 6 rəqəm olmalıdır.'],
  [/^unknown zone.*$/, 'Belə zona yoxdur.'],
  [/^unsupported currency; accepted: (.*)$/, 'Bu valyuta qəbul olunmur; qəbul olunanlar: $1.'],
];

/** A validation message of the server in {@code lang}. */
export function serverMessage(lang, message) {
  const text = String(message || '');
  if (lang === 'az') {
    for (const [pattern, translation] of AZ_MESSAGES) {
      if (pattern.test(text)) return text.replace(pattern, translation);
    }
    return text;
  }
  return text.charAt(0).toUpperCase() + text.slice(1) + (/[.!?]$/.test(text) ? '' : '.');
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
