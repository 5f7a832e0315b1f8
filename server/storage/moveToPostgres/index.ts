export type { Mismatch } from './Mismatch';
export { MoveRefusedError } from './MoveRefusedError';
export { moveToPostgres, type MoveReport } from './moveToPostgres';
export { reportLines } from './reportLines';
export type { TableCounts } from './TableCounts';
