/** Shared paths: the same few places recur in thousands of reports. */
import type { IssuePath } from "../validate/issues";

interface Node {
  next: Map<string | number, Node>;
  path: IssuePath;
}
let root: Node = { next: new Map(), path: Object.freeze([]) as unknown as IssuePath };
let nodes = new WeakMap<IssuePath, Node>([[root.path, root]]);
let count = 0;

function step(node: Node, key: string | number): Node {
  let n = node.next.get(key);
  if (n === undefined) {
    n = { next: new Map(), path: Object.freeze([...node.path, key]) as unknown as IssuePath };
    node.next.set(key, n);
    nodes.set(n.path, n);
    count++;
  }
  return n;
}

/**
 * One shared, frozen array for each distinct path. Thousands of reports hold their figures at the
 * same few paths; sharing them keeps the record small and the garbage collector idle. Bounded
 * (forgotten past 200,000 paths).
 */
export function sharedPath(path: IssuePath): IssuePath {
  if (Object.isFrozen(path) && nodes.has(path)) return path;
  if (count > 200_000) {
    root = { next: new Map(), path: root.path };
    nodes = new WeakMap([[root.path, root]]);
    count = 0;
  }
  let node = root;
  for (const key of path) node = step(node, key);
  return node.path;
}

/** The shared path of `base` followed by `keys` (`base` shared or not). */
export function childPath(base: IssuePath, ...keys: (string | number)[]): IssuePath {
  let node = nodes.get(base) ?? nodes.get(sharedPath(base))!;
  for (const key of keys) node = step(node, key);
  return node.path;
}

/** The node of a shared path, to step from it without looking the base up again (hot loops). */
export interface PathNode {
  readonly path: IssuePath;
}

export function pathNode(path: IssuePath): PathNode {
  return nodes.get(path) ?? nodes.get(sharedPath(path))!;
}

/** The node one step below `node`. */
export function nodeChild(node: PathNode, key: string | number): PathNode {
  return step(node as Node, key);
}
