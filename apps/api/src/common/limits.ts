import type { ApolloServerPlugin } from '@apollo/server';
import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { badInput, PAGE_SIZE_DEFAULT, QUERY_COMPLEXITY_MAX, QUERY_DEPTH_MAX } from '@lnob/domain';
import { toGraphQLError } from './errors';
import type { HubContext } from './context';

export interface QueryCost {
  depth: number;
  complexity: number;
}

function argValue(node: ValueNode | undefined, variables: Record<string, unknown>): unknown {
  if (!node) return undefined;
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  if (node.kind === Kind.INT) return Number(node.value);
  return undefined;
}

/**
 * Depth and complexity of an operation, fragments expanded, introspection (`__*`) not counted.
 * Complexity: every field costs 1; a field with a `first` argument multiplies the cost of its
 * selection by `first` (default page size when absent on a connection).
 */
export function measureOperation(
  op: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): QueryCost {
  const visit = (set: SelectionSetNode, depth: number, seen: Set<string>): QueryCost => {
    let maxDepth = depth;
    let complexity = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value.startsWith('__')) continue;
        let childCost: QueryCost = { depth: depth + 1, complexity: 0 };
        if (sel.selectionSet) childCost = visit(sel.selectionSet, depth + 1, seen);
        const firstArg = sel.arguments?.find((a) => a.name.value === 'first');
        const first = firstArg ? Number(argValue(firstArg.value, variables) ?? PAGE_SIZE_DEFAULT) : 1;
        const multiplier = Number.isFinite(first) && first > 0 ? first : 1;
        complexity += 1 + multiplier * childCost.complexity;
        maxDepth = Math.max(maxDepth, childCost.depth);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const c = visit(sel.selectionSet, depth, seen);
        complexity += c.complexity;
        maxDepth = Math.max(maxDepth, c.depth);
      } else {
        const name = sel.name.value;
        const frag = fragments[name];
        if (!frag || seen.has(name)) continue;
        const c = visit(frag.selectionSet, depth, new Set([...seen, name]));
        complexity += c.complexity;
        maxDepth = Math.max(maxDepth, c.depth);
      }
    }
    return { depth: maxDepth, complexity };
  };
  return visit(op.selectionSet, 0, new Set());
}

export function fragmentsOf(doc: DocumentNode): Record<string, FragmentDefinitionNode> {
  const out: Record<string, FragmentDefinitionNode> = {};
  for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) out[d.name.value] = d;
  return out;
}

/**
 * Rejects too deep or too complex operations before any resolver runs. The budget is the caller's
 * (API keys get a smaller one), else `fallback`.
 */
export function queryLimitsPlugin(fallback = { depth: QUERY_DEPTH_MAX, complexity: QUERY_COMPLEXITY_MAX }): ApolloServerPlugin<HubContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, contextValue }) {
          if (!operation) return;
          const limits = contextValue?.caller?.queryLimits ?? fallback;
          const cost = measureOperation(operation, fragmentsOf(document), request.variables ?? {});
          if (cost.depth > limits.depth) {
            throw toGraphQLError(
              badInput('QUERY_TOO_DEEP', `Query depth ${cost.depth} exceeds the limit of ${limits.depth}.`),
              400,
            );
          }
          if (cost.complexity > limits.complexity) {
            throw toGraphQLError(
              badInput(
                'QUERY_TOO_COMPLEX',
                `Query complexity ${cost.complexity} exceeds the limit of ${limits.complexity}; ask for smaller pages.`,
              ),
              400,
            );
          }
        },
      };
    },
  };
}
