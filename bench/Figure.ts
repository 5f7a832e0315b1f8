/** A limit from `bench/budgets.json`: `max` for sizes and times, `min` for scores. */
export interface Budget {
  readonly limit: number;
  readonly kind: 'max' | 'min';
  /** The key in `bench/budgets.json`. */
  readonly key: string;
}

/** One measured figure: a row of the printed table and of `bench/results/results.json`. */
export interface Figure {
  /** The measurement it belongs to, e.g. `Size` or `Lighthouse /`. */
  readonly section: string;
  readonly name: string;
  /** `null` when it could not be measured (see `display`). */
  readonly value: number | null;
  /** `KB` (1,024 bytes), `ms`, `score` (0–100), `req/s`, `fsync/s`, `MB`, `count`. */
  readonly unit: string;
  /** What to print instead of the number, e.g. `<16` for an interaction below the reporting threshold. */
  readonly display?: string;
  readonly budget?: Budget;
  /** Id of the `Method` that says how it was measured; empty for a row that reports a failure. */
  readonly method: string;
  /** What explains the value, printed below the table, e.g. which keystroke a maximum was. */
  readonly note?: string;
}

/** How a group of figures was measured, printed once below the table. */
export interface Method {
  readonly id: string;
  readonly text: string;
}

/** Whether a figure breaks its budget; figures without one never do. */
export function isOverBudget(figure: Figure): boolean {
  if (!figure.budget || figure.value === null || Number.isNaN(figure.value)) return false;
  return figure.budget.kind === 'max' ? figure.value > figure.budget.limit : figure.value < figure.budget.limit;
}
