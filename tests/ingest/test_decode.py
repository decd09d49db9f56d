import pytest

from marsad.errors import InputError
from marsad.ingest.decode import decode

ARABIC = "انفجار عبوة ناسفة في بغداد أسفر عن مقتل ثلاثة أشخاص وإصابة خمسة آخرين بجروح مختلفة"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1256"])
def test_arabic_in_common_encodings(encoding):
    assert decode(ARABIC.encode(encoding), "a.txt") == ARABIC


def test_binary_data_is_refused_with_the_file_name():
    with pytest.raises(InputError, match=r"a\.bin: looks like a binary file"):
        decode(bytes(range(256)) * 20, "a.bin")
