"""The actor knowledge base: entity records, aliases, sector words and title words.

Sources, later ones overriding earlier ones (an entity with the same id is merged field by
field; aliases are added):

1. the bundled data root (``detente/data`` or ``data_root``): ``entities/*.yaml``,
   ``<lang>/aliases/*.yaml``, ``<lang>/sectors.yaml``, ``<lang>/roles.yaml``;
2. each of ``extra_paths``: a directory with the same layout, or a single user file::

       entities:
         - {id: org:acme, kind: company, name: ACME, country: AZE, sector: BUS}
       aliases:
         en: {org:acme: [ACME, {text: Acme Corp, type: name}]}
         ru: {org:acme: [АКМЕ]}
       sectors:            # optional, per language
         en: [{terms: [coast guard], sector: MIL}]

3. for ``default_kb()``: ``wikidata.yaml`` (written by ``actors import-wikidata``) and
   then the user overlay ``$DETENTE_ACTORS`` or ``~/.config/detente/actors.yaml``, both in
   the same directory, when they exist.
"""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from detente.mentions import PhraseMatcher
from detente.resources import LANGUAGES, data_dir, settle

ALIAS_TYPES = ("name", "adjective", "demonym", "metonym", "surname", "abbreviation")


@dataclass(frozen=True)
class Role:
    country: str | None
    sector: str | None
    title: str | None
    start: str | None  # ISO date, possibly partial
    end: str | None  # None: still in office


@dataclass
class EntityRecord:
    id: str
    kind: str
    name: str
    country: str | None = None
    sector: str | None = None
    wikidata: str | None = None
    metonym_for: str | None = None
    ambiguous: bool = False
    roles: list[Role] = field(default_factory=list)


@dataclass(frozen=True)
class AliasRef:
    entity_id: str
    text: str
    type: str = "name"
    ambiguous: bool = False
    lang: str = ""


@dataclass(frozen=True)
class SectorRef:
    sector: str
    term: str


@dataclass(frozen=True)
class TitleRef:
    title: str | None  # canonical title compared with Role.title; None for "counterpart"
    sector: str | None
    term: str
    counterpart: bool = False


@dataclass(frozen=True)
class PlaceRef:
    """A word for part of a place ("port", "south", "airport", "eastern"): with a country
    or city next to it the phrase names where something happens, not who acts."""

    term: str


@dataclass(frozen=True)
class PairRef:
    """A phrase for the two parties the text has been about ("both countries", "the two
    sides", "البلدين"): it stands for each of them. ``not_after``: words before it that make
    it something else ("on both sides" is a place, "со стороны" a singular)."""

    term: str
    sector: str | None = None
    not_after: tuple[str, ...] = ()


@dataclass(frozen=True)
class AnaphorRef:
    """A definite phrase that takes up a party named shortly before it ("the bloc" after
    the EU, "the kingdom" after Saudi Arabia, "הארגון" after Hezbollah): the latest one
    whose entity kind is in ``kinds`` and whose country is in ``countries`` (either list
    empty means any). ``sector`` replaces the party's own sector when given."""

    term: str
    kinds: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    sector: str | None = None
    # a word that must stand right before the phrase (English "the", left out of the
    # phrase so that "the Group of Seven" still matches as a name)
    after: tuple[str, ...] = ()
    # the first such party of the nearest sentence that names one, not the latest: an
    # institution stands for the state the text is about ("the foreign ministry")
    first: bool = False


def _s(v: Any) -> str | None:
    if v is None:
        return None
    if isinstance(v, (_dt.date, _dt.datetime)):
        return v.isoformat()[:10]
    return str(v)


def _read(path: Path) -> Any:
    with path.open(encoding="utf-8") as f:
        return yaml.safe_load(f)


class KnowledgeBase:
    def __init__(self) -> None:
        self.entities: dict[str, EntityRecord] = {}
        self.aliases: dict[str, list[AliasRef]] = {lang: [] for lang in LANGUAGES}
        self.sectors: dict[str, list[SectorRef]] = {lang: [] for lang in LANGUAGES}
        self.roles: dict[str, dict] = {}  # per-language roles.yaml content
        self.sources: list[str] = []
        self._matchers: dict[str, PhraseMatcher] = {}
        # Tokenised cue words of roles.yaml, per (language, list name): built once, not
        # per sentence (see actors.resolve._word_seqs).
        self.cue_cache: dict[tuple[str, str], list[list[str]]] = {}
        # roles.yaml `home_terms` in match form, per language (actors.resolve._home_term)
        self.home_term_cache: dict[str, frozenset[str]] = {}

    # -- loading -------------------------------------------------------------------------
    def add_entity_dict(self, d: dict) -> None:
        if not isinstance(d, dict) or not d.get("id"):
            return
        eid = str(d["id"])
        old = self.entities.get(eid)
        roles = [
            Role(
                _s(r.get("country")),
                _s(r.get("sector")),
                _s(r.get("title")),
                _s(r.get("start")),
                _s(r.get("end")),
            )
            for r in d.get("roles") or []
            if isinstance(r, dict)
        ]
        if old is None:
            self.entities[eid] = EntityRecord(
                id=eid,
                kind=str(d.get("kind") or "org"),
                name=str(d.get("name") or eid),
                country=_s(d.get("country")),
                sector=_s(d.get("sector")),
                wikidata=_s(d.get("wikidata")),
                metonym_for=_s(d.get("metonym_for")),
                ambiguous=bool(d.get("ambiguous", False)),
                roles=roles,
            )
        else:
            for k in ("kind", "name", "country", "sector", "wikidata", "metonym_for"):
                if k in d:
                    setattr(old, k, _s(d[k]))
            if "ambiguous" in d:
                old.ambiguous = bool(d["ambiguous"])
            if roles:
                old.roles = roles
        self._matchers.clear()

    def add_alias_spec(self, lang: str, eid: str, spec: Any) -> None:
        if isinstance(spec, str):
            ref = AliasRef(str(eid), spec, "name", False, lang)
        elif isinstance(spec, dict) and spec.get("text"):
            ref = AliasRef(
                str(eid),
                str(spec["text"]),
                str(spec.get("type") or "name"),
                bool(spec.get("ambiguous", False)),
                lang,
            )
        else:
            return
        self.aliases.setdefault(lang, []).append(ref)
        self._matchers.clear()

    def add_alias_mapping(self, lang: str, mapping: Any) -> None:
        if not isinstance(mapping, dict):
            return
        for eid, specs in mapping.items():
            for spec in specs if isinstance(specs, list) else [specs]:
                self.add_alias_spec(lang, str(eid), spec)

    def add_sectors(self, lang: str, items: Any) -> None:
        for it in items or []:
            if isinstance(it, dict) and it.get("sector"):
                for t in it.get("terms") or []:
                    self.sectors.setdefault(lang, []).append(SectorRef(str(it["sector"]), str(t)))
        self._matchers.clear()

    def load_root(self, root: Path) -> None:
        """A directory laid out like ``detente/data``."""
        root = Path(root)
        self.sources.append(str(root))
        for p in sorted((root / "entities").glob("*.y*ml")):
            for d in _read(p) or []:
                self.add_entity_dict(d)
        for lang in LANGUAGES:
            for p in sorted((root / lang / "aliases").glob("*.y*ml")):
                self.add_alias_mapping(lang, _read(p))
            sp = root / lang / "sectors.yaml"
            if sp.exists():
                self.add_sectors(lang, _read(sp))
            rp = root / lang / "roles.yaml"
            if rp.exists():
                self.roles[lang] = _read(rp) or {}
                self.cue_cache.clear()
                self.home_term_cache.clear()

    def load_user_file(self, path: Path) -> None:
        data = _read(Path(path)) or {}
        self.sources.append(str(path))
        if isinstance(data, list):  # a bare entities file
            data = {"entities": data}
        for d in data.get("entities") or []:
            self.add_entity_dict(d)
        for lang, mapping in (data.get("aliases") or {}).items():
            self.add_alias_mapping(str(lang), mapping)
        for lang, items in (data.get("sectors") or {}).items():
            self.add_sectors(str(lang), items)

    def load_path(self, path: Path) -> None:
        path = Path(path)
        if path.is_dir():
            self.load_root(path)
        elif path.exists():
            self.load_user_file(path)

    # -- queries -------------------------------------------------------------------------
    def get(self, eid: str | None) -> EntityRecord | None:
        return self.entities.get(eid) if eid else None

    def by_wikidata(self) -> dict[str, str]:
        return {e.wikidata: e.id for e in self.entities.values() if e.wikidata}

    def people(self) -> list[EntityRecord]:
        return [e for e in self.entities.values() if e.kind == "person"]

    def lang_roles(self, lang: str) -> dict:
        return self.roles.get(lang) or {}

    def matcher(self, lang: str) -> PhraseMatcher:
        """One matcher per language over aliases, sector words and title words."""
        m = self._matchers.get(lang)
        if m is not None:
            return m
        m = PhraseMatcher()
        for a in self.aliases.get(lang) or []:
            if a.entity_id in self.entities:
                # Folding endings is for adjectives and demonyms; on names it turns
                # ordinary words into surnames (ברית → ברי).
                # Abbreviations do not decline; lemmatising them turns words into
                # acronyms (Мусой → МУС).
                m.add(
                    a.text,
                    lang,
                    a,
                    inflect=a.type in ("adjective", "demonym"),
                    exact=a.type == "abbreviation",
                    name=a.type in ("name", "surname", "metonym") and a.text[:1].isupper(),
                )
        for s in self.sectors.get(lang) or []:
            m.add(s.term, lang, s)
        for t in self.lang_roles(lang).get("titles") or []:
            ref_sector = t.get("sector")
            for term in t.get("terms") or []:
                m.add(
                    str(term),
                    lang,
                    TitleRef(t.get("title"), ref_sector, str(term), bool(t.get("counterpart"))),
                )
        for term in self.lang_roles(lang).get("place_nouns") or []:
            m.add(str(term), lang, PlaceRef(str(term)))
        for p in self.lang_roles(lang).get("pair_words") or []:
            after = tuple(str(w) for w in p.get("not_after") or ())
            for term in p.get("terms") or []:
                # an "exact" entry is one inflected form ("стороны"), not its whole lexeme
                m.add(
                    str(term),
                    lang,
                    PairRef(str(term), p.get("sector"), after),
                    exact=bool(p.get("exact")),
                )
        for a in self.lang_roles(lang).get("anaphors") or []:
            ref_kinds = tuple(str(k) for k in a.get("kinds") or ())
            ref_countries = tuple(str(c) for c in a.get("countries") or ())
            ref_after = tuple(str(w) for w in a.get("after") or ())
            for term in a.get("terms") or []:
                ref = AnaphorRef(
                    str(term),
                    ref_kinds,
                    ref_countries,
                    a.get("sector"),
                    ref_after,
                    bool(a.get("first")),
                )
                m.add(str(term), lang, ref)
        self._matchers[lang] = m
        settle()
        return m


def user_file_path() -> Path:
    env = os.environ.get("DETENTE_ACTORS")
    if env:
        return Path(env).expanduser()
    return Path("~/.config/detente/actors.yaml").expanduser()


def load_kb(extra_paths: Sequence[Path] = (), data_root: Path | None = None) -> KnowledgeBase:
    """Read the knowledge base from ``data_root`` (default: bundled data) plus overlays.

    Title words and context words (``<lang>/roles.yaml``) missing from ``data_root`` are
    taken from the bundled data, so a test fixture need not repeat them.
    """
    kb = KnowledgeBase()
    root = Path(data_root) if data_root is not None else data_dir()
    kb.load_root(root)
    if data_root is not None:
        bundled = data_dir()
        for lang in LANGUAGES:
            rp = bundled / lang / "roles.yaml"
            if lang not in kb.roles and rp.exists():
                kb.roles[lang] = _read(rp) or {}
    for p in extra_paths:
        kb.load_path(Path(p))
    settle()
    return kb


def wikidata_file_path() -> Path:
    """Where ``actors import-wikidata`` writes by default: next to the user file."""
    return user_file_path().with_name("wikidata.yaml")


@lru_cache(maxsize=1)
def default_kb() -> KnowledgeBase:
    # The imported file first, so hand-made user entries override imported ones.
    paths = [p for p in (wikidata_file_path(), user_file_path()) if p.exists()]
    return load_kb(paths)
