"""Compare a retrained model file with the shipped one, and say in one line what differs.

Two files are the same model when their bytes are equal or, failing that, when what they hold
is: the same ``about`` record and the same arrays (``.npz``: float16/float32 weights, the
rounding the format fixes) or the same weights (``.tsv``: written to five decimals). Zip and
zlib versions may change an ``.npz``'s bytes without changing what it holds.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

from ..nlp.model_files import read_npz
from ..nlp.statements.cue_model import CueModel, parse_weights

# How many differing names a summary quotes before it only counts them.
_QUOTED = 3


def compare_files(retrained: Path, shipped: Path) -> str | None:
    """None when the retrained model equals the shipped one, else a one-line summary of the differences."""
    retrained, shipped = Path(retrained), Path(shipped)
    if not shipped.is_file():
        return f"there is no shipped file at {shipped}"
    if retrained.read_bytes() == shipped.read_bytes():
        return None
    if shipped.suffix == ".json":
        return "the calibrations differ (retrain it: dateline train calibration)"
    if shipped.suffix == ".npz":
        new_arrays, new_about = read_npz(retrained, (), "")
        old_arrays, old_about = read_npz(shipped, (), "")
        differences = _about_differences(new_about, old_about) + _array_differences(new_arrays, old_arrays)
    else:
        new, old = _weights_file(retrained), _weights_file(shipped)
        differences = _about_differences(new.about, old.about) + _weight_differences(new.weights, old.weights)
    return "; ".join(differences) if differences else None


def _weights_file(path: Path) -> CueModel:
    return parse_weights(path.read_text(encoding="utf-8").splitlines(), path)


def _quote(names: list[str]) -> str:
    shown = ", ".join(repr(n) for n in names[:_QUOTED])
    return shown + (f" and {len(names) - _QUOTED} more" if len(names) > _QUOTED else "")


def _about_differences(new: dict, old: dict) -> list[str]:
    """What differs in the records of how the two were trained, key by key."""
    found = []
    for key in sorted(set(new) | set(old)):
        if new.get(key) == old.get(key):
            continue
        if isinstance(new.get(key), dict) and isinstance(old.get(key), dict):
            inner = sorted(k for k in set(new[key]) | set(old[key]) if new[key].get(k) != old[key].get(k))
            found.append(f"{key} differs in {_quote(inner)}")
        else:
            found.append(f"{key} is {new.get(key)!r}, shipped {old.get(key)!r}")
    return found


def _array_differences(new: dict[str, np.ndarray], old: dict[str, np.ndarray]) -> list[str]:
    """What differs between two models' arrays: missing arrays, other shapes, other values."""
    found = []
    for name in sorted(set(new) | set(old)):
        if name not in new or name not in old:
            found.append(f"array {name!r} only in the {'retrained' if name in new else 'shipped'} file")
        elif new[name].dtype.kind in "US" or old[name].dtype.kind in "US":
            added = sorted(set(new[name].tolist()) - set(old[name].tolist()))
            removed = sorted(set(old[name].tolist()) - set(new[name].tolist()))
            if added or removed:
                found.append(f"{name}: {len(added)} new ({_quote(added)}), {len(removed)} gone ({_quote(removed)})")
            elif new[name].tolist() != old[name].tolist():
                found.append(f"{name}: the same {len(new[name])} in another order")
        elif new[name].shape != old[name].shape:
            found.append(f"{name}: shape {new[name].shape}, shipped {old[name].shape}")
        elif not np.array_equal(new[name], old[name]):
            gap = np.abs(new[name].astype(np.float64) - old[name].astype(np.float64))
            found.append(f"{name}: {int((gap > 0).sum()):,} of {gap.size:,} values differ (largest by {gap.max():.4g})")
    return found


def _weight_differences(new: dict[str, float], old: dict[str, float]) -> list[str]:
    """What differs between two weights files: features only in one, other weights."""
    found = []
    added, removed = sorted(set(new) - set(old)), sorted(set(old) - set(new))
    if added or removed:
        found.append(f"features: {len(added)} new ({_quote(added)}), {len(removed)} gone ({_quote(removed)})")
    changed = [abs(new[name] - old[name]) for name in set(new) & set(old) if new[name] != old[name]]
    if changed:
        found.append(f"{len(changed):,} of {len(set(new) & set(old)):,} weights differ (largest by {max(changed):.5f})")
    return found
