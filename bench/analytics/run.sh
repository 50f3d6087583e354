#!/usr/bin/env bash
# Measures the analytics queries on one million generated disputes (docs/analytics.md).
# Usage: bench/analytics/run.sh [DATABASE]   (default dc_insight_bench on 127.0.0.1:5432, user postgres)
# Creates the database, applies V1 and V6, generates the data, prints each query's plan and time
# for a 90-day and a 365-day period, then drops the V6 indexes and measures again; drops the database.
set -euo pipefail
db=${1:-dc_insight_bench}
here=$(cd "$(dirname "$0")" && pwd)
psql=(psql -h 127.0.0.1 -U postgres -X -q)
"${psql[@]}" -d postgres -c "drop database if exists $db" -c "create database $db"
trap '"${psql[@]}" -d postgres -c "drop database if exists '"$db"'"' EXIT
for migration in "$here"/../../db/migration/V1__*.sql "$here"/../../db/migration/V6__*.sql; do
  "${psql[@]}" -d "$db" -v ON_ERROR_STOP=1 -f "$migration"
done
start=$(date +%s)
"${psql[@]}" -d "$db" -f "$here/generate.sql"
echo "generated in $(( $(date +%s) - start )) s: $("${psql[@]}" -d "$db" -Atc "select count(*) from dispute") disputes," \
  "$("${psql[@]}" -d "$db" -Atc "select count(*) from timeline_entry") timeline entries"
measure() {
  for days in 90 365; do
    echo "## $1, period of $days days"
    "${psql[@]}" -d "$db" -v from="$(date -u -d "2026-11-24 - $days days" +%F)T00:00:00Z" -v to="2026-11-24T00:00:00Z" \
      -f "$here/queries.sql" 2>&1 | grep -E '^==|Execution Time|Index|Seq Scan|Bitmap Heap'
  done
}
measure "with the V6 indexes"
"${psql[@]}" -d "$db" -c "drop index ix_dispute_opened, ix_timeline_type" -c "analyze"
measure "without the V6 indexes"
