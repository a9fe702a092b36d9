"""analysis/chord_search.py against SciPy's k-d tree (an independent search), on random points:
the k nearest by chord (both of its ways: pair by pair and its own tree for large searches)
and the pairs within a distance; and the network's Dijkstra (analysis/network.py) against
SciPy's csgraph. And why it is there: a one-zone export imports no SciPy."""

import subprocess
import sys
import textwrap

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import dijkstra
from scipy.spatial import cKDTree

from sezmap.analysis import chord_search, geodesy, network
from sezmap.analysis.chord_search import ChordPoints


def _points(seed: int, n: int, clustered: bool):
    rng = np.random.default_rng(seed)
    lon, lat = rng.uniform(46, 88, n), rng.uniform(40, 56, n)
    if clustered:  # many within metres of each other: a densely digitised line, repeated vertices
        k = n // 2
        lon[:k] = 70.0 + rng.normal(0, 2e-4, k)
        lat[:k] = 50.0 + rng.normal(0, 2e-4, k)
        lon[k // 2:k] = lon[:k - k // 2]  # exact repeats
        lat[k // 2:k] = lat[:k - k // 2]
    return lon, lat


def _pair_set(i, j) -> set[tuple[int, int]]:
    return set(zip(i.tolist(), j.tolist(), strict=True))


def _same_as_tree(found, xyz, q, k):
    more = min(k + 1, len(xyz))  # the next one too: a point as near as the k-th may be found instead
    chord, index = cKDTree(xyz).query(q, k=more)
    chord, index = np.asarray(chord).reshape(len(q), more), np.asarray(index).reshape(len(q), more)
    after = chord[:, k] if more > k else np.full(len(q), np.inf)
    chord, index = chord[:, :k], index[:, :k]
    np.testing.assert_allclose(found.chord_m, chord, rtol=0, atol=1e-6)
    # the same points where the chords differ; equal chords may come in either order
    got = np.sqrt(np.square(xyz[found.index] - q[:, None, :]).sum(axis=2))
    np.testing.assert_allclose(got, found.chord_m, rtol=0, atol=1e-6)
    distinct = np.abs(np.diff(chord, axis=1, prepend=-1.0, append=after[:, None])) > 1e-3
    unique = distinct[:, :-1] & distinct[:, 1:]
    assert (found.index[unique] == index[unique]).all()


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 10_000), n=st.integers(1, 400), queries=st.integers(1, 60),
       k=st.integers(1, 20), clustered=st.booleans())
def test_the_k_nearest_by_chord_are_the_k_d_trees(seed, n, queries, k, clustered):
    lon, lat = _points(seed, n, clustered)
    k = min(k, n)
    qlon, qlat = _points(seed + 1, queries, clustered)
    points = ChordPoints(lon, lat)
    _same_as_tree(points.nearest(qlon, qlat, k), points.xyz, geodesy.ecef(qlon, qlat), k)


@pytest.mark.parametrize("k", [1, 5])
def test_a_search_too_large_to_do_pair_by_pair_gives_the_same(monkeypatch, k):
    lon, lat = _points(7, 3000, True)
    qlon, qlat = _points(8, 500, True)
    points = ChordPoints(lon, lat)
    by_pairs = points.nearest(qlon, qlat, k)
    monkeypatch.setattr(chord_search, "BRUTE_PAIRS", 1000)  # now the tree's way
    by_tree = points.nearest(qlon, qlat, k)
    assert points._tree is not None
    np.testing.assert_allclose(by_tree.chord_m, by_pairs.chord_m, rtol=0, atol=1e-6)
    _same_as_tree(by_tree, points.xyz, geodesy.ecef(qlon, qlat), k)


def test_blocks_of_queries_give_what_one_block_gives(monkeypatch):
    lon, lat = _points(11, 500, False)
    qlon, qlat = _points(12, 300, False)
    whole = ChordPoints(lon, lat).nearest(qlon, qlat, 3)
    monkeypatch.setattr(chord_search, "BLOCK", 1200)  # two queries per block
    blocks = ChordPoints(lon, lat).nearest(qlon, qlat, 3)
    np.testing.assert_array_equal(blocks.index, whole.index)


def test_asking_for_more_neighbours_than_points_is_refused():
    with pytest.raises(ValueError, match="there are 2 points"):
        ChordPoints([70.0, 71.0], [45.0, 45.0]).nearest([70.5], [45.0], k=3)


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 10_000), n=st.integers(0, 600), r=st.sampled_from([0.0, 5.0, 50.0, 5_000.0]),
       clustered=st.booleans())
def test_pairs_within_a_chord_are_the_k_d_trees(seed, n, r, clustered):
    lon, lat = _points(seed, n, clustered)
    i, j = ChordPoints(lon, lat).pairs_within(r)
    assert (i < j).all()
    got = _pair_set(i, j)
    assert len(got) == len(i)  # each pair once
    want = set(map(tuple, cKDTree(geodesy.ecef(lon, lat).reshape(-1, 3)).query_pairs(r, output_type="ndarray").tolist())) if n else set()
    assert got == want


def test_the_pair_sweep_in_blocks_finds_every_pair(monkeypatch):
    lon, lat = _points(5, 2000, True)
    whole = ChordPoints(lon, lat).pairs_within(50.0)
    monkeypatch.setattr(chord_search, "SWEEP_BLOCK", 7)
    blocks = ChordPoints(lon, lat).pairs_within(50.0)
    assert _pair_set(*blocks) == _pair_set(*whole)
    assert len(whole[0]) > 1000  # (the clustered half: many pairs)


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 10_000), n=st.integers(1, 60), m=st.integers(0, 200))
def test_network_shortest_paths_are_scipys_dijkstras(seed, n, m):
    rng = np.random.default_rng(seed)
    a, b = rng.integers(0, n, m), rng.integers(0, n, m)
    w = rng.choice([0.0, 1.0, 2.5, 10.0, rng.uniform(0, 100)], m)
    keep = a != b
    a, b, w = a[keep], b[keep], w[keep]
    # one weight per pair (the smallest), as CorridorNetwork keeps; a tiny weight for zero, as csgraph
    # reads an explicit zero as no edge
    best = {}
    for x, y, z in zip(np.minimum(a, b).tolist(), np.maximum(a, b).tolist(), w.tolist(), strict=True):
        best[(x, y)] = min(best.get((x, y), np.inf), max(z, 1e-9))
    pairs = np.array(list(best), dtype=np.int64).reshape(-1, 2)
    weights = np.array(list(best.values()), dtype=float)
    frm = np.concatenate([pairs[:, 0], pairs[:, 1]])
    to = np.concatenate([pairs[:, 1], pairs[:, 0]])
    ww = np.concatenate([weights, weights])
    order = np.argsort(frm, kind="stable")
    start = np.concatenate([[0], np.cumsum(np.bincount(frm, minlength=n))]).tolist()
    sources = sorted(set(rng.integers(0, n, 3).tolist()))
    graph = coo_matrix((ww, (frm, to)), shape=(n, n)).tocsr()
    want = np.atleast_2d(dijkstra(graph, directed=True, indices=sources))
    for row, s in enumerate(sources):
        # the track estimate rides along the same paths: with each edge's track weight twice its
        # weight, it is twice the distance
        dist, along, pred = network._dijkstra(start, to[order].tolist(), ww[order].tolist(),
                                              (2 * ww[order]).tolist(), s, n)
        np.testing.assert_allclose(dist, want[row], rtol=1e-12, atol=1e-12)
        np.testing.assert_allclose(along, 2 * np.asarray(dist), rtol=1e-12, atol=1e-12)
        for v in range(n):  # each predecessor is on a shortest path
            if v != s and np.isfinite(dist[v]):
                u = pred[v]
                assert u >= 0 and np.isclose(dist[u] + best[(min(u, v), max(u, v))], dist[v], rtol=1e-12, atol=1e-12)
            else:
                assert pred[v] == -1


def test_a_one_zone_export_imports_no_scipy(tmp_path):
    """SciPy's import (~0.18 s of one core holding the GIL) is off the way of an export: the
    corridor network and the lines' search need none (analysis/chord_search.py, network.py)."""
    code = f"""
        import sys
        from sezmap import cli
        code = cli.main(["export", "--zone", "khorgos_eastern_gate", "--paper", "A4", "--landscape",
                         "--out", {str(tmp_path / "k.pdf")!r}])
        print(code, sorted({{m.split(".")[0] for m in sys.modules}} & {{"scipy"}}))
    """
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=300,
                         env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[-2] == "0 []"
    assert (tmp_path / "k.pdf").stat().st_size > 10_000
