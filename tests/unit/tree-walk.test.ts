import { fromMarkdown } from 'mdast-util-from-markdown';
import { SKIP as VISIT_SKIP, visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { SKIP, walk } from '../../src/plugins/tree-walk.ts';

interface Node {
  type: string;
  value?: string;
  children?: Node[];
}

const markdown = '# Titre *un*\n\nUn **deux** [trois](/a) quatre.\n\n- cinq\n- six *sept*\n\n> huit `neuf`\n';

describe('walk', () => {
  it('meets the nodes in the order of unist-util-visit, its root left out', () => {
    const tree = fromMarkdown(markdown) as unknown as Node;
    const visited: string[] = [];
    visit(tree, (node) => {
      visited.push(node.type);
    });
    const walked: string[] = [];
    walk<Node>(tree as { children: Node[] }, (node) => {
      walked.push(node.type);
      return undefined;
    });
    expect(walked).toEqual(visited.slice(1));
  });

  it('passes by the children on SKIP, and goes on from the index returned after a replacement', () => {
    const tree = fromMarkdown(markdown) as unknown as Node;
    const expected: string[] = [];
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return undefined;
      expected.push(node.type);
      if (node.type === 'strong') return VISIT_SKIP;
      if (node.type === 'emphasis') {
        (parent as unknown as { children: Node[] }).children.splice(index, 1, { type: 'wrapper', children: [node] }, { type: 'text', value: '!' });
        return [VISIT_SKIP, index + 1];
      }
      return undefined;
    });
    const walked = fromMarkdown(markdown) as unknown as Node;
    const seen: string[] = [];
    walk<Node>(walked as { children: Node[] }, (node, index, parent) => {
      seen.push(node.type);
      if (node.type === 'strong') return SKIP;
      if (node.type === 'emphasis') {
        parent.children.splice(index, 1, { type: 'wrapper', children: [node] }, { type: 'text', value: '!' });
        return index + 1;
      }
      return undefined;
    });
    expect(seen).toEqual(expected);
    expect(walked).toEqual(tree);
  });
});
