"""Entities: label mapping for any spaCy NER and clustering of mentions into entities."""

from newsenrich.entities.clustering import Cluster, MentionInput, cluster_mentions
from newsenrich.entities.labels import DEFAULT_LABEL_MAP, map_label

__all__ = ["DEFAULT_LABEL_MAP", "Cluster", "MentionInput", "cluster_mentions", "map_label"]
