// Limits that keep a pack from outside small enough to validate, compile and hold in a content script.
export const PACK_LIMITS = {
  fileBytes: 1_000_000,
  idLength: 64,
  nameLength: 200,
  termLength: 100,
  brands: 200,
  termsPerBrand: 500,
  excludesPerBrand: 500,
  handlesPerBrand: 50,
  signals: 200,
  termsPerSignal: 1000,
  templates: 500,
  templateLength: 2000,
  ngWords: 5000,
  searches: 100,
  totalTerms: 20_000,
  patternLength: 2000,
  depth: 32,
  /** Reply deadlines: at most 30 days; holidays listed for a few years ahead. */
  replyWithinMinutesMax: 43_200,
  holidays: 400,
  /** Search rounds: every 5 minutes at the most, once a week at the least. */
  searchIntervalMin: 5,
  searchIntervalMax: 10_080,
} as const;
