/**
 * What the staff drafts list shows: enough to find a draft, nothing a person typed
 * (docs/offline.md, "Personal data on a shared tablet").
 */
export interface DraftSummary {
  readonly id: string;
  readonly permitId: string;
  readonly permitVersion: number;
  readonly stepId?: string;
  /** ISO date-time. */
  readonly startedAt: string;
  /** ISO date-time. */
  readonly updatedAt: string;
  /** How many questions have an answer; shows progress without showing the answers. */
  readonly answeredCount: number;
}
