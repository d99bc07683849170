/**
 * Writes glossary term files in the layout the hand-curated files use: one term a block, one
 * field a line, forms and related ids on one line each. Shared by the builders and the tools that
 * rewrite term files, so that a rebuild changes only what changed.
 */
import type { GlossaryForm, GlossaryTerm } from '../../core/glossary/glossary-term';

function form(f: GlossaryForm): string {
  return f.reading === undefined
    ? `{ "text": ${JSON.stringify(f.text)} }`
    : `{ "text": ${JSON.stringify(f.text)}, "reading": ${JSON.stringify(f.reading)} }`;
}

/** The JSON text of a term file (an array of terms), ending in a newline. */
export function formatTerms(terms: readonly GlossaryTerm[]): string {
  const blocks = terms.map((term) => {
    const lines = Object.entries(term).map(([key, value]) => {
      let text: string;
      if (key === 'forms') text = `[${(value as GlossaryForm[]).map(form).join(', ')}]`;
      else if (key === 'related') text = `[${(value as string[]).map((id) => JSON.stringify(id)).join(', ')}]`;
      else text = JSON.stringify(value);
      return `    ${JSON.stringify(key)}: ${text}`;
    });
    return `  {\n${lines.join(',\n')}\n  }`;
  });
  return `[\n${blocks.join(',\n')}\n]\n`;
}
