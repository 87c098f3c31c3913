"""restatement: the same figure said twice (headline vs body) agrees within rounding; a
×1.000 difference is a probable scale slip (miliar↔triliun, ribu↔juta)."""

from __future__ import annotations

import bisect
from fractions import Fraction
from operator import attrgetter

from checks.explain import DIGIT_SLIP_MIN, finding, narrow, near_power_of_1000, one_digit_apart, show
from checks.intervals import _cmp, floor_as_written, rounded_or_cut
from checks.model import Finding
from checks.relations import LEX, Doc, without_enclitic, words

# a headline figure and a body figure of the same subject this close are meant to be one figure
NEAR = Fraction(5)  # a figure of the same subject this close is the headline's, misstated
LEAD_NEAR = Fraction(3)  # the lead's figure, when the subjects are not known to match
# below this, a headline count that differs from the body is not evidence enough of an error
SMALL_COUNT = 100
# within 5% a headline figure is a rounding of the body's ("Rp15.500" for "Rp15.487")
ROUNDING_LO, ROUNDING_HI = Fraction(95, 100), Fraction(105, 100)
# a headline's "more than N" whose nearest body figure is this many times N or more understates it
FAR_ABOVE = 2
SCALE_WORDS = {1: "ribu→juta, juta→miliar, miliar→triliun", -1: "juta→ribu, miliar→juta, triliun→miliar"}


def check_restatement(doc: Doc) -> list[Finding]:
    # the headline's figures: those before its end (`doc.in_headline`), the first in text order
    n = bisect.bisect_left(doc.claims, doc.headline_end, key=_start)
    heads = doc.claims[:n]
    if not heads and not any(_may_floor(r) for r in doc.claims if r.hedge in _FLOOR_HEDGES):
        return []  # no headline figure, and no body figure a "lebih dari" restatement could be
    out = []
    body = [c for c in doc.claims[n:] if not doc.is_link_line(c)]
    lead = {doc.paragraph(c) for c in body[:1]}
    r = _Readings(doc)
    for h in heads:
        hi = doc.interval(h)
        if hi is None or hi.lo is None:
            continue
        if h.unit is None:
            h = _named_unit(doc, h, body)  # "Penumpang KRL ... Capai 290,9 Juta": the noun before
            if h is None:
                continue  # "3 Tuntutan" vs a bare "2": nothing says they are the same figure
        if hi.hi is None:
            out.extend(_floor(doc, h, hi, body, lead))  # "Lebih dari 58.000 Rumah Rusak"
            continue
        # `doc.same_unit` with both units known (h's is, from here on): the same kind and unit
        same = [b for b in body if b.unit == h.unit and b.kind == h.kind
                and (b.per == h.per or h.per is None or b.per is None)  # "per gram" is often dropped
                and doc.interval(b) is not None]
        # the body figures that restate the headline's: its lead, or the same subject
        kin = [b for b in same if _same_subject(doc, h, b) or doc.paragraph(b) in lead]
        # a bound ("kurang dari 4 persen") or a wide range restates no plain headline figure
        told: dict[str, bool] = {}  # body figure id -> does it restate h (read once per h)

        def restating(b) -> bool:
            if b.id not in told:
                bi = doc.interval(b)
                told[b.id] = bi.overlaps(hi) and _restates(h, hi, b, bi)
            return told[b.id]

        match = next((b for b in kin if restating(b)), None)
        if match is None and not kin:
            match = next((b for b in same if restating(b)), None)
        if match is not None:
            out.append(finding(
                "restatement", "consistent", [h, match], rule="headline_body", stated=hi,
                derived=doc.interval(match), unit=h.unit,
                steps_id=[f"Judul: {h.text!r} = {show(hi, h)}.",
                          f"Isi: {match.text!r} = {show(doc.interval(match), match)}.",
                          "Keduanya sama dalam pembulatan."],
                steps_en=[f"Headline: {h.text!r} = {show(hi, h, lang='en')}.",
                          f"Body: {match.text!r} = {show(doc.interval(match), match, lang='en')}.",
                          "They agree within rounding."],
            ))
            out.extend(_lead_slips(doc, h, hi, kin, match))
            out.extend(_lead_digit(doc, h, hi, body, lead, match))
            continue
        again = next((b for b in body if b.kind == h.kind and (iv := doc.interval(b)) is not None
                      and not _apart(hi, iv) and _holds(hi, r.mid(b))), None)
        if again is not None:  # the same number stands in the body under another noun ("4.525 kepala keluarga")
            if any(again is b for b in same):  # ... or of the unit, under another subject: said again
                out.append(_agrees(doc, h, hi, again))
            out.extend(_lead_slips(doc, h, hi, kin, again))
            out.extend(_lead_digit(doc, h, hi, body, lead, again))
            continue
        later = next((b for b in same if restating(b)), None)
        if later is not None and _holds(hi, r.mid(later)):
            continue  # restated further down ("Rp 28.112,6 miliar" for "Rp 28,1 Triliun"): fine
        if later is not None:
            # the lead says otherwise, a later figure agrees: worth a look, not an alarm
            b = next((b for b in kin if r.near(h, b)), None)
            if b is not None:
                bi = doc.interval(b)
                out.append(finding(
                    "restatement", "suspicious", [h, b, later], rule="headline_lead", stated=hi,
                    derived=bi, unit=h.unit, fix=(h, bi),
                    steps_id=[f"Judul: {h.text!r} = {show(hi, h)}.",
                              f"Teras berita: {b.text!r} = {show(bi, b)}: tidak sama.",
                              f"Hanya {later.text!r} di bagian lain yang cocok; periksa judulnya."],
                    steps_en=[f"Headline: {h.text!r} = {show(hi, h, lang='en')}.",
                              f"Lead: {b.text!r} = {show(bi, b, lang='en')}: they differ.",
                              f"Only {later.text!r}, elsewhere, agrees; check the headline."],
                ))
            continue
        cut = rounded_or_cut(h) if any(b.per == h.per for b in same) else None
        if cut is not None and any(_holds(cut, r.mid(b)) for b in same if b.per == h.per):
            continue  # "66 ribu kursi" for 66.810 kursi: cut off, not rounded; no other figure is its slip
        # a body figure off by ×1.000 (any of the same unit), or a near one of the lead/subject
        slips = ((b, _slip_power(h, hi, b, doc.interval(b))) for b in same
                 if doc.interval(b).bounded and (_same_digits(h, b) or _scaled_rounding(h, b)))
        pick = next(((b, k) for b, k in slips if k), None)
        # no body figure restates the headline, and one of its unit is one digit off: a typo
        digit = [b for b in same if b.per == h.per and one_digit_apart(h, b)] if pick is None else []
        if pick is None and len(digit) == 1:
            b = digit[0]
            tied = _same_subject(doc, h, b) or doc.paragraph(b) in lead
            out.append(_digit_slip(h, hi, b, doc.interval(b), "inconsistent" if tied else "suspicious"))
            continue
        # near misses also among the figures whose sentence says what the headline says of h
        # ("318 Orang Meninggal" / "... 314 orang meninggal dunia")
        near = kin + [b for b in same if b.per == h.per and not any(b is k for k in kin) and _word_tie(doc, h, b)]
        closest = min(near, key=lambda b: r.distance(h, b), default=None)
        apart = pick is None and closest is not None and r.rounding_apart(h, closest)
        if apart and _headline_rounds(h, doc.interval(closest)):
            continue  # "US$92" for US$92,33, "Rp14.700" for Rp14.682, "Rp32 T" for Rp32,77 triliun
        if apart:
            # "Rp1,025 Juta" over "Rp1,026 juta": a slip or a rounding
            out.append(_look(doc, h, closest, hi, "headline_near_miss",
                             "Hampir sama tetapi tidak sama dalam pembulatannya; periksa angkanya.",
                             "Nearly the same, but not within rounding; check the figure."))
            continue
        if pick is None:  # a near figure of the same subject; the lead alone is not enough to alarm
            pick = next(((b, None) for b in kin if _same_subject(doc, h, b) and b.per == h.per
                         and r.near(h, b)), None)
        if pick is None and closest is not None and not any(closest is k for k in kin) \
                and r.near(h, closest) and _word_tie(doc, h, closest, 2) \
                and not (h.kind == "count" and hi.hi is not None and hi.hi < SMALL_COUNT):
            # no body figure restates the headline, and the one whose sentence repeats its clause
            # ("5.400 Hektare Sawah Terendam" / "mencatat 5.900 hektare sawah terendam") is off by
            # more than rounding: worth a look (the words, not the subject, tie them)
            out.append(_look(doc, h, closest, hi, "headline_body",
                             "Kalimatnya mengulang kata-kata judul, tetapi angkanya tidak sama; periksa angkanya.",
                             "Its sentence repeats the headline's words, but not its figure; check the figure."))
            continue
        if pick is None:
            b = next((b for b in kin if r.near(h, b, LEAD_NEAR)), None)
            if b is not None:
                bi = doc.interval(b)
                out.append(finding(
                    "restatement", "suspicious", [h, b], rule="headline_lead", stated=hi, derived=bi,
                    unit=h.unit, fix=(h, bi),
                    steps_id=[f"Judul: {h.text!r} = {show(hi, h)}.",
                              f"Teras berita: {b.text!r} = {show(bi, b)}: tidak sama; periksa judulnya."],
                    steps_en=[f"Headline: {h.text!r} = {show(hi, h, lang='en')}.",
                              f"Lead: {b.text!r} = {show(bi, b, lang='en')}: they differ; check the headline."],
                ))
            continue
        b, k = pick
        bi = doc.interval(b)
        if k is None and h.kind == "count" and hi.hi is not None and hi.hi < SMALL_COUNT:
            continue  # "8 Warna Cat" vs "tujuh warna": small counts of things differ too often
        what_id = (f"selisih ×1.000^{k}: kemungkinan salah skala ({SCALE_WORDS.get(k, '')})"
                   if k else "judul tidak sama dengan isi")
        what_en = f"off by ×1,000^{k}: a probable scale slip" if k else "the headline disagrees with the body"
        out.append(finding(
            "restatement", "inconsistent", [h, b], rule="headline_scale_slip" if k else "headline_body",
            stated=hi, derived=bi, unit=h.unit, fix=(h, bi),
            steps_id=[f"Judul: {h.text!r} = {show(hi, h)}.", f"Isi: {b.text!r} = {show(bi, b)}.",
                      f"Tidak ada angka isi yang sama; {what_id}."],
            steps_en=[f"Headline: {h.text!r} = {show(hi, h, lang='en')}.",
                      f"Body: {b.text!r} = {show(bi, b, lang='en')}.",
                      f"No body figure agrees; {what_en}."],
        ))
    return out + _body_floor(doc, body)


_start = attrgetter("start")


def _look(doc: Doc, h, b, hi, rule: str, why_id: str, why_en: str) -> Finding:
    """A suspicious headline figure h against body figure b: both figures shown, then why."""
    bi = doc.interval(b)
    return finding(
        "restatement", "suspicious", [h, b], rule=rule, stated=hi, derived=bi, unit=h.unit, fix=(h, bi),
        steps_id=[f"Judul: {h.text!r} = {show(hi, h)}.", f"Isi: {b.text!r} = {show(bi, b)}.", why_id],
        steps_en=[f"Headline: {h.text!r} = {show(hi, h, lang='en')}.",
                  f"Body: {b.text!r} = {show(bi, b, lang='en')}.", why_en],
    )


def _restates(h, hi, b, bi) -> bool:
    """Can a body figure restate a headline one? A bound ("kurang dari", "maksimal", "lebih dari")
    restates a plain figure only at its end ("Setidaknya 17 warga" for "17 Warga", "maksimal Rp40
    triliun" for "Rp40 T"; "kurang dari 4 persen" is no restatement of "1,32 Persen")."""
    return b.hedge not in _BOUNDS or h.hedge != "none" or not narrow(hi) or any(x is not None and hi.contains(x) for x in (bi.lo, bi.hi))


_BOUNDS = ("under", "at_most", "over", "at_least")


def _agrees(doc: Doc, h, hi, b):
    bi = doc.interval(b)
    return finding(
        "restatement", "consistent", [h, b], rule="headline_body", stated=hi, derived=bi, unit=h.unit,
        steps_id=[f"Judul: {h.text!r} = {show(hi, h)}.", f"Isi: {b.text!r} = {show(bi, b)}.",
                  "Keduanya sama dalam pembulatan."],
        steps_en=[f"Headline: {h.text!r} = {show(hi, h, lang='en')}.", f"Body: {b.text!r} = {show(bi, b, lang='en')}.",
                  "They agree within rounding."])


def _body_floor(doc: Doc, body) -> list:
    """ "Selisih perolehan ... 55.242.785 suara." ... "Selisihnya lebih dari 55 juta suara.": a
    later "lebih dari v" with a scale word restates the earlier figure of its unit, written to more
    digits, whose clause opens on the same word ("-nya" dropped; generic words such as "jumlah"
    tie nothing); the one such figure. Cut down as writers do, it lies above v by less than a unit
    of v's last non-zero digit (`floor_as_written`); one below v, or far above, is worth a look;
    a thousand times off, a scale slip."""
    out = []
    for i, r in enumerate(body):
        if not _may_floor(r):
            continue
        word = _opening_word(doc, r)
        tight = floor_as_written(r)
        if word is None or tight is None:
            continue
        es = [e for e in body[:i] if e.kind == r.kind and e.unit == r.unit and e.per is None and e.hedge == "none"
              and e.sentence.start != r.sentence.start and _opening_word(doc, e) == word]
        if len(es) != 1 or es[0].precision is None or r.precision is None or es[0].precision >= r.precision:
            continue
        e = es[0]
        ei = doc.interval(e)
        if ei is None or not ei.bounded:
            continue
        if ei.overlaps(tight):
            verdict, id_, en = "consistent", "cocok.", "agrees."
        elif near_power_of_1000(tight, ei) is not None:
            verdict, id_, en = "inconsistent", "selisih ×1.000: kemungkinan salah skala.", \
                "off by ×1,000: a probable scale slip."
        else:
            verdict = "suspicious"
            id_ = "angka sebelumnya tidak sesuai dengan 'lebih dari' ini; periksa angkanya."
            en = "the earlier figure does not fit this 'more than'; check the figure."
        out.append(finding(
            "restatement", verdict, [e, r], rule="body_floor", stated=tight, derived=ei, unit=r.unit,
            fix=None if verdict == "consistent" else (r, ei),
            steps_id=[f"Sebelumnya: {e.text!r} = {show(ei, e)}.",
                      f"Kemudian: {r.text!r}, dibulatkan ke bawah = {show(tight, r)}: {id_}"],
            steps_en=[f"Earlier: {e.text!r} = {show(ei, e, lang='en')}.",
                      f"Later: {r.text!r}, cut down = {show(tight, r, lang='en')}: {en}"],
        ))
    return out


def _may_floor(r) -> bool:
    """Can r be the later "lebih dari v" of `_body_floor` ("lebih dari 55 juta suara")?"""
    return r.hedge in _FLOOR_HEDGES and r.per is None and r.kind in ("count", "money") \
        and any(x in r.rules for x in _SCALE_RULES)


def _opening_word(doc: Doc, c) -> str | None:
    """The first word of c's sentence, "-nya" dropped ("Selisihnya lebih dari ..." -> selisih),
    past leading function words, when c is the sentence's first figure and no comma comes between;
    None when generic ("jumlah", "harga") or short."""
    lead = doc.text[c.sentence.start:c.start]
    if any(ch in lead for ch in ",;:") or any(x.start < c.start for x in doc.in_sentence(c)):
        return None
    for w in words(lead):
        if w in _STRIP:
            continue
        w = without_enclitic(w, 6)
        return w if len(w) >= 4 and w.isalpha() and w not in _GENERIC else None
    return None


_STRIP = frozenset(LEX.cues["subject"]["strip_leading"])
_GENERIC = frozenset(LEX.cues["check"]["generic_subjects"]) | frozenset(LEX.cues["subject"]["amount_nouns"])


def _floor(doc: Doc, h, hi, body, lead) -> list:
    """A headline that says "more than" N ("Lebih dari 58.000 Rumah Rusak") restates a tied body
    figure above N (the nearest: "58.362 unit"); when every tied figure is below N the headline
    says more than the body does: worth a look. Tied: the same unit (a classifier counts anything)
    and subject, lead or a word of the headline's clause in the figure's sentence."""
    if h.hedge not in _FLOOR_HEDGES or hi.lo is None or hi.lo <= 0 or h.per is not None:
        return []
    tied = [b for b in body if _unit_or_classifier(h, b) and b.per is None and doc.interval(b) is not None
            and doc.interval(b).midpoint() is not None
            and (_same_subject(doc, h, b) or doc.paragraph(b) in lead or _word_tie(doc, h, b))]
    if not tied:
        return []
    # "Total Kini Lebih dari 5 Ribu" over "total kasus ... menjadi 5.030.002 kasus": the body's
    # total is the floor a thousand times over, and no total fits the floor cut down: a scale slip
    tight = floor_as_written(h)
    totals = [b for b in tied if "total" in b.cues and doc.interval(b).bounded]
    if tight is not None and totals and not any(doc.interval(b).overlaps(tight) for b in totals):
        b = next((b for b in totals if near_power_of_1000(tight, doc.interval(b)) is not None), None)
        if b is not None:
            bi, k = doc.interval(b), near_power_of_1000(tight, doc.interval(b))
            return [finding(
                "restatement", "inconsistent", [h, b], rule="headline_scale_slip", stated=hi, derived=bi,
                unit=h.unit, fix=(h, bi),
                steps_id=[f"Judul: {h.text!r} = {show(hi, h)}.", f"Isi: total {b.text!r} = {show(bi, b)}.",
                          f"Selisih ×1.000^{k}: kemungkinan salah skala ({SCALE_WORDS.get(k, '')})."],
                steps_en=[f"Headline: {h.text!r} = {show(hi, h, lang='en')}.",
                          f"Body: total {b.text!r} = {show(bi, b, lang='en')}.",
                          f"Off by ×1,000^{k}: a probable scale slip."])]
    # at the floor or above ("Tembus 503.673" / "503.673 rekening", "hingga Rp 120.000")
    above = [b for b in tied if doc.interval(b).hi is None or doc.interval(b).hi >= hi.lo]
    if above:
        b = min(above, key=lambda b: doc.interval(b).midpoint())
        verdict, rule, what_id, what_en = "consistent", "headline_body", "cocok.", "agrees."
        bi = doc.interval(b)
        if bi.bounded and bi.lo >= FAR_ABOVE * hi.lo and h.kind in ("count", "money") \
                and not _floor_restated(doc, h, hi, body):
            # "Lebih dari 18.000 Rumah" over "58.362 unit": true, but a headline's floor rounds
            # its figure down to a round number, not to a third of it
            verdict, rule = "suspicious", "headline_floor_far"
            what_id = (f"lebih dari {FAR_ABOVE} kali batas bawah judul; judul biasanya membulatkan "
                       "ke bawah sedikit saja. Periksa angkanya.")
            what_en = (f"over {FAR_ABOVE} times the headline's floor; a headline rounds down only a "
                       "little. Check the figure.")
    else:
        # every tied figure is below the floor: the total among them, else the largest. Only for a
        # count of some size written to two digits or more ("Lebih dari 58.000 Rumah"): "Tembus 4
        # Triliun Dollar AS", "Lebih dari 5 Kota" are milestones and round floors the body may not restate
        b = max(tied, key=lambda b: ("total" in b.cues, doc.interval(b).midpoint()))
        if h.kind != "count" or hi.lo < SMALL_COUNT or _significant(h) < 2 or doc.interval(b).midpoint() * 5 < hi.lo:
            return []
        verdict, rule = "suspicious", "headline_floor_above"
        what_id = "judul menyebut lebih dari angka mana pun di isi; periksa angkanya."
        what_en = "the headline says more than any body figure; check the figure."
    bi = doc.interval(b)
    return [finding(
        "restatement", verdict, [h, b], rule=rule, stated=hi, derived=bi, unit=h.unit,
        fix=None if verdict == "consistent" else (h, bi),
        steps_id=[f"Judul: {h.text!r} = {show(hi, h)}.", f"Isi: {b.text!r} = {show(bi, b)}: {what_id}"],
        steps_en=[f"Headline: {h.text!r} = {show(hi, h, lang='en')}.",
                  f"Body: {b.text!r} = {show(bi, b, lang='en')}: {what_en}"],
    )]


_FLOOR_HEDGES = ("over", "at_least")


def _floor_restated(doc: Doc, h, hi, body) -> bool:
    """Does any body figure of h's unit, tied or not, start within FAR_ABOVE of h's floor (the
    lead's own "lebih dari 1.350 pegawai" for "Lebih dari 1.350 Pegawai")?"""
    return any(bi is not None and bi.lo is not None and hi.lo <= bi.lo < FAR_ABOVE * hi.lo
               for bi in (doc.interval(b) for b in body if _unit_or_classifier(h, b)))


def _significant(c) -> int:
    """Significant digits written: "58.000" -> 2, "5 Juta" -> 1, "1,25 juta" -> 3."""
    if c.value is None or c.value == 0:
        return 0
    return len(c.value.normalize().as_tuple().digits)
_CLASSIFIER_UNITS = frozenset("count:" + w for w in LEX.cues["check"]["classifiers"])


def _unit_or_classifier(h, b) -> bool:
    """The same unit, or a count in a classifier: "58.000 Rumah" / "58.362 unit"."""
    return b.kind == h.kind and (b.unit == h.unit or (
        h.kind == "count" and h.unit is not None and b.unit is not None and b.unit in _CLASSIFIER_UNITS))


def _word_tie(doc: Doc, h, b, least: int = 1) -> bool:
    """Does b's sentence hold a content word of h's headline clause (its words between commas,
    colons and "dan", past h's own words): "24.100 Warga Mengungsi" / "24.100 jiwa, terpaksa
    mengungsi"? Short and common words ("naik", "capai", "tahun") tie nothing; `least`: how many
    words must tie."""
    line = doc.text[:doc.headline_end]
    lo = max(line.rfind(",", 0, h.start), line.rfind(":", 0, h.start), line.rfind(" dan ", 0, h.start)) + 1
    ends = [e for e in (line.find(",", h.end), line.find(" dan ", h.end)) if e >= 0]
    clause = set(words(line[lo:min(ends, default=len(line))])) - set(words(h.text))
    tie = {w for w in clause if len(w) >= 5 and w.isalpha() and w not in _COMMON}
    return len(tie & doc.sentence_words(b)) >= least


_COMMON = frozenset(LEX.cues["check"]["headline_common_words"])


def _named_unit(doc: Doc, h, body):
    """A bare headline count ("Penumpang KRL Jabodetabek 2023 Capai 290,9 Juta", "Pendaftar PPDB
    ... Capai 11.250") counts the noun the headline names before it, when that noun is the counted
    noun of body counts of one unit ("290,9 juta penumpang"): h with that unit, else None."""
    if h.kind != "count" or h.per is not None:
        return None
    units: dict[str, set] = {}
    for b in body:
        if b.kind == "count" and b.unit is not None and b.per is None:
            units.setdefault(_noun(b), set()).add(b.unit)
    before = doc.text[:h.start]
    clause = before[max(before.rfind(","), before.rfind(":")) + 1:]
    # the head noun comes first ("Penumpang KRL", "Kunjungan Wisman"): the first counted noun of
    # h's clause, else of the headline ("Kasus Covid-19 Bertambah 63.956, Total Kini Lebih dari 5 Juta")
    for text in (clause, before):
        noun = next(filter(units.__contains__, words(text)), None)
        if noun is not None:
            got = units[noun]
            return h.model_copy(update={"unit": next(iter(got))}) if len(got) == 1 else None
    return None


def _noun(c) -> str | None:
    """The counted noun as written: "290,9 juta penumpang" -> penumpang."""
    w = words(c.text)
    return w[-1] if w and w[-1].isalpha() else None


def _same_subject(doc: Doc, a, b) -> bool:
    ha, hb = doc.head(a), doc.head(b)
    return bool(ha) and ha == hb


def _slip(h, hi, b, bi, k):
    return finding(
        "restatement", "inconsistent", [h, b], rule="body_scale_slip", stated=bi, derived=hi,
        unit=b.unit, fix=(b, hi),
        steps_id=[f"Judul: {h.text!r} = {show(hi, h)}.", f"Isi: {b.text!r} = {show(bi, b)}.",
                  f"Selisih ×1.000^{k}: kemungkinan salah skala ({SCALE_WORDS.get(-k, '')})."],
        steps_en=[f"Headline: {h.text!r} = {show(hi, h, lang='en')}.", f"Body: {b.text!r} = {show(bi, b, lang='en')}.",
                  f"Off by ×1,000^{k}: a probable scale slip."],
    )


def _lead_slips(doc: Doc, h, hi, kin, again) -> list:
    """A restatement in the lead off by ×1.000 is a slip even when another one agrees."""
    out = []
    for b in kin:
        if b is again or b.per != h.per or not _same_digits(h, b):
            continue
        k = _slip_power(h, hi, b, doc.interval(b))
        if k:
            out.append(_slip(h, hi, b, doc.interval(b), k))
    return out


def _lead_digit(doc: Doc, h, hi, body, lead, again) -> list:
    """The lead's count of the headline's noun one digit off the headline, while another body
    sentence restates the headline ("1,2 Juta Peserta" / lead "6,2 juta orang" / later "hampir 1,2
    juta orang"): a typo in the lead. Counts only: the lead's other prices and percents are often
    other figures ("naik dari Rp 1,31 juta")."""
    first = next((b for b in body if b.unit == h.unit and b.per == h.per), None)
    if h.kind != "count" or first is None or first is again or doc.paragraph(first) not in lead \
            or "change" in first.cues or first.sentence.start == again.sentence.start \
            or doc.interval(first) is None \
            or not (one_digit_apart(h, first) or _one_digit_any(h, first) or _one_digit_any(h, first, exact=True)
                    or _one_digit_any(h, first, same_place=True)) \
            or any(_inside(doc.interval(x), doc.interval(first)) for x in body if x is not first
                   and x.kind == first.kind and doc.interval(x) is not None):
        return []
    return [_digit_slip(h, hi, first, doc.interval(first), "suspicious", later=again)]


def _digit_slip(h, hi, b, bi, verdict, later=None):
    """The headline and a body figure one digit apart: which one is wrong the text does not say,
    unless a later sentence restates the headline (then the body figure is the one to fix)."""
    again_id = [f"Kalimat lain menyebut {later.text!r}, sama dengan judul."] if later is not None else []
    again_en = [f"Another sentence says {later.text!r}, as the headline does."] if later is not None else []
    target, into = (b, hi) if later is not None else (h, bi)
    return finding(
        "restatement", verdict, [h, b] + ([later] if later is not None else []), rule="headline_digit_slip",
        stated=hi, derived=bi, unit=h.unit, fix=(target, into),
        steps_id=[f"Judul: {h.text!r} = {show(hi, h)}.", f"Isi: {b.text!r} = {show(bi, b)}."] + again_id
        + ["Kedua angka hanya berbeda satu digit: kemungkinan salah ketik; periksa angkanya."],
        steps_en=[f"Headline: {h.text!r} = {show(hi, h, lang='en')}.", f"Body: {b.text!r} = {show(bi, b, lang='en')}."]
        + again_en + ["The two figures differ in one digit: a probable typo; check the figure."],
    )


def _same_digits(a, b) -> bool:
    """A scale slip keeps the digits and changes the scale word: "Rp975 per Gram" for "Rp975
    ribu"; "1 Lot" against "1.000 lot" is another figure."""
    if a.value is None or b.value is None or a.value == 0 or b.value == 0:
        return False
    scaled = any(r in rules for rules in (a.rules, b.rules) for r in _SCALE_RULES) or \
        "english_decimal" in a.flags + b.flags  # "Rp15.28" for Rp15.280
    return scaled and a.value.normalize().as_tuple().digits == b.value.normalize().as_tuple().digits


_SCALE_RULES = ("scale_word", "glued_scale", "spaced_scale", "scale_an")


def _slip_power(h, hi, b, bi) -> int | None:
    """k when b is h × 1.000^k: within their intervals when both are narrow, or, for the same
    digits under two scale words ("1 Ribu Dosis" / "1 juta dosis"), exactly, however few digits
    (one significant digit reads as 500 to 1.500, too wide to be "narrow")."""
    k = near_power_of_1000(hi, bi)
    if k is not None or not _same_digits(h, b) or h.hedge != b.hedge:
        return k
    ratio = Fraction(b.value) / Fraction(h.value)
    return next((k for k in (1, -1, 2, -2) if ratio == Fraction(1000) ** -k), None)


def _scaled_rounding(h, b) -> bool:
    """A headline that writes its figure with a scale word, rounded, to three significant digits
    or more ("267,3 Ribu Orang" for "267.311.566 orang"): a ×1.000 miss is the scale word's slip,
    whatever digits the body writes ("1 Lot" against "1.000 lot" is too short to tell)."""
    return any(r in h.rules for r in _SCALE_RULES) and _significant(h) >= 3 and b.value is not None


def _one_digit_any(a, b, exact: bool = False, same_place: bool = False) -> bool:
    """Do two counts differ in one written digit, anywhere, by at least DIGIT_SLIP_MIN ("1,7 juta
    orang" in the lead for "1,2 Juta Peserta", restated later as "hampir 1,2 juta orang")? Read at
    the coarser written precision, as one_digit_apart does; only where the headline is restated
    elsewhere (see _lead_digit). `exact`: counts written in full to three digits or more differ
    by any amount ("314 orang" in the lead for "318 Orang Meninggal", restated later as "318
    korban"): a count is no rounding. `same_place`: counts written to the same last place differ
    by any amount when written to three digits or more ("18,4 juta keluarga" in the lead for
    "18,8 Juta Keluarga", restated later as "18,8 juta KPM"): the lead rounded as the headline did."""
    if a.value is None or b.value is None or a.precision is None or b.precision is None \
            or a.value <= 0 or b.value <= 0 or a.low is not None or b.low is not None \
            or a.high is not None or b.high is not None or "words" in a.rules or "words" in b.rules \
            or a.hedge != "none" or b.hedge != "none":
        return False  # "Sekitar 1300 calon peserta" against "1000 Peserta": round figures, not typos
    p = max(Fraction(a.precision), Fraction(b.precision))
    da, db = Fraction(a.value) / p, Fraction(b.value) / p
    if da.denominator != 1 or db.denominator != 1:
        return False
    sa, sb = str(da.numerator), str(db.numerator)
    if len(sa) != len(sb) or len(sa) < 2 or sum(x != y for x, y in zip(sa, sb)) != 1:
        return False
    if exact:
        return a.kind == b.kind == "count" and a.precision == b.precision == 1 and len(sa) >= 3
    if same_place:  # to three digits or more: "48 laga" against "49 Laga" is another record
        return a.kind == b.kind == "count" and a.precision == b.precision and len(sa) >= 3
    lo, hi = sorted((Fraction(a.value), Fraction(b.value)))
    return hi - lo >= DIGIT_SLIP_MIN * hi


class _Readings:
    """One call's reading of the claims' intervals (`doc.interval`): each one's midpoint and
    whether it is `narrow`, worked out once per claim (by id: a headline figure given a unit by
    `_named_unit` keeps its id and its interval); and the comparisons built on them."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self._mids: dict[str, Fraction | None] = {}
        self._narrow: dict[str, bool] = {}

    def mid(self, c) -> Fraction | None:
        """The midpoint of c's interval; None when it has none (unbounded)."""
        if c.id not in self._mids:
            iv = self.doc.interval(c)
            self._mids[c.id] = iv.midpoint() if iv is not None else None
        return self._mids[c.id]

    def narrow(self, c) -> bool:
        if c.id not in self._narrow:
            self._narrow[c.id] = narrow(self.doc.interval(c))
        return self._narrow[c.id]

    def ratio(self, a, b) -> Fraction | None:
        """a's midpoint over b's, both positive; else None."""
        ma, mb = self.mid(a), self.mid(b)
        if ma is None or mb is None or ma.numerator <= 0 or mb.numerator <= 0:
            return None  # (none, or not positive: the sign is the numerator's)
        return ma / mb

    def distance(self, a, b) -> Fraction:
        ratio = self.ratio(a, b)
        return abs(ratio - 1) if ratio is not None else _FAR

    def rounding_apart(self, a, b) -> bool:
        """Are the two narrow and within rounding of each other (ROUNDING_LO to ROUNDING_HI)?"""
        if not (self.narrow(a) and self.narrow(b)):
            return False
        ratio = self.ratio(a, b)
        return ratio is not None and ROUNDING_LO <= ratio <= ROUNDING_HI

    def near(self, a, b, near: Fraction = NEAR) -> bool:
        """Close enough to be the same figure misstated, far enough not to be a rounding."""
        if not (self.narrow(a) and self.narrow(b)):
            return False
        ratio = self.ratio(a, b)
        return ratio is not None and 1 / near <= ratio <= near and not (ROUNDING_LO <= ratio <= ROUNDING_HI)


_FAR = Fraction(10**9)  # the distance of figures with no ratio


def _headline_rounds(h, bi) -> bool:
    """Is the headline figure the body's rounded or cut off to fewer digits, as headlines write
    them? The unit of the headline's last digit counts its trailing zeros ("14.700": hundreds);
    the body's value must round, or truncate, to the headline's."""
    m = bi.midpoint()
    if m is None or h.value is None or h.precision is None or h.value <= 0:
        return False
    unit = Fraction(h.precision)
    if unit == 1 and h.value == h.value.to_integral_value():
        n = int(h.value)
        while n % 10 == 0 and n >= 10:
            n //= 10
            unit *= 10
    written = rounded_or_cut(h, unit)
    return written is not None and written.contains(m)


def _inside(b, h) -> bool:
    """Does b's own value (its midpoint) fall within the headline's interval h?"""
    return _holds(h, b.midpoint())


def _apart(h, bi) -> bool:
    """Does b's interval lie wholly above or below h's, so that its midpoint (between its ends)
    cannot be in h? A test by the ends alone, before the midpoint is worked out (`_holds`); False
    when the ends do not tell."""
    return (h.hi is not None and bi.lo is not None and _cmp(bi.lo, h.hi) > 0) \
        or (h.lo is not None and bi.hi is not None and _cmp(bi.hi, h.lo) < 0)


def _holds(h, m) -> bool:
    """`_inside` by b's midpoint m (None when b is unbounded)."""
    return m is not None and h.contains(m)
