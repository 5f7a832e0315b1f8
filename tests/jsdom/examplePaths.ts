import { permitExamples } from '../fixtures/permitExamples';
import { todayIso, visiblePlan, type Answers, type PermitDefinition, type Step } from '../../src/wizard';

export interface ExamplePath {
  readonly name: string;
  readonly permit: PermitDefinition;
  readonly answers: Answers;
}

/** Every example answer set of every permit, made for today: each walks one path through its conditions. */
export function examplePaths(): ExamplePath[] {
  const today = todayIso();
  return permitExamples.map((example) => ({ name: example.name, permit: example.permit, answers: example.answers(today) }));
}

/** The steps an example walks through. */
export function stepsOf(path: ExamplePath): Step[] {
  return visiblePlan(path.permit, path.answers, todayIso()).map(({ step }) => step);
}

/** The example's answers to the steps before `step`: what a person has filled in on arriving there. */
export function answersBefore(path: ExamplePath, step: Step): Answers {
  const steps = stepsOf(path);
  const earlier = steps.slice(0, steps.indexOf(step)).flatMap((candidate) => candidate.questions.map((question) => question.id));
  return Object.fromEntries(Object.entries(path.answers).filter(([id]) => earlier.includes(id)));
}

export function stepPath(permitId: string, stepId: string): string {
  return `/aanvraag/${permitId}/stap/${stepId}`;
}
