"""The site search's index kept between runs, per project state (no Qt).

    found = site_index(store)               # the saved index when the project is unchanged
    found.index.rank(query, as_of)          # found.project: the project when it was read
    found = index_for(store, project, in_step)   # the app's: for the project it holds

The app (``session.site_search``) holds its project in memory: its index is the saved one, or
is saved, only while ``in_step()`` says that project is the file as it is now (nothing wrote
the file since the app last brought others' changes in), and the saved rows name the same plot
ids in it; else it is built from the project held and not saved.

Building a ``SiteIndex`` takes ~20 s at a million plots; searching it, milliseconds. So the
arrays a search reads (``SiteArrays``) are saved in ``paths.cache_dir()/sites`` under a key
that names the project's state exactly:

- a GeoPackage: its real path, its project UUID, its last audit row (id, time, actor) and the
  size and modification time of the file and of its ``-wal`` file (a write the triggers did not
  audit changes those);
- a PostGIS database: its server and database (``store.key``), its project meta, and the count
  and largest id of its audit rows (a transaction that took its id early and committed late
  still changes the count);
- and sezmap's version and a hash of the code that builds the index.

Any edit adds an audit row, so it changes the key and the next search builds the index again.
The key is taken before the project is read: an edit meanwhile leaves the saved arrays under a
key no later state has (never arrays older than their key).

A cache file is untrusted input: numpy arrays only (``allow_pickle=False``), read back only if
the key saved inside is the one asked for and every array has the expected name, dtype, shape
and range; anything else (a truncated, corrupt or foreign file) is ignored and the index built
again, never an error. Writing is atomic (formats/atomic.py); a failure to write is ignored.
Each project keeps one file (the newest state's): the others of the same project are removed.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from sezmap.analysis.sites import SiteArrays, SiteIndex, _Candidates
from sezmap.model.project import Project

FORMAT = 1  # of the saved arrays (bump when SiteArrays changes)
STEM = re.compile(r"^[A-Za-z_]{1,40}$")  # a distance stem: rail, border, border_CN, seaport, dry_port
CANDIDATE_FIELDS = {"zone": "i", "area": "f", "size": "i", "rank": "i", "start": "i"}
CODE_FILES = ("sites.py", "sites_cache.py", "plot_distances.py", "geodesy.py")  # what the index comes from


@dataclass
class FoundIndex:
    index: SiteIndex
    project: Project | None  # None when the index came from the cache and the project was not needed
    from_cache: bool


def site_index(store, need_project: bool = False) -> FoundIndex:
    """The project's ``SiteIndex``: the saved one when the project has not changed since it
    was saved, else built (and saved). With ``need_project`` the project is read either way."""
    key = state_key(store)
    path = cache_file(key) if key else None
    arrays = read_arrays(path, key) if path is not None and key else None
    project = store.load() if need_project or arrays is None else None
    if arrays is not None and (project is None or int(arrays.rows.max(initial=-1)) < len(project.plots)):
        zones = project.zones if project is not None else store.read_layer("zones")
        return FoundIndex(SiteIndex.restored(zones, arrays), project, True)
    if project is None:
        project = store.load()
    index = SiteIndex(project)
    if path is not None and key:
        write_arrays(path, key, index.arrays)
    return FoundIndex(index, project, False)


def index_for(store, project: Project, in_step: Callable[[], bool], cancelled: Callable[[], bool] | None = None,
              progress: Callable[[int, int], None] | None = None) -> FoundIndex:
    """The ``SiteIndex`` of ``project``, the app's copy of ``store``'s project (the index's rows
    are its rows): the saved one for the store's state while ``in_step()`` (the copy is the file
    as it is now) and its rows hold the same plot ids; else built from ``project`` (``cancelled``,
    ``progress`` as ``SiteIndex`` takes them), and saved if the copy was still in step and the
    state unchanged once it is built. Blocks: for a worker thread."""
    key = state_key(store) if in_step() else None
    if key and not in_step():
        key = None  # (written while the key was taken)
    if key:
        arrays = read_arrays(cache_file(key), key)
        if arrays is not None and _same_plots(arrays, project):
            index = SiteIndex.restored(project.zones, arrays)
            index.project = project
            return FoundIndex(index, project, True)
    index = SiteIndex(project, cancelled, progress)
    if key and in_step() and state_key(store) == key:
        write_arrays(cache_file(key), key, index.arrays)
    return FoundIndex(index, project, False)


def _same_plots(arrays: SiteArrays, project: Project) -> bool:
    """Whether the saved rows are the same plots (by id) in ``project``."""
    rows, n = arrays.rows, len(project.plots)
    if len(rows) and (int(rows.min()) < 0 or int(rows.max()) >= n):
        return False
    ids = project.plots["plot_id"].to_numpy(dtype=object)[rows].astype(str)
    return bool(np.array_equal(ids, arrays.plot_ids.astype(str)))


# --- the key ------------------------------------------------------------------------------------

def state_key(store) -> str | None:
    """What names the project's state exactly, as text (None: a store it cannot name)."""
    from sezmap import __version__
    from sezmap.store.gpkg import GpkgStore

    parts: dict = {"format": FORMAT, "sezmap": __version__, "code": _code_hash()}
    if isinstance(store, GpkgStore):
        real = os.path.realpath(store.path)
        identity = store.identity()
        head = identity.head
        files = []
        for name in (real, real + "-wal"):
            with contextlib.suppress(OSError):
                st = os.stat(name)
                files.append([os.path.basename(name), st.st_size, st.st_mtime_ns])
        parts["project"] = {"file": real, "uuid": identity.uuid}
        parts["state"] = {"head": None if head is None else [head.id, head.at, head.actor], "files": files}
    else:
        server = getattr(store, "key", None)
        rows = getattr(store, "rows", None)
        if server is None or rows is None:
            return None
        from sezmap.store.postgis.migrate import SCHEMA

        count, last = rows(f"SELECT count(*), max(id) FROM {SCHEMA}.audit_log")[0]
        parts["project"] = {"server": str(server), "meta": sorted(store.meta().items())}
        parts["state"] = {"audit": [int(count), None if last is None else int(last)]}
    return json.dumps(parts, sort_keys=True, default=str)


def _code_hash() -> str:
    """The index-building code's own bytes; in a frozen bundle, which ships no source files and
    never changes under its version, the version alone tells builds apart."""
    here = Path(__file__).parent
    digest = hashlib.sha256()
    for name in CODE_FILES:
        try:
            digest.update((here / name).read_bytes())
        except OSError:
            return "bundled"
    return digest.hexdigest()[:16]


def cache_file(key: str) -> Path:
    """``<cache>/sites/<project hash>-<state hash>.npz``."""
    from sezmap.paths import cache_dir

    project = json.dumps(json.loads(key)["project"], sort_keys=True)
    return cache_dir() / "sites" / f"{_hash(project)}-{_hash(key)}.npz"


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


# --- writing and reading ------------------------------------------------------------------------

def write_arrays(path: Path, key: str, arrays: SiteArrays) -> bool:
    """Save ``arrays`` under ``key`` (whole or not at all); False when they cannot be saved
    faithfully (ids that are not text) or the folder cannot be written."""
    from sezmap.formats.atomic import atomic_output

    out = _to_numpy(key, arrays)
    if out is None:
        return False
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        with atomic_output(path) as tmp, open(tmp, "wb") as fh:
            np.savez(fh, allow_pickle=False, **out)
    except Exception:  # noqa: BLE001 - a cache that cannot be written is only a slower next run
        return False
    project = path.name.split("-")[0]
    for other in path.parent.glob(f"{project}-*.npz"):  # the same project's older states
        if other.name != path.name:
            with contextlib.suppress(OSError):
                other.unlink()
    return True


def _all_text(values: np.ndarray, none_ok: bool = False) -> bool:
    """Whether numpy's text arrays keep these values exactly (str, no NUL: it drops trailing ones)."""
    return all(isinstance(v, str) and "\x00" not in v or (none_ok and v is None) for v in values.tolist())


def _ints(values: np.ndarray) -> np.ndarray:
    """Integers as int32 when they fit (half the file to read), else int64."""
    small = not len(values) or (int(values.min()) >= -(2 ** 31) and int(values.max()) < 2 ** 31)
    return values.astype(np.int32 if small else np.int64)


def _to_numpy(key: str, arrays: SiteArrays) -> dict[str, np.ndarray] | None:
    if not _all_text(arrays.plot_ids) or not _all_text(arrays.group_zone_ids):
        return None
    c = arrays.candidates
    out = {"key": np.array(key), "rows": _ints(arrays.rows),
           "plot_ids": arrays.plot_ids.astype(str), "group_zone_ids": arrays.group_zone_ids.astype(str),
           "members": _ints(c.members)}
    for name, kind in CANDIDATE_FIELDS.items():
        out[f"cand:{name}"] = getattr(c, name).astype(np.float64) if kind == "f" else _ints(getattr(c, name))
    for stem, km in c.km.items():
        target = arrays.target[stem]
        if not STEM.match(stem) or not _all_text(target, none_ok=True):
            return None
        codes, names = pd.factorize(target, use_na_sentinel=True)  # None: -1
        out[f"km:{stem}"] = km.astype(np.float64)
        out[f"nearest:{stem}"] = _ints(c.nearest[stem])
        out[f"targets:{stem}"] = np.asarray(names, dtype=object).astype(str)
        out[f"target:{stem}"] = _ints(codes)
    return out


def read_arrays(path: Path, key: str) -> SiteArrays | None:
    """The arrays saved under ``key`` at ``path``; None when there are none, or what is there is
    not exactly what ``write_arrays`` writes for that key."""
    try:
        with np.load(path, allow_pickle=False) as saved:
            data = {name: saved[name] for name in saved.files}
        return _checked(data, key)
    except Exception:  # noqa: BLE001 - an unreadable cache is no cache
        return None


def _checked(data: dict[str, np.ndarray], key: str) -> SiteArrays | None:
    def is_(name: str, kind: str, shape: tuple | None = None) -> bool:
        a = data.get(name)
        return a is not None and a.dtype.kind == kind and (shape is None and a.ndim == 1 or a.shape == shape)

    if not is_("key", "U", ()) or str(data["key"]) != key:
        return None
    stems = sorted(name[3:] for name in data if name.startswith("km:"))
    expected = {"key", "rows", "plot_ids", "group_zone_ids", "members"} | {f"cand:{n}" for n in CANDIDATE_FIELDS}
    expected |= {f"{part}:{stem}" for stem in stems for part in ("km", "nearest", "target", "targets")}
    if set(data) != expected or not all(STEM.match(s) for s in stems):
        return None
    if not (is_("rows", "i") and is_("group_zone_ids", "U") and is_("members", "i")):
        return None
    n, g, m = len(data["rows"]), len(data["group_zone_ids"]), len(data["members"])
    count = len(data.get("cand:area", ()))
    if not is_("plot_ids", "U", (n,)) or count < n:
        return None
    if not all(is_(f"cand:{name}", kind, (count,)) for name, kind in CANDIDATE_FIELDS.items()):
        return None
    if not all(is_(f"km:{s}", "f", (count,)) and is_(f"nearest:{s}", "i", (count,)) and is_(f"target:{s}", "i", (n,))
               and is_(f"targets:{s}", "U") for s in stems):
        return None
    zone, size, start, members = data["cand:zone"], data["cand:size"], data["cand:start"], data["members"]

    def within(a: np.ndarray, top: int) -> bool:
        return not len(a) or (int(a.min()) >= 0 and int(a.max()) < top)

    if not (within(data["rows"], np.iinfo(np.int64).max) and within(zone, g) and within(members, n)
            and within(start, m) and (not len(size) or int(size.min()) >= 1)
            and (not len(size) or int((start.astype(np.int64) + size).max()) <= m)
            and all(within(data[f"nearest:{s}"], n) and within(data[f"target:{s}"] + 1, len(data[f"targets:{s}"]) + 1)
                    for s in stems)):
        return None
    candidates = _Candidates(zone, data["cand:area"], size, data["cand:rank"], start, members,
                             {s: data[f"km:{s}"] for s in stems}, {s: data[f"nearest:{s}"] for s in stems})
    target = {}
    for s in stems:
        names = np.r_[data[f"targets:{s}"].astype(object), np.array([None], dtype=object)]
        target[s] = names[data[f"target:{s}"]]  # -1: the None at the end
    return SiteArrays(data["rows"], data["plot_ids"].astype(object), data["group_zone_ids"].astype(object), target,
                      candidates)
