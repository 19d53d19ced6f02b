"""Scale-out: the Dask runner (:mod:`.dask_runner`) and staying current (:mod:`.watch`).

Both call :mod:`dateline.run`, the one ingest → analyse → store loop; neither has a loop of its own.
"""
