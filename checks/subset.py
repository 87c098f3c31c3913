"""subset: a part cannot exceed the whole it belongs to.

Ties the text states: "X dari Y" and "Y, di antaranya X" in one sentence; "Dari jumlah tersebut,
X ..." after a sentence stating Y; "Dari Y ..., X ..." opening a sentence; a group narrowed by its
subject ("pendaftar yang sudah melalui verifikasi", after "pendaftar ... 23,17 juta") — a funnel;
the next stage of a funnel ("18 juta [sudah melalui verifikasi email], dan 13,4 juta disaring
melalui validasi NIK"); and named stages of one process (a second dose after a first, the labour
force out of the working-age population, valid votes out of the register).
"""

from __future__ import annotations

import re

from checks.explain import finding, show
from checks.model import Finding
from checks.relations import AMOUNT_NOUNS, CHANGE_VERBS, ENCLITICS, LEX, Doc, classified, opens_on, without_enclitic, words
from extract.lang import norm, probes

_C = LEX.cues["check"]


def check_subset(doc: Doc) -> list[Finding]:
    out = []
    seen: set[tuple[str, str]] = set()
    for part, whole, rule in _pairs(doc):
        key = (part.id, whole.id)
        if key in seen or part.id == whole.id:
            continue
        seen.add(key)
        pi, wi = doc.interval(part), doc.interval(whole)
        if pi is None or wi is None or pi.lo is None or wi.hi is None:
            continue
        ok = not (wi.hi < pi.lo or (wi.hi == pi.lo and (wi.hi_open or pi.lo_open)))
        # a group narrowed by its subject, or a stage, is read from the words alone: worth a look,
        # no alarm
        verdict = "consistent" if ok else "suspicious" if rule in _READ_FROM_WORDS else "inconsistent"
        if not ok and rule in ("x_dari_y", "from_opening") \
                and (whole.unit is None or (part.unit is None and (part.vague or _scored(doc, part)))):
            # "250 orang dari 34 [provinsi]", "poin sempurna 15 dari 5 pertandingan", "suap
            # miliaran dari tiga perusahaan": a bare whole, or a bare score or vague amount, counts
            # something else than its neighbour ("unggul di 36 dari 38 provinsi" keeps its part)
            verdict = "undetermined"
        out.append(finding(
            "subset", verdict, [whole, part], rule=rule,
            stated=pi, derived=wi, unit=part.unit, fix=None if ok else (part, _upto(wi)),
            steps_id=[f"Keseluruhan: {whole.text!r} = {show(wi, whole)}.",
                      f"Bagiannya: {part.text!r} = {show(pi, part)}.",
                      "Bagian tidak melebihi keseluruhan." if ok else "Bagian lebih besar daripada keseluruhannya."],
            steps_en=[f"Whole: {whole.text!r} = {show(wi, whole, lang='en')}.",
                      f"Part: {part.text!r} = {show(pi, part, lang='en')}.",
                      "The part does not exceed the whole." if ok else "The part is larger than its whole."],
        ))
    return out


_READ_FROM_WORDS = frozenset({"narrowed_group", "next_stage", "stage_chain"})


def _counts_all(c) -> bool:
    """Is c stated as the whole of its group: its subject opens on an amount noun ("jumlah
    pendaftar"), or a total cue marks it?"""
    first = words(c.subject)[:1]
    return "total" in c.cues or bool(first and first[0] in AMOUNT_NOUNS)




def _same_group(whole, narrowed: str) -> bool:
    """Do the words naming the narrowed group before its narrowing ("jumlah pendaftar" of "jumlah
    pendaftar yang sudah ...") all name the whole too (amount nouns aside)?"""
    cut = min((narrowed.find(n) for n in _C["narrowing"] if n in narrowed), default=len(narrowed))
    return set(words(narrowed[:cut])) - AMOUNT_NOUNS <= set(words(whole.subject))


def _scored(doc: Doc, c) -> bool:
    """A bare number named as a score in the words just before it: "nilai 48", "poin sempurna
    15", "poin sama, yakni 7"."""
    before = words(doc.text[max(c.sentence.start, c.start - 30):c.start])[-4:]
    return bool(_SCORE.intersection(before))


_SCORE = frozenset(_C["score"])


def _changed_to(doc: Doc, c) -> bool:
    """Is `c` the new value of a change: "meningkat ... menjadi 9,01 miliar unit dari 7,61
    miliar", "menguat ke posisi 5.975 poin dari 5.783 poin"? Its "dari" then names the old value,
    not a whole. Read in c's clause: a verb of change, or "menjadi"/"ke" just before it."""
    clause = doc.text[max(c.sentence.start, c.start - 60):c.start].lower()
    clause = clause[max(clause.rfind(","), clause.rfind(";")) + 1:]
    ws = words(clause)
    return bool(CHANGE_VERBS.intersection(ws)) or " ".join(ws[-1:]) in _CHANGE_TO \
        or " ".join(ws[-2:]) in _CHANGE_TO


_CHANGE_TO = frozenset(_C["change_to"])  # "menjadi", "ke", "ke posisi"


def _upto(whole):
    """Where a part must move to fit its whole: [0, whole's top] (unbounded below for a negative
    top, which no count has but a garbled text may state: "0 dari -1")."""
    from checks.intervals import Interval

    lo = type(whole.hi)(0) if whole.hi >= 0 else None
    return Interval(lo=lo, hi=whole.hi, hi_open=whole.hi_open)


def _among_after(doc: Doc, c) -> bool:
    """Is `c` followed at once by "di antaranya": "98.450 KPM di antaranya"?"""
    if not doc.lower_has(_AMONG_AFTER_RX, c.end, c.end + 16):
        return False  # (the cheap test first: the longest word of one of them, one search)
    after = norm(doc.text[c.end:c.end + 16]).lstrip(" ,")
    return any(after.startswith(a) for a in _C["among_after"])


_AMONG_AFTER_WORDS = probes({max(a.split(), key=len) for a in _C["among_after"]})
# (one that holds another is found with it: "diantaranya" with "antaranya")
_AMONG_AFTER_RX = re.compile("|".join(map(re.escape, _AMONG_AFTER_WORDS)))


def _whole_before(doc: Doc, c):
    """The group "di antaranya" points back to: the nearest count of c's unit (or of the noun
    c's classifier classifies: "3.000 ekor" of "4.500 ekor sapi") before it in its sentence,
    else the one such count of the previous sentence that is no base ("45,8 persen dari total
    penduduk yang 270 juta jiwa" names the base of a share, not the group); None when two or
    none fit."""
    before = [x for x in doc.counts_before(c, within=1)
              if x.unit is not None and (x.unit == c.unit or classified(c, x))]
    if c.unit is None and c.per is None and next(x for x in doc.claims if x.sentence.start == c.sentence.start) is c:
        return _bare_among_whole(doc, c)
    here = [x for x in before if x.sentence.start == c.sentence.start]
    if here:
        # the group is the figure the sentence opens on: in "dari 10 pertemuan, Barca menang empat
        # laga dan enam laga di antaranya ..." the four are a sibling, not the group
        lead = next(x for x in doc.claims if x.sentence.start == c.sentence.start)
        return here[0] if here[0] is lead else None
    prior = [x for x in before if doc.sentence_no(x) == doc.sentence_no(c) - 1]
    groups = []
    for x in prior:
        lead = [y for y in doc.claims if y.sentence.start == x.sentence.start and y.end <= x.start]
        start = lead[-1].end if lead else x.sentence.start
        if not any(w in _OF_WORDS for w in words(doc.text[start:x.start])):
            groups.append(x)
    return groups[0] if len(groups) == 1 else None


_OF_WORDS = frozenset(w for p in _C["part_of_whole"] for w in p.split()[:1])  # "dari"


def _bare_among_whole(doc: Doc, c):
    """ "Calon yang bertarung berjumlah 291 orang. Sebanyak 263 di antaranya laki-laki": a bare
    number that opens its sentence's figures and "di antaranya" follows counts the group of the
    sentence before — when that sentence holds one count with a noun, as its last figure, and no
    "dari" before it (no base of a share); None otherwise."""
    prior = [x for x in doc.claims if doc.sentence_no(x) == doc.sentence_no(c) - 1]
    if not prior or prior[-1].kind != "count" or prior[-1].unit is None or prior[-1].per is not None \
            or sum(1 for x in prior if x.kind == "count") != 1:
        return None
    x = prior[-1]
    lead = [y for y in prior if y.end <= x.start]
    start = lead[-1].end if lead else x.sentence.start
    return None if any(w in _OF_WORDS for w in words(doc.text[start:x.start])) else x


def _pairs(doc: Doc):
    """Every (part, whole, rule) of the document's counts: those its words state (`_stated_pairs`),
    then "Dari Y, X ...", the next stage of a funnel and named stages of one process."""
    counts = [c for c in doc.claims if c.kind == "count"]
    yield from _stated_pairs(doc, counts)
    yield from _from_opening_pairs(doc, counts)
    yield from _next_stage_pairs(doc, counts)
    yield from _stage_chain_pairs(doc, counts)


_AMONG_SIBLINGS = frozenset(_C["among_siblings"])


def _list_goes_on(gap: str) -> bool:
    """Does a list go on after the among word of `gap` (the words between two counts)? In "6 di
    antaranya wanita dan 34 laki-laki" the 6 are some of a group named before and the 34 the rest
    of it, a sibling, not a part of the 6."""
    for a in _C["among"]:
        at = gap.find(a)
        if at >= 0:
            rest = gap[at + len(a):]
            return "," in rest or not _AMONG_SIBLINGS.isdisjoint(rest.split())
    return False


def worded_pairs(doc: Doc):
    """The (part, whole, rule) that words tie ("X dari Y", "di antaranya", "Dari Y, X ..."): the
    pairs of `_pairs` less the funnel's next stages and stage chains, which the sum check does
    not take as parts of a whole; in the same order."""
    counts = [c for c in doc.claims if c.kind == "count"]
    yield from _stated_pairs(doc, counts)
    yield from _from_opening_pairs(doc, counts)


def _stated_pairs(doc: Doc, counts: list | None = None):
    """The (part, whole, rule) of the counts (all the document's when None) that the words between
    or around them state: "X dari Y", "Y, di antaranya X", "Dari jumlah tersebut, X", "X di
    antaranya" after its group, and a group narrowed by its subject."""
    if counts is None:
        counts = [c for c in doc.claims if c.kind == "count"]
    opened_at = opening = that_opening = None  # (the last sentence whose opening was read, and what it said)
    for i, c in enumerate(counts):
        prev = counts[i - 1] if i else None
        nxt = counts[i + 1] if i + 1 < len(counts) else None
        # "X dari Y" in one sentence
        if nxt is not None and nxt.sentence.start == c.sentence.start and doc.same_unit(c, nxt):
            gap = norm(doc.between(c, nxt))
            if gap in _C["part_of_whole"] and not _changed_to(doc, c):
                yield c, nxt, "x_dari_y"
            if len(gap) < 30 and any(a in gap for a in _C["among"]) and not _list_goes_on(gap):
                yield nxt, c, "di_antaranya"  # "27,4 juta orang, di antaranya 12 juta ..."
        # "Dari jumlah tersebut, X ...": parts of the previous sentence's last count
        if c.sentence.start != opened_at:  # (the opening read once a sentence)
            opened_at = c.sentence.start  # (its first 60 characters are enough)
            that_opening = _THAT_FIRST.match(doc.text, opened_at, opened_at + 60) is not None \
                and that_group_opening(opening := norm(doc.text[opened_at:opened_at + 60]))  # (the cheap test first)
        if that_opening:
            before = [x for x in doc.counts_before(c, within=1)
                      if doc.sentence_no(x) == doc.sentence_no(c) - 1 and doc.same_unit(x, c)]
            # of several, the one that counts what c counts: "... 15.927 narapidana serta ... 151
            # anak binaan. Dari jumlah itu, 174 narapidana ..." is of the 15.927
            named = [x for x in before if doc.head(x) == doc.head(c)] if len(before) > 1 else before
            if not opening.startswith(_THAT_GROUP) and (len(before) != 1 or before[0].unit is None):
                named = []  # "Dari pengaduan tersebut," after three counts of pengaduan: which one?
            if named and not _changed_to(doc, c):
                yield c, named[0], "that_group"
        # "T ..., dan X di antaranya ...", "T. Sebanyak X di antaranya ...": the among word after the part
        whole = _whole_before(doc, c) if _among_after(doc, c) else None
        if whole is not None:
            yield c, whole, "among_after"
        # a narrowed group: "pendaftar yang sudah ..." after "pendaftar ... N"
        # (the cheap test first: the first word of a narrowing, before normalising)
        subject = norm(c.subject) if prev is not None and c.per is None and c.subject \
            and _NARROWING_FIRST_RX.search(c.subject.lower()) is not None else ""
        if subject and any(n in subject for n in _C["narrowing"]):
            head = doc.head(c)
            for x in doc.counts_before(c, within=2):
                if x.sentence.start == c.sentence.start and x.start > c.start:
                    continue
                if head is not None and doc.head(x) == head and norm(x.subject or "") != subject:
                    # the group is the one the text counts as a whole ("jumlah pendaftar ... 23,17
                    # juta"): "enam tim" or "4 gedung" before "68 gedung swasta yang telah ..."
                    # are others of the kind, not the group narrowed
                    # (an item of a breakdown, "Jakarta Timur 6 gedung dengan total 7 unit", is none;
                    # nor is "550 ribu WP badan usaha" the group of "2,05 juta WP orang pribadi
                    # yang telah ...")
                    if _counts_all(x) and _same_group(x, subject) \
                            and sum(1 for y in doc.in_sentence(x) if y.unit == x.unit) < 3:
                        yield c, x, "narrowed_group"
                    break


_NARROWING_FIRST = tuple({n.split()[0] for n in _C["narrowing"]})  # "yang"
_NARROWING_FIRST_RX = re.compile("|".join(map(re.escape, _NARROWING_FIRST)))  # (any of them: one search)
_THAT_GROUP = tuple(_C["that_group"])
_THAT_BACK = frozenset(_C["that_group_back"])  # "tersebut", "itu"
_THAT_NAMED = re.compile(r"(\w+) ((?:[^\W\d_]+ ){1,2})(\w+) ?,")


def that_group_opening(opening: str) -> bool:
    """Does a sentence (normalised, lower case) open on "Dari jumlah tersebut," — a phrase of the
    lexicon, or "dari", one or two words (no number: "Dari tujuh laga tersebut" names its own
    figure) and a word pointing back ("Dari luas tersebut,", "Dari
    anggaran itu,", "Dari jumlah pengungsi itu,"), then a comma? The words name the figure of the
    sentence before that the figures after it are parts of."""
    if opening.startswith(_THAT_GROUP):
        return True
    if not opening.startswith(_THAT_OF):
        return False  # (the cheap test first)
    m = _THAT_NAMED.match(opening)
    return m is not None and m.group(1) in _OF_WORDS and m.group(3) in _THAT_BACK \
        and _THAT_BACK.isdisjoint(m.group(2).split()) and _NUMBER_WORDS.isdisjoint(m.group(2).split())


_NUMBER_WORDS = frozenset(LEX.units) | frozenset(LEX.tens) | frozenset(LEX.se_forms)  # "Dari tujuh laga itu"


_THAT_OF = tuple(w + " " for p in _C["that_group"] for w in p.split()[:1])


_THAT_FIRST = opens_on(_THAT_GROUP + _THAT_OF)


# --- "Dari Y, X ...", the next stage of a funnel, named stages of one process ---------------------

class _Phrases:
    """Word phrases found in a list of words, looked up by their first word: one dict probe a word
    instead of a slice of the words for every phrase at every position."""

    def __init__(self, phrases: dict[str, object]):
        self._by_first: dict[str, list[tuple[tuple[str, ...], object]]] = {}
        self._keys: frozenset[str] | None = None
        for phrase, key in phrases.items():
            t = tuple(phrase.split())
            self._by_first.setdefault(t[0], []).append((t, key))

    def find(self, ws: list[str]):
        """(start, end, key) of every phrase in `ws`, in order of position."""
        for i, w in enumerate(ws):
            for t, key in self._by_first.get(w, ()):
                if len(t) == 1 or tuple(ws[i:i + len(t)]) == t:
                    yield i, i + len(t), key

    def any(self, ws: list[str]) -> bool:
        return next(self.find(ws), None) is not None

    def may_be_in(self, doc: Doc, c) -> bool:
        """Could c's sentence hold one of the phrases: does it hold the longest word of one,
        pronoun suffix or not, as `_around` reads words ("bekerja" of "yang bekerja")? A quick
        test before the words around c are read."""
        if self._keys is None:
            longest = {max(t, key=len) for ts in self._by_first.values() for t, _ in ts}
            self._keys = frozenset(longest) | {w + e for w in longest for e in ENCLITICS if len(w + e) > 5}
        return not self._keys.isdisjoint(doc.sentence_words(c))


def _around(doc: Doc, c) -> tuple[list[str], list[str]]:
    """The words naming c: from the figure, comma, clause opener ("dan", "sementara", ...) or sentence
    start before it to c, and from c to the next figure, comma, clause opener or sentence end
    ("Sementara itu, vaksinasi dosis pertama telah menjangkau | 9.876.112 orang | (" ); pronoun
    suffixes dropped ("hak pilihnya" -> "hak pilih")."""
    same = doc.in_sentence(c)
    i = next(k for k, x in enumerate(same) if x.id == c.id)
    lo = same[i - 1].end if i else c.sentence.start
    hi = same[i + 1].start if i + 1 < len(same) else c.sentence.end
    before, after = doc.text[lo:max(lo, c.start)], doc.text[c.end:max(c.end, hi)]
    before = before[max(before.rfind(","), before.rfind(";")) + 1:]
    after = after[:min((k for k in (after.find(","), after.find(";")) if k >= 0), default=len(after))]
    # the counted noun written with the figure names it too: "139,85 juta penduduk | bekerja"
    noun = _TO_LAST_DIGIT.sub("", c.text)
    bw = [_bare(w) for w in words(before)]
    aw = [_bare(w) for w in words(noun + " " + after)]
    # a clause opener ends the figure's words: "28.450.000 orang | dan dosis kedua 24.300.000 orang"
    cut = max((i + 1 for i, w in enumerate(bw) if w in _OPENERS), default=0)
    end = next((i for i, w in enumerate(aw) if w in _OPENERS), len(aw))
    return bw[cut:], aw[:end]


_OPENERS = frozenset(_C["clause_openers"])
_TO_LAST_DIGIT = re.compile(r"^.*\d")


def _bare(w: str) -> str:
    """w less its pronoun suffix, as `_around` reads it (the cheap test first: one C call for the
    words with none)."""
    return without_enclitic(w, 5) if w.endswith(ENCLITICS) else w


def _passed(ws: list[str]) -> str | None:
    """The stage word of a figure's words ("13,4 juta disaring melalui validasi NIK" -> "disaring"),
    None when there is none or it is negated ("tidak lolos")."""
    if any(w in _NEGATION for w in ws):
        return None
    found = [rank for _, _, rank in _STAGE_PASSED.find(ws)]
    return _C["stage_passed"][min(found)] if found else None  # the first of the list that is there


_STAGE_PASSED = _Phrases({p: n for n, p in reversed(list(enumerate(_C["stage_passed"])))})
_NEGATION = frozenset(_C["stage_negation"])
_PROGRESS = frozenset(_C["stage_progress"])
_CONTRAST = frozenset(_C["contrast_openers"])
_JOINS = frozenset(_C["stage_joins"])


def _changes(doc: Doc, c) -> bool:
    """Does c's sentence state a change ("naik ... menjadi ...")? Its "dari" then names an old value."""
    ws = doc.sentence_words(c)
    return not CHANGE_VERBS.isdisjoint(ws) or not _CHANGE_WORDS.isdisjoint(ws)


_CHANGE_WORDS = frozenset(_C["change_result"])


def _from_opening_pairs(doc: Doc, counts):
    """"Dari 11.250 pendaftar, hanya 3.600 calon siswa yang diterima": a sentence opening on "Dari"
    and a count Y; the counts of Y's kind after the comma that closes Y's clause are parts of Y (up to
    a word of contrast, "sementara ..."). A sentence of change ("Dari 500 ... naik menjadi 700")
    names an old value, not a whole."""
    for y in counts:
        if y.per is not None or not _FROM_FIRST.match(doc.text, y.sentence.start, y.start):
            continue  # (the cheap test first)
        lead = norm(doc.text[y.sentence.start:y.start]).strip(" \"'“”")
        if lead not in _C["from_opening"] or _changes(doc, y):
            continue
        comma = doc.text.find(",", y.end, y.sentence.end)
        if comma < 0:
            continue
        for x in doc.in_sentence(y):
            if x.start < comma:
                continue
            if _CONTRAST.intersection(words(doc.text[comma:x.start])):
                break
            if x.kind != "count" or x.per is not None or not doc.same_unit(x, y):
                continue
            if x.unit == y.unit or _bare_part(doc, y, comma, x):
                yield x, y, "from_opening"


_FROM_FIRST = opens_on(_C["from_opening"])


def _bare_part(doc: Doc, y, comma: int, x) -> bool:
    """May a bare number after the comma count the whole's kind? Only when it opens its clause, a
    word follows it and the whole's clause holds no other number ("Dari 139,85 juta penduduk
    bekerja, sebanyak 94,21 juta merupakan ...", "..., 11 meninggal"): in "Dari lima juri, empat ...
    (29-30 - 29-28 - 30)" the 30 is a score, in "Dari 269 KK di RT 24, 25, dan 26 Dusun ..." the
    comma is a list's and 25 and 26 name neighbourhoods (unless "di antaranya" follows: "Dari 11
    sektor utama di S&P 500, 7 di antaranya ...")."""
    after = doc.text[x.end:x.end + 2].lstrip()
    return len(words(doc.text[comma:x.start])) <= _BARE_LEAD and after[:1].isalpha() \
        and (_among_after(doc, x) or not any(ch.isdigit() for ch in doc.text[y.end:comma]))


_BARE_LEAD = 2  # "sebanyak", "hanya sekitar"


def _next_stage_pairs(doc: Doc, counts):
    """The next stage of a funnel: a count whose words say its group passed a stage ("13,4 juta
    disaring melalui validasi NIK", "2 juta orang sudah menyelesaikan pelatihan", "101.870 KPM
    dinyatakan valid") is a part of the figure of the stage before:
    - in its sentence, the count of its kind (the same counted noun, or both bare) just before it,
      joined by "dan" or a comma, whose words say its group had already passed a stage of its own
      ("18 juta [yang sudah melalui verifikasi email]") — not the same one ("200 lolos di Jawa, dan
      300 lolos di Sumatra" are siblings);
    - or, for the first count of a sentence opened by "Setelah", "Kemudian", ..., the one count of
      its kind in the sentence before (or its last, when that one passed a stage too)."""
    for c in counts:
        if c.per is not None or not _STAGE_PASSED.may_be_in(doc, c) or _changes(doc, c) or _among_after(doc, c):
            continue
        before, after = _around(doc, c)
        stage = _passed(before + after)
        if stage is None or any(w in _REMAINDER for w in before + after):
            continue
        earlier = [x for x in doc.in_sentence(c) if x.kind == "count" and x.start < c.start]
        if earlier:
            a = earlier[-1]
            if a.per is not None or a.unit != c.unit:
                continue
            between = words(doc.between(a, c))
            ab, aa = _around(doc, a)
            if (_JOINS.intersection(between) or "," in doc.between(a, c)) and not _CONTRAST.intersection(between) \
                    and _PROGRESS.intersection(ab + aa) and _passed(ab + aa) != stage:
                yield c, a, "next_stage"
            continue
        opening = words(doc.text[c.sentence.start:c.start])[:1]
        if not opening or opening[0] not in _C["stage_openers"]:
            continue
        prior = [x for x in counts if doc.sentence_no(x) == doc.sentence_no(c) - 1
                 and x.per is None and x.unit == c.unit]
        if len(prior) == 1 or (prior and _passed(sum(_around(doc, prior[-1]), []))):
            yield c, prior[-1], "next_stage"


_REMAINDER = frozenset(_C["remainder"])


def _stage_named(doc: Doc, c) -> tuple[int, int] | None:
    """The named stage of a count (its process, its place in it), from the words around it:
    "vaksinasi dosis pertama telah menjangkau 9.876.112 orang" -> the first dose. None when the
    words name no stage, or two ("angkatan kerja yang bekerja"), or negate it ("bukan angkatan
    kerja"), or call it a change, a target or a day's count."""
    if c.per is not None or not _STAGE_NAMES.may_be_in(doc, c) or _changes(doc, c):
        return None
    if _DAILY.may_be_in(doc, c) and _DAILY.any(words(doc.sentence_text(c))):
        return None
    got = set()
    for ws in _around(doc, c):
        # "0,76 juta orang bukan angkatan kerja", "1,77 juta orang yang sementara tidak bekerja"
        if _NOT_TOTAL.any(ws) or _NEGATION.intersection(ws):
            return None
        hits = [(i, j, k, n) for i, j, stages in _STAGE_NAMES.find(ws) for k, n in stages]
        # the longest name wins: "booster kedua" is no "booster"
        got |= {(k, n) for i, j, k, n in hits
                if not any(i2 <= i and j <= j2 and j2 - i2 > j - i for i2, j2, _, _ in hits)}
    return got.pop() if len(got) == 1 else None


_CHAINS = _C["stage_chains"]
_DAILY = _Phrases(dict.fromkeys(_C["stage_daily"]))
_NOT_TOTAL = _Phrases(dict.fromkeys(_C["stage_not_total"]))
# each stage name with the (process, stage) pairs it names
_STAGE_NAMES = _Phrases({p: [(k, n) for k, chain in enumerate(_CHAINS) for n, names in enumerate(chain) if p in names]
                         for chain in _CHAINS for names in chain for p in names})


def _stage_chain_pairs(doc: Doc, counts):
    """Named stages of one process within two sentences: a later stage is a part of an earlier one
    ("dosis pertama ... 9.876.112 orang dan dosis kedua 7.904.330 orang"; "angkatan kerja ...
    147,71 juta orang ... penduduk usia kerja tercatat 212,59 juta orang"). An earlier stage named
    twice nearby with another value (a region's and the nation's) is no one whole; a later stage
    may be named by several parts (the employed and the unemployed of one labour force)."""
    named = [(c, s) for c in counts if (s := _stage_named(doc, c)) is not None]
    for a, sa in named:
        for b, sb in named:
            if sa[0] != sb[0] or sa[1] >= sb[1] or abs(doc.sentence_no(a) - doc.sentence_no(b)) > 2:
                continue
            near = [(x, s) for x, s in named if abs(doc.sentence_no(x) - doc.sentence_no(a)) <= 2
                    or abs(doc.sentence_no(x) - doc.sentence_no(b)) <= 2]
            if any(s == sa and x.value != a.value for x, s in near):
                continue
            yield b, a, "stage_chain"
