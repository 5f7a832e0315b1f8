/** A file that was added to a question but whose bytes are no longer on this tablet. */
export interface LostFile {
  readonly questionId: string;
  /** The name the person knows it by, to say which one to add again. */
  readonly name: string;
}
