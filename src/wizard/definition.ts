/**
 * The shape of a permit definition: a permit is data, not code.
 *
 * A definition names its steps and questions; every text a person reads lives in the message
 * catalogues under keys derived from these ids (see `textKeys.ts`), so a translator can work
 * without touching a definition and a definition never holds a sentence.
 */

/**
 * Kinds of question the engine can render, validate and send. Each has its question interface
 * below and its behaviour in `questionTypes/` (the registry there does not compile without it).
 */
export type QuestionType =
  | 'text'
  | 'longText'
  | 'number'
  | 'date'
  | 'choice'
  | 'multiChoice'
  | 'yesNo'
  | 'address'
  | 'email'
  | 'phone'
  | 'dateTimeRange'
  | 'file'
  | 'group';

/** Dutch formats a `text` question can be checked against (see `src/validation`). */
export type TextFormat = 'bsn' | 'kvk' | 'vestigingsnummer' | 'iban' | 'kenteken' | 'postcode';

/**
 * When a question or step is shown. Values are compared with the *normalised* answer, so a
 * yes/no question is compared with `true`/`false` and a number with a number.
 */
export type Condition =
  | { readonly question: string; readonly equals: AnswerScalar }
  | { readonly question: string; readonly oneOf: readonly AnswerScalar[] }
  | { readonly question: string; readonly includes: string }
  | { readonly question: string; readonly answered: boolean }
  /** A number answer of at least / at most this value (bounds included), e.g. a visitor threshold. */
  | { readonly question: string; readonly atLeast: number }
  | { readonly question: string; readonly atMost: number }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition }
  /**
   * A repeating group with at least one entry for which the inner condition holds; the inner
   * condition reads the group's items (e.g. "one of the vehicles has a foreign plate").
   */
  | { readonly question: string; readonly someEntry: Condition };

export type AnswerScalar = string | number | boolean;

/** The parts of an address answer; `houseLetter` and `addition` are optional. */
export interface AddressAnswer {
  readonly postcode: string;
  readonly houseNumber: string;
  readonly houseLetter?: string;
  readonly addition?: string;
  readonly street: string;
  readonly city: string;
}

/**
 * A period with a start and an end, each a date and a time of day, e.g. an event or its build-up.
 * Typed as `dd-mm-jjjj` and `14.00`; normalised to ISO dates (`YYYY-MM-DD`) and `HH:MM`, in the
 * municipality's time zone.
 */
export interface DateTimeRangeAnswer {
  readonly startDate: string;
  readonly startTime: string;
  readonly endDate: string;
  readonly endTime: string;
}

/**
 * What the answers say about an attached file. The bytes travel beside the answers (a multipart
 * part named after the question) and the intake service checks that they match this.
 */
export interface FileAnswer {
  readonly name: string;
  /** MIME type, e.g. `application/pdf`; the service judges the real type by the bytes. */
  readonly type: string;
  /** Bytes. */
  readonly size: number;
  /**
   * Where the wizard keeps the bytes on the tablet (an attachment key of the draft store). Only in
   * the answers as typed: normalising drops it, so it never leaves the device.
   */
  readonly ref?: string;
}

/** What an item of a repeating group holds: the answers of the question types an entry can ask. */
export type GroupItemAnswer = AnswerScalar | readonly string[] | DateTimeRangeAnswer;

/** One entry of a repeating group (one vehicle, one event day): answers keyed by item id. */
export interface GroupEntry {
  readonly [itemId: string]: GroupItemAnswer;
}

/** What an answer can hold, both while typing (raw) and after normalising. */
export type AnswerValue =
  | AnswerScalar
  | readonly string[]
  | AddressAnswer
  | DateTimeRangeAnswer
  | readonly FileAnswer[]
  | readonly GroupEntry[];

/** Answers keyed by question id. */
export type Answers = Readonly<Record<string, AnswerValue | undefined>>;

/** Date rules; day counts are calendar days from the day the check runs. */
export interface DateRules {
  readonly notInPast?: boolean;
  readonly notInFuture?: boolean;
  readonly minDaysAhead?: number;
  readonly maxDaysAhead?: number;
}

interface QuestionBase {
  /** Stable id: the answer's key, the multipart part name, and the stem of its text keys. */
  readonly id: string;
  /** Shown only when this holds; a hidden question is neither asked, validated nor sent. */
  readonly showIf?: Condition;
  /** Required unless `optional` is true: most questions are needed, so optional is the exception. */
  readonly optional?: boolean;
  /** Fill this question from an earlier answer the first time it is shown (WCAG 3.3.7). */
  readonly prefillFrom?: string;
  /** HTML autocomplete token for personal data (WCAG 1.3.5), e.g. `bday` or `email`. */
  readonly autocomplete?: string;
  /** A short note for the help-desk employee; its text lives under the question's `staffNote` key. */
  readonly staffNote?: boolean;
}

export interface TextQuestion extends QuestionBase {
  readonly type: 'text';
  readonly format?: TextFormat;
  /** Characters; the default for `text` is 200. */
  readonly maxLength?: number;
  readonly inputMode?: 'text' | 'numeric';
}

export interface LongTextQuestion extends QuestionBase {
  readonly type: 'longText';
  /** Characters; the default for `longText` is 2000. */
  readonly maxLength?: number;
}

export interface NumberQuestion extends QuestionBase {
  readonly type: 'number';
  readonly min?: number;
  readonly max?: number;
  /** Whole numbers only unless false. */
  readonly integer?: boolean;
}

export interface DateQuestion extends QuestionBase {
  readonly type: 'date';
  readonly rules?: DateRules;
}

export interface ChoiceQuestion extends QuestionBase {
  readonly type: 'choice';
  /** Option values; each has a label (and optionally a hint) in the catalogues. */
  readonly options: readonly string[];
}

export interface MultiChoiceQuestion extends QuestionBase {
  readonly type: 'multiChoice';
  readonly options: readonly string[];
  readonly minSelected?: number;
}

export interface YesNoQuestion extends QuestionBase {
  readonly type: 'yesNo';
}

export interface AddressQuestion extends QuestionBase {
  readonly type: 'address';
}

export interface EmailQuestion extends QuestionBase {
  readonly type: 'email';
}

export interface PhoneQuestion extends QuestionBase {
  readonly type: 'phone';
  /** Accept numbers outside the Netherlands (people who live abroad). */
  readonly allowInternational?: boolean;
}

export interface DateTimeRangeQuestion extends QuestionBase {
  readonly type: 'dateTimeRange';
  /** Rules for the start date (e.g. far enough ahead); the end must come after the start. */
  readonly rules?: DateRules;
}

/** File kinds a question can accept; the intake service recognises each by its first bytes. */
export type FileKind = 'pdf' | 'jpeg' | 'png';

export interface FileQuestion extends QuestionBase {
  readonly type: 'file';
  readonly accept: readonly FileKind[];
  /** Default 1. */
  readonly maxFiles?: number;
  /** Bytes per file; default 10 MB (10 * 1024 * 1024). */
  readonly maxBytes?: number;
}

/**
 * What one entry of a repeating group can ask: a small record typed in place. Not an address (its
 * lookup fills a single answer), not files (they travel as parts named after their question), not
 * another group (one level is all a person can follow).
 */
export type GroupItemQuestion =
  | TextQuestion
  | LongTextQuestion
  | NumberQuestion
  | DateQuestion
  | ChoiceQuestion
  | MultiChoiceQuestion
  | YesNoQuestion
  | EmailQuestion
  | PhoneQuestion
  | DateTimeRangeQuestion;

/**
 * The same few questions asked once per thing, as often as the person has things: several licence
 * plates, several event days. The person adds and removes entries; each entry is checked on its
 * own. An item's `showIf` reads earlier items of the same entry. Its texts: the usual label, hint
 * and why, plus `entry` ("Kenteken {number}"), `add` and `remove` (see `textKeys`).
 */
export interface GroupQuestion extends QuestionBase {
  readonly type: 'group';
  readonly items: readonly GroupItemQuestion[];
  /** Entries needed; default 1 (0 when the question is optional). */
  readonly minEntries?: number;
  readonly maxEntries: number;
}

/** Every question: the kinds an entry of a group can ask, and those it cannot. */
export type Question = GroupItemQuestion | AddressQuestion | FileQuestion | GroupQuestion;

/** One reason for an outcome, shown to the person when its condition holds. */
export interface OutcomeReason {
  /** Stable id; the stem of the reason's text key. */
  readonly id: string;
  readonly when: Condition;
}

/** One possible result of an {@link Outcome}. */
export interface OutcomeResult {
  readonly value: string;
  /**
   * This result applies when any of its reasons holds, and the reasons that hold are shown with
   * it. The last result has no reasons: it applies when no earlier one does.
   */
  readonly reasons?: readonly OutcomeReason[];
  /**
   * Id of the permit the person continues with instead (e.g. a notification instead of a
   * permit): this application cannot be sent with this result, and its answers that the other
   * permit also asks go along with the person.
   */
  readonly handover?: string;
}

/**
 * A conclusion drawn from earlier answers, e.g. which route an application takes. The step that
 * carries it explains the result and its reasons in plain words; later conditions read the result
 * as if it were the answer to a question with the outcome's id.
 */
export interface Outcome {
  readonly id: string;
  /** Judged in order: the first result with a reason that holds applies. */
  readonly results: readonly OutcomeResult[];
}

/** One screen of the wizard: one question, or one small topic (WCAG: one thing at a time). */
export interface Step {
  readonly id: string;
  /** May be empty on a step that only explains an outcome. */
  readonly questions: readonly Question[];
  /** Shown only when this holds; a hidden step's questions are hidden too. */
  readonly showIf?: Condition;
  /** Judged from the answers before and on this step, and explained on it. */
  readonly outcome?: Outcome;
}

/** The legal decision term (Awb 4:13: at most 8 weeks where no rule sets another). */
export interface DecisionTerm {
  readonly weeks: number;
  /** Whether the municipality may extend the term once, and by how many weeks. */
  readonly extensionWeeks?: number;
  /** Lex silencio positivo (Awb 4:20a): the permit is granted if no decision comes in time. */
  readonly silenceIsConsent: boolean;
}

/** A fee as configured by the municipality, in euro cents (fees differ per municipality). */
export interface Fee {
  readonly id: string;
  readonly amountCents: number;
  /**
   * Whether the person pays this also when the permit is refused: the work is done either way, as
   * for a medical assessment. Shown before sending, so a refusal brings no surprise on the bill.
   */
  readonly keptWhenRefused: boolean;
  /** Charged only when this holds (e.g. a medical assessment only when one is needed). */
  readonly showIf?: Condition;
}

export interface PermitDefinition {
  /** Stable, URL-safe id, e.g. `gehandicaptenparkeerkaart`; also the stem of its text keys. */
  readonly id: string;
  /** Raised whenever questions change; drafts and submissions carry the version they were made with. */
  readonly version: number;
  readonly steps: readonly Step[];
  readonly decisionTerm: DecisionTerm;
  readonly fees?: readonly Fee[];
  /**
   * The `choice` question (options `post`, `email`, `phone`) where the permit itself asks how the
   * person wants to hear from us. The consent screen asks this before the first question (the law
   * asks to record it); its choice fills this question in, so nobody is asked twice.
   */
  readonly contactChannelQuestion?: string;
}

/** The ways the municipality can contact a person; paper (`post`) stays a right. */
export const CONTACT_CHANNELS = ['post', 'email', 'phone'] as const;

/**
 * Example answer sets of a permit, as a person types them, each walking one path through its
 * conditions. Made for a given day (ISO date), because date rules depend on it. Used by the unit,
 * accessibility and browser tests; never by the app.
 */
export type PermitExamples = Readonly<Record<string, (today: string) => Answers>>;
