import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Prometheus metrics of one process: interactions by command and outcome, latency, knowledge. */
export class Metrics {
  readonly registry = new Registry();
  readonly interactions = new Counter({
    name: 'softcell_interactions_total',
    help: 'Interactions handled, by command and outcome',
    labelNames: ['command', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly latency = new Histogram({
    name: 'softcell_interaction_duration_seconds',
    help: 'Time from receiving an interaction to answering it',
    labelNames: ['command'] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  readonly knowledgeEntries = new Gauge({
    name: 'softcell_knowledge_entries',
    help: 'Q&A entries in the knowledge base being served',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  observe(command: string, outcome: string, seconds: number): void {
    this.interactions.inc({ command, outcome });
    this.latency.observe({ command }, seconds);
  }
}
