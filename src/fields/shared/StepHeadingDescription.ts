import { createContext } from 'preact';

/**
 * The id of what a step's `<h1>` is described by (its "Stap 3 van 13"), for a question whose label
 * or legend is that heading: focus lands on the heading at every step change, and a screen reader
 * then reads where the person is with the question. Given by the step screen, which owns the counter.
 */
export const StepHeadingDescription = createContext<string | undefined>(undefined);
