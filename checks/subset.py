"""subset: a part cannot exceed the whole it belongs to.

Ties the text states: "X dari Y" and "Y, di antaranya X" in one sentence; "Dari jumlah tersebut,
X ..." after a sentence stating Y; and a group narrowed by its subject ("pendaftar yang sudah
melalui verifikasi", after "pendaftar ... 23,17 juta") — a funnel.
"""

from __future__ import annotations

from checks.explain import finding, show
from checks.model import Finding
from checks.relations import CHANGE_VERBS, LEX, Doc, words
from extract.lang import norm

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
        # a group narrowed by its subject is read from the words alone: worth a look, no alarm
        verdict = "consistent" if ok else "suspicious" if rule == "narrowed_group" else "inconsistent"
        if not ok and rule == "x_dari_y" and (whole.unit is None or (part.unit is None and (part.vague or _scored(doc, part)))):
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


def _counts_all(c) -> bool:
    """Is c stated as the whole of its group: its subject opens on an amount noun ("jumlah
    pendaftar"), or a total cue marks it?"""
    first = words(c.subject)[:1]
    return "total" in c.cues or bool(first and first[0] in _AMOUNT_NOUNS)


_AMOUNT_NOUNS = frozenset(LEX.cues["subject"]["amount_nouns"])


def _same_group(whole, narrowed: str) -> bool:
    """Do the words naming the narrowed group before its narrowing ("jumlah pendaftar" of "jumlah
    pendaftar yang sudah ...") all name the whole too (amount nouns aside)?"""
    cut = min((narrowed.find(n) for n in _C["narrowing"] if n in narrowed), default=len(narrowed))
    return set(words(narrowed[:cut])) - _AMOUNT_NOUNS <= set(words(whole.subject))


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
    from checks.intervals import Interval

    return Interval(lo=type(whole.hi)(0), hi=whole.hi, hi_open=whole.hi_open)


def _among_after(doc: Doc, c) -> bool:
    """Is `c` followed at once by "di antaranya": "98.450 KPM di antaranya"?"""
    after = norm(doc.text[c.end:c.end + 16]).lstrip(" ,")
    return any(after.startswith(a) for a in _C["among_after"])


def _whole_before(doc: Doc, c):
    """The group "di antaranya" points back to: the nearest count of c's unit before it in its
    sentence, else the one such count of the previous sentence that is no base ("45,8 persen dari
    total penduduk yang 270 juta jiwa" names the base of a share, not the group); None when two
    or none fit."""
    before = [x for x in doc.counts_before(c, within=1) if x.unit is not None and x.unit == c.unit]
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


def _pairs(doc: Doc):
    counts = [c for c in doc.claims if c.kind == "count"]
    for i, c in enumerate(counts):
        prev = counts[i - 1] if i else None
        nxt = counts[i + 1] if i + 1 < len(counts) else None
        # "X dari Y" in one sentence
        if nxt is not None and nxt.sentence.start == c.sentence.start and doc.same_unit(c, nxt):
            gap = norm(doc.between(c, nxt))
            if gap in _C["part_of_whole"] and not _changed_to(doc, c):
                yield c, nxt, "x_dari_y"
            if len(gap) < 30 and any(a in gap for a in _C["among"]):
                yield nxt, c, "di_antaranya"  # "27,4 juta orang, di antaranya 12 juta ..."
        # "Dari jumlah tersebut, X ...": parts of the previous sentence's last count
        opening = norm(doc.text[c.sentence.start:c.sentence.start + 60])  # (the opening is enough)
        if any(opening.startswith(g) for g in _C["that_group"]):
            before = [x for x in doc.counts_before(c, within=1)
                      if doc.sentence_no(x) == doc.sentence_no(c) - 1 and doc.same_unit(x, c)]
            # of several, the one that counts what c counts: "... 15.927 narapidana serta ... 151
            # anak binaan. Dari jumlah itu, 174 narapidana ..." is of the 15.927
            named = [x for x in before if doc.head(x) == doc.head(c)] if len(before) > 1 else before
            if named and not _changed_to(doc, c):
                yield c, named[0], "that_group"
        # "T ..., dan X di antaranya ...", "T. Sebanyak X di antaranya ...": the among word after the part
        whole = _whole_before(doc, c) if _among_after(doc, c) else None
        if whole is not None:
            yield c, whole, "among_after"
        # a narrowed group: "pendaftar yang sudah ..." after "pendaftar ... N"
        subject = norm(c.subject or "")
        if prev is not None and c.per is None and any(n in subject for n in _C["narrowing"]):
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
