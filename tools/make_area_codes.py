"""Write resources/places/area_codes.tsv: each North American area code's state or province, from
the geocoding data of the ``phonenumbers`` package (Apache-2.0), which dateline does not depend on.

    pip install phonenumbers  # in a scratch environment
    python tools/make_area_codes.py > src/dateline/resources/places/area_codes.tsv
"""
import collections
import sys

import phonenumbers
from phonenumbers import geocoder

ADMIN1 = "src/dateline/resources/geonames/admin1CodesASCII.txt"  # run from the repository root
names = {}
for line in open(ADMIN1, encoding="utf-8"):
    code, name, ascii_name, _ = line.rstrip("\n").split("\t")
    if code[:3] in ("US.", "CA."):
        names[name] = code
        names[ascii_name] = code
abbr = {}  # "TX" -> "US.TX"; Canadian: "ON" -> CA.08 via the province names below
CA_ABBR = {"AB": "Alberta", "BC": "British Columbia", "MB": "Manitoba", "NB": "New Brunswick",
           "NL": "Newfoundland and Labrador", "NS": "Nova Scotia", "NT": "Northwest Territories", "NU": "Nunavut",
           "ON": "Ontario", "PE": "Prince Edward Island", "QC": "Quebec", "SK": "Saskatchewan", "YT": "Yukon"}
for code in names.values():
    if code.startswith("US."):
        abbr[code[3:]] = code
for a, n in CA_ABBR.items():
    if n in names:
        abbr[a] = names[n]

def admin1(description):
    if not description:
        return None
    if description in names:
        return names[description]
    if ", " in description:
        tail = description.rsplit(", ", 1)[1]
        return abbr.get(tail) or names.get(tail)
    return None

rows = []
for ac in range(200, 1000):
    votes = collections.Counter()
    for exchange in range(200, 1000, 37):
        number = phonenumbers.parse(f"+1{ac}{exchange}0100")
        code = admin1(geocoder.description_for_number(number, "en"))
        if code:
            votes[code] += 1
    if votes:
        code, n = votes.most_common(1)[0]
        if n >= 0.8 * sum(votes.values()):
            rows.append((ac, code))
print("# North American area codes and the state or province each serves: area code, GeoNames admin1 code.")
print(f"# Made from the geocoding data of the phonenumbers package {phonenumbers.__version__} (Apache-2.0), a code")
print("# kept where 80% of its sampled exchanges lie in one state or province; toll-free and")
print("# non-geographic codes are absent. dateline reads a phone number's area code as a sign of where a")
print("# local paper's article is (dateline.nlp.places.resolve, area codes).")
for ac, code in rows:
    print(f"{ac}\t{code}")
print(len(rows), file=sys.stderr)
