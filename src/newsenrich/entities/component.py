"""The ``newsenrich_entity_clusters`` spaCy component.

Maps the labels of ``doc.ents`` (from any NER) onto PER/LOC/ORG, drops the
rest, and clusters the mentions into entities (``doc._.entity_clusters``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsenrich.entities.clustering import Cluster, MentionInput, cluster_mentions
from newsenrich.entities.labels import DEFAULT_LABEL_MAP, LabelMapComponent
from newsenrich.extensions import register_extensions


class EntityClusterer(LabelMapComponent):
    def __init__(self, nlp: Language, name: str, *, label_map: dict[str, str]) -> None:
        super().__init__(nlp, name, label_map=label_map)
        register_extensions()

    def mentions(self, doc: Doc) -> list[MentionInput]:
        out = []
        for ent in doc.ents:
            label = self.label_map.get(ent.label_.upper())
            if label is not None:
                out.append(MentionInput(ent.start_char, ent.end_char, ent.text, label))
        return out

    def __call__(self, doc: Doc) -> Doc:
        mentions = self.mentions(doc)
        clusters: list[Cluster] = cluster_mentions(mentions)
        doc._.entity_clusters = [(c, [mentions[i] for i in c.mentions]) for c in clusters]
        return doc


@Language.factory(
    "newsenrich_entity_clusters",
    assigns=["doc._.entity_clusters"],
    requires=["doc.ents"],
    default_config={"label_map": DEFAULT_LABEL_MAP},
)
def make_entity_clusters(nlp: Language, name: str, label_map: dict[str, str]) -> EntityClusterer:
    return EntityClusterer(nlp, name, label_map=label_map)
