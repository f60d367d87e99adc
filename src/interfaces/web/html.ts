/** Tagged template for HTML that escapes every interpolated value unless it is already markup. */
import { escapeText } from 'entities';

export class Markup {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

function render(value: unknown): string {
  if (value instanceof Markup) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeText(String(value)).replace(/"/g, '&quot;');
}

/** Builds markup; interpolated strings are escaped, Markup and arrays of Markup are inserted as is. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Markup {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new Markup(out);
}
