// Pages can clobber document properties with named elements: `<form name="body">` makes
// `document.body` return the form, in the content script's world too, because named
// properties live on the document object itself (reliability row 6 in tests/README.md). Reading through
// the prototype chain skips them.

/** Reads `key` from `obj`'s prototype chain, ignoring own (possibly clobbered) properties. */
export function protoGet<T>(obj: object, key: string): T | undefined {
  for (let p = Object.getPrototypeOf(obj); p; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, key);
    if (d) return (d.get ? d.get.call(obj) : d.value) as T;
  }
  return undefined;
}

/** `doc.body` that a `<form name="body">` cannot replace; falls back to the root element. */
export function bodyOf(doc: Document): Element | null {
  const body = protoGet<Element | null>(doc, 'body');
  return body ?? protoGet<Element | null>(doc, 'documentElement') ?? null;
}

/** `doc.querySelectorAll(selector)` immune to clobbering, as an array. */
export function queryAll(doc: Document, selector: string): Element[] {
  const qsa = protoGet<Document['querySelectorAll']>(doc, 'querySelectorAll');
  return qsa ? Array.from(qsa.call(doc, selector) as NodeListOf<Element>) : [];
}

/** `doc.createTreeWalker(...)` immune to clobbering. */
export function treeWalker(doc: Document, root: Node, show: number, filter: NodeFilter | null = null): TreeWalker {
  const create = protoGet<Document['createTreeWalker']>(doc, 'createTreeWalker')!;
  return create.call(doc, root, show, filter);
}

/** How many elements `doc` holds (a live collection's length: counted in native code), immune to clobbering. */
export function elementCount(doc: Document): number {
  const byTag = protoGet<Document['getElementsByTagName']>(doc, 'getElementsByTagName');
  return byTag ? byTag.call(doc, '*').length : 0;
}


/**
 * The document's forms. A form's named controls shadow its own properties in every world (`<input
 * name="nextSibling">` makes `form.nextSibling` that input): walks take a form's links from the prototype
 * ({@link firstChildOf}, {@link nextSiblingOf}) and every other node's directly, the fast way.
 */
export function formsOf(doc: Document): ReadonlySet<Node> {
  const forms = protoGet<HTMLCollectionOf<HTMLFormElement>>(doc, 'forms');
  return new Set(forms ? Array.from(forms) : []);
}

/** `node.firstChild` from the prototype. */
export function firstChildOf(node: Node): Node | null {
  return protoGet<Node | null>(node, 'firstChild') ?? null;
}

/** `node.nextSibling` from the prototype. */
export function nextSiblingOf(node: Node): Node | null {
  return protoGet<Node | null>(node, 'nextSibling') ?? null;
}
