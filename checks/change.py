"""change: "naik/turun ... dari A menjadi B" and "naik X persen": the direction and the size
the text states must agree with A and B."""

from __future__ import annotations

from fractions import Fraction

from checks.explain import finding, show
from checks.model import Finding
from checks.relations import Doc, LEX, words
from extract.lang import norm

_C = LEX.cues["check"]
_UP, _DOWN = frozenset(_C["up"]), frozenset(_C["down"])
_RANK = frozenset(_C["rank"])
_BASE = tuple(_C["change_base"])
_THIS = tuple(_C["this_figure"])


def check_change(doc: Doc) -> list[Finding]:
    out = []
    cl = doc.claims
    for i in range(len(cl) - 1):
        a, b = cl[i], cl[i + 1]
        if a.sentence.start != b.sentence.start or not doc.same_unit(a, b) or a.unit is None and a.kind != b.kind:
            continue
        before_a = norm(doc.text[max(a.sentence.start, a.start - 12):a.start])
        between = norm(doc.between(a, b))
        if not (before_a.endswith(tuple(_C["change_from"])) and between in _C["change_to"]):
            continue
        ai, bi = doc.interval(a), doc.interval(b)
        if ai is None or bi is None:
            continue
        # the change word governing "dari A": within the few words before it
        window = doc.text[max(a.sentence.start, a.start - 40):a.start]
        verbs = set(norm(window).split()[-5:])  # written tokens: "Rp10.000" is one
        direction = "up" if verbs & _UP else "down" if verbs & _DOWN else None
        if verbs & _UP and verbs & _DOWN or _RANK.intersection(words(window)):
            direction = None  # "naik 17 peringkat, dari 206 menjadi 189": a rank rises as it falls
        if direction is not None:
            ok = bool((bi - ai).hi is None or (bi - ai).hi > 0) if direction == "up" else bool((bi - ai).lo is None or (bi - ai).lo < 0)
            verb_id = "naik" if direction == "up" else "turun"
            out.append(finding(
                "change", "consistent" if ok else "inconsistent", [a, b], rule="direction",
                stated=bi, derived=ai, unit=a.unit,
                steps_id=[f"Dari {show(ai, a)} menjadi {show(bi, b)}.",
                          f"Teks menyebut {verb_id}: " + ("arahnya cocok." if ok else "arahnya terbalik.")],
                steps_en=[f"From {show(ai, a, lang='en')} to {show(bi, b, lang='en')}.",
                          f"The text says {'up' if direction == 'up' else 'down'}: "
                          + ("the direction agrees." if ok else "the direction is reversed.")],
            ))
        # a stated size: "naik 30,7 persen" / "turun 0,54 persen poin" next to A and B
        for d in cl:
            if d.sentence.start != a.sentence.start or (d is a or d is b) or d.kind != "percent" or "change" not in d.cues:
                continue
            # "naik X persen dari A menjadi B" or "dari A menjadi B, atau naik X persen": adjacent
            if not (0 <= a.start - d.end <= 24 or 0 <= d.start - b.end <= 32):
                continue
            di = doc.interval(d)
            if di is None or ai.lo is None or ai.lo <= 0:
                continue
            if d.unit == "percentage_point" and a.unit == "percent":
                derived = abs_interval(bi - ai)
                how_id, how_en = "selisih persen poin", "difference in percentage points"
            elif d.unit == "percent" and a.unit != "percent":
                derived = abs_interval((bi - ai) / ai * Fraction(100))
                how_id, how_en = "perubahan relatif", "relative change"
            else:
                continue
            ok = derived.overlaps(di)
            verdict = "consistent" if ok else "undetermined" if _near_miss(derived, di) else "inconsistent"
            out.append(finding(
                "change", verdict, [a, b, d], rule="size",
                stated=di, derived=derived, unit=d.unit, fix=None if ok else (d, derived),
                steps_id=[f"Dari {show(ai, a)} menjadi {show(bi, b)}.",
                          f"{how_id.capitalize()}: {show(derived, unit=d.unit)}.",
                          f"Tertulis {d.text!r}: " + ("cocok." if ok else "tidak cocok.")],
                steps_en=[f"From {show(ai, a, lang='en')} to {show(bi, b, lang='en')}.",
                          f"{how_en.capitalize()}: {show(derived, unit=d.unit, lang='en')}.",
                          f"Stated {d.text!r}: " + ("agrees." if ok else "does not agree.")],
            ))
    return out


def _near_miss(derived, stated) -> bool:
    """Within 5% of each other: the rounding of A and B may explain it; not an alarm."""
    m, s = derived.midpoint(), stated.midpoint()
    return m is not None and s is not None and s != 0 and abs(m - s) / abs(s) <= Fraction(5, 100)


def check_change_against_base(doc: Doc) -> list[Finding]:
    """ "12,16 juta, naik 17,9 persen dari 10,31 juta"; "1.230 kecelakaan, turun 20,6 persen dari
    1.549 kecelakaan"; "... 53,98 juta ton. Jumlah ini turun 1,41 persen dibandingkan ... 54,75
    juta ton": the change D between the new figure B before it and the base A after it."""
    out = []
    cl = doc.claims
    for k, d in enumerate(cl):
        if "change" not in d.cues or d.kind not in ("percent", "money", "count", "measure"):
            continue
        verb = norm(doc.text[max(d.sentence.start, d.start - 16):d.start]).split()[-1:]
        direction = "up" if set(verb) & _UP else "down" if set(verb) & _DOWN else None
        if direction is None:
            continue
        tail = norm(doc.text[d.end:d.sentence.end])
        base_word = next((w for w in _BASE if tail.startswith(w + " ") or f" {w} " in tail[:40]), None)
        if base_word is None:
            continue
        after = [c for c in cl[k + 1:] if c.sentence.start == d.sentence.start]
        same = [c for c in cl[:k] if c.sentence.start == d.sentence.start]
        opening = norm(doc.text[d.sentence.start:d.start])
        if not same and any(opening.startswith(w) for w in _THIS):
            same = [c for c in cl[:k] if doc.sentence_no(d) - doc.sentence_no(c) == 1]
        if not after or not same:
            continue
        b = same[-1]
        a = next((c for c in after if _comparable(b, c)), None)
        if a is None or not _comparable(a, b):
            continue
        base_at = doc.text.lower().find(base_word, d.end, a.start)
        if base_at < 0 or a.start - base_at > 60:
            continue  # the base is a number right after "dari"/"dibandingkan", not any later one
        if norm(doc.text[a.end:a.end + 12]).startswith(tuple(_C["change_to"])):
            continue  # "naik D dari A menjadi B": the forward pattern, checked by check_change
        ai, bi, di = doc.interval(a), doc.interval(b), doc.interval(d)
        if None in (ai, bi, di) or not (ai.bounded and bi.bounded) or ai.lo <= 0:
            continue
        if d.kind == "percent" and d.unit == "percent" and a.unit != "percent":
            derived, how_id, how_en = abs_interval((bi - ai) / ai * Fraction(100)), "perubahan relatif", "relative change"
        elif d.kind == "percent" and d.unit == "percentage_point" and a.unit == "percent":
            derived, how_id, how_en = abs_interval(bi - ai), "selisih persen poin", "difference in percentage points"
        elif d.kind == a.kind and d.unit == a.unit:
            derived, how_id, how_en = abs_interval(bi - ai), "selisih", "difference"
        else:
            continue
        right_way = (bi.midpoint() > ai.midpoint()) == (direction == "up")
        ok = derived.overlaps(di) and right_way
        tight = len(doc.between(b, d)) <= 30 if b.sentence.start == d.sentence.start else True
        verdict = "consistent" if ok else "undetermined" if (_near_miss(derived, di) and right_way) or not tight \
            else "inconsistent"
        word_id = "naik" if direction == "up" else "turun"
        out.append(finding(
            "change", verdict, [a, b, d], rule="change_from_base", stated=di, derived=derived,
            unit=d.unit, fix=None if ok else (d, derived),
            steps_id=[f"Dari {show(ai, a)} menjadi {show(bi, b)}.",
                      f"{how_id.capitalize()}: {show(derived, unit=d.unit)}; teks: {word_id} {d.text!r}: "
                      + ("cocok." if ok else "tidak cocok.")],
            steps_en=[f"From {show(ai, a, lang='en')} to {show(bi, b, lang='en')}.",
                      f"{how_en.capitalize()}: {show(derived, unit=d.unit, lang='en')}; the text: "
                      f"{'up' if direction == 'up' else 'down'} {d.text!r}: " + ("agrees." if ok else "does not agree.")],
        ))
    return out


def _comparable(a, b) -> bool:
    if a.kind != b.kind or a.kind not in ("money", "count", "measure", "percent"):
        return False
    return a.unit == b.unit or (a.kind == "count" and (a.unit is None or b.unit is None))


def abs_interval(iv):
    """|iv| for an interval on one side of zero (a change's size; its sign is the direction)."""
    if iv.hi is not None and iv.hi <= 0:
        return -iv
    return iv
