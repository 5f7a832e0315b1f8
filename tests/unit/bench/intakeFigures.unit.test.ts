import { describe, expect, it } from 'vitest';
import budgets from '../../../bench/budgets.json';
import { isOverBudget } from '../../../bench/Figure';
import type { IntakeBenchResult, ThroughputFigures } from '../../../bench/intake.bench';
import { intakeFigures } from '../../../bench/intakeFigures';

const run = (requestsPerSecond: number, p99Ms: number): ThroughputFigures => ({ requestsPerSecond, p50Ms: 5, p99Ms, requests: 1000, errors: 0, non2xx: 0, non2xxStatuses: {} });

function result(small: ThroughputFigures, rss: { baselinePeakRssMb: number; peakRssMb: number }): IntakeBenchResult {
  return {
    measuredAt: '2026-12-07T17:00:00.000Z',
    node: 'v20',
    sqlite: { smallApplication: small, attachment5Mb: run(15, 300) },
    postgres: { measured: true, database: '127.0.0.1:5432/bench', poolSize: 10, oneInstance: { smallApplication: run(300, 90), attachment5Mb: run(15, 300) }, twoInstances: { smallApplication: run(200, 120), attachment5Mb: run(10, 800) } },
    fsyncsPerSecond: 9000,
    upload25Mb: { ...rss, status: 201 },
  };
}

const over = (figures: ReturnType<typeof intakeFigures>) => figures.filter(isOverBudget).map((figure) => figure.name);

describe('the intake figures against their budgets', () => {
  it('holds the SQLite small application to its throughput and p99, and the 25 MB upload to its memory growth', () => {
    const within = intakeFigures(result(run(budgets.intakeSqliteSmallApplicationsPerSecondMin + 1, budgets.intakeSqliteSmallApplicationP99Ms), { baselinePeakRssMb: 110, peakRssMb: 110 + budgets.intakeUpload25MbRssGrowthMb }));
    // PostgreSQL's rows have no budget: slower than SQLite's limits, they are reported only.
    expect(over(within)).toEqual([]);

    const beyond = intakeFigures(result(run(budgets.intakeSqliteSmallApplicationsPerSecondMin - 1, budgets.intakeSqliteSmallApplicationP99Ms + 1), { baselinePeakRssMb: 110, peakRssMb: 111 + budgets.intakeUpload25MbRssGrowthMb }));
    expect(over(beyond)).toEqual(['SQLite, small application: throughput', 'SQLite, small application: latency p99', 'Peak RSS growth for the 25 MB upload']);
  });
});
