import { isMergeFieldName, type MergeFieldName, type MergeValues } from './merge-fields';

export { MERGE_FIELDS } from './merge-fields';

export interface RenderedTemplate {
  readonly text: string;
  /** Names between {{ }} that are no merge field, each once, in order: the editor warns, sending refuses. */
  readonly unknownFields: readonly string[];
}

export interface RenderOptions {
  /**
   * 'html' for an mjml or HTML source: values are escaped and their line breaks become <br />, and the URLs of
   * {{追跡URL}} become links (so that field belongs in text, not in an attribute). Default 'text'.
   */
  readonly as?: 'text' | 'html';
}

/** {{名前}}, spaces inside the braces allowed; a name holds no braces or line break, so a lone `{{` stays text. */
const FIELD = /\{\{([^{}\n]*)\}\}/g;
const ONLY_A_FIELD = /^\s*\{\{([^{}\n]*)\}\}\s*$/;
/** A line holding only {{#名前}} or {{/名前}}: the lines between are kept only when the field has a value. */
const SECTION_TAG = /^\s*\{\{\s*([#/])\s*([^{}\n]*?)\s*\}\}\s*$/;

export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const asHtml = (name: MergeFieldName, value: string): string => {
  const escaped = escapeHtml(value);
  const linked =
    name === '追跡URL' ? escaped.replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`) : escaped;
  return linked.replace(/\n/g, '<br />\n');
};

/**
 * Section tags paired by line: the line index of each opening tag to its closing one. A tag without its partner, or
 * naming no field, pairs with nothing and stays an ordinary line (and its name is reported as unknown).
 */
const pairSections = (lines: readonly string[]): Map<number, number> => {
  const pairs = new Map<number, number>();
  const open: { name: string; line: number }[] = [];
  lines.forEach((line, index) => {
    const tag = SECTION_TAG.exec(line);
    if (!tag || !isMergeFieldName(tag[2]!)) return;
    if (tag[1] === '#') open.push({ name: tag[2]!, line: index });
    else {
      const at = open.map((o) => o.name).lastIndexOf(tag[2]!);
      if (at >= 0) pairs.set(open[at]!.line, index);
      if (at >= 0) open.length = at;
    }
  });
  return pairs;
};

/**
 * The template with each {{名前}} replaced by its value. An unknown name stays as written, so the preview shows where
 * it is. Lines between {{#名前}} and {{/名前}} (each on a line of its own) are kept only when the field has a value,
 * and a line that holds nothing but a field without a value is left out; either takes one blank line beside it
 * along, so an order without a message or tracking number reads without gaps.
 */
export function renderTemplate(source: string, values: MergeValues, options: RenderOptions = {}): RenderedTemplate {
  const unknown = new Set<string>();
  const valueOf = (raw: string): string | null => {
    const name = raw.trim();
    if (!isMergeFieldName(name)) {
      unknown.add(name);
      return null;
    }
    return options.as === 'html' ? asHtml(name, values[name]) : values[name];
  };
  const lines = source.split('\n');
  const sections = pairSections(lines);
  const closings = new Set(sections.values());
  const output: string[] = [];
  let dropNextBlank = false;
  const leaveOut = () => {
    dropNextBlank = output.length === 0 || output[output.length - 1]!.trim() === '';
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const sectionEnd = sections.get(index);
    if (sectionEnd !== undefined) {
      const name = SECTION_TAG.exec(line)![2]! as MergeFieldName;
      if (values[name] === '') {
        index = sectionEnd;
        leaveOut();
      }
      continue;
    }
    if (closings.has(index)) continue;
    const onlyName = ONLY_A_FIELD.exec(line)?.[1]?.trim();
    if (onlyName !== undefined && isMergeFieldName(onlyName) && values[onlyName] === '') {
      leaveOut();
      continue;
    }
    if (dropNextBlank && line.trim() === '') {
      dropNextBlank = false;
      continue;
    }
    dropNextBlank = false;
    output.push(line.replace(FIELD, (whole, name: string) => valueOf(name) ?? whole));
  }
  return { text: output.join('\n'), unknownFields: [...unknown] };
}
