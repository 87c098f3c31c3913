"""Claims: sentences, subjects, cues and time, and the spaCy component that carries them."""

from __future__ import annotations

import pytest

from conftest import SEED
from extract import extract_claims
from extract.nlp import split_sentences

SEED_TEXT = SEED.read_text(encoding="utf-8")


def _sentences(text):
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize("text, want", [
    ("PT Bank Rakyat Indonesia Tbk. mencatat laba. Harga naik.",
     ["PT Bank Rakyat Indonesia Tbk. mencatat laba.", "Harga naik."]),
    ("Kantornya di Jl. Sudirman No. 5 Jakarta. Ia datang.", ["Kantornya di Jl. Sudirman No. 5 Jakarta.", "Ia datang."]),
    ("Harga Rp. 5.000 per kg. Naik lagi.", ["Harga Rp. 5.000 per kg.", "Naik lagi."]),
    ("Budi dkk. hadir. Lalu pulang.", ["Budi dkk. hadir.", "Lalu pulang."]),
    ("Judul Berita\nIsi berita pertama", ["Judul Berita", "Isi berita pertama"]),
    ("wisatawan ke Bali.Adapun 300 orang datang.", ["wisatawan ke Bali.", "Adapun 300 orang datang."]),
    ('"Kami siap," ujar dia. "Besok mulai."', ['"Kami siap," ujar dia.', '"Besok mulai."']),
    ("1. Sumatra Selatan: 3,4 persen\n2. Papua: 3,1 persen", ["1. Sumatra Selatan: 3,4 persen", "2. Papua: 3,1 persen"]),
])
def test_sentences(text, want):
    assert _sentences(text) == want


def test_sentence_spans_point_into_the_text():
    for a, b in split_sentences(SEED_TEXT):
        assert SEED_TEXT[a:b].strip() == SEED_TEXT[a:b] and SEED_TEXT[a:b]


SEED_SUBJECTS = {
    # mention: subject (the seed's figures, as the claims issue lists them)
    "3,88 juta peserta": "peserta program",
    "1,2 juta orang": "orang yang menerima insentif",
    "2 juta rekening": "rekening yang sudah menyelesaikan pelatihan",
    "Rp 1,6 triliun": "dana insentif yang sudah dicairkan",
    "60.000 hingga 80.000 peserta": "peserta yang sudah menyelesaikan pelatihan",
    "Rp 600.000": "insentif",
}


@pytest.mark.parametrize("mention, subject", SEED_SUBJECTS.items())
def test_seed_subjects(mention, subject):
    claim = next(c for c in extract_claims(SEED_TEXT) if c.text == mention)
    assert claim.subject == subject
    assert SEED_TEXT[claim.subject_start:claim.subject_end] == subject
    a, b = claim.sentence.start, claim.sentence.end
    assert a <= claim.start < claim.end <= b
    assert a <= claim.subject_start < claim.subject_end <= b


def test_seed_cues_and_time():
    claims = {c.text: c for c in extract_claims(SEED_TEXT)}
    assert "part_of" in claims["3,2 juta orang"].cues  # "Dari jumlah tersebut"
    assert "per_unit" in claims["60.000 hingga 80.000 peserta"].cues  # "setiap harinya"
    assert "total" in claims["3,88 juta peserta"].cues  # "secara keseluruhan"
    assert claims["1,2 juta orang"].time == "hingga saat ini"
    assert claims["Rp 1,6 triliun"].predicate == "mencapai"


@pytest.mark.parametrize("text, mention, cue", [
    ("Harga beras naik 12 persen dari bulan lalu.", "12 persen", "change"),
    ("Harga naik dari Rp 10.000 menjadi Rp 11.200.", "Rp 10.000", "change"),
    ("BLT diterima 9,7 juta KPM atau 51,6 persen dari target.", "51,6 persen", "share"),
    ("Anggaran itu terdiri dari Rp 2 triliun untuk jalan.", "Rp 2 triliun", "part_of"),
    ("Setiap keluarga menerima masing-masing Rp 300.000.", "Rp 300.000", "per_unit"),
    ("Secara total, bantuan mencapai Rp 5 triliun.", "Rp 5 triliun", "total"),
])
def test_cues(text, mention, cue):
    claim = next(c for c in extract_claims(text) if c.text == mention)
    assert cue in claim.cues


def test_non_quantities_only_with_include_all():
    kinds = {c.kind for c in extract_claims(SEED_TEXT)}
    assert "date" not in kinds and "ordinal" not in kinds
    everything = extract_claims(SEED_TEXT, include_all=True)
    assert {"date", "time", "ordinal"} <= {c.kind for c in everything}
    assert all(c.sentence is not None for c in everything)


def test_spacy_component_gives_the_library_claims():
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("id")
    nlp.add_pipe("cekangka")  # found through the spacy_factories entry point
    doc = nlp(SEED_TEXT)
    assert doc._.claims == extract_claims(SEED_TEXT)
    spans = doc.spans["cekangka"]
    assert len(spans) == len(doc._.claims)
    for span in spans:
        claim = span._.quantity
        assert span.start_char <= claim.start and claim.end <= span.end_char
        assert claim.text in span.text


def test_light_pipeline():
    from extract.nlp import make_nlp

    nlp = make_nlp()
    assert nlp.pipe_names == ["cekangka"]
    doc = nlp("Sebanyak 3,2 juta orang sudah membeli pelatihan.")
    assert [s.text for s in doc.spans["cekangka"]] == ["3,2 juta orang"]


def test_claims_built_without_validation_validate_to_themselves():
    """Mentions are built with `Frozen.trusted` (no validation); every one must be exactly what
    validating its own fields gives: same values, same types, same field order."""
    from extract import extract_quantities
    from extract.model import Claim, Quantity

    texts = [SEED_TEXT, "Harga naik 2/3 kali, sekitar 1,5 juta ton; hampir 60 persen; Rp 50.000,- per orang.",
             "Pada 17 Agustus 1945 pukul 10.00 WIB, 45 orang (nomor 3) hadir; skor 2-1."]
    built = [(c, Claim) for t in texts for c in extract_claims(t, include_all=True)]
    built += [(q, Quantity) for t in texts for q in extract_quantities(t, include_all=True)]
    assert len(built) > 60
    for c, model in built:
        again = model(**{k: getattr(c, k) for k in c.model_fields_set})  # the same call, validated
        assert again == c and list(again.__dict__) == list(c.__dict__)
        assert all(type(getattr(again, k)) is type(v) for k, v in c.__dict__.items()), c
        assert again.model_fields_set == c.model_fields_set


def test_trusted_refuses_unknown_and_missing_fields():
    from extract.model import TextSpan

    assert TextSpan.trusted(start=1, end=2) == TextSpan(start=1, end=2)
    with pytest.raises(TypeError):
        TextSpan.trusted(start=1)
    with pytest.raises(TypeError):
        TextSpan.trusted(start=1, end=2, other=3)


@pytest.mark.parametrize("text, want", [
    ("Kuota pendaki dibatasi hanya 2000 orang saja.", ("2000 orang", "count")),
    ("Peternak itu menjual 2000 ekor sapi menjelang Idul Adha.", ("2000 ekor sapi", "count")),
    ("Ada 2016 orang yang ditetapkan sebagai tersangka.", ("2016 orang", "count")),
    ("Pada 2024 orang-orang mulai kembali ke desa.", ("2024", "year")),
    ("Pada 2020 unit usaha itu tutup.", ("2020", "year")),
    ("Akhir 2023 orang mulai mudik lebih awal.", ("2023", "year")),
    ("Rapat pemenangan Pemilu 2024 Calon Anggota DPR digelar hari ini.", ("2024", "year")),
])
def test_a_year_like_number_before_a_classifier(text, want):
    """Indonesian writes a count of 2.000 with a dot, but "2000 orang" happens: a classifier after
    a year-like number makes it a count, unless a time word or a capital says it is a year."""
    (got,) = [(c.text, c.kind) for c in extract_claims(text, include_all=True) if c.text[:4].isdigit()]
    assert got == want
