"""Building the spaCy Language newsenrich runs.

The NER backend is the bundled Dutch news model (``models/nl_news_ner``) by
default, or any installed spaCy Dutch pipeline given by package name or path.
Around it we put our tokenizer fixes and five components::

    tokenizer -> newsenrich_segmenter -> [backend's tok2vec/ner] -> newsenrich_name_checks
              -> newsenrich_repeated_names -> newsenrich_timex -> newsenrich_entity_clusters

Of a backend pipeline only what its NER needs is kept enabled (its tagger,
parser, lemmatizer and the like are disabled, since they cost time and the
parser would overrule our sentence boundaries).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import spacy
from spacy.language import Language

from newsenrich.errors import ModelNotFoundError
from newsenrich.extensions import register_extensions
from newsenrich.tokenizer import customize_tokenizer

BUNDLED_MODEL_NAME = "nl_news_ner"
_NER_COMPONENTS = {"ner", "entity_ruler", "span_ruler", "tok2vec", "transformer", "curated_transformer"}


@dataclass(frozen=True)
class Backend:
    nlp: Language
    description: str  # e.g. "newsenrich/nl_news_ner 0.1.0" or "nl_core_news_sm 3.8.0"


def bundled_model_path() -> Path:
    return Path(str(resources.files("newsenrich") / "models" / BUNDLED_MODEL_NAME))


def _is_bundled(model: str | os.PathLike[str] | None) -> bool:
    """``model`` is None or the path of the bundled model."""
    if model is None:
        return True
    try:
        return Path(model).resolve() == bundled_model_path().resolve()
    except (OSError, ValueError):
        return False


def _load_backend(model: str | os.PathLike[str] | None) -> Language:
    if _is_bundled(model):
        path = bundled_model_path()
        if not (path / "meta.json").exists():
            raise ModelNotFoundError(
                f"the bundled NER model is missing at {path}; reinstall newsenrich "
                "(pip install --force-reinstall newsenrich) or pass load(model=...) an installed spaCy pipeline"
            )
        # its tokenizer is newsenrich's own, which customize_tokenizer rebuilds from the
        # language defaults anyway: loading the saved copy would only cost start-up time
        return spacy.load(path, exclude=["tokenizer"])
    assert model is not None  # None is the bundled model, handled above
    path = Path(model)
    if path.exists():
        try:
            return spacy.load(path)
        except (OSError, ValueError) as exc:
            raise ModelNotFoundError(f"cannot load the spaCy pipeline at {path}: {exc}") from exc
    name = str(model)
    if not spacy.util.is_package(name):
        raise ModelNotFoundError(
            f"spaCy pipeline {name!r} is not installed. Install it where you have network access with "
            f"`python -m spacy download {name}` (or pip install the wheel from spaCy's model releases), "
            "or pass a path to a pipeline directory; or use load() for newsenrich's bundled Dutch news model."
        )
    return spacy.load(name)


def _describe(nlp: Language, bundled: bool) -> str:
    meta = nlp.meta
    name = meta.get("name") or "pipeline"
    lang = meta.get("lang", "")
    if lang and not name.startswith(f"{lang}_"):
        name = f"{lang}_{name}"
    if bundled:
        name = f"newsenrich/{name}"
    return f"{name} {meta.get('version', '')}".strip()


def build_pipeline(model: str | os.PathLike[str] | None = None) -> Backend:
    """The full newsenrich pipeline around the NER backend ``model``."""
    import newsenrich.entities.component
    import newsenrich.entities.name_checks
    import newsenrich.entities.repeated_names
    import newsenrich.segment.component
    import newsenrich.timex.component  # noqa: F401

    register_extensions()
    nlp = _load_backend(model)
    if nlp.lang != "nl":
        raise ModelNotFoundError(f"newsenrich needs a Dutch (nl) spaCy pipeline; {model!r} is {nlp.lang!r}")
    if "ner" not in nlp.pipe_names and "entity_ruler" not in nlp.pipe_names and "span_ruler" not in nlp.pipe_names:
        raise ModelNotFoundError(f"the spaCy pipeline {model!r} has no NER component (ner or entity_ruler)")
    for name in nlp.pipe_names:
        if name not in _NER_COMPONENTS:
            nlp.disable_pipe(name)
    customize_tokenizer(nlp)
    nlp.add_pipe("newsenrich_segmenter", first=True)
    nlp.add_pipe("newsenrich_name_checks", last=True)
    nlp.add_pipe("newsenrich_repeated_names", last=True)
    nlp.add_pipe("newsenrich_timex", last=True)
    nlp.add_pipe("newsenrich_entity_clusters", last=True)
    return Backend(nlp=nlp, description=_describe(nlp, bundled=_is_bundled(model)))
