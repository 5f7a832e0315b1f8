import type { ComponentChildren, Ref } from 'preact';
import type { Control, FieldValues, UseFormRegister, UseFormSetValue } from 'react-hook-form';
import type { LookUpAddress } from '../../addressLookup';
import type { Translator } from '../../i18n';
import type { Answers, PermitDefinition, Question } from '../../wizard';
import type { FileStorage } from './FileStorage';

/** What every question component gets from the step that shows it. */
export interface FieldProps<Q extends Question = Question> {
  readonly permit: PermitDefinition;
  readonly question: Q;
  /**
   * Where the answer sits in the form, and the stem of the field's element ids: the question's id,
   * or `groupId.entryIndex.itemId` for an item in an entry of a repeating group.
   */
  readonly name: string;
  readonly translator: Translator;
  readonly register: UseFormRegister<FieldValues>;
  /** Fills a field for the person at their request (a chosen address); it is saved as typed answers are. */
  readonly setValue: UseFormSetValue<FieldValues>;
  /** The application's answers so far, this step's as typed: for questions that offer earlier answers. */
  readonly answers: Answers;
  /** For answers that no text box holds (a file question's list of files). */
  readonly control: Control<FieldValues>;
  /** Where file questions keep their files. */
  readonly files: FileStorage;
  /** Messages per field path (`questionId` or `questionId.part`), already in plain language. */
  readonly errors: ReadonlyMap<string, string>;
  /**
   * When the question is the only one on its step, its label or legend *is* the page's `<h1>`,
   * so a screen reader hears the question once (docs/accessibility.md, point 1).
   */
  readonly headingRef?: Ref<HTMLHeadingElement>;
  /**
   * The id of an error message shown with the question's group rather than here (an empty entry of
   * a repeating group): the boxes that need input carry it, with `aria-invalid` and
   * `aria-describedby`, so the person hears at the box what is missing and the summary leads there.
   */
  readonly pointedError?: string;
  /** Guidance for the help-desk employee, given only in staff mode (see `StaffNote`). */
  readonly staffNote?: string;
  /** Finds street and place from postcode and number; without it an address is typed by hand only. */
  readonly lookUpAddress?: LookUpAddress;
  /**
   * Shown under a question's hint, e.g. the app's "Lees voor" button (the fields do not know about
   * speech); asked per question, so each item in a group's entries gets its own.
   */
  readonly toolsFor?: (question: Question, name: string) => ComponentChildren;
}
