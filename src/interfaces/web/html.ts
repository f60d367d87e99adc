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

// The templates' own indentation was a tenth of a story page's bytes. A run of whitespace that spans a line
// renders as one space in HTML (no template has static text inside <pre> or a <textarea>), so it becomes one
// newline. Done once per template: the strings array of a tagged template is the same object on every call.
const compacted = new WeakMap<TemplateStringsArray, readonly string[]>();

function compact(strings: TemplateStringsArray): readonly string[] {
  let parts = compacted.get(strings);
  if (!parts) {
    parts = strings.map((part) => part.replace(/[ \t]*\n\s*/g, '\n'));
    compacted.set(strings, parts);
  }
  return parts;
}

/** Builds markup; interpolated strings are escaped, Markup and arrays of Markup are inserted as is. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Markup {
  const parts = compact(strings);
  let out = parts[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (parts[i + 1] ?? '');
  });
  return new Markup(out);
}
