/**
 * The `Intl` formatters the app writes numbers, dates, times, lists and sizes with, each made once
 * per language and options and then kept. Making one loads locale (and time-zone) data and costs far
 * more than formatting with it
 * (https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Date/toLocaleDateString#performance),
 * and a step renders several: a file question's list of kinds, the time of the last save, the
 * check page's dates and amounts.
 */

/** One kind of formatter, kept per language tag and options (options are plain data: their JSON is the key). */
function keptPerLanguage<Options, Formatter>(make: (tag: string, options: Options | undefined) => Formatter): (tag: string, options?: Options) => Formatter {
  const made = new Map<string, Formatter>();
  return (tag, options) => {
    const key = `${tag} ${JSON.stringify(options ?? {})}`;
    let formatter = made.get(key);
    if (formatter === undefined) {
      formatter = make(tag, options);
      made.set(key, formatter);
    }
    return formatter;
  };
}

export const numberFormat = keptPerLanguage((tag, options?: Intl.NumberFormatOptions) => new Intl.NumberFormat(tag, options));
export const dateTimeFormat = keptPerLanguage((tag, options?: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(tag, options));
export const listFormat = keptPerLanguage((tag, options?: Intl.ListFormatOptions) => new Intl.ListFormat(tag, options));
