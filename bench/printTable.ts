import { isOverBudget, type Figure, type Method } from './Figure';

/**
 * The bench's one table, as plain text: section, figure, value, budget, `OVER` where a figure
 * breaks its budget, and the method each figure was measured by, explained below the table after
 * the figures' notes.
 */
export function formatTable(figures: readonly Figure[], methods: readonly Method[]): string {
  const rows = figures.map((figure) => [
    figure.section,
    figure.name,
    figure.display ?? formatValue(figure.value, figure.unit),
    figure.budget ? `${figure.budget.kind === 'max' ? '≤' : '≥'} ${figure.budget.limit}${figure.unit === 'score' ? '' : ` ${figure.unit}`}` : '',
    isOverBudget(figure) ? 'OVER' : '',
    figure.method === '' ? '' : `[${figure.method}]`,
  ]);
  const header = ['Section', 'Figure', 'Value', 'Budget', 'Over', 'How'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === 2 ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  const used = new Set(figures.map((figure) => figure.method));
  const legend = methods.filter((method) => used.has(method.id)).map((method) => `[${method.id}] ${method.text}`);
  const notes = figures.flatMap((figure) => (figure.note ? [`${figure.section}, ${figure.name}: ${figure.note}`] : []));
  return [
    line(header),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.map(line),
    ...(notes.length > 0 ? ['', 'Notes:', ...notes] : []),
    '',
    'How each figure was measured:',
    ...legend,
  ].join('\n');
}

function formatValue(value: number | null, unit: string): string {
  if (value === null || Number.isNaN(value)) return 'n/a';
  if (unit === 'score' || unit === 'count') return String(Math.round(value));
  if (unit === '') return value.toFixed(3);
  // Whole milliseconds from 100 ms on; two decimals below 1 (an in-memory autosave), else one.
  const digits = unit === 'ms' && value >= 100 ? 0 : value < 1 && value > 0 ? 2 : 1;
  return `${value.toFixed(digits)} ${unit}`;
}
