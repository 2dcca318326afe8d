"""msgpack support for the values newsenrich keeps in ``Doc`` extensions.

spaCy moves Docs between processes (``nlp.pipe(..., n_process=2)``) and stores
them (``DocBin(store_user_data=True)``, ``Doc.to_bytes``) by msgpacking
``doc.user_data``, where the ``doc._.*`` extension values live. Our values are
small dataclasses (``Published``, ``StoryLayout``, ``TimexMatch``, ``Cluster``,
``MentionInput``) that msgpack cannot pack by itself, so without this module
``n_process=2`` failed with ``TypeError: can not serialize 'Published' object``.

We register an encoder and a decoder with srsly's msgpack registries, the
mechanism srsly provides for extra types (it packs numpy arrays the same way).
A value becomes ``{"__newsenrich__": "<module>.<class>", "fields": {...}}``.
Decoding rebuilds only the classes listed in :data:`_ALLOWED`, from their
fields, so reading Doc bytes never imports or calls anything else.

Registration happens when this module is imported; :mod:`newsenrich.extensions`
imports it, and every newsenrich component imports that, so worker processes
(also under the ``spawn`` start method) have the codec as soon as they unpickle
a newsenrich component.
"""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Callable
from typing import Any

import srsly

MARKER = "__newsenrich__"

_ALLOWED = frozenset(
    {
        "newsenrich.article.Published",
        "newsenrich.segment.layout.StoryLayout",
        "newsenrich.timex.match.TimexMatch",
        "newsenrich.entities.clustering.Cluster",
        "newsenrich.entities.clustering.MentionInput",
    }
)


def _span(value: Any) -> tuple[int, int] | None:
    return None if value is None else (value[0], value[1])


# msgpack gives lists for tuples (or, read with use_list=False as DocBin does, tuples for
# lists); these put back the container types our classes have
_RESTORE: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "newsenrich.entities.clustering.Cluster": lambda f: {**f, "mentions": list(f.get("mentions", ()))},
    "newsenrich.segment.layout.StoryLayout": lambda f: {
        **f,
        "headline": _span(f.get("headline")),
        "dateline": _span(f.get("dateline")),
        "paragraphs": [_span(p) for p in f.get("paragraphs", ())],
        "sentences": [_span(s) for s in f.get("sentences", ())],
    },
}


def _qualname(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def encode(obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
    """msgpack ``default`` hook: our dataclasses as marked dicts; anything else to ``chain``."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        name = _qualname(type(obj))
        if name in _ALLOWED:
            return {MARKER: name, "fields": {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}}
    return obj if chain is None else chain(obj)


def decode(obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
    """msgpack ``object_hook``: a marked dict back into its (allowed) class."""
    if isinstance(obj, dict) and MARKER in obj:
        name = obj[MARKER]
        if name in _ALLOWED:
            module, _, cls_name = name.rpartition(".")
            cls = getattr(importlib.import_module(module), cls_name)
            fields = dict(obj.get("fields") or {})
            restore = _RESTORE.get(name)
            return cls(**(restore(fields) if restore else fields))
    return obj if chain is None else chain(obj)


def register() -> None:
    """Register :func:`encode` and :func:`decode` with srsly (idempotent)."""
    srsly.msgpack_encoders.register("newsenrich", func=encode)
    srsly.msgpack_decoders.register("newsenrich", func=decode)


register()
