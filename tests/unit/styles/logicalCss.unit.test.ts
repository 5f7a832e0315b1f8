import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * Right to left comes from `dir` on <html> alone (the catalogue's `language.direction`): the
 * browser mirrors a layout only where the CSS says "start" and "end" instead of "left" and
 * "right" (https://www.w3.org/TR/css-logical-1/). One physical property and Arabic or any
 * right-to-left language added later has a margin, a border or an aligned text on the wrong side.
 */

function stylesheets(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return stylesheets(path);
    return name.endsWith('.css') ? [path] : [];
  });
}

/** Shorthands whose four values run top, right, bottom, left. */
const FOUR_SIDED = /^(?:margin|padding|inset|scroll-margin|scroll-padding|border-width|border-style|border-color|border-radius)$/;

/** Every declaration of `css` that names a side of the screen rather than of the line, as `property: value`. */
function physicalDeclarations(css: string): string[] {
  const declarations = css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/[;{}]/)
    .map((part) => /^\s*([a-z-]+)\s*:\s*([^]*?)\s*$/i.exec(part))
    .filter((match): match is RegExpExecArray => match !== null)
    .map(([, property = '', value = '']) => ({ property: property.toLowerCase(), value: value.replace(/\s*!important$/, '') }));
  return declarations
    .filter(({ property, value }) => {
      if (/(?:^|-)(?:left|right)(?:-|$)/.test(property)) return true;
      if (/^(?:float|clear|text-align|caption-side|resize)$/.test(property) && /\b(?:left|right)\b/.test(value)) return true;
      if (/^(?:background-position|object-position|transform-origin|background)$/.test(property) && /\b(?:left|right)\b/.test(value)) return true;
      if (FOUR_SIDED.test(property)) {
        // Four values with another right than left side: mirrored text would keep them on the wrong sides.
        const sides = value.split('/')[0]?.trim().split(/\s+(?![^(]*\))/) ?? [];
        return sides.length === 4 && sides[1] !== sides[3];
      }
      return false;
    })
    .map(({ property, value }) => `${property}: ${value}`);
}

describe('the stylesheets lay out by the start and end of a line, so right to left mirrors them', () => {
  it('no stylesheet of the app or of a question component uses a physical left or right', () => {
    const found = stylesheets('src').flatMap((file) => physicalDeclarations(readFileSync(file, 'utf8')).map((declaration) => `${relative('.', file)}: ${declaration}`));
    expect(found).toEqual([]);
  });

  it('the check finds physical sides in properties, keywords and four-sided shorthands, and lets logical ones and symmetric shorthands pass', () => {
    const css = `
      .a { margin-left: 1rem; padding-right: 2px; border-left-color: red; border-top-right-radius: 4px; }
      .b { left: 0; right: auto; float: right; text-align: left !important; background-position: right 1rem top; }
      .c { margin: 0 1rem 0 2rem; padding: 1px 2px 3px 4px; }
      .ok { margin-inline-start: 1rem; padding: 0 1rem; margin: 1px 2px 3px 2px; inset-inline-end: 0; text-align: start; float: inline-end; border-radius: 4px; }
      /* margin-left: 1rem in a comment is not a rule */
    `;
    expect(physicalDeclarations(css)).toEqual([
      'margin-left: 1rem',
      'padding-right: 2px',
      'border-left-color: red',
      'border-top-right-radius: 4px',
      'left: 0',
      'right: auto',
      'float: right',
      'text-align: left',
      'background-position: right 1rem top',
      'margin: 0 1rem 0 2rem',
      'padding: 1px 2px 3px 4px',
    ]);
  });
});
