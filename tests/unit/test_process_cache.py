"""The list's local cache: rows come back as saved, per backend, and a file that cannot be
trusted is discarded, never an error."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from revdesk.domain import process_cache
from revdesk.domain.process_cache import ProcessCache, cache_key
from revdesk.domain.process_index import ProcessIndex, ProcessRow, Query

KEY = cache_key("http://127.0.0.1:8765", "acme")


def rows(count: int = 5) -> list[ProcessRow]:
    names = ["Ana García Fernández", "Jürgen Müller", "Zoë 李"]
    return [ProcessRow(f"RP-{100_000 + i}", f"#A{i}", names[i % 3],
                       "IN_WAREHOUSE" if i % 2 else "COLLECTED", "DROP_OFF_POINT",
                       "DHL", f"TRK{i:06d}", f"2026-11-0{1 + i % 9}T10:00:00Z")
            for i in range(count)]


def test_rows_come_back_in_order_with_their_time(tmp_path: Path) -> None:
    cache = ProcessCache(tmp_path, KEY)
    assert cache.load() is None
    cache.save(rows(), saved_at=1_790_000_000.5)
    loaded = cache.load()
    assert loaded is not None
    assert loaded.rows == rows() and all(type(r) is ProcessRow for r in loaded.rows)
    assert loaded.saved_at == 1_790_000_000.5
    cache.save([], saved_at=1.0)  # an empty list is a list too
    assert ProcessCache(tmp_path, KEY).load() == process_cache.CachedList([], 1.0)


def test_repeated_values_share_one_string(tmp_path: Path) -> None:
    cache = ProcessCache(tmp_path, KEY)
    cache.save(rows(4))
    loaded = cache.load()
    assert loaded is not None
    first, _, third, _ = loaded.rows
    assert first.status is third.status and first.carrier is third.carrier


def test_loaded_rows_index_like_rows_added_one_by_one(tmp_path: Path) -> None:
    cache = ProcessCache(tmp_path, KEY)
    cache.save(rows(50))
    loaded = cache.load()
    assert loaded is not None
    bulk, single = ProcessIndex(), ProcessIndex()
    bulk.upsert(loaded.rows)
    for row in rows(50):
        single.upsert([row])
    for index in (bulk, single):
        index.sort(2)
    for query in (Query(), Query(text="garcia"), Query("COLLECTED", "müller"), Query(text="李")):
        assert bulk.select(query) == single.select(query)


def test_each_backend_and_shop_has_its_own_file(tmp_path: Path) -> None:
    keys = {cache_key("embedded-sandbox", "acme"), cache_key("https://api.example", "acme"),
            cache_key("https://api.example", "other"), cache_key("https://api.example/", "acme",
                                                                 "group")}
    assert len(keys) == 4 and len({ProcessCache(tmp_path, k).path for k in keys}) == 4
    ProcessCache(tmp_path, cache_key("embedded-sandbox", "acme")).save(rows())
    assert ProcessCache(tmp_path, cache_key("https://api.example", "acme")).load() is None


def test_a_file_of_another_backend_is_discarded(tmp_path: Path) -> None:
    sandbox = ProcessCache(tmp_path, cache_key("embedded-sandbox", "acme"))
    real = ProcessCache(tmp_path, cache_key("https://api.example", "acme"))
    sandbox.save(rows())
    sandbox.path.rename(real.path)  # e.g. copied by hand between stations
    assert real.load() is None and not real.path.exists()


@pytest.mark.parametrize("damage", ["garbage", "truncated", "old_schema", "no_columns",
                                    "short_column", "not_text", "not_json", "bad_meta",
                                    "nested"])
def test_a_damaged_or_old_file_is_discarded_not_raised(tmp_path: Path, damage: str) -> None:
    cache = ProcessCache(tmp_path, KEY)
    cache.save(rows())
    if damage == "garbage":
        cache.path.write_bytes(b"\x00not a database" * 100)
    elif damage == "truncated":
        cache.path.write_bytes(cache.path.read_bytes()[:1500])
    else:
        db = sqlite3.connect(cache.path)
        statement = {
            "old_schema": "UPDATE meta SET value='0' WHERE name='schema'",
            "no_columns": "DROP TABLE columns",
            "short_column": "UPDATE columns SET data='[\"RP-1\"]' WHERE name='customer'",
            "not_text": "UPDATE columns SET data='[1,2,3,4,5]' WHERE name='customer'",
            "not_json": "UPDATE columns SET data='[\"RP-1\",' WHERE name='process_id'",
            "bad_meta": "UPDATE meta SET value='soon' WHERE name='saved_at'",
            # json.loads raised RecursionError, which the window's start did not expect.
            "nested": "UPDATE columns SET data='" + "[" * 100_000 + "]" * 100_000
                      + "' WHERE name='customer'",
        }[damage]
        db.execute(statement)
        db.commit()
        db.close()
    assert cache.load() is None
    assert not cache.path.exists()
    cache.save(rows(2))  # and the next save starts a good one
    loaded = cache.load()
    assert loaded is not None and loaded.rows == rows(2)


def test_a_failed_save_keeps_the_old_file_and_leaves_no_litter(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = ProcessCache(tmp_path, KEY)
    cache.save(rows(3), saved_at=5.0)

    def refuse(*args: object, **kw: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(process_cache.sqlite3, "connect", refuse)
    with pytest.raises(sqlite3.OperationalError):
        cache.save(rows(10))
    monkeypatch.undo()
    assert [p.name for p in tmp_path.iterdir()] == [cache.path.name]
    loaded = cache.load()
    assert loaded is not None and loaded.rows == rows(3) and loaded.saved_at == 5.0


def test_the_customer_e_mail_is_kept(tmp_path: Path) -> None:
    """The list's search finds a return by e-mail: a saved list keeps it."""
    cache = ProcessCache(tmp_path, KEY)
    saved = [r._replace(customer_email=f"c{i}@example.com") for i, r in enumerate(rows(3))]
    cache.save(saved)
    loaded = cache.load()
    assert loaded is not None and loaded.rows == saved


@pytest.mark.parametrize("name", ["Station #2", "what?", "100%25 sure"])
def test_a_data_folder_named_with_uri_characters_keeps_its_cache(tmp_path: Path,
                                                                name: str) -> None:
    """The read-only open put the path in a URI unquoted: in "Station #2" the "#" ended the
    file name, SQLite opened (and created) "Station " read-write, found no table, and the
    good cache was deleted at every start."""
    cache = ProcessCache(tmp_path / name / "cache", KEY)
    cache.save(rows())
    loaded = cache.load()
    assert loaded is not None and loaded.rows == rows()
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]
