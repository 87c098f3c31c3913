"""Relations found in session 9 (own sentences; each test fails without its change)."""

from __future__ import annotations

import pytest

from tests.findings_of import verdicts


# --- "4.500 ekor sapi, terdiri atas 3.000 ekor ... dan 1.500 ekor ...": parts by their classifier ---
@pytest.mark.parametrize("second,verdict", [("1.500 ekor", "consistent"), ("1.200 ekor", "inconsistent")])
def test_parts_counted_by_the_classifier_add_up_to_the_classified_whole(second, verdict):
    text = (f"Pemerintah menyiapkan 4.500 ekor sapi kurban, terdiri atas 3.000 ekor dari peternak lokal "
            f"dan {second} dari NTT.")
    assert verdicts(text, "sum") == [(verdict, ("3.000 ekor", second, "4.500 ekor sapi"))]


def test_parts_counted_by_the_classifier_of_another_noun_do_not_add_up():
    text = ("Pemerintah menyiapkan 4.500 ekor sapi kurban, terdiri atas 3.000 ekor kambing dari peternak "
            "lokal dan 1.500 ekor kambing dari NTT.")
    assert not verdicts(text, "sum")


# --- "4.500 ekor sapi ... Sebanyak 3.000 ekor di antaranya": the group by its classifier -----------
@pytest.mark.parametrize("part,verdict", [("3.000 ekor", "consistent"), ("5.000 ekor", "inconsistent")])
def test_di_antaranya_counted_by_the_classifier_is_a_part_of_the_classified_group(part, verdict):
    text = (f"Sebanyak 4.500 ekor sapi disiapkan untuk Idul Adha. Sebanyak {part} di antaranya berasal "
            f"dari peternak lokal.")
    assert verdicts(text, "subset", "among_after") == [(verdict, ("4.500 ekor sapi", part))]
