import { featuresOf } from './secondOpinion.js';

/** What the logistic second opinion makes of one question: its likeliest label and each belief. */
export interface Reading {
  /** The likeliest label. */
  readonly label: number;
  /** The belief in [0, 1] for each label (they sum to 1). */
  readonly beliefs: Float32Array;
}

/** Training settings: a few passes of stochastic gradient descent, in a fixed order. */
const PASSES = 2;
const LEARNING_RATE = 1;
const WEIGHT_DECAY = 1e-5;
const SHUFFLE_SEED = 1;
/** A label's gradient this small, for one question, is not applied. */
const NEGLIGIBLE = 1e-3;

/**
 * A second second opinion: multinomial logistic regression (softmax) over the same features as
 * the naive Bayes one (terms, pairs of neighbouring terms, question words, the first word),
 * learnt from the same labelled questions. Naive Bayes counts each feature for each label on its
 * own; this weighs the features against each other, so a word that every label's questions use
 * counts for little and one that tells two close entries apart counts for much. On question sets
 * the engine never saw, its likeliest label alone is right for 92–93 % of questions (naive Bayes:
 * 88–89 %).
 *
 * Its weights are a features × labels table, learnt in `ready()` (tens of milliseconds on the
 * real knowledge base). A knowledge base whose table would exceed `maxWeights` is not learnt
 * from: learning stops, and forgets what it kept, the moment the table would grow past it; `read`
 * then returns null, and the engine goes without this opinion.
 */
export class LogisticOpinion {
  readonly #ids = new Map<string, number>();
  /** Each question learnt: its feature numbers (no repeats) and its label. */
  readonly #questions: { readonly features: Int32Array; readonly label: number }[] = [];
  readonly #labelCount: number;
  readonly #maxWeights: number;
  /**
   * The learnt weights; undefined until learnt (or since the last question learnt); null once the
   * weight table would exceed `maxWeights`, after which nothing more is learnt or kept.
   */
  #model: { readonly weights: Float32Array; readonly bias: Float32Array } | null | undefined;

  constructor(labelCount: number, maxWeights = 4_000_000) {
    this.#labelCount = labelCount;
    this.#maxWeights = maxWeights;
  }

  /** Learns one labelled question. */
  learn(phrasing: readonly string[], firstWord: string, label: number): void {
    if (this.#model === null) return;
    this.#model = undefined;
    const ids = new Set<number>();
    for (const feature of featuresOf(phrasing, firstWord)) {
      let id = this.#ids.get(feature);
      if (id === undefined) this.#ids.set(feature, (id = this.#ids.size));
      ids.add(id);
    }
    if (this.#ids.size * this.#labelCount > this.#maxWeights) {
      this.#ids.clear();
      this.#questions.length = 0;
      this.#model = null;
      return;
    }
    this.#questions.push({ features: Int32Array.from(ids), label });
  }

  /** Whether `read` reads anything: false for a knowledge base too big to learn from. */
  get usable(): boolean {
    this.ready();
    return this.#model !== null;
  }

  /** Learns the weights from what was learnt (else the first reading does). */
  ready(): void {
    if (this.#model !== undefined) return;
    const labels = this.#labelCount;
    const featureCount = this.#ids.size;
    const weights = new Float64Array(featureCount * labels);
    const bias = new Float64Array(labels);
    const scores = new Float64Array(labels);
    const active = new Int32Array(labels);
    const order = this.#questions.map((_, i) => i);
    let seed = SHUFFLE_SEED;
    const random = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647;
    for (let pass = 0; pass < PASSES; pass++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        const swap = order[i] ?? 0;
        order[i] = order[j] ?? 0;
        order[j] = swap;
      }
      const rate = LEARNING_RATE / (1 + pass);
      for (const at of order) {
        const question = this.#questions[at];
        if (!question) continue;
        softmax(weights, bias, question.features, scores);
        // The gradient of the log loss: each label's belief, less 1 for the right label. (The
        // inner loops index typed arrays within their bounds: `!` only tells the compiler so.)
        // Labels whose gradient is negligible are left as they are (most of them, once the
        // first pass has been made): only the others' weights are updated.
        scores[question.label]! -= 1;
        let moving = 0;
        for (let c = 0; c < labels; c++) {
          const gradient = scores[c]!;
          if (gradient > NEGLIGIBLE || gradient < -NEGLIGIBLE) {
            bias[c]! -= rate * gradient;
            active[moving++] = c;
          }
        }
        const decay = 1 - rate * WEIGHT_DECAY;
        for (const feature of question.features) {
          const row = feature * labels;
          for (let i = 0; i < moving; i++) {
            const at = row + active[i]!;
            weights[at] = weights[at]! * decay - rate * scores[active[i]!]!;
          }
        }
      }
    }
    this.#questions.length = 0;
    // Kept in single precision: half the memory, beliefs the same to six places.
    this.#model = { weights: Float32Array.from(weights), bias: Float32Array.from(bias) };
  }

  /** The question's likeliest label and every label's belief, or null when nothing was learnt. */
  read(phrasing: readonly string[], firstWord: string): Reading | null {
    this.ready();
    const model = this.#model;
    if (!model) return null;
    const features = Int32Array.from(
      new Set(featuresOf(phrasing, firstWord).flatMap((f) => this.#ids.get(f) ?? [])),
    );
    const scores = new Float64Array(this.#labelCount);
    softmax(model.weights, model.bias, features, scores);
    let label = 0;
    for (let c = 1; c < scores.length; c++) if ((scores[c] ?? 0) > (scores[label] ?? 0)) label = c;
    return { label, beliefs: Float32Array.from(scores) };
  }
}

/** Writes into `out` each label's softmax belief for a question with these features. */
function softmax(
  weights: Float32Array | Float64Array,
  bias: Float32Array | Float64Array,
  features: Int32Array,
  out: Float64Array,
): void {
  const labels = out.length;
  out.set(bias);
  for (const feature of features) {
    const row = feature * labels;
    for (let c = 0; c < labels; c++) out[c]! += weights[row + c]!;
  }
  let top = -Infinity;
  for (let c = 0; c < labels; c++) if (out[c]! > top) top = out[c]!;
  let sum = 0;
  for (let c = 0; c < labels; c++) sum += out[c] = Math.exp(out[c]! - top);
  for (let c = 0; c < labels; c++) out[c]! /= sum;
}
