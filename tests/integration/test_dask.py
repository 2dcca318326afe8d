"""newsenrich.dask on a LocalCluster of two worker processes (one thread each), with the stand-in model."""

from __future__ import annotations

import sys

import pytest

pytest.importorskip("dask.bag")
pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

import dask.bag as db
import dask.dataframe as dd
import pandas as pd

from newsenrich import Article
from newsenrich.dask import ARTICLE_COLUMNS, articles_of, enrich_bag, enrich_frame, enrich_pandas

TEXTS = [
    "Biden sprak dinsdag met Poetin over Oekraïne.",
    "date 2020-01-05 Het Kremlin zweeg.",
    "De VS en Oekraïne overlegden in de Krim.",
    "",
]


def _items() -> list[object]:
    return [(TEXTS[i % 4], "2021-04-14") if i % 3 == 0 else TEXTS[i % 4] for i in range(24)]


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster, distributed.Client(cluster) as client:
        yield client


def _cache_info() -> tuple[int, int]:
    from newsenrich.dask import _cached_enricher

    info = _cached_enricher.cache_info()
    return info.hits, info.misses


def test_dask_bag_gives_the_local_results_in_order(client, enricher, stand_in_model) -> None:
    items = _items()
    bag = db.from_sequence(items, npartitions=6)
    rows = enrich_bag(bag, model=str(stand_in_model), published="2021-04").compute()
    expected = [a.to_dict() for a in enricher.enrich_many(items, published="2021-04")]
    assert rows == expected
    assert rows[0]["published"]["value"] == "2021-04-14" and rows[2]["published"]["value"] == "2021-04"
    assert articles_of(rows)[0] == Article.from_dict(expected[0])
    per_worker = client.run(_cache_info)
    assert all(misses <= 1 for _, misses in per_worker.values())  # the pipeline loads once per worker
    assert sum(hits + misses for hits, misses in per_worker.values()) >= 6  # and serves every partition


def test_dask_dataframe_column_gets_article_columns(client, stand_in_model) -> None:
    frame = pd.DataFrame(
        {
            "id": range(8),
            "body": [TEXTS[i % 4] for i in range(8)],
            "date": ["2021-04-14", None] * 4,
        }
    )
    frame.loc[5, "body"] = None  # a missing text
    df = dd.from_pandas(frame, npartitions=3)
    out = enrich_frame(df, text_column="body", published_column="date", model=stand_in_model, on_error="record")
    result = out.compute().sort_values("id")
    assert list(result.columns) == ["id", "body", "date", *ARTICLE_COLUMNS]
    first = result.iloc[0]
    assert first["published"] == "2021-04-14"
    assert list(first["persons"]) == ["Biden", "Poetin"] and list(first["places"]) == ["Oekraïne"]
    assert Article.from_json(first["article"]).text == TEXTS[0]
    assert result.iloc[1]["published"] == "2020-01-05"  # from the text's header
    assert "must be str" in result.iloc[5]["error"]
    assert result["error"].isna().sum() == 7


def test_dask_bad_input_raises_by_default(client, stand_in_model) -> None:
    bag = db.from_sequence(["Tekst.", 3], npartitions=1)
    with pytest.raises(TypeError, match=r"must be str"):
        enrich_bag(bag, model=stand_in_model).compute()


def test_enrich_pandas_runs_without_a_cluster(stand_in_model) -> None:
    frame = pd.DataFrame({"text": TEXTS[:2]})
    out = enrich_pandas(frame, model=stand_in_model)
    assert out["published"].tolist() == [None, "2020-01-05"]
    assert out["stories"].tolist() == [1, 1]
    with pytest.raises(ValueError, match="already has column"):
        enrich_pandas(out, model=stand_in_model)


def test_missing_dask_names_the_extra(monkeypatch) -> None:
    from newsenrich import dask as nd

    monkeypatch.setitem(sys.modules, "dask", None)
    with pytest.raises(ImportError, match=r"newsenrich\[dask\]"):
        nd.enrich_bag(None)  # type: ignore[arg-type]
