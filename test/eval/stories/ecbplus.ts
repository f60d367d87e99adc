/**
 * ECB+ same-event clustering read in place: the online clusterer against a TF-IDF average-link batch peer, each with
 * its threshold tuned on the train topics and scored on the dev topics (subtopic = event level).
 */
import { existsSync, readFileSync } from 'node:fs';
import {
  createClusterer,
  prepareClusterDocument,
  type ClusterDocument,
  type ClusterSnapshot,
} from '../../../src/pipeline/cluster/index.js';
import { arrivalOrders, tuneOverOrders, type OrderedResult } from './arrival-orders.js';
import { averageLinkMerges, cutMerges, tfidfVectors } from './average-link.js';
import { scorePartition, type PartitionScores } from './partition-scores.js';

interface EcbDocument {
  doc_id: string;
  topic: number;
  subtopic: string;
  split: 'train' | 'dev';
  title: string;
  text: string;
}

/** One system's result: the threshold chosen on train, its train F1, and every dev score. */
export interface SystemResult {
  threshold: number;
  trainF1: number;
  dev: PartitionScores;
  devTopicF1: number;
  /** Dev clusters holding documents of both events of a topic: the merge that matters for a news clusterer. */
  crossEventMerges: number;
}

const ONLINE_THRESHOLDS = [0.15, 0.2, 0.25, 0.3, 0.35];
const PEER_THRESHOLDS = [0.1, 0.12, 0.15, 0.18, 0.2, 0.22, 0.25, 0.3];
/** Repair runs every this many documents, as between refreshes. */
const REPAIR_EVERY = 25;
/** Arrival orders the online clusterer is also scored over: the folder's and four seeded shuffles. */
const ARRIVAL_ORDERS = 5;
const ORDER_SEED = { train: 1000, dev: 2000 } as const;

/** Loads the folder's documents, or null when the dataset is absent. */
export function loadEcbPlus(folder: string): EcbDocument[] | null {
  const file = `${folder}/docs.jsonl`;
  if (!existsSync(file)) return null;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as EcbDocument);
}

function crossEventMerges(predicted: ReadonlyMap<string, string>, documents: readonly EcbDocument[]): number {
  const events = new Map<string, Set<string>>();
  for (const document of documents) {
    const cluster = predicted.get(document.doc_id) as string;
    const set = events.get(cluster) ?? new Set<string>();
    set.add(document.subtopic);
    events.set(cluster, set);
  }
  return [...events.values()].filter((set) => set.size > 1).length;
}

function runOnline(prepared: readonly ClusterDocument[], threshold: number, history?: ClusterSnapshot | null): Map<string, string> {
  const clusterer = createClusterer({ joinThreshold: threshold }, history ?? undefined);
  const assigned = new Map<string, string>();
  prepared.forEach((document, index) => {
    assigned.set(document.id, clusterer.add(document).storyId);
    if ((index + 1) % REPAIR_EVERY === 0) clusterer.repair();
  });
  clusterer.repair();
  return new Map([...assigned].map(([id, story]) => [id, clusterer.resolve(story)]));
}

/** Returns the document frequencies learnt from other documents, as a snapshot without stories (the "history"). */
function historyFrom(prepared: readonly ClusterDocument[]): ClusterSnapshot {
  const clusterer = createClusterer();
  for (const document of prepared) clusterer.add(document);
  return { ...clusterer.snapshot(), stories: [], redirects: [], newest: null };
}

function evaluate(
  documents: readonly EcbDocument[],
  predicted: ReadonlyMap<string, string>,
): { scores: PartitionScores; topicF1: number; merges: number } {
  const events = new Map(documents.map((document) => [document.doc_id, document.subtopic]));
  const topics = new Map(documents.map((document) => [document.doc_id, String(document.topic)]));
  return {
    scores: scorePartition(predicted, events),
    topicF1: scorePartition(predicted, topics).f1,
    merges: crossEventMerges(predicted, documents),
  };
}

function tuneAndScore(
  train: readonly EcbDocument[],
  dev: readonly EcbDocument[],
  thresholds: readonly number[],
  run: (split: 'train' | 'dev', threshold: number) => Map<string, string>,
): SystemResult {
  const trainScores = thresholds.map((threshold) => evaluate(train, run('train', threshold)).scores.f1);
  const best = trainScores.indexOf(Math.max(...trainScores));
  const threshold = thresholds[best] as number;
  const result = evaluate(dev, run('dev', threshold));
  return {
    threshold,
    trainF1: trainScores[best] as number,
    dev: result.scores,
    devTopicF1: result.topicF1,
    crossEventMerges: result.merges,
  };
}

/** The online clusterer scored over arrival orders, cold and with history. */
function overOrders(
  splits: Record<'train' | 'dev', readonly EcbDocument[]>,
  prepared: Record<'train' | 'dev', readonly ClusterDocument[]>,
  history: Record<'train' | 'dev', ClusterSnapshot> | null,
): OrderedResult {
  const gold = {
    train: new Map(splits.train.map((document) => [document.doc_id, document.subtopic])),
    dev: new Map(splits.dev.map((document) => [document.doc_id, document.subtopic])),
  };
  const orders = {
    train: arrivalOrders(prepared.train, ARRIVAL_ORDERS, ORDER_SEED.train),
    dev: arrivalOrders(prepared.dev, ARRIVAL_ORDERS, ORDER_SEED.dev),
  };
  return tuneOverOrders(
    orders,
    ONLINE_THRESHOLDS,
    (split, order, threshold) => scorePartition(runOnline(order, threshold, history?.[split]), gold[split]).f1,
  );
}

/** Scores the online clusterer (cold, and with the other split's frequencies as history) and the batch peer. */
export function runEcbPlus(documents: readonly EcbDocument[]): {
  online: SystemResult;
  onlineWithHistory: SystemResult;
  peer: SystemResult;
  onlineOverOrders: OrderedResult;
  onlineWithHistoryOverOrders: OrderedResult;
} {
  const splits = { train: documents.filter((d) => d.split === 'train'), dev: documents.filter((d) => d.split === 'dev') };
  const prepared = {
    train: splits.train.map((d) => prepareClusterDocument({ id: d.doc_id, title: d.title, text: d.text, language: 'en' })),
    dev: splits.dev.map((d) => prepareClusterDocument({ id: d.doc_id, title: d.title, text: d.text, language: 'en' })),
  };
  // History for a split is the other split: a running system has seen earlier news, never the documents it clusters.
  const history = { train: historyFrom(prepared.dev), dev: historyFrom(prepared.train) };
  const online = tuneAndScore(splits.train, splits.dev, ONLINE_THRESHOLDS, (split, threshold) => runOnline(prepared[split], threshold));
  const onlineWithHistory = tuneAndScore(splits.train, splits.dev, ONLINE_THRESHOLDS, (split, threshold) =>
    runOnline(prepared[split], threshold, history[split]),
  );
  const dendrograms = {
    train: averageLinkMerges(tfidfVectors(splits.train.map((d) => `${d.title}\n${d.text}`)), Math.min(...PEER_THRESHOLDS)),
    dev: averageLinkMerges(tfidfVectors(splits.dev.map((d) => `${d.title}\n${d.text}`)), Math.min(...PEER_THRESHOLDS)),
  };
  const peer = tuneAndScore(splits.train, splits.dev, PEER_THRESHOLDS, (split, threshold) => {
    const owners = cutMerges(splits[split].length, dendrograms[split], threshold);
    return new Map(splits[split].map((document, index) => [document.doc_id, String(owners[index])]));
  });
  return {
    online,
    onlineWithHistory,
    peer,
    onlineOverOrders: overOrders(splits, prepared, null),
    onlineWithHistoryOverOrders: overOrders(splits, prepared, history),
  };
}
