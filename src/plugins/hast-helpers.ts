import type { Element, ElementContent, Root, RootContent } from 'hast';

export function isElement(node: RootContent | ElementContent | Root | undefined, tagName?: string): node is Element {
  return node?.type === 'element' && (tagName === undefined || node.tagName === tagName);
}

export function addClass(node: Element, name: string): void {
  const value: unknown = node.properties['className'];
  const list = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(' ') : [];
  if (!list.includes(name)) list.push(name);
  node.properties['className'] = list;
}

/** Whether an element declares a language other than French (`lang="en"`…): its text keeps its own typography. */
export function isForeign(node: Element): boolean {
  const lang = node.properties['lang'];
  return typeof lang === 'string' && lang !== '' && !/^fr\b/i.test(lang);
}
