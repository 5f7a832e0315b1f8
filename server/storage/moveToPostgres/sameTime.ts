/** Whether a PostgreSQL time is the ISO text SQLite holds (both absent counts as the same). */
export function sameTime(time: Date | null, text: string | null): boolean {
  return time === null || text === null ? time === text : time.toISOString() === text;
}
