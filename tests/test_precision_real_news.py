"""False alarms seen on real news (id_news, reviewed by hand), written as our own sentences:
each must not come out inconsistent, and a near case that is a real error still must."""

from __future__ import annotations

from checks.registry import check_text


def _verdicts(text: str, check: str) -> list[str]:
    return [f.verdict for f in check_text(text).findings if f.check == check]


# --- subset -------------------------------------------------------------------------------------
def test_points_from_matches_are_no_part_of_them():
    # a bare number before "dari N laga" counts something else (points, goals)
    text = "Tim itu memimpin klasemen dengan poin sempurna 15 dari 5 pertandingan."
    assert "inconsistent" not in _verdicts(text, "subset")


def test_people_from_regions_are_no_part_of_them():
    text = "Kejuaraan gulat itu diikuti 173 peserta dari 10 Kabupaten/Kota se-provinsi."
    assert "inconsistent" not in _verdicts(text, "subset")


def test_new_value_from_old_value_is_a_change_not_a_subset():
    for text in (
        "Rata-rata volume transaksi meningkat 18,32 persen menjadi 9,01 miliar unit saham "
        "dari 7,61 miliar unit saham sepekan sebelumnya.",
        "Indeks menguat 3,33 persen ke posisi 5.975,74 poin dari 5.783,31 poin pekan lalu.",
        "Jumlah korban melonjak menjadi 6.823 orang dari 6.052 orang pada bulan sebelumnya.",
    ):
        assert _verdicts(text, "subset") == [], text


def test_that_group_points_to_the_count_of_the_same_noun():
    text = ("Kementerian memberikan remisi kepada 15.927 narapidana serta pengurangan masa pidana "
            "kepada 151 anak binaan. Dari jumlah itu, 174 narapidana langsung bebas.")
    assert "inconsistent" not in _verdicts(text, "subset")


def test_a_part_larger_than_its_whole_of_the_same_noun_is_still_an_error():
    assert "inconsistent" in _verdicts("Sebanyak 120 peserta dari 100 peserta dinyatakan lulus.", "subset")
    text = ("Tahun ini tercatat 1.500 narapidana dan 151 anak binaan. Dari jumlah itu, "
            "1.700 narapidana langsung bebas.")
    assert "inconsistent" in _verdicts(text, "subset")


def test_a_vague_amount_from_a_count_is_no_part_of_it():
    text = "Kedua pejabat itu diduga menerima suap miliaran dari tiga perusahaan."
    assert "inconsistent" not in _verdicts(text, "subset")


# --- extraction ---------------------------------------------------------------------------------
def test_a_period_glued_after_a_bracket_or_before_a_quote_ends_a_sentence():
    from extract.nlp import split_sentences

    text = ('Targetnya kini Rp 4,5 miliar," kata dia, Kamis (20/9/2023).Kendati naik, hampir dua kali '
            'lipat, ia optimistis. Kontribusinya 20 persen.“Kami berharap bisa 12 juta,” ujarnya.')
    got = [text[a:b] for a, b in split_sentences(text)]
    assert got[0].endswith("(20/9/2023).") and got[1].startswith("Kendati")
    assert got[2] == "Kontribusinya 20 persen." and got[3].startswith("“Kami")


def test_a_pollutant_name_is_no_quantity():
    from extract.claims import build_claims

    claims = build_claims("Kadar polutan PM 2,5 di Jakarta 8,3 kali lipat dari pedoman WHO.")
    assert [c.text for c in claims] == ["8,3 kali lipat"]


# --- product ------------------------------------------------------------------------------------
def test_an_exchange_rate_without_a_unit_names_no_total():
    text = ("Kementerian mencatat kebutuhan investasi sebesar US$14,2 miliar atau Rp219,4 triliun (kurs "
            "15.454 per dolar AS) untuk menambah kapasitas pembangkit 8,2 Giga Watt pada 2025.")
    assert "inconsistent" not in _verdicts(text, "product")


def test_a_total_per_month_against_a_count_of_no_period_is_undetermined():
    text = ("Pabrik itu harus menggunakan 7-8 tabung seharga Rp 650 ribu per tabung sehingga total "
            "pengeluaran bahan bakar untuk produksi per bulan mencapai Rp 156 juta.")
    assert "inconsistent" not in _verdicts(text, "product")


def test_count_times_amount_each_against_its_total_still_alarms():
    text = "Sebanyak 1.000 keluarga menerima Rp 300.000 per keluarga, sehingga total bantuan mencapai Rp 500 juta."
    assert "inconsistent" in _verdicts(text, "product")


def test_a_price_the_text_moves_is_no_amount_each():
    text = ("Saham perseroan naik 19 persen menjadi Rp 610 per saham. Sebanyak 140,58 juta unit saham "
            "diperdagangkan dengan nilai Rp 77,80 miliar.")
    assert "inconsistent" not in _verdicts(text, "product")


# --- multiple -----------------------------------------------------------------------------------
def test_a_multiple_in_words_may_be_cut_off():
    text = ("Cadangan minyak mentah melonjak hingga 14,2 juta barel, atau lebih banyak lima kali lipat "
            "dari perkiraan analis yakni 2,5 juta barel.")
    assert _verdicts(text, "multiple") == ["consistent"]
    wrong = text.replace("lima kali", "tiga kali")
    assert _verdicts(wrong, "multiple") == ["inconsistent"]


# --- change -------------------------------------------------------------------------------------
def test_a_figure_in_a_glued_link_is_the_links():
    text = "Golongan IV dan V: dari Rp446.500 menjadi Rp400.600 Baca juga: JMB diskon 20 persen tarif tol"
    assert "inconsistent" not in _verdicts(text, "change")


def test_a_size_written_with_its_sign():
    text = ("Ekspor kayu pada semester I tercatat US$699,57 juta, turun -26,89% dibandingkan periode "
            "sama tahun lalu yang mencapai US$956,92 juta.")
    assert _verdicts(text, "change") == ["consistent"]
    assert _verdicts(text.replace("-26,89%", "12%"), "change") == ["inconsistent"]


def test_each_item_of_a_list_of_changes_keeps_its_own_size():
    text = ("Pertamax Turbo naik 4 persen dari 787 kiloliter menjadi 820 kiloliter, Dexlite naik lima "
            "persen dari 1.598 kiloliter menjadi 1.678 kiloliter, Dex naik empat persen dari 485 "
            "kiloliter menjadi 504 kiloliter. Pertamax dari 15 ribu kiloliter menjadi 18 ribu kiloliter "
            "atau naik 20 persen dan Premium dari 24 ribu kiloliter menjadi 26 ribu kiloliter naik "
            "delapan persen.")
    assert "inconsistent" not in _verdicts(text, "change")


def test_no_base_where_the_text_names_another():
    for text in (
        # "menjadi A": A is the new value, not the base
        "Pada kuartal I 2016 laba bersih turun 2,29 persen dibandingkan periode yang sama tahun "
        "sebelumnya menjadi Rp 28,95 triliun. Tahun ini laba mencapai Rp 32,88 triliun.",
        # the base word belongs to the figure between
        "Penerimaan PPh migas senilai Rp59,77 triliun, tumbuh 26,6% atau mencapai 156,7% dari target "
        "senilai Rp38,1 triliun.",
        # "sepekan sebelumnya" is a time
        "Frekuensi transaksi harian sepekan terakhir meningkat 0,65 persen menjadi 399,77 ribu kali "
        "transaksi dari 397,17 ribu kali transaksi sepekan sebelumnya.",
    ):
        assert "inconsistent" not in _verdicts(text, "change"), text


def test_up_to_a_figure_may_lie_above_the_base():
    text = ("Produksi uang kertas hingga 4,73 miliar bilyet atau tumbuh 67,67 persen dibandingkan 2016 "
            "yang hanya sebanyak 2,82 miliar bilyet.")
    assert "inconsistent" not in _verdicts(text, "change")


# --- typo ---------------------------------------------------------------------------------------
def test_a_code_after_its_label_is_no_malformed_figure():
    from extract.claims import build_claims

    claims = build_claims("Tersedia di SPBU 51.601.77 Soetomo dan aplikasi versi 2.249.78 kini.", include_all=True)
    assert [c.kind for c in claims] == ["identifier", "identifier"]
    assert _verdicts("Tersedia di SPBU 51.601.77 Soetomo dan aplikasi versi 2.249.78 kini.", "typo") == []
    # a figure with a misplaced group is still worth a look
    assert _verdicts("IHSG terkoreksi ke level 5.990.16 pada pembukaan.", "typo") == ["suspicious"]


def test_a_figure_of_the_next_clause_is_no_base():
    text = ("Nilai ekspor sepanjang Januari-Agustus mencapai US$ 7,95 miliar, naik 10 persen dibanding "
            "tahun lalu, dengan surplus perdagangan mencapai US$ 2,19 miliar.")
    assert "inconsistent" not in _verdicts(text, "change")


def test_a_narrowed_group_is_held_against_its_whole_only():
    for text in (
        # an item of a breakdown is no whole
        "Jakarta Barat sebanyak 27 gedung, Jakarta Selatan sebanyak 40 gedung, dan Jakarta Timur "
        "sejumlah 4 gedung. Jumlah tersebut bertambah 68 gedung swasta yang telah memasang water mist.",
        # a figure of some of the kind is no whole
        "SpaceX telah meluncurkan sebanyak 53 satelit Starlink. Hingga kini, terdapat hampir 2.000 "
        "satelit Starlink yang berhasil diorbitkan.",
        # another group of the kind is no whole
        "Dari total tersebut, 2,05 juta WP orang pribadi dan 550 ribu WP badan usaha. Namun, baru "
        "2,05 juta WP orang pribadi yang telah mempunyai kode otorisasi.",
    ):
        assert _verdicts(text, "subset") == [], text
    funnel = ("Jumlah pendaftar di laman resmi mencapai 5 juta orang. Adapun jumlah pendaftar yang "
              "sudah melalui proses verifikasi email sebanyak 6 juta.")
    assert _verdicts(funnel, "subset") == ["suspicious"]


def test_a_scale_word_glued_to_the_next_sentence_still_scales():
    from extract.claims import build_claims

    text = "Pendapatan tahun lalu mencapai Rp4,49 triliunDirektur perseroan mengatakan hal itu."
    assert [(c.text, c.value) for c in build_claims(text)] == [("Rp4,49 triliun", 4_490_000_000_000)]


# --- sum ----------------------------------------------------------------------------------------
def test_a_figure_in_a_clause_of_its_own_is_no_item():
    text = ("Kantor itu menangani kasus terbanyak, yakni 796 kasus. Adapun rinciannya adalah 235 kasus "
            "deportasi, 228 kasus cekal, 161 kasus pendetensian, serta 172 kasus tindakan administratif "
            "lainnya, dengan target sebanyak 53 kasus.")
    assert _verdicts(text, "sum") == ["consistent"]


def test_a_list_with_more_of_its_kind_after_it_may_be_incomplete():
    text = ("Selama 2017 perseroan membuka 11 toko baru, yang terdiri dari 2 toko milik sendiri dan 4 toko "
            "dengan sistem waralaba di daerah Bandung, Jakarta dan Batam, serta 5 toko yang bekerja sama "
            "dengan mitra.")
    assert "inconsistent" not in _verdicts(text, "sum")


def test_a_count_of_the_items_is_no_total_of_them():
    text = ("Kendaraan peserta program terbagi menjadi dua kategori kendaraan yaitu kendaraan dinas "
            "sebanyak 364 unit, dan kendaraan swasta sebanyak 10.429 unit.")
    assert "inconsistent" not in _verdicts(text, "sum")


def test_the_rest_splits_the_sentences_own_figure():
    text = ("Sampai kuartal I, perusahaan telah menyalurkan kredit Rp 653,1 triliun. Dari jumlah itu, "
            "sebanyak Rp 182,1 triliun diberikan untuk kredit korporasi, yang terbagi atas Rp 96,4 "
            "triliun kepada BUMN dan Rp 85,7 triliun sisanya kepada korporasi swasta.")
    assert "inconsistent" not in _verdicts(text, "sum")


def test_two_bare_numbers_the_other_way_round_may_be_a_rank():
    text = "Indeks daya saing global kita masih di angka 51, ya naik dari 54 ke 51, kata Presiden."
    assert _verdicts(text, "change") == ["undetermined"]
    assert _verdicts("Harga beras naik dari Rp 12.000 menjadi Rp 11.500 per kg.", "change") == ["inconsistent"]


# --- restatement --------------------------------------------------------------------------------
def test_a_headline_that_cuts_off_a_body_figure_agrees_with_it():
    text = ("Pelni siapkan 66 ribu kursi angkutan Natal\n\nPT Pelni mengoperasikan 68 kapal dengan "
            "ketersediaan 66.810 kursi. Jumlah tersebut terdiri dari 26 kapal penumpang dengan 50.832 "
            "kursi dan 42 kapal perintis dengan 15.978 kursi.")
    assert "inconsistent" not in _verdicts(text, "restatement")
    # a body total the headline cannot have come from still disagrees
    assert "inconsistent" in _verdicts(text.replace("66.810", "61.810"), "restatement")


def test_a_price_quoted_at_a_level_is_no_amount_each():
    text = ("Saat debut perdananya, saham BRIS terkerek ke level Rp 610 per saham. Hingga siang, saham "
            "itu ditransaksikan dengan volume 140,58 juta unit saham senilai Rp 77,80 miliar.")
    assert "inconsistent" not in _verdicts(text, "product")


def test_an_alarm_whose_intervals_meet_says_why():
    # "sekitar 23,8 juta" of 286 juta meets 8,47 persen only through the hedge's width
    text = ("Jumlah penduduk Indonesia saat ini mencapai 286 juta jiwa. Dari jumlah tersebut, sekitar "
            "23,8 juta atau 8,47 persen masyarakat masih berada dalam kategori miskin.")
    found = [f for f in check_text(text).findings if f.check == "share"]
    assert [f.verdict for f in found] == ["suspicious"]
    assert "last written digits" in found[0].explanation["en"][-1]
    assert "agrees." not in " ".join(found[0].explanation["en"])
