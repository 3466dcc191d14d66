#!/usr/bin/env bash
# Saturation load test with wrk over loopback against `moderation serve` (storage on, SQLite).
# Usage: benchmarks/load_wrk.sh [seconds] [connections] [workers]
# Fixed-rate latency (wrk2 is not in Debian) is in benchmarks/http_load.py.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_RUN=${1:-15}
CONNECTIONS=${2:-16}
WORKERS=${3:-$(nproc)}
PY=${PYTHON:-.venv/bin/python}

if ! command -v wrk >/dev/null; then
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi

WORK=$(mktemp -d)
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; rm -rf "$WORK"' EXIT
export DATABASE_URL="sqlite:///$WORK/load.sqlite3"
export MODERATION_MODEL=${MODERATION_MODEL:-none} MODERATION_RATE_LIMIT_PER_S=0 MODERATION_LOG_LEVEL=WARNING
KEY=$($PY -m moderation keys create --role service --name wrk 2>/dev/null)
PORT=$($PY -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
$PY -m moderation serve --port "$PORT" --workers "$WORKERS" --threads 4 >"$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 150); do
  curl -fs "http://127.0.0.1:$PORT/readyz" >/dev/null 2>&1 && break
  sleep 0.2
done

cat >"$WORK/single.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $KEY"
wrk.body = '{"text": "Tere! Pakk läks täna teele, jälgimiskood RR123456785EE. Kui midagi, kirjutage siia.", "context": {"seller_id": "s-1"}}'
LUA
$PY - "$WORK/batch.lua" "$KEY" <<'PYCODE'
import json, sys
from benchmarks.corpus import generate
body = json.dumps({"messages": [{"id": m.id, "text": m.text} for m in generate(n=20, n_300=20)]})
with open(sys.argv[1], "w") as f:
    f.write('wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\n')
    f.write(f'wrk.headers["Authorization"] = "Bearer {sys.argv[2]}"\nwrk.body = [==[{body}]==]\n')
PYCODE

echo "== single /v1/moderate (${CONNECTIONS} connections, ${WORKERS} workers, ${SECONDS_RUN}s)"
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_RUN}s" --latency -s "$WORK/single.lua" "http://127.0.0.1:$PORT/v1/moderate"
echo "== batch of 20 /v1/moderate/batch"
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_RUN}s" --latency -s "$WORK/batch.lua" "http://127.0.0.1:$PORT/v1/moderate/batch"
