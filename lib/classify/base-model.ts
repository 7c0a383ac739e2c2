import type { Category } from '../categories';
import corpus from './base-corpus.json';
import { trainLearnedModel, trainLearnedModelInSteps, type LearnedModel } from './learned';

// The project's own labelled posts as a model: the same character n-gram naive Bayes the team's
// learned layer uses (learned.ts), trained on the hand-labelled development sets (brand names taken
// out, scripts/build-base-corpus.ts). Background and side panel only, like the team's layer: the
// corpus alone is several times the content script's whole budget. Trained on first use (0.13–0.6 s
// of CPU on this project's machine) and kept; the worker trains it in short steps, off a report's way
// (trainedBaseModel).

export interface BaseCorpus {
  format: 'kizuki.base-corpus';
  version: 1;
  /** The labelled sets it was built from. */
  sets: string[];
  posts: [Category, string][];
}

/** Sets never trained on, so that their figures stay an estimate for posts nobody has seen. */
export const BASE_CORPUS_HELD_OUT = ['unseen', 'unseen2', 'fresh', 'dev9', 'dev11', 'dev13', 'dev15', 'dev16'];

let model: LearnedModel | null = null;
let training: Promise<LearnedModel> | null = null;

const corpusPosts = () => (corpus as BaseCorpus).posts.map(([category, text]) => ({ category, text }));

export function baseModel(): LearnedModel {
  model ??= trainLearnedModel(corpusPosts());
  return model;
}

/** The model if it has been trained; else null (the worker does not train it on a report's way). */
export function baseModelIfTrained(): LearnedModel | null {
  return model;
}

/**
 * The model, trained in short tasks: training takes a few hundred milliseconds, and the worker trains
 * it again after every restart, which must hold up neither the report that asked nor the messages
 * that come while it trains (the next reports, the chips' state requests).
 */
export function trainedBaseModel(): Promise<LearnedModel> {
  training ??= trainLearnedModelInSteps(corpusPosts(), () => new Promise((resolve) => setTimeout(resolve))).then((trained) => (model ??= trained));
  return training;
}

/** A model from other labelled posts (the measurements train one per set left out). */
export function trainBaseModel(posts: readonly { category: Category; text: string }[]): LearnedModel {
  return trainLearnedModel(posts);
}
