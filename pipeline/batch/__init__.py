"""The batch layer: incremental, restartable, parallel runs over folders that grow.

A run lists its inputs (`manifest`), keeps the results of documents whose bytes did not change,
extracts the others on an engine (`engines`: serial, process pool or Dask), commits each
document's rows as a shard as soon as it is done (`shards`), and swaps in new tables at once
(`store`). A lock (`lock`) keeps two runs off the same output folder.

Layout of an output folder::

    OUT/facts.parquet      -> .cnstats/current/facts.parquet       (symbolic links)
    OUT/documents.parquet  -> .cnstats/current/documents.parquet
    OUT/runs.parquet          one row per run
    OUT/.cnstats.lock         held while a run works on OUT
    OUT/.cnstats/current   -> tables/<run id>   (swapped atomically: both tables change together)
    OUT/.cnstats/tables/<run id>/{facts,documents}.parquet, manifest.json, checksums.json
    OUT/.cnstats/shards/<ab>/<key>.arrows one finished document: its documents row and facts rows,
                                          with a checksum
    OUT/.cnstats/runs/<run id>.json       a run's record until it is in runs.parquet
"""
