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
