"""Review the figures: a static site that shows every fact where it stands, and charts across documents.

`python -m pipeline review OUT` writes the site from OUT's Parquet tables (see `site.build_site`);
`show(facts, documents, doc_id)` shows one document in a Jupyter cell (see `notebook`).
"""
__all__ = ["build_site", "show"]


def __getattr__(name: str):
    if name == "build_site":
        from .site import build_site
        return build_site
    if name == "show":
        from .notebook import show
        return show
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
