import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * The number of steps when an answer on this step changed it, else `undefined`: the step screen says
 * it once, politely ("Er zijn nu 6 stappen"), so the changed "Stap 3 van N" is not a silent surprise
 * (WCAG 4.1.3). Measured from the count the step opened with; the step screen is mounted per step.
 */
export function useStepTotalChange(total: number | undefined): number | undefined {
  const said = useRef(total);
  const [changedTo, setChangedTo] = useState<number>();
  useEffect(() => {
    if (total === undefined || total === said.current) return;
    said.current = total;
    setChangedTo(total);
  }, [total]);
  return changedTo;
}
