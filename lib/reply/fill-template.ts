// Fills a template's {{variables}}. A variable without a value is not left as braces and not
// dropped silently: it becomes a visible marker ⟦name⟧ that checkDraft reports as
// `missing-variable` (an error) until the operator types something in its place.

export const TEMPLATE_VARIABLES = ['name', 'handle', 'product', 'operator'] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];
export type TemplateVars = Partial<Record<TemplateVariable, string | undefined>>;

export interface MissingVariable {
  variable: string;
  start: number;
  end: number;
}

export interface FilledTemplate {
  text: string;
  missing: MissingVariable[];
}

const VARIABLE = /\{\{\s*([A-Za-z_][\w-]*)\s*\}\}/g;

/** The marker left where a variable had no value; one bracket pair nobody types in a reply. */
export function missingMarker(variable: string): string {
  return `⟦${variable}⟧`;
}

function valueOf(vars: TemplateVars, variable: string): string | undefined {
  if (!(TEMPLATE_VARIABLES as readonly string[]).includes(variable)) return undefined;
  const value = vars[variable as TemplateVariable]?.trim();
  return value ? value : undefined;
}

/**
 * One pass over the template: values are inserted as they are, so a display name that itself
 * contains "{{handle}}" (names come from X and are untrusted) is never expanded again.
 */
export function fillTemplate(text: string, vars: TemplateVars): FilledTemplate {
  const missing: MissingVariable[] = [];
  let out = '';
  let last = 0;
  for (const m of text.matchAll(VARIABLE)) {
    const variable = m[1]!;
    out += text.slice(last, m.index);
    const value = valueOf(vars, variable);
    if (value !== undefined) out += value;
    else {
      const marker = missingMarker(variable);
      missing.push({ variable, start: out.length, end: out.length + marker.length });
      out += marker;
    }
    last = m.index + m[0].length;
  }
  return { text: out + text.slice(last), missing };
}
