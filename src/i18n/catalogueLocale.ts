/**
 * The language a catalogue file is for, from its name: `nl.json`, `messages.nl.json` and
 * `definitions/<permit>/nl.json` are Dutch. Naming a file is all a translator does.
 */
export function catalogueLocale(path: string): string | undefined {
  return /(?:^|[/.])([a-z]{2,3}(?:-[a-z0-9]+)*)\.json$/i.exec(path)?.[1];
}
