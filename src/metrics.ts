/** Prometheus metrics (served at /metrics): what an operator alerts on. */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ScreenerHooks } from './pipeline.js';

export class Metrics {
  readonly registry = new Registry();
  readonly screened = new Counter({ name: 'scam_screener_messages_screened_total', help: 'Messages classified', registers: [this.registry] });
  readonly verdicts = new Counter({ name: 'scam_screener_verdicts_total', help: 'Verdicts by label', labelNames: ['label'], registers: [this.registry] });
  readonly actions = new Counter({ name: 'scam_screener_actions_total', help: 'Actions by kind and outcome', labelNames: ['platform', 'kind', 'outcome'], registers: [this.registry] });
  readonly platformErrors = new Counter({ name: 'scam_screener_platform_errors_total', help: 'Failed platform calls', labelNames: ['platform', 'kind'], registers: [this.registry] });
  readonly classifyLatency = new Histogram({
    name: 'scam_screener_classify_seconds', help: 'Time to classify one message',
    buckets: [5e-6, 1e-5, 2.5e-5, 5e-5, 1e-4, 2.5e-4, 1e-3, 5e-3], registers: [this.registry],
  });
  readonly queueDepth = new Gauge({ name: 'scam_screener_queue_pending', help: 'Pending review items', registers: [this.registry] });

  constructor(withDefaults = true) {
    if (withDefaults) collectDefaultMetrics({ register: this.registry });
  }

  /** Hooks the pipeline calls; cheap enough for the hot path. */
  hooks(): ScreenerHooks {
    return {
      onScreened: (verdict, micros) => {
        this.screened.inc();
        this.verdicts.inc({ label: verdict.label });
        this.classifyLatency.observe(micros / 1e6);
      },
      onAction: (outcome, platform) => {
        const result = outcome.dryRun ? 'dry-run' : outcome.ok ? 'ok' : 'failed';
        this.actions.inc({ platform, kind: outcome.kind, outcome: result });
        if (!outcome.ok) this.platformErrors.inc({ platform, kind: outcome.kind });
      },
    };
  }
}
