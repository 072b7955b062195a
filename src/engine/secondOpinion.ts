/**
 * A second opinion on a near miss: a multinomial naive Bayes classifier trained on the knowledge
 * base's own phrasings, examples and out-of-scope examples, each labelled with its entry (or with
 * "out of scope"). Where the engine's best entry falls just short of answering, the classifier
 * weighs the whole bag of the question's words, pairs and question words against every labelled
 * question at once; when it is all but sure of the same entry, that entry answers.
 *
 * It reads a question from its phrasing (its terms in order, then its function words as `~who`):
 * each term, each pair of neighbouring terms, the question words and auxiliaries, and the first
 * word as typed. Labels are numbers, `0 … labelCount - 1`. Only labels sharing a feature with the
 * question are scored: the others' likelihoods are smaller by the smoothing's factor per feature,
 * so leaving them out changes a belief near 1 by less than its rounding.
 */
export class SecondOpinion {
  /** Each feature ever learnt ("china", "china deni", "~who", "^so"), by number. */
  readonly #ids = new Map<string, number>();
  /** What was learnt, as it came: each feature's number and its label. */
  #learnt = { features: new Int32Array(4096), labels: new Int32Array(4096), length: 0 };
  /**
   * Feature `f`'s labels are `labels[start[f] … start[f + 1])`, each with the log of (its count +
   * smoothing) / smoothing; and each label's log of (its feature count + smoothing × vocabulary).
   */
  #index: {
    readonly start: Int32Array;
    readonly labels: Int32Array;
    readonly gains: Float64Array;
    readonly logTotals: Float64Array;
  } | null = null;
  readonly #labelCount: number;
  readonly #smoothing: number;
  /** Scratch space for one question, reused (the engine answers one question at a time). */
  readonly #score: Float64Array;
  readonly #touched: Int32Array;

  constructor(labelCount: number, smoothing = 0.1) {
    this.#labelCount = labelCount;
    this.#smoothing = smoothing;
    this.#score = new Float64Array(labelCount).fill(Number.NaN);
    this.#touched = new Int32Array(labelCount);
  }

  /** Learns one labelled question. */
  learn(phrasing: readonly string[], firstWord: string, label: number): void {
    this.#index = null;
    for (const feature of featuresOf(phrasing, firstWord)) {
      let id = this.#ids.get(feature);
      if (id === undefined) this.#ids.set(feature, (id = this.#ids.size));
      let learnt = this.#learnt;
      if (learnt.length === learnt.features.length) {
        const features = new Int32Array(learnt.length * 2);
        const labels = new Int32Array(learnt.length * 2);
        features.set(learnt.features);
        labels.set(learnt.labels);
        this.#learnt = learnt = { features, labels, length: learnt.length };
      }
      learnt.features[learnt.length] = id;
      learnt.labels[learnt.length] = label;
      learnt.length++;
    }
  }

  /** Builds the index of what was learnt (else the first belief asked for does). */
  ready(): void {
    if (this.#index) return;
    const { features, labels, length } = this.#learnt;
    const featureCount = this.#ids.size;
    // Counting sort by feature, keeping the order learnt within each feature.
    const start = new Int32Array(featureCount + 1);
    for (let i = 0; i < length; i++) {
      const f = (features[i] ?? 0) + 1;
      start[f] = (start[f] ?? 0) + 1;
    }
    for (let f = 0; f < featureCount; f++) start[f + 1] = (start[f + 1] ?? 0) + (start[f] ?? 0);
    const next = start.slice(0, featureCount);
    const sorted = new Int32Array(length);
    for (let i = 0; i < length; i++) {
      const f = features[i] ?? 0;
      const to = next[f] ?? 0;
      sorted[to] = labels[i] ?? 0;
      next[f] = to + 1;
    }
    // Each feature's run of one label becomes one posting with that label's count.
    const totals = new Float64Array(this.#labelCount);
    const postingStart = new Int32Array(featureCount + 1);
    const postingLabels = new Int32Array(length);
    const counts = new Float64Array(length);
    let at = 0;
    for (let f = 0; f < featureCount; f++) {
      postingStart[f] = at;
      for (let i = start[f] ?? 0; i < (start[f + 1] ?? 0); i++) {
        const label = sorted[i] ?? 0;
        totals[label] = (totals[label] ?? 0) + 1;
        if (at > (postingStart[f] ?? 0) && postingLabels[at - 1] === label)
          counts[at - 1] = (counts[at - 1] ?? 0) + 1;
        else {
          postingLabels[at] = label;
          counts[at++] = 1;
        }
      }
    }
    postingStart[featureCount] = at;
    const smoothing = this.#smoothing;
    const spread = smoothing * featureCount;
    this.#index = {
      start: postingStart,
      labels: postingLabels.slice(0, at),
      gains: counts.slice(0, at).map((count) => Math.log((count + smoothing) / smoothing)),
      logTotals: totals.map((total) => Math.log(total + spread)),
    };
  }

  /** The classifier's belief in [0, 1] that a question belongs to `label` (uniform prior). */
  belief(phrasing: readonly string[], firstWord: string, label: number): number {
    this.ready();
    const { start, labels, gains, logTotals } = this.#index ?? unreachable();
    const known = featuresOf(phrasing, firstWord).flatMap((f) => this.#ids.get(f) ?? []);
    if (known.length === 0) return 0;
    const score = this.#score;
    const touched = this.#touched;
    let seen = 0;
    // Each known feature adds log((count + smoothing) / (total + smoothing × vocabulary)): its
    // gain over an unseen feature here, and log(smoothing) less the label's total, added last.
    for (const feature of known) {
      for (let i = start[feature] ?? 0; i < (start[feature + 1] ?? 0); i++) {
        const at = labels[i] ?? 0;
        const before = score[at] ?? Number.NaN;
        if (Number.isNaN(before)) {
          score[at] = gains[i] ?? 0;
          touched[seen++] = at;
        } else score[at] = before + (gains[i] ?? 0);
      }
    }
    const logSmoothing = Math.log(this.#smoothing);
    let best = -Infinity;
    for (let i = 0; i < seen; i++) {
      const at = touched[i] ?? 0;
      const total = (score[at] ?? 0) + known.length * (logSmoothing - (logTotals[at] ?? 0));
      score[at] = total;
      if (total > best) best = total;
    }
    let sum = 0;
    for (let i = 0; i < seen; i++) sum += Math.exp((score[touched[i] ?? 0] ?? 0) - best);
    const own = score[label] ?? Number.NaN;
    for (let i = 0; i < seen; i++) score[touched[i] ?? 0] = Number.NaN;
    return Number.isNaN(own) ? 0 : Math.exp(own - best) / sum;
  }
}

function unreachable(): never {
  throw new Error('second opinion: index missing after ready()');
}

/** Question words and auxiliaries, as function words (`~who`): what kind of fact is asked, and how. */
const ASKING_WORDS = new Set(
  'who whom whose when where why how many much long which what is was did does are were can should will'
    .split(' ')
    .map((word) => `~${word}`),
);

/** The features of a phrasing: terms, "a b" pairs of neighbouring terms, asking words, `^first`. */
export function featuresOf(phrasing: readonly string[], firstWord: string): string[] {
  const features: string[] = [];
  let previous: string | undefined;
  for (const word of phrasing) {
    if (word.startsWith('~')) {
      if (ASKING_WORDS.has(word)) features.push(word);
      continue;
    }
    features.push(word);
    if (previous !== undefined) features.push(`${previous} ${word}`);
    previous = word;
  }
  if (firstWord) features.push(`^${firstWord}`);
  return features;
}
