"""pyproj transformers must not be shared across threads: render/ keeps one per thread."""

import threading

from sezmap.render import crs as crs_mod


def test_each_thread_gets_its_own_transformer_and_reuses_it():
    here = crs_mod.transformer(crs_mod.LONLAT, crs_mod.DEFAULT_DISPLAY_CRS)
    assert crs_mod.transformer(crs_mod.LONLAT, crs_mod.DEFAULT_DISPLAY_CRS) is here
    seen = []

    def work():
        t = crs_mod.transformer(crs_mod.LONLAT, crs_mod.DEFAULT_DISPLAY_CRS)
        x, y = crs_mod.forward(crs_mod.DEFAULT_DISPLAY_CRS, [68.0], [48.0])
        seen.append((t, (float(x[0]), float(y[0]))))  # one append per thread: no interleaving

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    transformers = [t for t, _xy in seen]
    assert all(t is not here for t in transformers)
    assert len({id(t) for t in transformers}) == 4
    assert all(abs(x) < 1e-6 and abs(y) < 1e-6 for _t, (x, y) in seen)  # the projection's origin
