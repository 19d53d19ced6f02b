"""One-to-one matching of predicted to gold items: as many pairs as possible, then the best-covered.

The scorers used to pair greedily, best coverage first. That loses a pair whenever one
prediction covers two gold items (an outer attribution and the one nested in it): greedy gives
it the nested one, which another prediction also covered, and the outer gold item is left
unmatched though a one-to-one pairing of all three exists. Here the pairs are an optimal
assignment: the most pairs first (recall and precision count pairs), and among those the
largest total coverage. The qualifying pairs split into small connected groups (most are a
single pair), and each group is solved exactly by the Hungarian method.
"""
from __future__ import annotations

from typing import Iterable

Edge = tuple[float, int, int]  # (coverage, predicted index, gold index)


def _groups(edges: list[Edge]) -> list[list[Edge]]:
    """The edges split by connected component of the bipartite graph."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(node):
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for _, pi, gi in edges:
        parent[find(("p", pi))] = find(("g", gi))
    groups: dict[tuple[str, int], list[Edge]] = {}
    for edge in edges:
        groups.setdefault(find(("p", edge[1])), []).append(edge)
    return list(groups.values())


def _assign(weights: list[list[float]]) -> list[int]:
    """Maximum-weight assignment of rows to columns (rows <= columns): the column of each row."""
    n, m = len(weights), len(weights[0])
    inf = float("inf")
    u, v = [0.0] * (n + 1), [0.0] * (m + 1)
    owner, way = [0] * (m + 1), [0] * (m + 1)
    for row in range(1, n + 1):
        owner[0] = row
        col0 = 0
        minv, used = [inf] * (m + 1), [False] * (m + 1)
        while True:
            used[col0] = True
            r0, delta, col1 = owner[col0], inf, 0
            for col in range(1, m + 1):
                if used[col]:
                    continue
                cur = -weights[r0 - 1][col - 1] - u[r0] - v[col]
                if cur < minv[col]:
                    minv[col], way[col] = cur, col0
                if minv[col] < delta:
                    delta, col1 = minv[col], col
            for col in range(m + 1):
                if used[col]:
                    u[owner[col]] += delta
                    v[col] -= delta
                else:
                    minv[col] -= delta
            col0 = col1
            if owner[col0] == 0:
                break
        while col0:
            col1 = way[col0]
            owner[col0] = owner[col1]
            col0 = col1
    result = [0] * n
    for col in range(1, m + 1):
        if owner[col]:
            result[owner[col] - 1] = col - 1
    return result


def best_pairs(edges: Iterable[Edge]) -> list[tuple[int, int]]:
    """The optimal one-to-one pairs among qualifying edges, best coverage first.

    Args:
        edges: ``(coverage, predicted_index, gold_index)`` for every pair that qualifies.

    Returns:
        ``(predicted_index, gold_index)`` pairs: the most pairs possible, and of those
        pairings the one with the largest total coverage.
    """
    chosen: list[Edge] = []
    for group in _groups(list(edges)):
        if len(group) == 1:
            chosen.append(group[0])
            continue
        preds = sorted({pi for _, pi, _ in group})
        golds = sorted({gi for _, _, gi in group})
        rows, cols = (preds, golds) if len(preds) <= len(golds) else (golds, preds)
        row_first = rows is preds
        # Each pair weighs more than any pairing with one pair fewer can gain in coverage
        # (coverage <= 1), so the assignment maximises the count before the coverage.
        big = len(rows) + 1.0
        weight = {(pi, gi): big + cov for cov, pi, gi in group}
        coverage = {(pi, gi): cov for cov, pi, gi in group}
        matrix = [[weight.get((r, c) if row_first else (c, r), 0.0) for c in cols] for r in rows]
        for ri, ci in enumerate(_assign(matrix)):
            key = (rows[ri], cols[ci]) if row_first else (cols[ci], rows[ri])
            if key in coverage:
                chosen.append((coverage[key], key[0], key[1]))
    chosen.sort(key=lambda e: (-e[0], e[1], e[2]))
    return [(pi, gi) for _, pi, gi in chosen]


def greedy_pairs(edges: Iterable[Edge]) -> list[tuple[int, int]]:
    """The former pairing, best coverage first: kept so the scorers can report both figures."""
    used_p, used_g, matched = set(), set(), []
    for _, pi, gi in sorted(edges, key=lambda e: (-e[0], e[1], e[2])):
        if pi in used_p or gi in used_g:
            continue
        used_p.add(pi)
        used_g.add(gi)
        matched.append((pi, gi))
    return matched
