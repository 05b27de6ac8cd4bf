import type { Page } from '@playwright/test';

interface AxNode {
  nodeId: string;
  backendDOMNodeId?: number;
  childIds?: string[];
  role?: { value: string };
  name?: { value: string };
}

/**
 * The number a reader sees in front of each item of a list, whether Chromium draws it (an <ol>
 * marker) or the page prints it. Read from Chromium's accessibility tree, which holds the marker text
 * as laid out, so a stale marker shows up here while the DOM looks fine.
 */
export async function shownListNumbers(page: Page, selector: string): Promise<number[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { node } = await cdp.send('DOM.describeNode', { nodeId });
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as unknown as { nodes: AxNode[] };
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const list = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId);
    if (!list) throw new Error(`${selector} is not in the accessibility tree`);
    const textOf = (n: AxNode): string =>
      n.role?.value === 'ListMarker' || n.role?.value === 'StaticText'
        ? (n.name?.value ?? '')
        : (n.childIds ?? []).map((id) => textOf(byId.get(id)!)).join('');
    const items = (n: AxNode): AxNode[] =>
      n.role?.value === 'listitem' ? [n] : (n.childIds ?? []).flatMap((id) => items(byId.get(id)!));
    return items(list).map((item) => {
      const match = /^\s*(\d+)\./.exec(textOf(item));
      return match ? Number(match[1]) : NaN;
    });
  } finally {
    await cdp.detach();
  }
}
