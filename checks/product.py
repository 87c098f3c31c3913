"""product: a total against a count times an amount each — "18,8 juta keluarga ... Rp 400.000
per KPM ... total anggaran Rp 7,52 triliun". The tie is structural: an amount for each one (a
`per` of people or things, or a per-unit cue), a count nearby, and a total after it."""

from __future__ import annotations

from decimal import Decimal
import functools
import re
from fractions import Fraction

from checks.explain import finding, near_power_of_1000, show, stated, written_note
from checks.intervals import ROUNDING_HEDGES, Interval, as_written
from checks.model import Finding
from checks.relations import LEX, Doc, count_noun, opens_on, thing, without_enclitic, word_matches, words
from extract.lang import norm, probes

WINDOW = 2  # sentences around the amount in which the count and the total are looked for
_EACH_KINDS = ("money", "measure")


def _per_each(c) -> bool:
    return c.kind == "money" and (
        (c.per is not None and (c.per == "person" or c.per.startswith("count:")))
        or (c.per is None and "per_unit" in c.cues))


def _measure_each(c) -> bool:
    """A measure each one gets: "Setiap keluarga menerima 10 kilogram beras" (no rate of its own)."""
    return c.kind == "measure" and c.per is None and "per_unit" in c.cues


def _same_measure(a, t) -> bool:
    """Does total t add up amounts like a: money in a's currency, a measure of a's dimension?"""
    if t.kind != a.kind:
        return False
    # "10 kilogram" each against "80 ton" in all
    return t.unit == a.unit or (a.kind == "measure" and t.unit is not None and _convertible(a.unit, t.unit))


def _count_and_total(doc: Doc, a):
    """The count and the total that amount-each `a` multiplies into, near it (WINDOW sentences):
    a count before or in its sentence, a figure marked as a total after it; else the count and
    the figure right after it in the next sentence; and a's interval in the total's unit. None
    without them."""
    k = doc.sentence_no(a)
    near = [c for c in doc.claims if abs(doc.sentence_no(c) - k) <= WINDOW and c is not a]
    counts = [c for c in near if c.kind == "count" and c.unit and doc.sentence_no(c) <= k
              and (c.unit == "person" or c.unit.startswith("count:"))]
    totals = [c for c in near if _same_measure(a, c) and "total" in c.cues
              and doc.sentence_no(c) >= k and c.start > a.start and not _per_each(c)]
    if not counts or not totals:
        # "pungutan Rp 150.000 per orang. Jika kunjungan mencapai 5,5 juta wisman, potensi
        # penerimaan sekitar Rp 825 miliar": the count and then the total in the next sentence
        nxt = [c for c in doc.claims if doc.sentence_no(c) == k + 1]
        n = next((c for c in nxt if c.kind == "count" and c.per is None and c.unit == a.per), None)
        t = n and next((c for c in nxt if c.start > n.start), None)  # the figure right after the count
        if t is None or t.kind != "money" or t.unit != a.unit or t.per is not None:
            return None
        ti, ai = doc.interval(t), doc.interval(a)
        if ti is None or ai is None or ti.lo is None or ai.hi is None or ti.lo <= ai.hi:
            return None  # "580 anggota dikali Rp 50 juta ...": the amount each again, not a total
        counts, totals = [n], [t]
    noun = a.per[6:] if a.per and a.per.startswith("count:") else None
    n = next((c for c in reversed(counts) if noun and (c.unit == a.per or noun in (c.subject or "").lower())),
             counts[-1])
    t = totals[0]
    ni, ti = doc.interval(n), doc.interval(t)
    ai = doc.interval(a) if a.unit == t.unit else _in_unit(doc, a, t.unit)  # "10 kilogram" in ton
    if _far_below(ni, ai, ti):
        return None  # far below what the group gets, even by a scale slip: another amount each
    return n, t, ai


_SLIP_ROOM = 2000  # a total may fall short of count × amount by a scale slip (×1.000), no more


def _far_below(ni, ai, ti) -> bool:
    """Does total ti lie below count ni × amount each ai by more than a scale slip (_SLIP_ROOM)?"""
    return None not in (ni, ai, ti) and ni.lo is not None and ai.lo is not None and ti.hi is not None \
        and ni.lo > 0 and ai.lo > 0 and ni.lo * ai.lo > ti.hi * _SLIP_ROOM


def check_product(doc: Doc) -> list[Finding]:
    """A count times the amount each one gets ("per orang", "setiap peserta menerima") against
    the total the text gives near them: money, or a measure ("8.000 keluarga ... Setiap keluarga
    menerima 10 kilogram beras. Total beras ... 80 ton")."""
    out = []
    for a in (c for c in doc.claims if c.kind in _EACH_KINDS and (_per_each(c) or _measure_each(c))):
        got = _count_and_total(doc, a)
        if got is None:
            continue
        n, t, ai = got  # (ai: a's interval in t's unit)
        ni, ti = doc.interval(n), doc.interval(t)
        if None in (ni, ai, ti):
            continue
        derived = ni * ai
        if derived.overlaps(ti):
            verdict, what_id, what_en = "consistent", "cocok", "agrees"
        elif near_power_of_1000(ti, derived):
            verdict, what_id, what_en = "inconsistent", "berselisih ×1.000: kemungkinan salah skala", \
                "off by ×1,000: a probable scale slip"
        else:
            # a price the text moves ("naik ke Rp 610 per saham") or quotes at a level ("ke level
            # Rp 610 per saham") is the price at one moment, not what each unit fetched; a total per
            # month against a count of no period leaves the period out: none ties the three
            tied = doc.sentence_no(t) - doc.sentence_no(n) <= 1 and "change" not in a.cues \
                and (t.per is None or t.per == n.per) and not _quoted_level(doc, a)
            verdict = "inconsistent" if tied else "undetermined"
            what_id = "tidak cocok" if tied else "tidak cocok, tetapi teks tidak jelas mengaitkan ketiganya"
            what_en = "does not agree" if tied else "does not agree, but the text does not clearly tie the three"
        avg = ti / ni if ni.lo and ni.lo > 0 else None
        if avg is not None and t.unit != a.unit:
            avg = avg.scale(_factor(t.unit, a.unit))  # what each gets, in the unit it is said in
        out.append(finding(
            "product", verdict, [n, a, t], rule="count_times_each", stated=ti, derived=derived,
            unit=t.unit, fix=(t, derived),
            steps_id=[f"{n.text!r} × {a.text!r} = {show(ni, n)} × {show(doc.interval(a), a)}.",
                      f"= {show(derived, t)}.",
                      f"Tertulis total {t.text!r} = {show(ti, t)}: {what_id}."]
            + ([f"Rata-rata tersirat: {show(avg, a)} per {count_noun(n.unit)}."] if avg else []),
            steps_en=[f"{n.text!r} × {a.text!r} = {show(ni, n, lang='en')} × {show(doc.interval(a), a, lang='en')}.",
                      f"= {show(derived, t, lang='en')}.",
                      f"Stated total {t.text!r} = {show(ti, t, lang='en')}: {what_en}."]
            + ([f"Implied average: {show(avg, a, lang='en')} each."] if avg else []),
        ))
    return out + _times_said(doc)


_MONEY_NOUNS = frozenset(LEX.cues["subject"]["money_nouns"])
_LEVELS = frozenset(LEX.cues["check"]["quoted_levels"])


def _quoted_level(doc: Doc, c) -> bool:
    """Is the price c quoted at a level ("ke level Rp 610 per saham"): the market's price at one
    moment, not what each unit fetched?"""
    return bool(_LEVELS.intersection(words(doc.text[max(0, c.start - 16):c.start])))


def check_average(doc: Doc) -> list[Finding]:
    """A total paid out to a group of people against what one member is said to get: "1,2 juta
    orang yang menerima insentif ... dana insentif yang dicairkan Rp 1,6 triliun ... Rp 600.000 ...
    secara total peserta mendapatkan Rp 2,4 juta". The group is counted in the sentence of the
    total or the one before; the amounts each stand in sentences naming people and the total's
    money noun (a monthly amount is the least one member gets). N × [least, most] must hold the
    total, and the implied average is shown. The amounts each are tied loosely (no "per"), so a
    total outside the range is undetermined, never an alarm."""
    out = []
    cl = doc.claims
    used: set[str] = set()  # a group is held against the first total paid to it only
    people = None  # (the counts of people, in text order: found at the first total that names money)
    for t in cl:
        if t.kind != "money" or t.per is not None or doc.in_headline(t) or doc.is_link_line(t):
            continue
        nouns = _MONEY_NOUNS.intersection(words(t.subject))
        if not nouns:
            continue
        k = doc.sentence_no(t)
        if people is None:
            people = [c for c in cl if c.kind == "count" and c.unit == "person" and c.per is None]
        counts = [c for c in people
                  if c.start < t.start and k - 1 <= doc.sentence_no(c) <= k and c.id not in used
                  and not doc.in_headline(c) and doc.sentence_words(c) & nouns]
        if not counts:
            continue
        ti = doc.interval(t)
        if ti is None or ti.lo is None or ti.lo <= 0:
            continue
        n = counts[-1]
        used.add(n.id)
        ni = doc.interval(n)
        if ni is None or ni.lo is None or ni.lo <= 0 or ni.hi is None:
            continue
        # what one member gets: amounts in the same currency, far smaller than the total, in a
        # sentence about the members and the total's money ("peserta ... mendapatkan dana ...");
        # count × amount may exceed the total by up to a scale slip (miliar for triliun)
        each = []  # (claim, its interval)
        big = False  # a member amount near the total's size: what one gets has no upper bound
        for e in cl:
            if e.kind != "money" or e.unit != t.unit or e is t or doc.in_headline(e) or doc.is_link_line(e) \
                    or not (e.per is None or e.per == n.unit or e.per in _TIME):
                continue
            sw = doc.sentence_words(e)
            if not (sw & LEX.person_nouns and sw & nouns):
                continue
            iv = doc.interval(e)
            if iv is not None and iv.lo is not None \
                    and iv.hi is not None and iv.lo > 0 and iv.hi * ni.lo <= ti.lo * 2000:
                if iv.hi * 10 <= ti.lo:
                    each.append((e, iv))
                elif iv.hi <= ti.lo:
                    big = True
        if not each or any(_per_each(e) and _count_and_total(doc, e) is not None for e, _ in each):
            continue  # an amount "per orang" with its count and total near is the count_times_each rule's
        lo_c, hi_c, span = _span(each)
        if big:  # "paling tinggi mencapai Rp 91,7 miliar dan paling rendah Rp 2,7 juta": no most
            span = Interval.closed(span.lo, None)
        derived = ni * span
        ok = derived.overlaps(ti)
        avg = ti / ni
        # the total tied to the group by the text ("dari jumlah penerima tersebut, dana insentif
        # ... Rp 1,6 triliun", or the group counted in the total's sentence) and its average well
        # outside every amount one member is said to get: worth a look, never more (the amounts
        # each are tied loosely)
        far = not ok and _well_outside(derived, ti) and _two_amounts(each) and (
            doc.sentence_no(n) == k or _opens_on_group(doc, t))
        # a range open above (an amount per month, or one near the total's size) is no check of a
        # total above its least: not contradicted, but not confirmed either
        verdict = "consistent" if ok and span.hi is not None else "suspicious" if far else "undetermined"
        names = f"{lo_c.text!r}" if lo_c is hi_c else f"{lo_c.text!r}–{hi_c.text!r}"
        out.append(finding(
            "product", verdict, [n, *(e for e, _ in each), t], rule="average_each",
            stated=ti, derived=derived, unit=t.unit, fix=None if ok else (t, derived),
            steps_id=[f"{n.text!r} × {names} = {show(ni, n)} × {show(span, lo_c)}.",
                      f"= {show(derived, t)}.",
                      f"Tertulis {t.text!r} = {show(ti, t)}: " + ("cocok." if ok else
                                                                  "jauh di luar, rata-rata per orang tidak masuk akal." if far else
                                                                  "tidak cocok, tetapi teks tidak jelas mengaitkan besaran per orang."),
                      f"Rata-rata tersirat: {show(avg, lo_c)} per {count_noun(n.unit)}."],
            steps_en=[f"{n.text!r} × {names} = {show(ni, n, lang='en')} × {show(span, lo_c, lang='en')}.",
                      f"= {show(derived, t, lang='en')}.",
                      f"Stated {t.text!r} = {show(ti, t, lang='en')}: " + ("agrees." if ok else
                                                                   "far outside: the implied average fits no amount each." if far else
                                                                   "does not agree, but the text ties the amount each loosely."),
                      f"Implied average: {show(avg, lo_c, lang='en')} each."],
        ))
    return out


def _span(each):
    """(least claim, most claim, [least, most]) of the amounts one member gets; an amount per
    month or per day is the least a member gets, so when it is the largest the most is open."""
    lo_c, least = min(each, key=lambda pair: pair[1].lo)
    hi_c, most = max(each, key=lambda pair: pair[1].hi)
    return lo_c, hi_c, Interval.closed(least.lo, None if hi_c.per is not None else most.hi)


def _two_amounts(each) -> bool:
    """Does the text state what members get as a range, two different amounts? One amount alone
    ("pinjaman minimal Rp 2,5 juta") may be the least, the most or the usual: no bound."""
    return len({(iv.lo, iv.hi) for _, iv in each}) >= 2


# a total this far outside count × the amounts each is no rounding: 1/FAR below, FAR above
FAR = Fraction(5, 4)
_THAT_GROUP = tuple(LEX.cues["check"]["that_group"])


def _well_outside(derived, ti) -> bool:
    """Does the stated interval lie well outside the derived one (beyond FAR either way)?"""
    if ti.lo is None or ti.hi is None:
        return False
    return (derived.lo is not None and ti.hi * FAR < derived.lo) or \
        (derived.hi is not None and ti.lo > derived.hi * FAR)


def _opens_on_group(doc: Doc, t) -> bool:
    """Does t's sentence go on about the group of the sentence before ("Dari jumlah penerima
    tersebut, dana insentif ... Rp 1,6 triliun"; "Denni menjelaskan, dari jumlah ...")?"""
    lead = norm(doc.text[t.sentence.start:t.start])
    return any(g in lead for g in _THAT_GROUP)


def check_product_units(doc: Doc) -> list[Finding]:
    """Quantity × amount per its unit: "250 kilometer × Rp 4,8 miliar per kilometer = Rp 1,2
    triliun", "5.400 hektare × 6 ton per hektare = 32.400 ton", "32.400 ton × Rp 6.000 per kg",
    "98.450 keluarga × Rp 420.000 per keluarga": units cancel (converted through pint).
    Every rule here starts from a figure per a unit (the rules after the loop too), so an article
    with none has nothing to check: most have none."""
    out = []
    cl = doc.claims
    if all(c.per is None for c in cl):
        return out
    plans = []
    sentence_nos = [doc.sentence_no(c) for c in cl]
    for i, r in enumerate(cl):
        if r.per is None or r.per in _TIME or r.kind not in ("money", "measure", "count") or r.unit is None:
            continue  # (a bare "15.454 per dolar AS" names no unit its total would be in)
        k = sentence_nos[i]
        near = [c for c, no in zip(cl, sentence_nos) if c is not r and abs(no - k) <= WINDOW]
        qs = [c for c in near if c.per is None and _convertible(c.unit, r.per)]
        if not qs:
            continue
        ts = [c for c in near if c.per is None and c.kind == r.kind and c.unit == r.unit]
        daily = _periodic_totals(doc, r, cl, i)
        if not (ts or daily):
            continue
        sized = _sized_restatement(doc, r, cl[i - 1], qs, ts) if i and ts else None
        if sized is not None:
            out.append(sized)
        else:
            plans.append((r, k, qs, ts, daily))
    # a total restated per unit by its own rate is that rate's, not another's to fit
    taken = {f.claims[2] for f in out}
    for r, k, qs, ts, daily in plans:
        ts = [t for t in ts if t.id not in taken] + daily
        if not ts:
            continue
        fitted = loose_fit = None
        for q in sorted(qs, key=lambda c: abs(c.start - r.start)):
            qi = _in_unit(doc, q, r.per)
            ri = doc.interval(r)
            if qi is None or ri is None:
                continue
            derived = qi * ri
            # the body's total before the headline's restatement of it
            for t in sorted(ts, key=doc.in_headline):
                if t is q or doc.interval(t) is None or not doc.interval(t).overlaps(derived):
                    continue
                if not _written_miss(doc, [(q, r.per), (r, None)], t):
                    fitted = (q, t, qi, ri, derived)
                    break
                loose_fit = loose_fit or (q, t, qi, ri, derived)
            if fitted is not None:
                break
        if fitted is not None:
            q, t, qi, ri, derived = fitted
            out.append(_units_finding(doc, q, r, t, derived, "consistent"))
        elif loose_fit is not None:
            # "sekitar Rp 530 triliun" for US$ 36,93 miliar × Rp 15.439 per dolar: inside the
            # hedge's width, beyond the rounding its written digits allow; worth a look when the
            # three stand within two sentences, else no more than undetermined
            q, t, qi, ri, derived = loose_fit
            sn = [doc.sentence_no(x) for x in (q, r, t)]
            tied = max(sn) - min(sn) <= 1 or _named_back(doc, q, r, t, qs, ts)
            out.append(_units_finding(doc, q, r, t, derived, "suspicious" if tied else "undetermined"))
        else:
            # none fits: judge the one quantity and the one total the sentence of the amount each
            # holds ("Rp 1,2 triliun untuk 250 kilometer jalan, atau rata-rata Rp 4,8 miliar per
            # kilometer"), or the only ones in the window
            # (one amount each in the sentence, and no change: "dari Rp 2.000 per batang menjadi
            # Rp 2.065/batang atau Rp 41.400/20 batang" prices the new one)
            loose = False
            same_q = [c for c in qs if c.sentence.start == r.sentence.start]
            rates = [c for c in cl if c.sentence.start == r.sentence.start and c.per == r.per]
            ts = [t for t in ts if t not in daily]
            same_t = [c for c in ts if c.sentence.start == r.sentence.start]
            if daily:
                # "Dengan harga Rp 85.000 per kilogram, pendapatan ... dari 30 kilogram cabai sekitar
                # Rp 2,55 juta per hari": the product is that amount per period, judged when the
                # sentence holds one of each (an alarm only on a scale slip: the quantity may be
                # per day and the amount per month); a total elsewhere is over another span
                if not (len(daily) == 1 and len(same_q) == 1 and len(rates) == 1
                        and not any("change" in c.cues for c in (r, same_q[0]))):
                    continue
                q, t = same_q[0], daily[0]
            elif len(same_q) == 1 and len(same_t) == 1 and same_q[0] is not same_t[0] and len(rates) == 1 \
                    and not any("change" in c.cues for c in (r, same_q[0], same_t[0])):
                q, t = same_q[0], same_t[0]
            elif len(qs) == 1 and len(ts) == 1 and qs[0] is not ts[0]:
                q, t = qs[0], ts[0]
            elif len(rates) == 1 and len(after_t := [c for c in same_t if c.start > r.start]) == 1 \
                    and len(before_q := [c for c in qs if c.start < r.start
                                         and doc.sentence_no(r) - doc.sentence_no(c) <= 1]) == 1 \
                    and not any("change" in c.cues for c in (r, before_q[0], after_t[0])):
                # "... mencapai 32.400 ton gabah. Dengan harga gabah Rp 6.000 per kg, kerugian petani
                # bisa Rp 194,4 miliar": the one quantity just before the price, the one total after it
                q, t = before_q[0], after_t[0]
            elif len(rates) == 1 and len(after_t) == 1 \
                    and len(before_q := [c for c in qs if c.start < r.start]) == 1 \
                    and _DEMONSTRATIVES.intersection(words(doc.between(r, after_t[0]))) \
                    and not any("change" in c.cues for c in (r, before_q[0], after_t[0])):
                # "... total minyak yang terangkut sekitar 221 juta barel. ... Dengan rata-rata harga
                # ... US$ 78,43 per barel, nilai produksi tersebut diperkirakan sekitar US$ 17,3
                # miliar": the total names the one quantity before by a demonstrative; loosely tied
                q, t = before_q[0], after_t[0]
                loose = True
            else:
                continue
            qi, ri = _in_unit(doc, q, r.per), doc.interval(r)
            if qi is None or ri is None or doc.interval(t) is None:
                continue
            if any(_fits(doc, qi, r2, t) for r2 in cl if r2 is not r and r2.per == r.per):
                continue  # "Rp 2.100/batang atau Rp 42.000/20 batang": another price's total
            derived = qi * ri
            # (a price the text moves, "naik ... menjadi Rp 610 per saham", is no tight tie either)
            tight = max(doc.sentence_no(x) for x in (q, r, t)) - min(doc.sentence_no(x) for x in (q, r, t)) <= 1 \
                and "change" not in r.cues and not _quoted_level(doc, r)
            near = _within(derived, doc.interval(t), Fraction(2, 100))  # the article's own rounding
            # within it, but beyond what rounding or cutting each written figure allows
            band = near and _written_miss(doc, [(q, r.per), (r, None)], t)
            # "Rp 11.000 per kilogram, di atas HET Rp 9.450": a figure the size of the price is
            # another price, not the total
            price = _within(ri, doc.interval(t), Fraction(1, 2))
            slip = near_power_of_1000(doc.interval(t), derived) is not None
            alarm = slip or not near and not price
            if daily:  # the quantity's own period is unsaid ("7-8 tabung ... per bulan Rp 156 juta"):
                alarm, band = slip, False  # only a scale slip is sure
            out.append(_units_finding(doc, q, r, t, derived,
                                      "suspicious" if loose and alarm else "inconsistent" if tight and alarm
                                      else "suspicious" if tight and band and not price else "undetermined"))
    done = {f.claims[1] for f in out}  # the rates judged against a total near them
    return out + _pack_prices(doc) + _named_conversions(doc) + _count_rate_duration(doc) + _far_totals(doc, done) \
        + _priced_usage(doc) + _each_per_period(doc)


def _periodic_totals(doc: Doc, r, cl, i: int) -> list:
    """The amounts per a period of time after r in its sentence, in r's kind and unit: "Dengan harga
    Rp 85.000 per kilogram, pendapatan ... dari 30 kilogram cabai sekitar Rp 2,55 juta per hari"."""
    out = []
    for c in cl[i + 1:]:
        if c.sentence.start != r.sentence.start:
            break  # claims are in text order: the sentence is over
        if c.per in _TIME and c.kind == r.kind and c.unit == r.unit:
            out.append(c)
    return out


def _named_back(doc: Doc, q, r, t, qs, ts) -> bool:
    """Does the total name the quantity before by a demonstrative, the three tied though far apart?
    "... sekitar 221 juta barel. ... Dengan rata-rata harga ... US$ 78,43 per barel, nilai produksi
    tersebut diperkirakan sekitar US$ 17,3 miliar": t the one total after r in r's sentence, r the
    one amount per its unit there, q the one quantity before r, a demonstrative between r and t,
    none of them a change."""
    if t.sentence.start != r.sentence.start or t.start < r.start or q.start > r.start:
        return False
    if [c for c in qs if c.start < r.start] != [q] \
            or [c for c in ts if c.sentence.start == r.sentence.start and c.start > r.start] != [t]:
        return False
    if sum(1 for c in doc.in_sentence(r) if c.per == r.per) != 1 or any("change" in c.cues for c in (q, r, t)):
        return False
    return bool(_DEMONSTRATIVES.intersection(words(doc.between(r, t))))


def _sized_restatement(doc: Doc, r, t, qs, ts) -> Finding | None:
    """ "emas batangan 1 kilogram dibanderol Rp 1,26 miliar atau sekitar Rp 1.260.600 per gram":
    a price for an item of a stated size, restated per unit right after it. The three stand in
    one sentence, the size before the total and the total joined to the rate by a restating word;
    the size is the item's, exact when written as a whole number (not 0,5 to 1,5 kilogram). The
    tie is tight: a total beyond the rounding of size × rate is an alarm (see _judge)."""
    if not any(t is c for c in ts) or not _restated(doc, t, r):  # t: the figure right before r
        return None
    sq = [c for c in qs if c.sentence.start == r.sentence.start and c.end <= t.start]
    if len(sq) != 1 or doc.in_headline(r):
        return None
    q = sq[0]
    plain = _whole(q)
    qi = _in_unit_exact(q, r.per) if plain else _in_unit(doc, q, r.per)
    ri, ti = doc.interval(r), doc.interval(t)
    if qi is None or ri is None or ti is None or not (qi.bounded and ri.bounded and ti.bounded):
        return None
    derived = qi * ri
    verdict = _judge(derived, ti, True, _written_miss(doc, [(q, r.per), (r, None)], t, exact=(q,) if plain else ()))
    return _units_finding(doc, q, r, t, derived, verdict)


_TIME = frozenset(LEX.se_units.values())
_RESTATE = frozenset(LEX.cues["subject"]["restate"])
_DEMONSTRATIVES = frozenset(LEX.cues["check"]["demonstratives"])
_CURRENCIES = frozenset(LEX.currency_prefix.values()) | frozenset(LEX.currency_suffix.values())
_CONVERT = frozenset(LEX.cues["check"]["converts_to"])


def _pack_prices(doc: Doc) -> list[Finding]:
    """A price per pack of a stated size and the same price per unit, restated: "Rp 51.000 per
    kemasan 5 kg, atau setara Rp 10.200 per kg"; "Rp 17.000 per kg atau Rp 34.000 per bungkus 2
    kg". The pack's size is written right after "per <pack>", the two prices are joined by a
    restating word (atau, setara, yakni) with no other figure between: a tight tie."""
    out = []
    cl = doc.claims
    for i, p in enumerate(cl[:-1]):
        q = cl[i + 1]
        if p.kind != "money" or not (p.per or "").startswith("count:") or q.kind != "measure" \
                or q.per is not None or doc.between(p, q).strip() or q.sentence.start != p.sentence.start:
            continue
        # the per-unit price: the figure right after the size, or right before the pack price
        r = None
        if i + 2 < len(cl) and _restated(doc, q, cl[i + 2]):
            r = cl[i + 2]
        elif i > 0 and _restated(doc, cl[i - 1], p):
            r = cl[i - 1]
        if r is None or r.kind != "money" or r.unit != p.unit or r.per is None or not _convertible(q.unit, r.per):
            continue
        qi, ri, pi = _in_unit(doc, q, r.per), doc.interval(r), doc.interval(p)
        if qi is None or ri is None or pi is None or not (qi.bounded and ri.bounded and pi.bounded):
            continue
        if q.value is not None and Fraction(q.value).denominator == 1 and q.hedge == "none" and q.low is None \
                and q.high is None:
            qi = _in_unit_exact(q, r.per)  # "kemasan 5 kg" is a pack of 5 kg, not 4,5 to 5,5
        derived = qi * ri
        verdict = _judge(derived, pi, True, _written_miss(doc, [(q, r.per), (r, None)], p, exact=(q,)))
        if verdict == "suspicious":
            verdict = "inconsistent"  # the text restates one price as the other: no looser tie
        out.append(_units_finding(doc, q, r, p, derived, verdict))
    return out


def _named_conversions(doc: Doc) -> list[Finding]:
    """A figure converted at a stated exchange rate, named rather than repeated: "Dengan kurs Rp
    15.439 per dolar AS, surplus 2023 setara sekitar Rp 570 triliun", "Dengan kurs Rp 15.600 per
    dolar AS, hadiah itu setara Rp 109,2 juta". The figures converted are those before in the
    article whose subject's head is the noun opening the clause after the rate (surplus,
    hadiah). One that converts to the total: consistent; none (the text names them, but not
    which one): suspicious when well off every one, never more."""
    out = []
    cl = doc.claims
    for i, r in enumerate(cl[:-1]):
        if r.kind != "money" or r.per not in _CURRENCIES or doc.in_headline(r):
            continue
        t = cl[i + 1]
        if t.sentence.start != r.sentence.start or t.kind != "money" or t.unit != r.unit or t.per is not None:
            continue
        clause = words(doc.text[r.end:t.start])
        if not clause or not _CONVERT.intersection(clause):
            continue
        noun = clause[0]
        qs = [q for q in cl[:i] if q.kind == "money" and q.unit == r.per and q.per is None
              and not doc.in_headline(q) and doc.head(q) == noun]
        ri, ti = doc.interval(r), doc.interval(t)
        if not qs or ri is None or ti is None or not (ri.bounded and ti.bounded):
            continue
        got = [(q, doc.interval(q) * ri) for q in qs if doc.interval(q) is not None and doc.interval(q).bounded]
        if not got:
            continue
        fits = [(q, d) for q, d in reversed(got) if d.overlaps(ti)]
        fit = next(((q, d) for q, d in fits if not _written_miss(doc, [(q, None), (r, None)], t)), None)
        if fit is not None or fits:
            # a figure that converts only through a hedge's width ("setara sekitar Rp 530 triliun"
            # for US$ 36,93 miliar at Rp 15.439): worth a look
            q, d = fit or fits[0]
            out.append(_units_finding(doc, q, r, t, d, "consistent" if fit is not None else "suspicious"))
            continue
        # off every one by more than the article's rounding, or by more than its written digits
        # allow ("setara Rp 109,7 juta" for US$ 7.000 at Rp 15.600: Rp 109,2 juta)
        far = all(not _within(d, ti, Fraction(2, 100)) or _written_miss(doc, [(q, None), (r, None)], t)
                  for q, d in got)
        q, d = min(got, key=lambda g: abs(g[1].midpoint() - ti.midpoint()))
        out.append(_units_finding(doc, q, r, t, d, "suspicious" if far else "undetermined"))
    return out


def _restated(doc: Doc, a, b) -> bool:
    """Are a and b, next to each other in one sentence, joined by a restating word only?"""
    if a.sentence.start != b.sentence.start or b.start < a.end:
        return False
    gap = words(doc.between(a, b))
    return bool(gap) and set(gap) <= _RESTATE


def _whole(q) -> bool:
    """Is q a plain whole number ("1 kilogram", "10 kilogram"), no hedge, no range?"""
    return q.value is not None and Fraction(q.value).denominator == 1 and q.hedge == "none" \
        and q.low is None and q.high is None


def _in_unit_exact(q, unit: str):
    v = Fraction(q.value)
    if q.unit != unit:
        v *= _factor(q.unit, unit)
    return Interval.closed(v, v)


def _fits(doc: Doc, qi, r, t) -> bool:
    ri, ti = doc.interval(r), doc.interval(t)
    return ri is not None and ti is not None and (qi * ri).overlaps(ti)


def _written_miss(doc: Doc, factors, t, exact=()) -> bool:
    """Does the product of the factors miss the total t when each figure is read as its writer
    may have rounded or cut it (`as_written`: "Rp 194,9 miliar" is not 32.400 ton × Rp 6.000 per
    kg), or does a hedged figure meet only through the hedge's width ("sekitar 1,16 juta" is not
    1,11 juta)? factors: (claim, the unit to express it in, or None); the
    factors in `exact` (a pack's size, an allotment) are taken exactly. Cheap for the usual plain figures that agree: the
    written readings are only computed for a total the strict ones miss or that is hedged."""
    ti = doc.interval(t)
    if ti is None:
        return False
    hedged = t.hedge in ROUNDING_HEDGES or any(c.hedge in ROUNDING_HEDGES for c, _ in factors)
    if not hedged:
        strict = None
        for c, unit in factors:
            iv = _in_unit_exact(c, unit or c.unit) if any(c is x for x in exact) \
                else _in_unit(doc, c, unit) if unit else doc.interval(c)
            if iv is None:
                return False
            strict = iv if strict is None else strict * iv
        if strict is None or strict.overlaps(ti):
            return False
    derived = None
    for c, unit in factors:
        whole = any(c is x for x in exact)
        iv = _in_unit_exact(c, unit or c.unit) if whole else as_written(c)
        if iv is None or not iv.bounded:
            return False
        if unit and c.unit != unit and not whole:
            iv = iv.scale(_factor(c.unit, unit))
        derived = iv if derived is None else derived * iv
    tw = as_written(t, result=True)
    return derived is not None and tw is not None and not derived.overlaps(tw)


def _within(a, b, rel) -> bool:
    ma, mb = a.midpoint(), b.midpoint()
    return ma is not None and mb is not None and mb != 0 and abs(ma - mb) / abs(mb) <= rel


@functools.lru_cache(maxsize=None)
def _convertible(unit: str | None, per: str) -> bool:
    """Can a figure in `unit` be expressed in `per` (pure in its strings: asked once a pair)?"""
    if unit is None:
        return False
    if unit == per:
        return True
    if unit.startswith("count:") or per.startswith("count:") or unit == "person" or per == "person":
        return False
    from extract.units import compatible, is_known

    return is_known(unit) and is_known(per) and compatible(unit, per)


@functools.lru_cache(maxsize=None)
def _factor(unit: str, to: str) -> Fraction:
    """What one `unit` is in `to`, exactly (pint converts slowly: asked once a pair)."""
    from extract.units import convert

    return Fraction(convert(Decimal(1), unit, to))


def _in_unit(doc: Doc, q, unit: str):
    """q's interval expressed in `unit` ("32.400 ton" in kilogram)."""
    iv = doc.interval(q)
    if iv is None or q.unit == unit:
        return iv
    return iv.scale(_factor(q.unit, unit))


def _units_finding(doc: Doc, q, r, t, derived, verdict) -> Finding:
    ti = doc.interval(t)
    ok = verdict == "consistent"
    note_id, note_en = written_note(verdict, derived, ti)
    return finding(
        "product", verdict, [q, r, t], rule="units_cancel", stated=ti, derived=derived, unit=t.unit,
        fix=(t, derived),
        steps_id=[f"{q.text!r} × {r.text!r} = {show(derived, t)}.",
                  stated(t, ti, ok)] + note_id,
        steps_en=[f"{q.text!r} × {r.text!r} = {show(derived, t, lang='en')}.",
                  stated(t, ti, ok, "en")] + note_en,
    )


_C = LEX.cues["check"]
_EACH_BEFORE = tuple(_C["each_before"])      # "masing-masing 45 penumpang"
_EVERY_WORDS = tuple(_C["every"])
_EVERY = frozenset(_EVERY_WORDS)
_EVERY_RX = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(_EVERY, key=len, reverse=True)))
                       + r")(?![\w-])")
_RESTATING = frozenset(_C["restating"])  # "T, atau rata-rata E per X"
_RESTATE_OPENERS = tuple(_C["restate_openers"])               # "setiap pasangan ... menerima US$ 7.400"
_AVERAGE = tuple(_C["average_before"])        # "atau rata-rata Rp 685 miliar per emiten"
_TOTAL_WORDS = tuple(_C["list_total"])


def _total_marked(doc: Doc, t) -> bool:
    before = doc.text[max(t.sentence.start, t.start - 60):t.start].lower()
    return "total" in t.cues or any(w in before for w in _TOTAL_WORDS)


def _unit_ok(e, t) -> bool:
    if e.kind == "count":
        return t.kind == "count" and (t.per is None or t.per == e.per)
    return t.kind == e.kind and t.unit == e.unit and t.per == e.per


def check_each(doc: Doc) -> list[Finding]:
    """A count times what each one has against the total the text gives: "850 bus berkapasitas
    masing-masing 45 penumpang, atau total 38.250 kursi"; "12 pompa dengan kapasitas masing-masing
    500 liter per detik. Dengan begitu, total kapasitas ... 6.000 liter per detik"; "Setiap
    pasangan juara ganda menerima US$ 7.400, sehingga total hadiah ... dua pasangan tersebut
    mencapai US$ 14.800"; "79 perusahaan ... menghimpun dana Rp 54,14 triliun, atau rata-rata Rp
    685 miliar per emiten". The amount each is marked by the text (masing-masing, setiap, rata-rata
    ... per), the count is in its sentence (or, for "setiap X", a count of X in the sentence before),
    and the total is marked as one; a total that does not fit is an alarm only then."""
    out = []
    cl = doc.claims
    cued = _each_cued(doc)
    for k, e in enumerate(cl):
        if e.sentence.start not in cued and (e.per is None or not _per_one(e)):  # (no rate: not per one)
            continue  # the cheap test first: _each_tie finds no amount each without a cue word
        if e.kind not in ("money", "count", "measure") or doc.in_headline(e) or doc.is_link_line(e):
            continue
        if (e.kind == "money" and _per_each(e) or _measure_each(e)) and not _after_average(doc, e) \
                and (e.per is not None or _count_and_total(doc, e) is not None):
            continue  # an amount "per orang" with its count before, or each's with them near: check_product's
        got = _each_tie(doc, cl, k, e)
        if got is None:
            continue
        n, t, tight = got
        ni, ei, ti = doc.interval(n), doc.interval(e), doc.interval(t)
        if e.kind == "measure" and t.unit != e.unit and ei is not None:
            ei = _in_unit(doc, e, t.unit)  # "4.900 kWh" each against "245 GWh"
        if None in (ni, ei, ti) or not (ni.bounded and ei.bounded and ti.bounded):
            continue
        derived = ni * ei
        # "10 SMA, masing-masing membuka 10 rombel dengan 36 siswa per rombel. ... total kursi
        # 3.600": an amount per each of E's between E and the total goes into the product too
        between = [c for c in cl if e.start < c.start < t.start and c is not n]
        chain = [c for c in between if c.per is not None and (c.per == "person" or c.per.startswith("count:"))
                 and doc.interval(c) is not None and doc.interval(c).bounded]
        for c in chain:
            derived = derived * doc.interval(c)
        tight = tight and len(chain) == len(between)  # another figure between: the tie is loose
        factors = [n, e, *chain]
        written = _written_miss(doc, [(c, t.unit if c is e and e.kind == "measure" and t.unit != e.unit else None)
                                      for c in factors], t)
        if derived.overlaps(ti):
            verdict = "suspicious" if tight and written else "consistent"
        elif near_power_of_1000(ti, derived) is not None:
            verdict = "inconsistent"
        else:
            verdict = "inconsistent" if tight and not _within(derived, ti, Fraction(2, 100)) \
                else "suspicious" if tight and written else "undetermined"
        ok = verdict == "consistent"
        note_id, note_en = written_note(verdict, derived, ti)
        out.append(finding(
            "product", verdict, [*factors, t], rule="count_times_each", stated=ti, derived=derived,
            unit=t.unit, fix=(t, derived),
            steps_id=[" × ".join(repr(c.text) for c in factors) + " = "
                      + " × ".join(show(doc.interval(c), c) for c in factors) + f" = {show(derived, t)}.",
                      stated(t, ti, ok)] + note_id,
            steps_en=[" × ".join(repr(c.text) for c in factors) + " = "
                      + " × ".join(show(doc.interval(c), c, lang="en") for c in factors)
                      + f" = {show(derived, t, lang='en')}.",
                      stated(t, ti, ok, "en")] + note_en,
        ))
    return out + _for_count(doc) + _each_elsewhere(doc, cued) + _count_elsewhere(doc) + _each_named(doc)


_EACH_CUES = _EACH_BEFORE + _EVERY_WORDS
# the cue words no other cue contains ("tiap" is in "setiap"): a text holds a cue word if and only
# if it holds one of these, so they are all that need looking for
_EACH_CORES = probes(_EACH_CUES)
# the longest word of each ("masing" of "masing-masing" and "masing masing"): a text that holds no
# such word holds no cue word, and one look for each is cheaper than one for each cue
_EACH_GATE = probes({max(words(w), key=len) for w in _EACH_CORES})


def _per_one(e) -> bool:
    """Is e an amount per person or per one of a counted thing ("per KPM")?"""
    return e.per is not None and (e.per == "person" or e.per.startswith("count:"))


def _each_cued(doc: Doc) -> set[int]:
    """The starts of the sentences that hold, lower-cased, one of the words that make an amount
    each of a figure not per one (`_each_tie`: "masing-masing" between the count and E, "setiap"
    before E). Each sentence is read once, its figures too (in text order) should one reach past
    it. The text is lower-cased once; most articles hold none of the words anywhere."""
    out: set[int] = set()
    low = doc.text_lower
    if not any(w in low for w in _EACH_GATE) or not any(w in low for w in _EACH_CORES):
        return out
    aligned = len(low) == len(doc.text)  # else a sentence is lower-cased on its own
    seen: set[int] = set()
    for c in doc.claims:
        start = c.sentence.start
        if start in seen:
            continue
        seen.add(start)
        sent = doc.in_sentence(c)
        a, b = min(start, sent[0].start), max(c.sentence.end, sent[-1].start)
        part = low[a:b] if aligned else doc.text[a:b].lower()
        if any(w in part for w in _EACH_CORES):
            out.add(start)
    return out


def _after_average(doc: Doc, e) -> bool:
    """Is the amount each written after "rata-rata" ("atau rata-rata Rp 685 miliar per emiten")?"""
    return norm(doc.text[max(e.sentence.start, e.start - 16):e.start]).endswith(_AVERAGE)


def _each_tie(doc: Doc, cl, k: int, e):
    """(count, total, whether the text ties them tightly) for an amount each, or None."""
    sent = doc.in_sentence(e)

    def counts(cs):
        return [c for c in cs if c.kind == "count" and c.per is None and c is not e and c.unit is not None]
    # "T, atau rata-rata E per X", the count in the same sentence before T
    if _per_one(e) and _after_average(doc, e):
        return _average_tie(doc, sent, e, counts)
    if e.per is not None and not _per_time(e.per) and e.per != "person" and e.kind != "count":
        return None
    # "N ..., yang masing-masing terdiri dari E": the count nearest before E in its sentence, with
    # "masing-masing" between them and no other figure
    prior = [c for c in sent if c.end <= e.start]
    if prior and any(c is prior[-1] for c in counts(sent)) \
            and any(w in doc.between(prior[-1], e) for w in _EACH_BEFORE):
        n = prior[-1]
    else:
        # "Setiap X ... E": a count of X in the sentence, or the one before
        noun = _every_noun(doc, e)
        if noun is None:
            return None
        ks = doc.sentence_no(e)
        pool = [c for c in counts(cl) if 0 <= ks - doc.sentence_no(c) <= 1 or c.sentence.start == e.sentence.start
                or (doc.sentence_no(c) == ks + 1)]
        ns = [c for c in pool if (c.unit == f"count:{noun}" or noun in words(c.subject)) and not doc.in_headline(c)]
        if len(ns) != 1:
            return None
        n = ns[0]
    # the total: marked, after E, in its sentence or the next
    ks = doc.sentence_no(e)
    ts = [c for c in cl[k + 1:] if c is not n and 0 <= doc.sentence_no(c) - ks <= 1 and _unit_ok(e, c)
          and _total_marked(doc, c)]
    if not ts and e.kind == "measure" and e.per is None and n.sentence.start != e.sentence.start \
            and norm(doc.text[e.sentence.start:e.start]).startswith(_RESTATE_OPENERS):
        # "PLTS itu menghasilkan 245 GWh per tahun, cukup untuk memasok sekitar 50.000 rumah.
        # Artinya, jatah listrik rata-rata untuk setiap rumah sekitar 4.900 kWh": the average
        # restates the total of the count's sentence (over the same period)
        ts = [c for c in cl if c.sentence.start == n.sentence.start and c.kind == "measure" and c is not n
              and (c.per is None or _per_time(c.per)) and _convertible(c.unit, e.unit)]
        ts = ts if len(ts) == 1 else []
    if not ts:
        ts = _total_given(doc, cl, n, e)
    if not ts:
        return None
    t = ts[0]
    if e.unit == t.unit and _far_below(doc.interval(n), doc.interval(e), doc.interval(t)):
        return None  # far below what the count gets, even by a scale slip: what one gets in all
    sn = [doc.sentence_no(x) for x in (n, e, t)]
    return n, t, max(sn) - min(sn) <= 1


def _total_given(doc: Doc, cl, n, e) -> list:
    """ "bantuan Rp 2 miliar kepada 40 desa, masing-masing Rp 50 juta", "Rp 7,52 triliun kepada
    18,8 juta KPM. Setiap KPM menerima Rp 400.000", "2.000 ton beras ke 40 desa. Setiap desa
    menerima 50 ton": the total given to the count, right before it
    in its sentence (the figure before it, of E's kind, unit and rate, a word of giving last
    between them, at most three words and no comma), when E comes after the count, the total is
    more than one amount each and no figure follows E in its sentence ("masing-masing Rp 300 ribu
    selama 4 bulan": the months multiply too); [] otherwise."""
    i = doc.index_of(n)
    if i == 0 or e.start < n.end or any(c.start > e.start for c in doc.in_sentence(e)):
        return []
    t = cl[i - 1]
    if t is e or t.sentence.start != n.sentence.start or not _unit_ok(e, t) or doc.in_headline(t):
        return []
    gap = norm(doc.between(t, n))
    ws = gap.split()
    if not ws or len(ws) > 3 or "," in gap or ws[-1] not in _GIVEN_TO:
        return []
    ti, ei = doc.interval(t), doc.interval(e)
    if ti is None or ei is None or ti.lo is None or ei.hi is None or ti.lo <= ei.hi:
        return []  # no more than one amount each: no total of them
    return [t]


def _average_tie(doc: Doc, sent, e, counts):
    """(count, total, True) for "N ... T, atau rata-rata E per X" and "T disalurkan kepada N, atau
    rata-rata E per X": the total the last figure of E's kind before it in its sentence, the count
    the one count before E there; the figure right before E is one of them, "atau" between."""
    prior = [c for c in sent if c.end <= e.start]
    ts = [c for c in prior if c.kind == e.kind and c.unit == e.unit and c.per is None]
    ns = counts(prior)
    # the count alone before E may carry a longer name ("3,1 juta petani yang terdaftar dalam ...")
    reach = 120 if prior == ns else 40
    if len(ns) != 1 or not (0 <= e.start - prior[-1].end <= reach
                            and _AVERAGE_JOINS.intersection(words(doc.between(prior[-1], e)))):
        return None
    if not ts and prior == ns:
        ts = _total_named_back(doc, e, prior[0])
        return (ns[0], ts[0], True) if len(ts) == 1 else None
    if not ts or prior[-1] not in (ts[-1], ns[0]) or ts[-1] is ns[0]:
        return None
    return ns[0], ts[-1], True


def _total_named_back(doc: Doc, e, n) -> list:
    """ "... menyalurkan pupuk bersubsidi 1,2 juta ton ... . Pupuk tersebut disalurkan kepada 3,1 juta
    petani, atau rata-rata sekitar 387 kilogram per petani": a sentence (or its clause before the
    count) opening on a noun and a demonstrative names the total of the sentences before (in E's kind and a unit it converts to,
    in the body, up to three sentences back, no size or base of a change); the candidates."""
    lead = doc.text[e.sentence.start:n.start]
    opening = words(lead[lead.rfind(",") + 1:])[:3]  # the clause's: "Kepala Kanwil mengatakan, KUR tersebut"
    if not _DEMONSTRATIVES.intersection(opening[1:]):
        return []
    k = doc.sentence_no(e)
    return [c for c in doc.claims if c.start < e.sentence.start and 1 <= k - doc.sentence_no(c) <= 3
            and c.kind == e.kind and c.per is None and not doc.in_headline(c) and "change" not in c.cues
            and (c.unit == e.unit or e.kind == "measure" and _convertible(c.unit, e.unit))
            and not _COMPARED.intersection(words(doc.text[c.sentence.start:c.start]))]


_COMPARED = frozenset(_C["change_base"]) - frozenset(_C["change_from"])  # "dibandingkan ... 1,02 juta ton"


_AVERAGE_JOINS = frozenset(_C["average_joins"])  # "..., atau rata-rata Rp 43 juta per debitur"
_FOR = frozenset(_C["for_count"])                # "Rp 600.000, bagi 20,65 juta keluarga"
_GIVEN_TO = _FOR | frozenset(_C["given_to"])      # "2.000 ton beras ke 40 desa"
_PRICE_AFTER = tuple(_C["price_after_count"])  # "9.000 tiket kategori ekonomi seharga Rp 75.000"


_RECIPIENTS = frozenset(_C["recipients"])


def _recipients(unit: str) -> bool:
    """Does a count count people or households, who each get an amount?"""
    return unit == "person" or unit.startswith("count:") and (
        unit[6:] in LEX.person_nouns or unit[6:] in _RECIPIENTS)


def _is_count(c) -> bool:
    return c.kind == "count" and c.per is None and c.unit is not None \
        and (c.unit == "person" or c.unit.startswith("count:"))


def _money_words(c) -> frozenset[str]:
    """The money nouns of a figure's subject, "-nya" dropped ("Anggarannya" names anggaran)."""
    return _MONEY_NOUNS.intersection(without_enclitic(w) for w in words(c.subject))


def _judge(derived, ti, tight: bool, written: bool = False) -> str:
    """consistent when they meet; a scale slip is inconsistent; a total off by more than the
    article's rounding but within ×10 is suspicious when the text ties the three (`tight`); so is
    one that misses (or only meets through a hedge's width) beyond what the written digits allow
    (`written`, see _written_miss)."""
    if derived.overlaps(ti):
        return "suspicious" if tight and written else "consistent"
    if near_power_of_1000(ti, derived) is not None:
        return "inconsistent"
    if tight and (written or not _within(derived, ti, Fraction(2, 100))):
        m, d = ti.midpoint(), derived.midpoint()
        if m and d and Fraction(1, 10) <= m / d <= 10:
            return "suspicious"
    return "undetermined"


def _for_count(doc: Doc) -> list[Finding]:
    """An amount said to be for each of a count, and the total right after: "BLT Rp 600.000, bagi
    20,65 juta keluarga. Anggarannya Rp 12,4 triliun"; "beras 10 kilogram per bulan bagi 21,35
    juta KPM. Kebutuhan beras ... 213.500 ton setiap bulan"; "9.000 tiket ... seharga Rp 75.000
    terjual habis dengan pemasukan Rp 675 juta". The amount must be far smaller than the total
    (else it is a total for the group, "Rp 5 triliun untuk 10.000 rumah"); the total is the first
    figure of its kind and rate after the count, in its sentence or the next, and names money (or
    the amount's thing); a total that does not fit is suspicious, a scale slip inconsistent."""
    out = []
    cl = doc.claims
    for i, e in enumerate(cl):
        if e.kind not in ("money", "measure") or (e.per is not None and not _per_time(e.per)):
            continue
        n = None
        nxt = cl[i + 1] if i + 1 < len(cl) else None
        prv = cl[i - 1] if i else None
        if nxt is not None and nxt.sentence.start == e.sentence.start and _is_count(nxt) \
                and norm(doc.between(e, nxt)).strip(" ,") in _FOR:
            n = nxt
        elif e.kind == "money" and e.per is None and prv is not None and prv.sentence.start == e.sentence.start \
                and _is_count(prv):
            gap = norm(doc.between(prv, e))
            if gap.endswith(_PRICE_AFTER) and len(gap.split()) <= 5 and "," not in gap:
                n = prv
        if n is None or doc.in_headline(e) or doc.is_link_line(e):
            continue
        last = max(e, n, key=lambda c: c.start)
        t = next((c for c in cl if c.start > last.start and _adjacent(doc, last, c) and c.kind == e.kind
                  and c.per == e.per and (c.unit == e.unit or e.kind == "measure" and _convertible(c.unit, e.unit))),
                 None)
        if t is None:
            t = _total_further(doc, cl, last, e)
        if t is None or (e.kind == "money" and not _money_words(t)) \
                or (e.kind == "measure" and not set(words(e.subject)) & set(words(t.subject))):
            continue
        ni, ti = doc.interval(n), doc.interval(t)
        # a measure given for each ("beras 10 kilogram per bulan bagi 21,35 juta KPM") is an
        # allotment: exact when a whole number (not 9,5 to 10,5 kilogram)
        allot = e.kind == "measure" and _whole(e)
        ei = _in_unit_exact(e, t.unit) if allot else _in_unit(doc, e, t.unit) if e.kind == "measure" \
            else doc.interval(e)
        if None in (ni, ei, ti) or not (ni.bounded and ei.bounded and ti.bounded) or ei.lo <= 0 or ti.lo <= ei.hi:
            continue
        derived = ni * ei
        if ti.lo < 100 * ei.hi and near_power_of_1000(ti, derived) is None:
            continue  # a total not far above the amount: the amount may be the group's total
        verdict = _judge(derived, ti, True, _written_miss(doc, [(n, None), (e, t.unit if e.kind == "measure" else None)], t,
                                                         exact=(e,) if allot else ()))
        out.append(_each_finding(doc, [n, e], t, derived, verdict, "count_for_each"))
    return out


def _total_further(doc: Doc, cl, last, e):
    """ "Rp 400.000 untuk 25.000 keluarga. Penyaluran dimulai pekan depan. Total anggaran ...
    Rp 10 miliar": past a sentence without figures, the total of the next sentence with figures
    (same paragraph) when it is the first money figure after the count and marked as a total."""
    k = doc.sentence_no(last)
    t = next((c for c in cl if c.start > last.start and c.kind == e.kind), None)
    if t is None or "total" not in t.cues or doc.sentence_no(t) != k + 1 or doc.paragraph(t) != doc.paragraph(last) \
            or t.per != e.per or t.unit != e.unit or _adjacent(doc, last, t):
        return None
    return t


def _adjacent(doc: Doc, a, b) -> bool:
    """Is b in a's sentence or in the one right after it, in the same paragraph?"""
    if a.sentence.start == b.sentence.start:
        return True
    gap = doc.text[a.sentence.end:b.sentence.start]
    return a.sentence.end <= b.sentence.start and "\n" not in gap and not any(ch in gap for ch in ".!?")


def _each_finding(doc: Doc, factors, t, derived, verdict, rule) -> Finding:
    ti = doc.interval(t)
    ok = verdict == "consistent"
    note_id, note_en = written_note(verdict, derived, ti)
    return finding(
        "product", verdict, [*factors, t], rule=rule, stated=ti, derived=derived, unit=t.unit, fix=(t, derived),
        steps_id=[" × ".join(repr(c.text) for c in factors) + f" = {show(derived, t)}.",
                  stated(t, ti, ok)] + note_id,
        steps_en=[" × ".join(repr(c.text) for c in factors) + f" = {show(derived, t, lang='en')}.",
                  stated(t, ti, ok, "en")] + note_en,
    )


def _every_noun(doc: Doc, e) -> str | None:
    """The noun of "Setiap X ... E" in E's sentence; None without one, or with another figure of
    E's kind between them (which one is each is then open)."""
    lead = doc.text[e.sentence.start:e.start]
    low = lead.lower()
    if not any(w in low for w in _EVERY):  # the cheap test first
        return None
    every = list(_EVERY_RX.finditer(low))  # (a word or a hyphened one: "masing-masing")
    if not every:
        return None
    after = words(lead[every[-1].end():])
    start = e.sentence.start + every[-1].end()
    if not after or any(start <= c.start < e.start and c.kind == e.kind and c.per == e.per
                        for c in doc.in_sentence(e)):
        return None
    return after[0]


def _each_elsewhere(doc: Doc, cued: set[int]) -> list[Finding]:
    """A total paid to a counted group against what each one gets, said elsewhere in the article:
    "Setiap KPM mendapat Rp 200.000 per bulan ... sebesar Rp 400.000" and, paragraphs later,
    "BLT telah diterima 9,7 juta KPM ... Nilai bantuan yang tersalurkan hampir Rp 3,9 triliun". The
    count stands in the total's sentence or, when that has none, the sentence before; the amounts
    each are those the article gives for each of the counted thing ("setiap KPM", "per KPM"). A
    total well outside count × every such amount is suspicious (the tie is loose), never more."""
    cl = doc.claims
    eachs: dict[str, list] = {}
    for e in cl:
        if e.kind != "money" or doc.in_headline(e):
            continue
        if _per_one(e):
            kind = thing(e.per)
        elif e.per is None or _per_time(e.per):
            noun = _every_noun(doc, e) if e.sentence.start in cued else None
            kind = thing("count:" + noun) if noun else None
        else:
            continue
        if kind and not doc.is_link_line(e):
            eachs.setdefault(kind, []).append(e)
    if not eachs:
        return []
    out = []
    for t in cl:
        if t.kind != "money" or t.per is not None or doc.in_headline(t) or doc.is_link_line(t) \
                or not _money_words(t):
            continue
        k = doc.sentence_no(t)
        same = [c for c in cl if c.sentence.start == t.sentence.start and c.start < t.start and _is_count(c)]
        pool = same or [c for c in cl if doc.sentence_no(c) == k - 1 and _is_count(c) and _adjacent(doc, c, t)]
        if not pool or doc.in_headline(pool[-1]):
            continue
        n = pool[-1]
        if not _recipients(n.unit):
            continue  # "kuota ... 90.366 paket. ... fee operasional Rp 100 juta": things, not members
        ti, ni = doc.interval(t), doc.interval(n)
        if ti is None or ni is None or not (ti.bounded and ni.bounded) or ni.lo <= 0:
            continue
        es = [(e, doc.interval(e)) for e in eachs.get(thing(n.unit), ())
              if e.unit == t.unit and e.sentence.start != t.sentence.start]
        es = [(e, iv) for e, iv in es if iv is not None and iv.bounded and iv.lo > 0 and iv.hi * 100 <= ti.lo]
        if not es:
            continue
        fit = next(((e, ni * iv) for e, iv in es if (ni * iv).overlaps(ti)), None)
        if fit is not None:
            out.append(_each_finding(doc, [n, fit[0]], t, fit[1], "consistent", "each_elsewhere"))
            continue
        lo_c, hi_c, span = _span(es)
        derived = ni * span
        verdict = "consistent" if derived.overlaps(ti) and span.hi is not None else \
            "undetermined" if derived.overlaps(ti) else "suspicious" \
            if _well_outside(derived, ti) and _two_amounts(es) else "undetermined"
        out.append(_each_finding(doc, [n, lo_c] if lo_c is hi_c else [n, lo_c, hi_c], t, derived, verdict,
                                 "each_elsewhere"))
    return out


def _count_elsewhere(doc: Doc) -> list[Finding]:
    """An amount per one and its total side by side, the count stated elsewhere in the article:
    "subsidi PSO ... mencapai Rp 1,6 triliun, atau sekitar Rp 5.500 per penumpang" with "290,9
    juta penumpang" paragraphs before; "rata-rata pengeluaran wisman sekitar US$ 1.200 per
    kunjungan. Dengan demikian, devisa ... sekitar US$ 6,3 miliar". The counts are every count of
    the thing in the body (a figure after a comparison word is another period's). One that fits:
    consistent; a total off every count by a scale slip but one: suspicious. Nothing else is
    judged: which count the text means is open."""
    out = []
    cl = doc.claims
    for i, e in enumerate(cl):
        if e.kind != "money" or e.per is None or not (e.per == "person" or e.per.startswith("count:")) \
                or doc.in_headline(e) or doc.is_link_line(e):
            continue
        sent = doc.in_sentence(e)
        if any(_is_count(c) and thing(c.unit) == thing(e.per) for c in sent):
            continue  # the count in the sentence: the other rules'
        t = None
        if i > 0 and cl[i - 1].sentence.start == e.sentence.start and cl[i - 1].kind == "money" \
                and cl[i - 1].unit == e.unit and cl[i - 1].per is None and _RESTATING.intersection(words(doc.between(cl[i - 1], e))):
            t = cl[i - 1]  # "T, atau (sekitar) E per X"
        elif i + 1 < len(cl) and cl[i + 1].sentence.start != e.sentence.start and _adjacent(doc, e, cl[i + 1]) \
                and cl[i + 1].kind == "money" and cl[i + 1].unit == e.unit and cl[i + 1].per is None \
                and _money_words(cl[i + 1]) and not any(_is_count(c) for c in cl
                                                         if c.sentence.start == cl[i + 1].sentence.start):
            t = cl[i + 1]  # "E per X. Dengan demikian, devisa ... T"
        if t is None:
            continue
        ei, ti = doc.interval(e), doc.interval(t)
        if ei is None or ti is None or not (ei.bounded and ti.bounded) or ei.lo <= 0 or ti.lo < 100 * ei.hi:
            continue
        ns = [c for c in cl if _is_count(c) and thing(c.unit) == thing(e.per) and not doc.in_headline(c)
              and not doc.is_link_line(c) and not _after_comparison(doc, c)]
        got = [(n, doc.interval(n) * ei) for n in ns if doc.interval(n) is not None and doc.interval(n).bounded]
        fit = next(((n, d) for n, d in got if d.overlaps(ti)), None)
        if fit is not None:
            out.append(_each_finding(doc, [fit[0], e], t, fit[1], "consistent", "count_elsewhere"))
            continue
        # every count that comes near is off by the same power of 1.000: a scale slip, whichever is meant
        slips = [(n, d, near_power_of_1000(ti, d)) for n, d in got]
        slips = [x for x in slips if x[2] is not None]
        if slips and len({k for _, _, k in slips}) == 1:
            n, d, _ = min(slips, key=lambda x: _distance(x[1], ti, x[2]))
            out.append(_each_finding(doc, [n, e], t, d, "suspicious", "count_elsewhere"))
    return out


_COMPARISON = frozenset(_C["change_base"])


def _distance(derived, ti, k: int) -> Fraction:
    """How far ti is from derived scaled by 1.000^k, relatively."""
    m, t = derived.midpoint(), ti.midpoint()
    if m is None or not t:
        return Fraction(10 ** 9)
    m = m * Fraction(1000) ** k
    return abs(m - t) / abs(t)
_EACH_AFTER = tuple(_C["each_after"])
_EACH_AFTER_OPENINGS = tuple(w + " " for w in _EACH_AFTER)  # (one test for all: most amounts have none)
_EACH_AFTER_FIRST = opens_on(_EACH_AFTER)
_PHRASE_END = frozenset(LEX.cues["subject"]["boundaries"])


def _each_named(doc: Doc) -> list[Finding]:
    """An amount for each of a named kind, the total for that kind named again in the next
    sentence, and the count of that kind stated before: "Rp 60 juta untuk setiap rumah rusak
    berat, ... Untuk rumah rusak berat saja, kebutuhan dananya sekitar Rp 1,5 triliun" with
    "25.186 rumah rusak berat" paragraphs before. The kind's words tie all three, so a total that
    does not fit is an alarm; the count must be the one count so named."""
    out = []
    cl = doc.claims
    for i, e in enumerate(cl):
        if e.kind != "money" or e.per is not None or doc.in_headline(e) or doc.is_link_line(e):
            continue
        end = min(e.sentence.end, e.end + 60)
        if doc.text_is_ascii and _EACH_AFTER_FIRST.match(doc.text, e.end, end) is None:
            continue  # (the cheap test first, on an ASCII text: the first word of one, in any case)
        after = norm(doc.text[e.end:end])
        if not after.startswith(_EACH_AFTER_OPENINGS):
            continue
        cue = next(w for w in _EACH_AFTER if after.startswith(w + " "))
        kind = []
        for w in re.findall(r"[\w-]+|[^\w\s]", after[len(cue):]):
            if not w[0].isalnum() or w in _PHRASE_END or len(kind) == 4:
                break
            kind.append(w)
        if not kind:
            continue
        phrase = " ".join(kind)
        t = next((c for c in cl[i + 1:] if c.sentence.start != e.sentence.start), None)
        if t is None or not _adjacent(doc, e, t) or t.kind != "money" or t.unit != e.unit or t.per is not None \
                or not _money_words(t) or phrase not in norm(doc.text[t.sentence.start:t.start]):
            continue
        rest = " ".join(kind[1:])
        ns = [c for c in cl[:i] if _is_count(c) and not doc.in_headline(c)
              and (c.unit == f"count:{kind[0]}" or c.unit == "person" and kind[0] in LEX.person_nouns)
              and norm(doc.text[c.end:c.end + 60]).startswith(rest)]
        if len(ns) != 1:
            continue
        n = ns[0]
        ni, ei, ti = doc.interval(n), doc.interval(e), doc.interval(t)
        if None in (ni, ei, ti) or not (ni.bounded and ei.bounded and ti.bounded) or ei.lo <= 0 \
                or ti.lo < 100 * ei.hi and near_power_of_1000(ti, ni * ei) is None:
            continue
        derived = ni * ei
        out.append(_each_finding(doc, [n, e], t, derived, _judge(derived, ti, True, _written_miss(doc, [(n, None), (e, None)], t)),
                                 "each_named"))
    return out


def _after_comparison(doc: Doc, c) -> bool:
    """"naik 35,6 persen dibandingkan jumlah penumpang 2022 yang sebanyak 214,5 juta orang": a
    figure after a comparison word in its sentence is another period's."""
    return bool(_COMPARISON.intersection(words(doc.text[c.sentence.start:c.start])))


@functools.lru_cache(maxsize=None)
def _per_time(unit: str) -> bool:
    """Is a rate's unit one of time ("per bulan", "per detik")?"""
    if unit in _TIME:
        return unit != "person"
    from extract.units import compatible, is_known

    return is_known(unit) and compatible(unit, "day")


_RATE_BACK = 3  # the amount per period at most this many sentences (with figures) before the total


def _count_rate_duration(doc: Doc) -> list[Finding]:
    """A count, a duration and a money total, in that order in one sentence, after the one amount
    per that unit of time: "iuran ... Rp 42.000/bulan. ... Dengan 96,7 juta jiwa, kebutuhan
    anggaran selama 12 bulan sekitar Rp 48,7 triliun" is 96,7 juta × Rp 42.000 × 12. The amount
    stands in the sentence or the _RATE_BACK before (sentences with figures), in that paragraph or
    the one before, the only one per that unit there (no change moves it); the sentence names
    money. The duration is exact when whole ("12 bulan" is no 11,5), and may be in a larger unit
    than the amount's ("per bulan selama satu tahun": 12). A period counted before the duration
    ("satu semester atau enam bulan") is no count of recipients: the count is then the one
    recipients' count stated before (`_count_back`), and the total may open the next sentence.
    The tie is tight (see _judge): a total off by a scale word, or beyond the written digits,
    alarms."""
    out = []
    cl = doc.claims
    for i, d in enumerate(cl):
        if d.kind != "measure" or d.unit not in _TIME or d.per is not None or d.unit == "person" \
                or doc.in_headline(d) or not _whole(d):
            continue
        same = doc.in_sentence(d)
        n = next((c for c in reversed(same) if c.start < d.start and not _period_count(c)), None)
        t = next((c for c in same if c.start > d.start), None)
        if t is None:
            t = _total_next(doc, d)
        if t is not None and (t.kind != "money" or t.per is not None
                              or not _MONEY_NOUNS.intersection(doc.sentence_words(t))):
            continue
        k = doc.sentence_no(d)
        rates = [c for c in cl[:i] if c.kind == "money" and c.per is not None and (t is None or c.unit == t.unit)
                 and _periods_in(d.unit, c.per) and k - doc.sentence_no(c) <= _RATE_BACK
                 and doc.paragraph(d) - doc.paragraph(c) <= 1 and not doc.in_headline(c)]
        if len(rates) != 1 or "change" in rates[0].cues:
            continue
        r = rates[0]
        if n is r or n is None:
            n = _count_back(doc, cl, i, r)  # "1.200 mahasiswa. Setiap mahasiswa menerima Rp 500.000 per bulan"
            if t is None and n is not None:
                t = _total_for(doc, n, r)  # "anggaran Rp 12 miliar untuk 10.000 pekerja"
        elif t is None or not _is_count(n) or n.per is not None or t.start < n.start:
            continue
        if n is None or t is None:
            continue
        ni, ri, ti = doc.interval(n), doc.interval(r), doc.interval(t)
        di = _in_unit_exact(d, r.per)
        if None in (ni, ri, ti) or not (ni.bounded and ri.bounded and ti.bounded):
            continue
        derived = ni * ri * di
        verdict = _judge(derived, ti, True, _written_miss(doc, [(n, None), (r, None), (d, r.per)], t, exact=(d,)))
        out.append(_each_finding(doc, [n, r, d], t, derived, verdict, "count_rate_duration"))
    return out


def _each_per_period(doc: Doc) -> list[Finding]:
    """ "Penerima bantuan lansia: 12.500 orang, masing-masing Rp 1,2 juta per tahun, total Rp 15
    miliar": a count of recipients, the amount each ("masing-masing", "setiap") gets a period, and
    the total, one right after the other in one sentence that states no duration, make the total
    one period's: count × amount. The text ties the three (see _judge)."""
    out = []
    for r in doc.claims:
        if r.kind != "money" or r.per is None or r.per == "person" or "per_unit" not in r.cues \
                or not _per_time(r.per):
            continue
        same = doc.in_sentence(r)
        j = doc.place_in_sentence(r)
        if j == 0 or j + 1 >= len(same):
            continue
        n, t = same[j - 1], same[j + 1]
        gap = doc.between(n, r)  # "12.500 orang, masing-masing Rp 1,2 juta": each one's, said so
        if not any(w in gap for w in _EACH_CUES) or not _is_count(n) or not _recipients(n.unit) \
                or t.kind != "money" or t.unit != r.unit \
                or t.per is not None or "total" not in t.cues or doc.in_headline(r) \
                or any(c.kind == "measure" and c.unit in _TIME for c in same):
            continue
        ni, ri, ti = doc.interval(n), doc.interval(r), doc.interval(t)
        if None in (ni, ri, ti) or not (ni.bounded and ri.bounded and ti.bounded):
            continue
        derived = ni * ri
        verdict = _judge(derived, ti, True, _written_miss(doc, [(n, None), (r, None)], t))
        out.append(_each_finding(doc, [n, r], t, derived, verdict, "count_each_per_period"))
    return out


_TIMES = tuple(_C["times"])
_TIMES_WORDS = frozenset(_C["times"]) | frozenset(_C["times_joins"])


def _times_said(doc: Doc) -> list[Finding]:
    """ "580 anggota dikali Rp 50 juta selama 60 bulan, memboroskan anggaran hingga Rp 1,74 triliun",
    "30 dikalikan Rp 581, yakni Rp 17.430": factors joined by a times word ("dikali", "dikalikan";
    a whole duration after "selama" one more), one of them money, and the next figure of the
    sentence, money in its currency, their product. The text multiplies: a tie (see _judge)."""
    if not any(w in doc.text_lower for w in _TIMES):
        return []  # the cheap test: most articles multiply nothing in words
    out = []
    cl = doc.claims
    for i, a in enumerate(cl[:-2]):
        b = cl[i + 1]
        if b.sentence.start != a.sentence.start or a.per is not None or b.per is not None:
            continue
        gap = words(doc.between(a, b))  # "580 anggota dewan dikali Rp 50 juta": a's noun may go on
        at = next((x for x, w in enumerate(gap) if w in _TIMES), None)
        if at is None or at > 2 or not set(gap[at:]) <= _TIMES_WORDS or "," in doc.between(a, b):
            continue
        factors, j = [a, b], i + 2
        c = cl[j]
        if c.sentence.start == a.sentence.start and c.kind == "measure" and c.unit in _TIME and c.unit != "person" \
                and _whole(c) and words(doc.between(b, c)) == ["selama"]:
            factors.append(c)
            j += 1
        money = [f for f in factors if f.kind == "money"]
        t = cl[j] if j < len(cl) else None
        if len(money) != 1 or t is None or t.sentence.start != a.sentence.start or t.kind != "money" \
                or t.unit != money[0].unit or t.per is not None \
                or any(f.kind not in ("money", "count") and not (f.kind == "measure" and f.unit in _TIME) for f in factors):
            continue
        ivs = [_in_unit_exact(f, f.unit) if f.kind != "money" and _whole(f) else doc.interval(f) for f in factors]
        ti = doc.interval(t)
        if None in ivs or ti is None or not all(iv.bounded for iv in ivs) or not ti.bounded:
            continue
        derived = ivs[0]
        for iv in ivs[1:]:
            derived = derived * iv
        exact = tuple(f for f in factors if f.kind != "money" and _whole(f))
        verdict = _judge(derived, ti, True, _written_miss(doc, [(f, None) for f in factors], t, exact=exact))
        out.append(_each_finding(doc, factors, t, derived, verdict, "times_said"))
    return out


_PERIOD_COUNTS = frozenset(_C["period_counts"])


def _period_count(c) -> bool:
    """ "satu semester", "dua triwulan": a count of periods, no count of recipients."""
    return c.kind == "count" and c.unit is not None and c.unit.startswith("count:") and c.unit[6:] in _PERIOD_COUNTS


@functools.lru_cache(maxsize=None)
def _periods_in(unit: str, per: str) -> bool:
    """Is one `unit` (the duration's) a whole number of `per` (the amount's): a month of months,
    a year of 12 months?"""
    if unit == per:
        return True
    if not _per_time(per) or not _convertible(unit, per):
        return False
    return _factor(unit, per).denominator == 1


def _total_next(doc: Doc, d):
    """ "... Rp 300.000 per bulan selama satu tahun. Total anggaran yang disiapkan Rp 9 miliar":
    the first figure of the sentence after the duration's, when the duration ends its own
    sentence's figures and that figure is marked as a total."""
    same = doc.in_sentence(d)
    if same[-1] is not d:
        return None
    k = doc.sentence_no(d)
    t = next((c for c in doc.claims if c.start > d.start), None)
    if t is None or doc.sentence_no(t) != k + 1 or "total" not in t.cues:
        return None
    return t


def _total_for(doc: Doc, n, r):
    """ "Pemerintah menyiapkan anggaran Rp 12 miliar untuk 10.000 pekerja": the total given first,
    the money figure right before the count with "untuk"/"bagi" between, in the rate's currency."""
    same = doc.in_sentence(n)
    j = doc.place_in_sentence(n)
    t = same[j - 1] if j else None
    if t is None or t.kind != "money" or t.unit != r.unit or t.per is not None \
            or norm(doc.between(t, n)).strip(" ,") not in _FOR or not _MONEY_NOUNS.intersection(doc.sentence_words(t)):
        return None
    return t


def _count_back(doc: Doc, cl, i: int, r):
    """The one count of recipients (people, households) stated before the amount per period `r`,
    in its sentence or the _RATE_BACK before, in that paragraph or the one before: all such
    counts there say one number. None otherwise."""
    k = doc.sentence_no(r)
    got = [c for c in cl[:i] if c.start < r.start and _is_count(c) and _recipients(c.unit) and not c.vague
           and k - doc.sentence_no(c) <= _RATE_BACK and doc.paragraph(r) - doc.paragraph(c) <= 1
           and not doc.in_headline(c) and "change" not in c.cues]
    if not got or len({doc.interval(c) for c in got}) != 1:
        return None
    return got[-1]


def _far_totals(doc: Doc, done) -> list[Finding]:
    """A quantity × an amount per its unit against a total in a unit the amount's converts to
    (check_product_units takes only totals in the amount's own unit, near it), wherever the body
    states it: "luas panen ... 10,21 juta hektare" and "Produktivitas ... 52,87 kuintal per
    hektare" with "produksi padi ... 53,98 juta ton" in the lead. The quantity stands within
    WINDOW sentences of the rate; the total anywhere in the body. Only a total that
    fits one quantity, read to the written digits too, is reported (consistent): which figure
    the text means is otherwise open, so nothing is judged."""
    out = []
    cl = doc.claims
    for r in cl:
        if r.id in done or r.per is None or r.per in _TIME or r.kind != "measure" or r.unit is None \
                or doc.in_headline(r) or "change" in r.cues:
            continue
        k = doc.sentence_no(r)
        qs = [c for c in cl if c is not r and c.per is None and abs(doc.sentence_no(c) - k) <= WINDOW
              and _convertible(c.unit, r.per) and not doc.in_headline(c)]
        ts = [c for c in cl if c.per is None and c.kind == r.kind and c.unit != r.unit
              and _convertible(c.unit, r.unit) and not doc.in_headline(c)]
        ri = doc.interval(r)
        if not qs or not ts or ri is None or not ri.bounded:
            continue
        fits = []
        for q in qs:
            qi = _in_unit(doc, q, r.per)
            if qi is None or not qi.bounded:
                continue
            for t in ts:
                ti = doc.interval(t)
                derived = _in_unit_iv(qi * ri, r.unit, t.unit)
                if ti is not None and derived.overlaps(ti) and not _far_written_miss(q, r, t):
                    fits.append((q, t, derived))
        if len(fits) == 1:
            q, t, derived = fits[0]
            out.append(_each_finding(doc, [q, r], t, derived, "consistent", "units_cancel_converted"))
    return out


def _in_unit_iv(iv, unit: str, to: str):
    """An interval in `unit` expressed in `to` (quintal in tonne)."""
    if unit == to:
        return iv
    return iv.scale(_factor(unit, to))


def _far_written_miss(q, r, t) -> bool:
    """Does q × r miss t when each is read to its written digits (as_written)?"""
    qw, rw, tw = as_written(q), as_written(r), as_written(t, result=True)
    if None in (qw, rw, tw) or not (qw.bounded and rw.bounded and tw.bounded):
        return True
    return not _in_unit_iv(_in_unit_iv(qw, q.unit, r.per) * rw, r.unit, t.unit).overlaps(tw)


_CHANGE_TO = frozenset(_C["change_to"])


def _prices_per(doc: Doc, unit: str) -> list:
    """The body's money figures per `unit` ("Rp 10.000 per liter"), and the figure a change moves
    from to one of them, which leaves the rate unsaid: "naik dari Rp 7.650 menjadi Rp 10.000 per
    liter"."""
    cl = doc.claims
    out = []
    for i, c in enumerate(cl):
        if c.kind != "money" or doc.in_headline(c) or doc.is_link_line(c):
            continue
        if c.per == unit:
            out.append(c)
        elif c.per is None and i + 1 < len(cl) and cl[i + 1].per == unit and cl[i + 1].unit == c.unit \
                and cl[i + 1].sentence.start == c.sentence.start \
                and norm(doc.between(c, cl[i + 1])).strip(" ,") in _CHANGE_TO:
            out.append(c)
    return out


def _priced_usage(doc: Doc) -> list[Finding]:
    """A quantity used per period times a price per its unit, against the money per that period
    in the sentence or the next: "mengisi Pertalite 5 liter per hari. Kini biaya bensin hariannya
    Rp 50.000, ... sebelumnya yang hanya Rp 38.250" with "naik dari Rp 7.650 menjadi Rp 10.000 per
    liter" before. The money names a cost (a money noun in its sentence); the price is any of the
    body's prices per the quantity's unit, so only a money figure that exactly one price fits,
    read to the written digits too, is reported (consistent): nothing is judged."""
    out = []
    cl = doc.claims
    for q in cl:
        if q.kind != "measure" or q.per is None or not _per_time(q.per) or q.unit is None or _per_time(q.unit) \
                or doc.in_headline(q):
            continue  # ("per tahun untuk 5 tahun" is no quantity used per year)
        prices = _prices_per(doc, q.unit)
        if not prices:
            continue
        ts = [t for t in cl if t.kind == "money" and t.per in (None, q.per) and t.start > q.start
              and _adjacent(doc, q, t) and _MONEY_NOUNS.intersection(doc.sentence_words(t)) and not _change_or_difference(doc, t)]
        qi = _in_unit_exact(q, q.unit) if _whole(q) else doc.interval(q)
        if qi is None or not qi.bounded:
            continue
        for t in ts:
            ti = doc.interval(t)
            if ti is None:
                continue
            fits = [(p, qi * doc.interval(p)) for p in prices if doc.interval(p) is not None
                    and doc.interval(p).bounded and (qi * doc.interval(p)).overlaps(ti)
                    and not _written_miss(doc, [(q, None), (p, None)], t, exact=(q,) if _whole(q) else ())]
            if len({doc.interval(p) for p, _ in fits}) == 1:
                p, derived = fits[-1]
                out.append(_each_finding(doc, [q, p], t, derived, "consistent", "priced_usage"))
    return out


def _change_or_difference(doc: Doc, c) -> bool:
    """Is c an amount of change or a difference ("naik Rp 500", "Rp 11.750 lebih mahal")?"""
    before = words(doc.text[max(c.sentence.start, c.start - 24):c.start])[-2:]
    after = words(doc.text[c.end:c.end + 16])[:2]
    return bool(_CHANGE_WORDS.intersection(before)) or (len(after) == 2 and " ".join(after) in _COMPARATIVES)


_CHANGE_WORDS = frozenset(LEX.cues["check"]["up"]) | frozenset(LEX.cues["check"]["down"])
_COMPARATIVES = frozenset(_C["comparative"])
