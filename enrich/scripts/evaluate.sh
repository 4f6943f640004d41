#!/bin/sh
# Scores the article extractor on a Readability-style dataset directory and prints totals and
# the ten worst pages. Usage (from the repository root):
#   enrich/scripts/evaluate.sh [dataset-dir]   (default: ../shared/datasets/readability-test-pages)
set -e
cd "$(dirname "$0")/../.."
DATASET="${1:-../shared/datasets/readability-test-pages}"
mvn -q -pl enrich -am compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
exec java -cp "enrich/target/classes:$(cat enrich/target/classpath.txt)" \
  io.newsflow.enrich.extract.eval.ExtractionEvaluation "$DATASET"
