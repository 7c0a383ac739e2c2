import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../lib/categories';
import { createClassifier } from '../../lib/classify/classifier';
import { compileSpec } from '../../lib/classify/compile-spec';
import demoPack from '../../lib/pack/demo-pack.json';
import { packSchema } from '../../lib/pack/schema';
import { evaluate, formatEvaluation, labelledSets, queueReader } from '../../scripts/labelled-sets';

// Per-category precision/recall on hand-written posts about the demo brands (scripts/labelled-sets.ts).
// The history of each set, honestly (first runs are the figures for posts the rules had never seen):
//   tuning   used while writing the first signal lists.
//   holdout  written before its first run; later vocabulary work saw its misses.
//   blind    100 posts written before their writer read the classifier. First run 0.70 (complaint R 0.63,
//            praise R 0.47); later work saw its misses.
//   fresh    40 posts in wording the lists lacked. First run 0.40; 0.53 after the negative-verb rule;
//            then tuned on.
//   dev      154 posts written for the inflection/polarity work of issue 13. First run 0.53 (complaint
//            R 0.40, praise R 0.37); tuned on.
//   dev2     104 more, written mid-way through that work. First run 0.64 with the rules of the time
//            (complaint R 0.53, praise R 0.58); tuned on.
//   dev3     163 posts (15 % English) written for issue 13's second round, before any rule of that round
//            changed: other people, slang, kaomoji, sarcasm, complaints asked as questions, praise with
//            negated trouble, off-topic mentions and exclusions. First run 0.81 (complaint P 0.82 R 0.82,
//            praise P 0.80 R 0.62, other P 0.73 R 0.79); then tuned on by kind of construction (trouble that
//            does not arise, is gone or lessened; despite + good news; concessive 〜ても): 0.87.
//   unseen   344 posts (14 % English) written before any rule of that work changed and NEVER tuned on.
//            First run, old rules: accuracy 0.57, complaint P 0.83 R 0.41, praise P 0.72 R 0.29, brand F1
//            0.979. Its misses have not been read; its figures are the estimate for posts nobody tuned on.
//   dev4     206 posts (14 % English) written for issue 13's third round before any rule of it changed.
//            First run 0.83 (complaint P 0.87 R 0.75, praise P 0.89 R 0.80); tuned on.
//   dev5     120 posts written after the first batch of that round. First run 0.73 (complaint R 0.67,
//            praise R 0.56); tuned on.
//   dev6     80 posts written after the second batch. First run 0.69 (complaint R 0.62, praise R 0.58);
//            tuned on (the domain lexicon).
//   dev7     78 posts written after the lexicon, to see whether it carries. First run 0.62 (complaint
//            R 0.53, praise R 0.56): it does not much; tuned on lightly.
//   unseen2  320 posts (15 % English) written with dev4, before any rule of the third round changed, and
//            NEVER tuned on. First run 0.80 (complaint P 0.87 R 0.78, praise P 0.82 R 0.63, other P 0.58
//            R 0.81), brand F1 0.998 (ミドリふぉん: the folding of small vowels after hiragana).
//   dev8     181 posts (15 % English) written for issue 13's fourth round before any of its changes: trouble
//            told as a fact with no trouble word, sarcasm, slang, kaomoji, replies. First run 0.74
//            (complaint P 0.85 R 0.65, praise P 0.96 R 0.63, other P 0.38 R 0.90). The fact cues of the
//            background's second reading were drafted with its misses in view; its model never trains on
//            it when it is measured.
//   dev9     100 posts (14 % English) written after the background's second reading (second-reading.ts) was
//            first drafted on dev1–dev8, to check whether it carries. First run, rules alone 0.73
//            (complaint P 0.90 R 0.67, praise P 0.91 R 0.45, other P 0.36 R 0.92).
//   dev10    181 posts (14 % English) written for issue 13's fifth round before any of its changes: slang
//            praise (エグい, バケモン, 飯テロ, "slaps", "cracked"), sarcasm, kaomoji, replies, trouble asked as
//            a question, plain mentions. First run, rules 0.82 (complaint P 0.86 R 0.75, praise P 1.00 R 0.71,
//            other P 0.56 R 0.96); as the queue shows it 0.90 (complaint R 0.96, praise R 0.78, other R 0.83).
//            Tuned on by kind of construction.
//   dev11    104 posts (13 % English) written with dev10 and NEVER tuned on (nor trained on by the second
//            reading): the check that dev10's changes carry. First run, rules 0.85 (complaint P 0.97 R 0.75,
//            praise P 0.94 R 0.76, other P 0.60 R 0.94); as the queue shows it 0.89 (complaint R 0.95,
//            praise R 0.86, other R 0.63).
//   dev12    320 posts (15 % English), dev13 300 (15 %) and dev14 320 (21 %), written for issue 13's sixth
//            round by three writers who never saw the classifier or the other sets, before any change:
//            everyday life (dev12); young, slang-heavy users and careful older ones (dev13); shop owners,
//            parents, rural life, travel, more English and hard cases (dev14). dev13 is held out (never
//            tuned on, never trained on); dev12 and dev14 are development sets. First run, rules: dev12
//            0.81 (complaint P 0.78 R 0.82, praise P 0.92 R 0.70, other P 0.57 R 0.71), dev13 0.80 (0.79
//            0.82, 0.88 0.68, 0.67 0.67), dev14 0.80 (0.79 0.83, 0.86 0.77, 0.74 0.60); as the queue shows
//            it with the shipped model: dev12 0.87 (complaint R 0.95, praise R 0.79), dev13 0.86 (0.93,
//            0.77), dev14 0.83 (0.91, 0.83).
//   dev15    300 posts (15 % English, customer-service moments) and dev16 300 (15 %, gadget reviewers,
//            dialects, night shifts, image reactions), by two more writers who never saw the classifier,
//            written after the sixth round's changes and held out at once (never tuned or trained on,
//            their misses not read). First run, rules: dev15 0.80 (complaint P 0.77 R 0.86, praise P 0.92
//            R 0.71, other P 0.69 R 0.56), dev16 0.80 (0.83 0.75, 0.87 0.80, 0.54 0.69); as the queue
//            shows it: dev15 0.877 (brand posts 0.902; complaint R 0.97, praise R 0.88), dev16 0.890
//            (0.909; 0.91, 0.92).
// Floors sit a little under the measured figures (printed below), so a regression fails.
const sets = labelledSets();
const classifier = createClassifier(compileSpec([packSchema.parse(demoPack)]));
const { classify } = classifier;

const floors: Record<string, { accuracy: number; recall: number; precision: number; otherPrecision: number }> = {
  tuning: { accuracy: 0.94, precision: 0.85, recall: 0.85, otherPrecision: 0.85 },
  holdout: { accuracy: 0.9, precision: 0.8, recall: 0.75, otherPrecision: 0.6 },
  blind: { accuracy: 0.9, precision: 0.85, recall: 0.75, otherPrecision: 0.6 },
  fresh: { accuracy: 0.85, precision: 0.75, recall: 0.6, otherPrecision: 0.5 },
  dev: { accuracy: 0.88, precision: 0.8, recall: 0.8, otherPrecision: 0.6 },
  dev2: { accuracy: 0.86, precision: 0.75, recall: 0.75, otherPrecision: 0.5 },
  dev3: { accuracy: 0.84, precision: 0.75, recall: 0.7, otherPrecision: 0.6 },
  dev4: { accuracy: 0.91, precision: 0.9, recall: 0.8, otherPrecision: 0.8 },
  dev5: { accuracy: 0.89, precision: 0.85, recall: 0.85, otherPrecision: 0.6 },
  dev6: { accuracy: 0.86, precision: 0.75, recall: 0.8, otherPrecision: 0.6 },
  dev7: { accuracy: 0.72, precision: 0.6, recall: 0.6, otherPrecision: 0.25 },
  dev8: { accuracy: 0.7, precision: 0.6, recall: 0.6, otherPrecision: 0.3 },
  dev9: { accuracy: 0.7, precision: 0.6, recall: 0.4, otherPrecision: 0.3 },
  dev10: { accuracy: 0.8, precision: 0.8, recall: 0.7, otherPrecision: 0.5 },
  dev11: { accuracy: 0.82, precision: 0.8, recall: 0.7, otherPrecision: 0.55 },
  dev12: { accuracy: 0.78, precision: 0.75, recall: 0.65, otherPrecision: 0.5 },
  dev13: { accuracy: 0.77, precision: 0.7, recall: 0.6, otherPrecision: 0.6 },
  dev14: { accuracy: 0.77, precision: 0.75, recall: 0.55, otherPrecision: 0.65 },
  dev15: { accuracy: 0.77, precision: 0.75, recall: 0.5, otherPrecision: 0.65 },
  dev16: { accuracy: 0.77, precision: 0.8, recall: 0.65, otherPrecision: 0.5 },
  unseen: { accuracy: 0.8, precision: 0.78, recall: 0.72, otherPrecision: 0.5 },
  unseen2: { accuracy: 0.8, precision: 0.75, recall: 0.72, otherPrecision: 0.55 },
};

describe('labelled posts', () => {
  it('has sets across every category, mostly Japanese, with two untouched sets of at least 300', () => {
    const all = Object.values(sets).flat();
    for (const c of CATEGORIES) expect(all.filter((r) => r.category === c).length).toBeGreaterThanOrEqual(60);
    expect(all.filter((r) => /[\u3040-\u30ff]/.test(r.text)).length / all.length).toBeGreaterThan(0.75);
    for (const untouched of [sets.unseen!, sets.unseen2!]) {
      expect(untouched.length).toBeGreaterThanOrEqual(300);
      const english = untouched.filter((r) => !/[\u3040-\u30ff\u4e00-\u9fff]/.test(r.text)).length / untouched.length;
      expect(english).toBeGreaterThan(0.1);
    }
  });

  for (const [name, rows] of Object.entries(sets)) {
    it(`meets precision/recall floors on the ${name} posts`, () => {
      const e = evaluate(classify, rows);
      const f = floors[name]!;
      console.log(formatEvaluation(name, e, rows.length));
      expect(e.brandF1).toBeGreaterThanOrEqual(0.99);
      expect(e.accuracy).toBeGreaterThanOrEqual(f.accuracy);
      for (const r of e.table) {
        expect.soft(r.precision, `${r.category} precision`).toBeGreaterThanOrEqual(r.category === 'other' ? f.otherPrecision : f.precision);
        expect.soft(r.recall, `${r.category} recall`).toBeGreaterThanOrEqual(f.recall);
      }
    });
  }

  // As the queue shows them: the background reads brand posts the rules leave as other (or read as a
  // question) a second time, with a model of the development sets that never holds the set measured.
  // Measured with it (issue 13's fifth round): unseen 0.904 (complaint R 0.93, praise R 0.86), unseen2
  // 0.903 (0.96, 0.89), dev9 0.88 (0.90, 0.77), dev11 0.913 (0.95, 0.86); before that round unseen 0.887,
  // unseen2 0.872, dev9 0.88, dev11 0.894. dev7 0.95, dev8 0.93 and dev10 0.956 with a model that never
  // saw them (the cues and the thresholds did); floors a little under.
  // Issue 13's sixth round (dev12 and dev14 tuned on by kind, dev13 held out): all posts / brand posts,
  // unseen 0.916 / 0.916 (complaint R 0.92, praise R 0.86), unseen2 0.909 / 0.913 (0.97, 0.89), dev9
  // 0.890 / 0.884 (0.90, 0.77), dev11 0.923 / 0.930 (0.95, 0.86), dev13 0.880 / 0.909 (0.93, 0.80; its
  // first run 0.86 / 0.89); dev12 0.916, dev14 0.919 with a model that never saw them.
  const queueFloors: Record<string, { accuracy: number; complaintRecall: number; praiseRecall: number }> = {
    dev13: { accuracy: 0.86, complaintRecall: 0.91, praiseRecall: 0.77 },
    dev15: { accuracy: 0.86, complaintRecall: 0.95, praiseRecall: 0.85 },
    dev16: { accuracy: 0.87, complaintRecall: 0.89, praiseRecall: 0.9 },
    dev12: { accuracy: 0.89, complaintRecall: 0.95, praiseRecall: 0.82 },
    dev14: { accuracy: 0.89, complaintRecall: 0.95, praiseRecall: 0.89 },
    unseen: { accuracy: 0.9, complaintRecall: 0.9, praiseRecall: 0.84 },
    unseen2: { accuracy: 0.89, complaintRecall: 0.94, praiseRecall: 0.87 },
    dev9: { accuracy: 0.87, complaintRecall: 0.87, praiseRecall: 0.75 },
    dev11: { accuracy: 0.9, complaintRecall: 0.92, praiseRecall: 0.83 },
    dev10: { accuracy: 0.92, complaintRecall: 0.93, praiseRecall: 0.85 },
    dev8: { accuracy: 0.87, complaintRecall: 0.88, praiseRecall: 0.75 },
    dev7: { accuracy: 0.85, complaintRecall: 0.88, praiseRecall: 0.8 },
  };
  for (const [name, f] of Object.entries(queueFloors)) {
    it(`as the queue shows them, the ${name} posts meet their floors`, () => {
      const e = evaluate(queueReader(classifier, name, sets), sets[name]!);
      console.log(formatEvaluation(`${name}, as the queue shows it`, e, sets[name]!.length));
      expect(e.accuracy).toBeGreaterThanOrEqual(f.accuracy);
      expect(e.table.find((r) => r.category === 'complaint')!.recall).toBeGreaterThanOrEqual(f.complaintRecall);
      expect(e.table.find((r) => r.category === 'praise')!.recall).toBeGreaterThanOrEqual(f.praiseRecall);
    });
  }

  // Operators rely on complaints being caught: everyday trouble without a stock keyword must not fall
  // into "other".
  it('catches at least 9 in 10 complaints of the blind posts', () => {
    const complaints = sets.blind!.filter((r) => r.category === 'complaint');
    const caught = complaints.filter((r) => classify({ id: r.id, text: r.text }).category === 'complaint');
    expect(caught.length / complaints.length).toBeGreaterThanOrEqual(0.9);
  });
});
