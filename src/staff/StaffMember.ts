/** An employee of the help desk as the wizard knows them: enough to record who helped, nothing more. */
export interface StaffMember {
  /** The municipality's staff id, e.g. `m.jansen`; travels with the application. */
  readonly staffId: string;
  /** The name shown in the header and sent with the application. */
  readonly name: string;
}
