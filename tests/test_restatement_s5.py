"""A headline's "lebih dari N" against the body's figure: a floor far below the figure it
restates understates it (suspicious); a floor the body repeats, or rounds down a little, agrees."""

from __future__ import annotations

from findings_of import verdicts

BODY = ("BANDUNG, KOMPAS.com - Gempa magnitudo 5,6 merusak ribuan bangunan. Badan Penanggulangan "
        "Bencana mencatat jumlah rumah rusak mencapai 58.362 unit hingga Senin malam.\n")


def test_floor_far_below_the_body_figure_is_worth_a_look():
    text = "Gempa Cianjur, Lebih dari 18.000 Rumah Rusak\n\n" + BODY
    found = verdicts(text, "restatement", "headline_floor_far")
    assert found == [("suspicious", ("Lebih dari 18.000 Rumah", "58.362 unit"))]


def test_floor_just_below_the_body_figure_agrees():
    text = "Gempa Cianjur, Lebih dari 58.000 Rumah Rusak\n\n" + BODY
    assert ("consistent", ("Lebih dari 58.000 Rumah", "58.362 unit")) in verdicts(text, "restatement")
    assert verdicts(text, "restatement", "headline_floor_far") == []


def test_floor_the_lead_repeats_is_no_understatement():
    # the lead says the headline's own "lebih dari 1.200", a later figure of the same noun is far
    # larger (the whole workforce): the headline restates the lead, not that figure
    text = ("Perusahaan Rintisan Itu Pecat Lebih dari 1.200 Karyawan\n\n"
            "JAKARTA, KOMPAS.com - Perusahaan rintisan itu memecat lebih dari 1.200 karyawan pada "
            "Jumat. Jumlah itu sekitar seperlima dari sekitar 6.000 karyawan perusahaan.\n")
    assert [v for v, _ in verdicts(text, "restatement") if v != "consistent"] == []


LEAD_OFF = ("Bantuan Beras Cair untuk 18,8 Juta Keluarga\n\n"
            "JAKARTA, KOMPAS.com - Pemerintah menyalurkan bantuan beras kepada {lead} juta keluarga "
            "penerima manfaat mulai pekan ini.\n\n"
            "Menurut Kementerian Sosial, data penerima sudah dipadankan sehingga 18,8 juta KPM bisa "
            "menerima beras 10 kilogram.\n")


def test_a_lead_off_in_its_last_digit_while_another_sentence_agrees_is_worth_a_look():
    found = verdicts(LEAD_OFF.format(lead="18,4"), "restatement", "headline_digit_slip")
    assert found == [("suspicious", ("18,8 Juta Keluarga", "18,4 juta keluarga", "18,8 juta KPM"))]


def test_a_lead_that_agrees_is_no_slip():
    assert verdicts(LEAD_OFF.format(lead="18,8"), "restatement", "headline_digit_slip") == []


def test_two_digit_counts_one_apart_are_other_records():
    # a record of 48 matches beside the headline's 49: another team's, not a typo
    text = ("Klub Itu Cetak 49 Laga Tak Terkalahkan\n\n"
            "Klub itu melewati rekor klub lain yang tak terkalahkan selama 48 laga pada 1965. "
            "Rekor klub itu kini 49 pertandingan.\n")
    assert verdicts(text, "restatement", "headline_digit_slip") == []
