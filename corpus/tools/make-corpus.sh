#!/usr/bin/env bash
# Re-makes corpus/reports, corpus/bad and corpus/expected from the seed reports.
#
#   corpus/tools/make-corpus.sh [SEEDS_DIR]      (default: ../shared/seeds beside the checkout)
#
# Needs: Java 17, LibreOffice (soffice, with a CJK font such as fonts-noto-cjk), qpdf and
# poppler-utils (pdftoppm). POI/PDFBox/Tika come from the extractor module's classpath; if Maven
# cannot resolve it (model not installed yet), run `./mvnw -q install -DskipTests` once.
# LibreOffice output carries timestamps, so a re-run changes the .doc/.pdf/.rtf/.xls bytes.
set -euo pipefail

tools=$(cd "$(dirname "$0")" && pwd)
corpus=$(dirname "$tools")
main=$(dirname "$corpus")
seeds=${1:-$main/../shared/seeds}
reports=$corpus/reports
bad=$corpus/bad
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for tool in java soffice qpdf pdftoppm; do
  command -v "$tool" >/dev/null || { echo "make-corpus: $tool is not installed" >&2; exit 1; }
done

echo "== classpath"
(cd "$main" && ./mvnw -B -q dependency:build-classpath -pl extractor -Dmdep.outputFile="$work/cp.txt")
cp=$(cat "$work/cp.txt")

echo "== seeds -> txt, docx, html, xlsx, expected/"
java -cp "$cp" "$tools/MakeCorpus.java" "$seeds" "$corpus"

echo "== standard budget tables -> budget-tables.xlsx"
java -cp "$cp" "$tools/MakeBudgetTables.java" "$corpus"

# One LibreOffice call per target format; a private profile so a running office is not touched.
convert() {   # convert FILTER FILE...
  local filter=$1; shift
  soffice --headless --norestore "-env:UserInstallation=file://$work/lo-profile" \
    --convert-to "$filter" --outdir "$reports" "$@" >/dev/null 2>&1
}

echo "== LibreOffice: doc, pdf, rtf, xls"
mapfile -t docx < <(find "$reports" -maxdepth 1 -regex '.*/[0-9][0-9][0-9]_[0-9a-f]*\.docx' | sort)
convert 'doc:MS Word 97' "${docx[@]}"
convert 'pdf:writer_pdf_Export' "${docx[@]}"
convert 'rtf:Rich Text Format' "$reports/001_4993de9eea35429d.docx"
convert 'xls:MS Excel 97' "$reports/004_8a99ebaca312e0ad.xlsx"
convert 'pdf:calc_pdf_Export' "$reports/budget-tables.xlsx"

echo "== copies: misnamed .doc, Chinese path, owner-password PDF"
cp "$reports/002_d438e33e9ac7aa45.doc" "$reports/002_d438e33e9ac7aa45.doc-named.docx"
mkdir -p "$reports/四川省"
cp "$reports/003_c9902219ec604704.docx" "$reports/四川省/攀枝花市东区2024年度预算绩效管理工作情况说明.docx"
# Restricted (no printing/copying/editing) but no open password: readers must still get the text.
qpdf --encrypt "" "owner-only" 256 --print=none --modify=none --extract=n -- \
  "$reports/000_9988a41b680c0e1f.pdf" "$reports/000_9988a41b680c0e1f.restricted.pdf"

echo "== bad inputs"
mkdir -p "$bad"
pdftoppm -f 1 -l 1 -r 100 -gray -jpeg "$reports/000_9988a41b680c0e1f.pdf" "$work/scan"
pdftoppm -f 1 -l 1 -r 40 -png -singlefile "$reports/004_8a99ebaca312e0ad.pdf" "$bad/picture"
java -cp "$cp" "$tools/MakeBadInputs.java" "$corpus" "$seeds" "$(ls "$work"/scan*.jpg | head -1)"
rm -f "$bad/encrypted.pdf"
qpdf --encrypt "secret" "secret-owner" 256 -- "$reports/000_9988a41b680c0e1f.pdf" "$bad/encrypted.pdf"

echo "== parse time of bad/slow.pdf"
java -cp "$cp" "$tools/TimeParse.java" "$bad/slow.pdf"

du -sh "$reports" "$bad"
