"""Rules and string helpers for organisation names: the known-bodies data, typing,
acronyms and the tests that decide whether two surface forms name one body."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from giants.data import _merge, builtin, read_toml
from giants.errors import DataFileError
from giants.extensions import doc_text

ORG_TYPES = ("company", "investor", "government", "exchange", "university", "media", "ngo", "other")

CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]+")
# Small words allowed inside a name ("Ministry of Industry and Information Technology").
CONNECTORS = {"of", "and", "for", "the", "&", "de", "du", "des", "der", "van", "von", "la", "le", "on", "in"}
OF_HEADS = {"ministry", "center", "centre", "office", "department", "bureau", "commission", "institute",
            "academy", "university", "administration", "committee", "council", "association", "federation",
            "chamber", "bank", "organization", "organisation", "school", "college", "agency", "authority",
            "general office", "board", "society", "museum", "corporation"}


def has_cjk(text: str) -> bool:
    return bool(CJK_RE.search(text))


SPACES_RE = re.compile(r"\s+")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Key for comparing surface forms: case-folded, curly quotes and spaces normalised."""
    text = text.replace("’", "'").replace("‘", "'")
    return SPACES_RE.sub(" ", text).strip().casefold()


@dataclass
class Rules:
    """Everything the organisation finder reads from bodies.toml (and places.toml)."""

    bodies: list[dict[str, Any]]
    legal_suffixes: set[str]
    company_heads: set[str]
    company_cues: set[str]
    investor_cues: set[str]
    media_cues: set[str]
    heads: dict[str, set[str]]          # type -> head words (folded)
    public_fund_phrases: list[str]
    nonprofit_phrases: list[str]
    non_org_heads: set[str]
    hard_stop: set[str]
    soft_stop: set[str]
    person_titles: set[str]
    countries: set[str] = field(default_factory=set)
    regions: set[str] = field(default_factory=set)
    cities: set[str] = field(default_factory=set)
    region_words: set[str] = field(default_factory=set)
    city_words: set[str] = field(default_factory=set)
    nationalities: set[str] = field(default_factory=set)
    possessive_name_words: set[str] = field(default_factory=set)
    unit_words: set[str] = field(default_factory=set)
    family_names: set[str] = field(default_factory=set)
    given_names: set[str] = field(default_factory=set)
    product_cues: set[str] = field(default_factory=set)
    product_after: set[str] = field(default_factory=set)
    place_after: set[str] = field(default_factory=set)
    sports_words: set[str] = field(default_factory=set)
    honorifics: set[str] = field(default_factory=set)
    departments: set[str] = field(default_factory=set)
    eponym_nouns: set[str] = field(default_factory=set)
    head_endings: tuple[str, ...] = ()
    firm_verbs: set[str] = field(default_factory=set)
    public_agency_words: set[str] = field(default_factory=set)
    trade_nouns: set[str] = field(default_factory=set)
    trade_blockers: set[str] = field(default_factory=set)
    quantity_nouns: set[str] = field(default_factory=set)
    sentence_adverbs: set[str] = field(default_factory=set)
    office_heads: set[str] = field(default_factory=set)
    masthead_words: set[str] = field(default_factory=set)
    byline_words: set[str] = field(default_factory=set)
    public_field_words: set[str] = field(default_factory=set)
    public_lead_words: set[str] = field(default_factory=set)

    def company_word(self, word: str) -> bool:
        """A company head ("Robotics") or a compound ending in one ("Softworks", "Cloudtech")."""
        w = fold(word.strip(".,()'\""))
        return w in self.company_heads or any(
            w.endswith(end) and len(w) >= len(end) + 3 for end in self.head_endings)

    def __post_init__(self) -> None:
        self.core_suffixes = {fold(s.strip(".")) for s in self.legal_suffixes} | {
            "group", "holding", "holdings", "company", "corporation", "co", "ltd", "inc"}

    def place_kind(self, name: str) -> str | None:
        key = fold(name)
        if key.startswith("the "):
            key = key[4:]
        if key in self.countries:
            return "country"
        if key in self.regions:
            return "region"
        if key in self.cities:
            return "city"
        words = name.split()
        if 1 < len(words) <= 3 and not any(w.lower() in ("of", "and", "for") for w in words):
            if words[-1] in self.region_words:
                return "region"
            if words[-1] in self.city_words:
                return "city"
        return None


SOFT = {"unicorn", "unicorns", "decacorn", "decacorns", "hectocorn", "hectocorns", "soonicorn", "soonicorns",
        "gazelle", "gazelles", "little giant", "little giants", "giant", "giants"}


def load_rules(extra_path: str = "") -> Rules:
    data = builtin("bodies")
    if extra_path:
        extra = read_toml(extra_path)
        # bodies merge by name: an entry with a known name replaces fields of the built-in one
        base = {fold(b["name"]): dict(b) for b in data.get("bodies", [])}
        for body in extra.get("bodies", []):
            key = fold(body.get("name", "")) if isinstance(body, dict) else ""
            if not key:
                raise DataFileError("E040", f"{extra_path}: a [[bodies]] entry has no name")
            base[key] = {**base.get(key, {}), **body}
        data = {**_merge(data, {k: v for k, v in extra.items() if k != "bodies"}), "bodies": list(base.values())}
    for body in data.get("bodies", []):
        if not isinstance(body, dict) or not body.get("name"):
            raise DataFileError("E040", f"{extra_path or 'bodies.toml'}: a [[bodies]] entry has no name")
        if body.get("type", "other") not in ORG_TYPES:
            raise DataFileError("E041", f"{extra_path or 'bodies.toml'}: body {body['name']!r} has type "
                                f"{body.get('type')!r}; expected one of {', '.join(ORG_TYPES)}")
        if not isinstance(body.get("aliases", []), list):
            raise DataFileError("E042", f"{extra_path or 'bodies.toml'}: aliases of {body['name']!r} must be a list")
        since = body.get("listed_since")
        if since is not None and (not isinstance(since, int) or isinstance(since, bool)):
            raise DataFileError("E043", f"{extra_path or 'bodies.toml'}: listed_since of {body['name']!r} must be a year")
    rules = data.get("rules", {})
    places = builtin("places")

    def fset(key: str, src: dict = rules) -> set[str]:
        return {fold(w) for w in src.get(key, [])}

    stops = rules.get("not_organisations", [])
    heads = {
        "government": fset("government_heads"),
        "exchange": fset("exchange_heads"),
        "university": fset("university_heads"),
        "ngo": fset("ngo_heads"),
        "investor": fset("investor_heads"),
        "media": fset("media_heads"),
    }
    return Rules(
        bodies=[b for b in data.get("bodies", []) if b.get("name")],
        legal_suffixes=set(rules.get("legal_suffixes", [])),
        company_heads=fset("company_heads"),
        company_cues=fset("company_cues"),
        investor_cues=fset("investor_cues"),
        media_cues=fset("media_cues"),
        heads=heads,
        public_fund_phrases=[fold(p) for p in rules.get("public_fund_phrases", [])],
        nonprofit_phrases=[fold(p) for p in rules.get("nonprofit_phrases", [])],
        non_org_heads=fset("non_org_heads"),
        hard_stop={fold(s) for s in stops if fold(s) not in SOFT},
        soft_stop={fold(s) for s in stops if fold(s) in SOFT} | SOFT,
        person_titles=fset("person_titles"),
        countries=fset("countries", places),
        regions=fset("regions", places),
        cities=fset("cities", places),
        region_words=set(places.get("region_words", [])),
        city_words=set(places.get("city_words", [])),
        nationalities=fset("nationalities", places),
        possessive_name_words=fset("possessive_name_words"),
        unit_words=fset("unit_words"),
        family_names=fset("family_names"),
        given_names=fset("given_names"),
        product_cues=fset("product_cues"),
        product_after=fset("product_after"),
        place_after=fset("place_after"),
        sports_words=fset("sports_words"),
        honorifics=fset("honorifics"),
        departments=fset("departments"),
        eponym_nouns=fset("eponym_nouns"),
        head_endings=tuple(sorted(fset("company_head_endings"))),
        firm_verbs=fset("firm_verbs"),
        public_agency_words=fset("public_agency_words"),
        trade_nouns=fset("trade_nouns"),
        trade_blockers=fset("trade_blockers"),
        quantity_nouns=fset("quantity_nouns"),
        sentence_adverbs=fset("sentence_adverbs"),
        office_heads=fset("office_heads"),
        masthead_words=fset("masthead_words"),
        byline_words=fset("byline_words"),
        public_field_words=fset("public_field_words"),
        public_lead_words=fset("public_lead_words"),
    )


def person_shaped(words: list[str], rules: Rules) -> bool:
    """Two or three capitalised words led by a common family name ("Tang Meiling", "Ouyang Jie")
    or given name ("Marta Kowalczyk"): how people are named, not firms (firms add an industry word)."""
    if not 2 <= len(words) <= 3 or not all(w.isalpha() and w[:1].isupper() and not w.isupper() for w in words):
        return False
    if fold(words[0]) not in rules.family_names and fold(words[0]) not in rules.given_names:
        return False
    return head_type(" ".join(words), rules) is None and not any(rules.company_word(w) for w in words)


def words_of(name: str) -> list[str]:
    return [w for w in SPACES_RE.split(name.strip()) if w]


_LEGAL_FOLDED: list = [None, 0, set()]    # legal_suffixes set, its size, its folded forms


def _legal_folded(rules: Rules) -> set[str]:
    """The folded legal suffixes, remembered for the last rule set (head_type runs per name)."""
    if _LEGAL_FOLDED[0] is not rules.legal_suffixes or _LEGAL_FOLDED[1] != len(rules.legal_suffixes):
        _LEGAL_FOLDED[:] = [rules.legal_suffixes, len(rules.legal_suffixes),
                            {fold(s.strip(".")) for s in rules.legal_suffixes}]
    return _LEGAL_FOLDED[2]


STRONG_COMPANY_CUES = {"firm", "company", "startup", "start-up", "consultancy", "maker", "manufacturer",
                       "retailer", "insurer", "lender", "conglomerate", "boutique"}
GOVERNMENT_WORDS = {"ministry", "commission", "bureau", "department", "administration", "government",
                    "municipality", "council", "committee", "agency", "authority", "party", "parliament",
                    "senate", "cabinet", "directorate", "secretariat"}


_HEAD_TYPES: list = [None, {}]     # the rule set last asked about, and its answers by name


def head_type(name: str, rules: Rules) -> str | None:
    """Type given by the words of a name: its last word first ("... Exchange"), then a
    governing word anywhere ("Torch Center of the Ministry of ..."), then a leading
    head ("University of ...", "Aquarium Lisboa"), then company words ("... Robotics").
    Answers are remembered for the current rule set (rules are not changed once loaded)."""
    if _HEAD_TYPES[0] is not rules:
        _HEAD_TYPES[:] = [rules, {}]
    answers = _HEAD_TYPES[1]
    if name not in answers:
        if len(answers) > 65536:
            answers.clear()
        answers[name] = _head_type(name, rules)
    return answers[name]


def _head_type(name: str, rules: Rules) -> str | None:
    words = [fold(w.strip(".,()'\"")) for w in words_of(name)]
    words = [w for w in words if w]
    if not words:
        return None
    if any(p in fold(name) for p in rules.public_fund_phrases):
        return "government"
    # "Office for Attracting ... Enterprises", "School of Management": the head before
    # "of"/"for" types the name, whatever its last word
    for w, nxt in zip(words, words[1:]):
        if nxt not in {"of", "for"}:
            continue
        for kind in ("government", "university", "exchange", "ngo"):
            if w in rules.heads[kind]:
                return kind
        if w in {"institute", "academy", "center", "centre"} and words[-1] not in rules.heads["government"]:
            return "other"     # "Institute of Industrial Economics": a research body, not a firm
        break
    for kind in ("exchange", "government", "university", "ngo", "media", "investor"):
        if words[-1] in rules.heads[kind]:
            return kind
    if any(w in GOVERNMENT_WORDS for w in words):
        return "government"
    inner = words[:-1]
    for kind in ("university", "exchange"):
        if any(w in rules.heads[kind] for w in inner):
            return kind
    if words[0] in rules.heads["ngo"]:
        return "ngo"
    legal = _legal_folded(rules)
    if words[-1] in rules.company_heads or words[-1].strip(".") in legal or (
            len(words) > 1 and rules.company_word(words[-1])):
        if any(w in rules.heads["investor"] for w in inner[1:] if w not in {"asset", "management"}):
            return "investor"
        return "company"
    return None


def initials(name: str) -> str:
    """Capital initials of the significant words: "Qiaoxi Economic & Technological Development Zone" -> QETDZ."""
    out = []
    for w in re.split(r"[\s]+", name):
        w = w.strip("(),.'\"")
        if not w or fold(w) in CONNECTORS:
            continue
        if w.isupper() and len(w) > 1 and w.isalpha():
            out.append(w)
        elif w[0].isalpha():
            out.append(w[0].upper())
    return "".join(out)


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(c in it for c in short)


def is_acronym_of(short: str, long: str) -> bool:
    """"MIIT" for "Ministry of Industry and Information Technology", "QEDZ" for "Qiaoxi Economic
    & Technological Development Zone" (one initial may be skipped), "VK" for "Velkarn"."""
    if not (short.isupper() and 2 <= len(short) <= 6 and short.isalpha()):
        return False
    words = words_of(long)
    if len(words) == 1:
        w = words[0]
        return len(w) > len(short) + 2 and w[0] == short[0] and _subsequence(short[1:].lower(), w.lower()[1:])
    ini = initials(long)
    if short == ini:
        return True
    return (len(ini) - 1 <= len(short) < len(ini) and short[0] == ini[0] and short[-1] == ini[-1]
            and _subsequence(short, ini))


def core_words(name: str, rules: Rules) -> list[str]:
    """Name without trailing legal suffixes and generic company words: "Hollin AG" and "Hollin Group" -> ["otto"]."""
    words = [fold(w.strip(".,")) for w in words_of(name)]
    suffixes = rules.core_suffixes
    while len(words) > 1 and words[-1] in suffixes:
        words.pop()
    return words


def org_type(name: str, cues: set[str], rules: Rules, known: dict | None = None) -> tuple[str, bool]:
    """(type, is_company) from the known-bodies entry, the words of the name, then context cues."""
    if known:
        kind = known.get("type", "other")
        return kind, bool(known.get("is_company", kind in ("company", "investor")))
    kind = head_type(name, rules)
    if kind == "government" and cues & {"charity", "foundation"} and not any(
            w in GOVERNMENT_WORDS for w in (fold(x) for x in words_of(name))):
        kind = "ngo"         # "X Wildlife Park, a charity": the head word only guessed
    if kind == "investor" and cues & {"consultancy", "consulting", "consultant", "consultants"}:
        kind = "company"     # "the consultancy Vantoro Advisors": advisers, not investors
    if kind in ("ngo", "university") and cues & (STRONG_COMPANY_CUES | {"brand", "bought", "value", "listed"}):
        kind = "company"     # "the consulting firm X Global Alliance", "edtech firm X School"
    if kind is None or kind == "company":
        if cues & rules.investor_cues:
            kind = "investor"
        elif cues & rules.media_cues and (cues & rules.media_cues != {"outlet"} or not cues & (
                STRONG_COMPANY_CUES | {"biz-subject", "founded", "value", "listed", "bought"})) and (
                kind is None or not any(
                fold(w.strip(".,")) in rules.core_suffixes for w in words_of(name))):
            kind = "media"
        elif cues & {"university"}:
            kind = "university"
        elif cues & {"ministry", "regulator"}:
            kind = "government"
        elif cues & {"foundation", "charity", "association", "alliance"}:
            kind = "ngo"
    if kind in (None, "company", "investor") and not cues & STRONG_COMPANY_CUES:
        kind = _public_kind(name, rules) or kind
    kind = kind or "company"
    is_company = kind in ("company", "investor", "media")
    if kind == "investor" and any(p in fold(name) for p in rules.public_fund_phrases):
        kind, is_company = "government", False
    words = [fold(w) for w in words_of(name)]
    if kind == "investor" and words and words[-1] in {"fund", "funds"} and any(
            w in {"provincial", "municipal", "government", "governmental", "national", "state", "city"} for w in words):
        kind, is_company = "government", False     # "Hunan Provincial Guidance Fund": public money
    return kind, is_company


def _public_kind(name: str, rules: Rules) -> str | None:
    """A type other than a firm's, read from a name that no firm-like head word settled: a
    think tank or a fund for a cause ("X Policy Institute", "X Fund for Y") is a non-profit; an
    office ("X Service Center", "X Enterprise Division") or a body named in a Romance language
    ("Instituto ... de ...") is a public body of some kind; a field and a country ("Transport
    Canada") is a state agency."""
    key = fold(name)
    if any(p in key for p in rules.nonprofit_phrases):
        return "ngo"
    words = [fold(w.strip(".,()'\"")) for w in words_of(name)]
    words = [w for w in words if w]
    if len(words) > 1 and (words[-1] in rules.office_heads or words[0] in rules.public_lead_words):
        return "other"
    if len(words) == 2 and words[0] in rules.public_field_words and words[1] in rules.countries:
        return "government"     # "Health Canada", "Enterprise Ireland": a state agency
    return None


def sports_team(name: str, rules: Rules, sports_hits: int) -> bool:
    """A place and a plural nickname ("Denver Harriers", "Lake City Comets") in a text about sport
    (sports_hits: how many of its words are sports words): a team, no company."""
    words = words_of(name)
    if len(words) < 2 or sports_hits < 2:
        return False
    last = words[-1]
    if not (last.isalpha() and last[:1].isupper() and last.endswith("s") and not last.endswith("ss")):
        return False
    if rules.company_word(last) or any(fold(last) in heads for heads in rules.heads.values()):
        return False
    return bool(rules.place_kind(" ".join(words[:-1])))


_TOKENS: list = [None, [], [], [], [], [], None]  # doc, its tokens, their start and end characters, texts, lowers,
#                                                  sentence bounds (built on demand)


def tokens_of(doc, fresh: bool = False) -> list:
    """The doc's tokens as a list, built once per document: every doc[i] makes a new Token object,
    and the organisation rules read neighbouring tokens thousands of times per article."""
    if fresh or _TOKENS[0] is not doc:
        toks = list(doc)
        starts = [t.idx for t in toks]
        texts = [t.text for t in toks]
        _TOKENS[:] = [doc, toks, starts, [i + len(t) for i, t in zip(starts, texts)], texts,
                      [t.lower_ for t in toks], None]
    return _TOKENS[1]


def sentences_of(doc) -> tuple[list[tuple[int, int]], list[int]]:
    """The doc's sentences as (start, end) token offsets, and the sentence number of every token,
    built once per document from the sentence starts (`doc.sents` makes a new Span per sentence
    at every call)."""
    toks = tokens_of(doc)
    if _TOKENS[6] is None:
        bounds: list[tuple[int, int]] = []
        index = [0] * len(toks)
        start = 0
        for t in toks[1:]:
            if t.is_sent_start:
                bounds.append((start, t.i))
                start = t.i
        if toks:
            bounds.append((start, len(toks)))
        for n, (s, e) in enumerate(bounds):
            for i in range(s, e):
                index[i] = n
        _TOKENS[6] = (bounds, index)
    return _TOKENS[6]


def token_starts(doc) -> list[int]:
    """The character offset of every token (see tokens_of)."""
    tokens_of(doc)
    return _TOKENS[2]


def token_ends(doc) -> list[int]:
    """The character offset just after every token (see tokens_of)."""
    tokens_of(doc)
    return _TOKENS[3]


def texts_of(doc) -> list[str]:
    """token.text for every token of the doc (see tokens_of)."""
    tokens_of(doc)
    return _TOKENS[4]


def lowers_of(doc) -> list[str]:
    """token.lower_ for every token of the doc (see tokens_of)."""
    tokens_of(doc)
    return _TOKENS[5]


def forget_tokens() -> None:
    """Drop the cached document (so it is not kept alive after the component has run)."""
    _TOKENS[:] = [None, [], [], [], [], [], None]


def span_text(doc, start: int, end: int) -> str:
    """`doc[start:end].text` without building a Span: the document's text between the two tokens."""
    n = len(tokens_of(doc))
    start = min(n, max(0, start + n if start < 0 else start))
    end = min(n, max(0, end + n if end < 0 else end))
    if end <= start:
        return ""
    return doc_text(doc)[_TOKENS[2][start]:_TOKENS[3][end - 1]]
