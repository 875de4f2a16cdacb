#!/usr/bin/env bash
# npm run test:deploy — the production build behind nginx (deploy/nginx.conf.template), tested:
# two `npm start` instances on 127.0.0.1:3601 and :3602, nginx on 127.0.0.1:3690, all children
# of this script, all stopped and their files removed when it exits. Checks the shared cache
# (X-Cache-Status HIT on the second request), that both instances serve identical bytes, the
# security headers nginx adds to its own errors, and that a killed and restarted instance costs
# no failed request. Needs an existing build (.next/BUILD_ID) and data/test.db; under 3 minutes.
set -uo pipefail
cd "$(dirname "$0")/.."

PORT_1=3601
PORT_2=3602
PORT_NGINX=3690
NGINX_BIN=/usr/sbin/nginx
VIEW=/en/localities/hai-ha/2024
API="/api/figures?locality=hai-ha"
LOAD_REQUESTS=300

if [ ! -f .next/BUILD_ID ]; then
  echo "test:deploy: no production build (.next/BUILD_ID); run npm run build first" >&2
  exit 1
fi
if [ ! -f data/test.db ]; then
  echo "test:deploy: no test database (data/test.db)" >&2
  exit 1
fi
if [ ! -x "$NGINX_BIN" ]; then
  echo "test:deploy: installing nginx (Debian package)"
  if [ "$(id -u)" -ne 0 ]; then
    echo "test:deploy: $NGINX_BIN missing; run as root or apt-get install nginx" >&2
    exit 1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y nginx >/dev/null || exit 1
fi

tmp="$(mktemp -d /tmp/chi-tieu-deploy.XXXXXX)"
# nginx started as root runs its workers as nobody, who must reach the cache and the error page.
chmod 755 "$tmp"
mkdir -p "$tmp/logs" "$tmp/tmp" "$tmp/cache"
cp -R deploy/html "$tmp/html"
app_1="" app_2="" nginx_pid=""

# Stops a process group (each child runs in its own, started by setsid) and waits for it.
stop_group() {
  local pgid="$1"
  [ -n "$pgid" ] || return 0
  kill -TERM -- "-$pgid" 2>/dev/null || return 0
  for _ in $(seq 50); do
    kill -0 -- "-$pgid" 2>/dev/null || return 0
    sleep 0.1
  done
  kill -KILL -- "-$pgid" 2>/dev/null || true
}
cleanup() {
  stop_group "$nginx_pid"
  stop_group "$app_1"
  stop_group "$app_2"
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The public origin, nginx's. Without SITE_URL an instance names itself (http://localhost:3601)
# in og:image, and the two instances' pages differ.
site_url="http://127.0.0.1:$PORT_NGINX"
# Prints the process group id (= pid: setsid makes the child a group leader, and start.sh execs).
start_instance() {
  local port="$1" log="$2"
  DATABASE_URL=file:./data/test.db PORT="$port" HOST=127.0.0.1 SITE_URL="$site_url" \
    setsid bash scripts/start.sh >>"$log" 2>&1 </dev/null &
  echo $!
}
wait_ok() {
  local url="$1"
  for _ in $(seq 150); do
    curl -sf -o /dev/null --max-time 5 "$url" && return 0
    sleep 0.2
  done
  return 1
}

passed=0 failed=0
check() {
  local name="$1"
  shift
  if "$@"; then
    passed=$((passed + 1))
    echo "  ok   $name"
  else
    failed=$((failed + 1))
    echo "  FAIL $name"
  fi
}
summary() {
  echo "test:deploy: $passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}

app_1="$(start_instance "$PORT_1" "$tmp/logs/app-1.log")"
app_2="$(start_instance "$PORT_2" "$tmp/logs/app-2.log")"
sed -e "s/@LISTEN@/127.0.0.1:$PORT_NGINX/" -e "s/@UPSTREAM_1@/127.0.0.1:$PORT_1/" \
  -e "s/@UPSTREAM_2@/127.0.0.1:$PORT_2/" deploy/nginx.conf.template >"$tmp/nginx.conf"
if ! "$NGINX_BIN" -t -q -p "$tmp/" -c "$tmp/nginx.conf" -e "$tmp/logs/error.log"; then
  echo "test:deploy: nginx rejected the rendered configuration" >&2
  failed=1 && summary
  exit 1
fi
setsid "$NGINX_BIN" -p "$tmp/" -c "$tmp/nginx.conf" -e "$tmp/logs/error.log" -g "daemon off;" \
  </dev/null &
nginx_pid=$!

for port in "$PORT_1" "$PORT_2"; do
  if ! wait_ok "http://127.0.0.1:$port$VIEW"; then
    echo "test:deploy: the instance on port $port did not start; its log:" >&2
    cat "$tmp/logs/app-"*.log >&2
    failed=1 && summary
    exit 1
  fi
done
front="http://127.0.0.1:$PORT_NGINX"
# nginx is up once it answers at all.
for _ in $(seq 50); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$front/")" != 000 ] && break
  sleep 0.1
done

# Headers of one request through nginx (lower-cased names, no CR).
headers() { curl -s -o /dev/null -D - --max-time 10 "$@" | tr -d '\r' | tr 'A-Z' 'a-z'; }
header_value() { grep "^$1:" | head -1 | cut -d' ' -f2-; }

echo "cache (nginx honours the app's Cache-Control)"
for url in "$VIEW" "$API"; do
  first="$(headers "$front$url" | header_value x-cache-status)"
  second_headers="$(headers "$front$url")"
  second="$(header_value x-cache-status <<<"$second_headers")"
  echo "       $url: first $first, second $second"
  check "$url is a cache HIT the second time" [ "$second" = "hit" ]
  xfo="$(grep -c '^x-frame-options: deny$' <<<"$second_headers")"
  csp="$(grep -c "^content-security-policy: default-src 'self'" <<<"$second_headers")"
  check "$url HIT has the app's headers, once each (X-Frame-Options $xfo, CSP $csp)" \
    [ "$xfo$csp" = 11 ]
done

echo "identical responses from both instances"
sha() { curl -s --max-time 10 "$1" | sha256sum | cut -d' ' -f1; }
for url in "$VIEW" "$API"; do
  s1="$(sha "http://127.0.0.1:$PORT_1$url")"
  s2="$(sha "http://127.0.0.1:$PORT_2$url")"
  s3="$(sha "$front$url")"
  echo "       $url: ${s1:0:12} ${s2:0:12} (via nginx ${s3:0:12})"
  check "$url: same sha256 from :$PORT_1, :$PORT_2 and nginx" [ "$s1$s1" = "$s2$s3" ]
done

echo "security headers on nginx's own errors"
big="$(head -c 40000 /dev/zero | tr '\0' 'a')"
err_headers="$(headers -H "X-Big: $big" "$front$VIEW")"
status="$(head -1 <<<"$err_headers" | cut -d' ' -f2)"
has_security_headers() {
  [ -n "$(header_value content-security-policy <<<"$1")" ] \
    && [ "$(header_value x-frame-options <<<"$1")" = deny ] \
    && [ -n "$(header_value strict-transport-security <<<"$1")" ] \
    && [ "$(header_value x-content-type-options <<<"$1")" = nosniff ]
}
check "oversized request headers: nginx's own 400 ($status) with the security headers" \
  eval '[ "$status" = 400 ] && has_security_headers "$err_headers"'

echo "load: $LOAD_REQUESTS uncached requests; instance 1 killed after 100, restarted after 200"
: >"$tmp/load.codes"
start_load=$SECONDS
for i in $(seq "$LOAD_REQUESTS"); do
  # A query string the page ignores: a new cache key, so every request reaches an instance.
  curl -s -o /dev/null -w '%{http_code}\n' --max-time 15 "$front$VIEW?load=$i" \
    >>"$tmp/load.codes" || echo 000 >>"$tmp/load.codes"
  if [ "$i" = 100 ]; then
    stop_group "$app_1"
    echo "       after request 100: instance 1 (pgid $app_1) stopped"
  elif [ "$i" = 200 ]; then
    app_1="$(start_instance "$PORT_1" "$tmp/logs/app-1.log")"
    echo "       after request 200: instance 1 restarted (pgid $app_1)"
  fi
  sleep 0.1
done
load_seconds=$((SECONDS - start_load))
non_2xx="$(grep -cv '^2' "$tmp/load.codes")"
# How many of the load requests in a range (sed address) an instance answered: the last upstream
# address in the access log line (after a failed attempt nginx lists both).
by_instance() {
  grep "GET $VIEW?load=" "$tmp/logs/access.log" | sed -n "$1" \
    | sed -E 's/.* (upstream=)?([^ ]+) upstream_status=.*/\2/' | grep -cx "127.0.0.1:$2"
}
echo "       $non_2xx non-2xx of $(wc -l <"$tmp/load.codes") in ${load_seconds}s;" \
  "served by :$PORT_1/:$PORT_2 — requests 1-100: $(by_instance 1,100p "$PORT_1")/$(
    by_instance 1,100p "$PORT_2"
  ), 101-200: $(by_instance 101,200p "$PORT_1")/$(
    by_instance 101,200p "$PORT_2"
  ), 201-300: $(by_instance 201,300p "$PORT_1")/$(
    by_instance 201,300p "$PORT_2"
  )"
retried="$(grep "GET $VIEW?load=" "$tmp/logs/access.log" | grep -c 'upstream=[^ ]*, ')"
echo "       $retried request(s) retried on the other instance after a failed attempt"
check "zero failed requests while instance 1 is killed and restarted" [ "$non_2xx" = 0 ]
check "both instances served requests before the kill" \
  eval '[ "$(by_instance 1,100p "$PORT_1")" -gt 0 ] && [ "$(by_instance 1,100p "$PORT_2")" -gt 0 ]'
check "the restarted instance 1 serves again" \
  [ "$(by_instance 201,300p "$PORT_1")" -gt 0 ]

echo "both instances down"
stop_group "$app_1"
stop_group "$app_2"
down_headers="$(headers "$front$VIEW?down=1")"
status="$(head -1 <<<"$down_headers" | cut -d' ' -f2)"
check "an uncached view: nginx's own 502 ($status) with the security headers" \
  eval '[ "$status" = 502 ] && has_security_headers "$down_headers"'
cached="$(headers "$front$VIEW")"
check "a cached view is still served ($(head -1 <<<"$cached" | cut -d' ' -f2), $(
  header_value x-cache-status <<<"$cached"
))" [ "$(head -1 <<<"$cached" | cut -d' ' -f2)" = 200 ]

summary
