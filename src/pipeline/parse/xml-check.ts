/** Decides whether a feed was well-formed XML and says what was wrong and where, after the lenient parse recovered it. */
import { XMLValidator } from 'fast-xml-parser';
import { lineAt, type SyntaxError, type XmlTree } from './xml-tree.js';

export interface WellFormedness {
  wellFormed: boolean;
  warnings: string[];
}

/** Locates an offset as XMLValidator does: lines split at "\n", columns counted from 1 ("\r" included). */
function validatorPosition(text: string, offset: number): { line: number; col: number } {
  const lastBreak = offset > 0 ? text.lastIndexOf('\n', offset - 1) : -1;
  return { line: lineAt(text, offset), col: offset - lastBreak };
}

function syntaxWarning(text: string, error: SyntaxError | null): string | null {
  if (error === null) return null;
  const { line, col } = validatorPosition(text, error.offset);
  return `xml: ${error.message} (line ${line}, column ${col})`;
}

function strictCheck(text: string): string | null {
  try {
    const verdict = XMLValidator.validate(text, { allowBooleanAttributes: false });
    if (verdict === true) return null;
    // The validator lists every unclosed tag in its message; a deep broken file would make it megabytes long.
    const message = verdict.err.msg.length > 200 ? `${verdict.err.msg.slice(0, 200)}…` : verdict.err.msg;
    return `xml: ${message} (line ${verdict.err.line}, column ${verdict.err.col})`;
  } catch (error) {
    return `xml: not well-formed (${error instanceof Error ? error.message : String(error)})`;
  }
}

function times(count: number): string {
  return count > 1 ? ` (${count} times)` : '';
}

function entityWarnings(tree: XmlTree): { warnings: string[]; fatal: boolean } {
  const warnings: string[] = [];
  let fatal = false;
  for (const [name, seen] of tree.entities.htmlNamed) {
    fatal = true;
    warnings.push(
      `xml: undefined entity &${name}; expanded as its HTML meaning${times(seen.count)}, first at line ${lineAt(tree.text, seen.offset)}`,
    );
  }
  for (const [name, seen] of tree.entities.unknown) {
    // An entity the DTD declares is legal XML; it stays unexpanded because DTDs are never processed.
    if (!tree.doctype?.declaresEntities) fatal = true;
    warnings.push(
      `xml: entity &${name}; not expanded and kept as text${times(seen.count)}, first at line ${lineAt(tree.text, seen.offset)}`,
    );
  }
  const numeric = tree.entities.invalidNumeric;
  if (numeric) {
    fatal = true;
    warnings.push(
      `xml: character reference to a forbidden code point replaced by U+FFFD${times(numeric.count)}, first at line ${lineAt(tree.text, numeric.offset)}`,
    );
  }
  return { warnings, fatal };
}

/**
 * Checks a parsed tree strictly: the syntax verdict of the strict scan (or, for text only the lenient parser could
 * read, of fast-xml-parser's validator), plus our own entity accounting.
 */
export function checkWellFormed(tree: XmlTree): WellFormedness {
  const warnings: string[] = [];
  if (tree.doctype?.declaresEntities) {
    warnings.push(
      `xml: DOCTYPE with entity declarations ignored at line ${lineAt(tree.text, tree.doctype.offset)} (DTD processing is disabled)`,
    );
  }
  const syntax = tree.syntax ? syntaxWarning(tree.text, tree.syntax.error) : strictCheck(tree.text);
  if (syntax) warnings.push(syntax);
  const entities = entityWarnings(tree);
  warnings.push(...entities.warnings);
  if (tree.depthExceeded) warnings.push('xml: elements nested deeper than 200 levels were dropped');
  for (const [prefix, offset] of tree.undeclaredPrefixes) {
    warnings.push(
      `xml: namespace prefix "${prefix}:" used without a declaration, first at line ${lineAt(tree.text, offset)}; read with its usual meaning`,
    );
  }
  if (tree.unclosed.length > 0) {
    const innermost = tree.unclosed[tree.unclosed.length - 1]!;
    warnings.push(
      `xml: the document ends inside <${innermost.name}> (opened at line ${lineAt(tree.text, innermost.offset)}); ${tree.unclosed.length} element${tree.unclosed.length > 1 ? 's were' : ' was'} left open, as in a truncated download`,
    );
  }
  const illegal = tree.illegalCharacters;
  if (illegal)
    warnings.push(
      `xml: removed ${illegal.count} control character${illegal.count > 1 ? 's' : ''} XML does not allow, first at line ${lineAt(tree.text, illegal.offset)}`,
    );
  const structural = tree.undeclaredPrefixes.size === 0 && tree.unclosed.length === 0;
  return { wellFormed: syntax === null && !entities.fatal && !tree.depthExceeded && !illegal && structural, warnings };
}
