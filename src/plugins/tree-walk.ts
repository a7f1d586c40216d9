/**
 * A depth-first walk of a unist tree (mdast or hast) in document order, with the contract of
 * unist-util-visit for what the plugins need, without its cost per node (a closure, a copy of
 * the ancestors and a function name set for each node: a fifth of some plugins' time).
 * The visitor gets each node below `tree` (not `tree` itself), its index and its parent. It
 * returns nothing to go on into the node's children (as they are after the visitor), `SKIP`
 * to pass them by, or an index of the parent to go on from (after replacing the node, say),
 * the node's children then passed by. A parent's children are read again at each step.
 */
export const SKIP = 'skip';

interface Parent<T> {
  type?: string;
  children: T[];
}

export type Visitor<T> = (node: T, index: number, parent: Parent<T>) => number | typeof SKIP | undefined;

export function walk<T extends object>(tree: Parent<T>, visitor: Visitor<T>): void {
  let index = 0;
  while (index < tree.children.length) {
    const node = tree.children[index]!;
    const next = visitor(node, index, tree);
    if (typeof next === 'number') {
      index = next;
      continue;
    }
    if (next !== SKIP && 'children' in node && Array.isArray(node.children)) {
      walk(node as Parent<T>, visitor);
    }
    index += 1;
  }
}
