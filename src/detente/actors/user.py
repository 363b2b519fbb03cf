"""Writing the user overlay file (see ``detente.actors.kb`` for its format)."""

from __future__ import annotations

from pathlib import Path

import yaml

from detente.actors.kb import ALIAS_TYPES, default_kb, user_file_path


def _load(path: Path) -> dict:
    if path.exists():
        with path.open(encoding="utf-8") as f:
            data = yaml.safe_load(f) or {}
        if isinstance(data, list):
            data = {"entities": data}
        return data
    return {}


def _save(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    with tmp.open("w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, allow_unicode=True, sort_keys=False)
    tmp.replace(path)
    # The cached default KB includes this file; drop it so the change is seen.
    default_kb.cache_clear()


def add_alias(
    entity_id: str,
    alias: str,
    lang: str,
    *,
    user_file: Path | None = None,
    alias_type: str = "name",
    ambiguous: bool = False,
) -> Path:
    """Append an alias of ``entity_id`` in ``lang`` to the user overlay; returns the file."""
    if alias_type not in ALIAS_TYPES:
        raise ValueError(f"unknown alias type {alias_type!r}; one of {', '.join(ALIAS_TYPES)}")
    path = Path(user_file) if user_file else user_file_path()
    data = _load(path)
    per_lang = data.setdefault("aliases", {}).setdefault(lang, {})
    spec: str | dict = alias
    if alias_type != "name" or ambiguous:
        spec = {"text": alias, "type": alias_type}
        if ambiguous:
            spec["ambiguous"] = True
    items = per_lang.setdefault(entity_id, [])
    if spec not in items:
        items.append(spec)
    _save(path, data)
    return path


def add_entity(
    entity_id: str,
    *,
    name: str,
    country: str | None,
    sector: str | None = None,
    kind: str = "org",
    wikidata: str | None = None,
    metonym_for: str | None = None,
    user_file: Path | None = None,
) -> Path:
    """Add (or replace) an entity record in the user overlay; returns the file."""
    path = Path(user_file) if user_file else user_file_path()
    data = _load(path)
    rec = {"id": entity_id, "kind": kind, "name": name, "country": country, "sector": sector}
    if wikidata:
        rec["wikidata"] = wikidata
    if metonym_for:
        rec["metonym_for"] = metonym_for
    ents = [e for e in data.get("entities") or [] if e.get("id") != entity_id]
    ents.append(rec)
    data["entities"] = ents
    _save(path, data)
    return path
