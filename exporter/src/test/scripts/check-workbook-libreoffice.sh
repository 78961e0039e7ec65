#!/usr/bin/env bash
# Checks workbook.xlsx against the CSV files it was made from, through a reader other than POI:
# headless LibreOffice converts every sheet to CSV, and each is compared with the contract CSV of
# the same name (continuation sheets "facts (2)", ... appended to the first). Text must be equal;
# numbers equal as decimals (the workbook holds 185707500 where a CSV may say 185707500.00).
#
# Run by hand, not by Maven: LibreOffice is not installed in CI.
#   Debian: apt-get install libreoffice-calc-nogui
#
# Usage: check-workbook-libreoffice.sh OUT_DIR [WORKBOOK]
#   OUT_DIR   an output folder of fiscal-extract (documents.csv, facts.csv, ...)
#   WORKBOOK  the workbook to check; default OUT_DIR/workbook.xlsx
# Exit status: 0 all sheets agree, 1 a difference (listed), 2 cannot run.
set -euo pipefail

out_dir=${1:?usage: check-workbook-libreoffice.sh OUT_DIR [WORKBOOK]}
workbook=${2:-$out_dir/workbook.xlsx}
soffice=$(command -v soffice || command -v libreoffice || true)
if [[ -z $soffice ]]; then
    echo "LibreOffice (soffice) not found: apt-get install libreoffice-calc-nogui" >&2
    exit 2
fi
command -v python3 >/dev/null || { echo "python3 not found" >&2; exit 2; }
[[ -f $workbook ]] || { echo "no workbook at $workbook" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$workbook" "$work/workbook.xlsx"
# CSV filter options: comma, double quote, UTF-8 (76), line 1, -, English (1033) so the decimal
# separator is a point, quote only where needed, -, values not as shown (raw numbers, no
# thousands separators or % sign), no formulas, -, every sheet to its own file (-1; LibreOffice 7.2+).
# A private profile, so a running LibreOffice or the user's settings cannot interfere.
"$soffice" --headless --norestore "-env:UserInstallation=file://$work/profile" \
    --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1' \
    --outdir "$work/sheets" "$work/workbook.xlsx" >"$work/soffice.log" 2>&1 \
    || { cat "$work/soffice.log" >&2; exit 2; }

python3 - "$out_dir" "$work/sheets" <<'PY'
import csv, os, re, sys
from decimal import Decimal, InvalidOperation

out_dir, sheets = sys.argv[1], sys.argv[2]
TABLES = ["documents", "facts", "projects", "findings", "comparison"]

def rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))

def decimal(text):
    try:
        return Decimal(text)
    except InvalidOperation:
        return None

def same(expected, actual):
    e, a = decimal(expected), decimal(actual)
    return e is not None and a is not None and e == a

failed = False
for table in TABLES:
    source = os.path.join(out_dir, table + ".csv")
    first = os.path.join(sheets, "workbook-%s.csv" % table)
    if not os.path.exists(source):
        if os.path.exists(first):
            print("%s: a sheet but no %s.csv" % (table, table)); failed = True
        continue
    if not os.path.exists(first):
        print("%s: %s.csv but no sheet" % (table, table)); failed = True
        continue
    parts = [first]
    n = 2
    while os.path.exists(os.path.join(sheets, "workbook-%s (%d).csv" % (table, n))):
        parts.append(os.path.join(sheets, "workbook-%s (%d).csv" % (table, n))); n += 1
    expected = rows(source)
    header, actual = None, []
    for part in parts:
        got = rows(part)
        if header is None:
            header = got[0]
        elif got[0] != header:
            print("%s: %s has another header" % (table, os.path.basename(part))); failed = True
        actual.extend(got[1:])
    width = len(expected[0])
    differences = []
    if header[:width] != expected[0]:
        differences.append("header: %r" % header)
    if len(actual) != len(expected) - 1:
        differences.append("%d rows, the CSV has %d" % (len(actual), len(expected) - 1))
    cells = numbers = 0
    for r, (e_row, a_row) in enumerate(zip(expected[1:], actual), start=2):
        a_row = a_row + [""] * (width - len(a_row))
        for c in range(width):
            e = e_row[c] if c < len(e_row) else ""
            cells += 1
            if e == a_row[c]:
                continue
            if same(e, a_row[c]):
                numbers += 1
            else:
                differences.append("row %d %s: CSV %r, sheet %r" % (r, expected[0][c], e, a_row[c]))
    status = "ok" if not differences else "DIFFERENT"
    print("%-10s %s: %d rows, %d cells on %d sheet(s); %d equal only as numbers" % (
        table, status, len(actual), cells, len(parts), numbers))
    for d in differences[:20]:
        print("    " + d)
    if len(differences) > 20:
        print("    ... %d more" % (len(differences) - 20))
    failed = failed or bool(differences)
sys.exit(1 if failed else 0)
PY
