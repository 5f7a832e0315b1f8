import type { Answers } from '../wizard';

/** The keys of the kept files a draft's answers point at (`FileAnswer.ref`), in answer order. */
export function fileRefsOf(answers: Answers): string[] {
  return Object.values(answers).flatMap((answer) =>
    Array.isArray(answer) ? (answer as readonly unknown[]).flatMap((item) => (isWithRef(item) ? [item.ref] : [])) : [],
  );
}

function isWithRef(item: unknown): item is { readonly ref: string } {
  return typeof item === 'object' && item !== null && typeof (item as { ref?: unknown }).ref === 'string';
}
