/**
 * Where a text goes, which decides the few characters it may hold beyond the visible ones:
 * - `line`: a one-line answer (a text box, a part of an address, a date typed in a box, a name);
 * - `lines`: a text that may run over several lines (a textarea answer, the internal note), so tab,
 *   line feed and carriage return are text there;
 * - `fileName`: a file's name, which is shown to the back office and nobody needs to type joiners in.
 */
export type TextKind = 'line' | 'lines' | 'fileName';
