/** What `putAttachment` needs; type, size and key follow from it. */
export interface NewAttachment {
  readonly draftId: string;
  readonly questionId: string;
  readonly n: number;
  readonly name: string;
  readonly blob: Blob;
}
