# Sourced by scripts/test.sh and scripts/test-wasm.sh: find Chromium and chromedriver for the
# browser tests and export CHROMIUM, CHROMEDRIVER (absolute paths) and
# WASM_BINDGEN_TEST_WEBDRIVER_JSON (webdriver.json with that browser).
#
# Any OS: $CHROMIUM / $CHROMEDRIVER if set, else chromium, chromium-browser, google-chrome or
# google-chrome-stable, and chromedriver, on PATH. Only when one is missing, and only on
# Debian/Ubuntu as root, it installs Debian's `chromium chromium-driver` with apt-get;
# otherwise it says what to install and stops.
find_browsers() {
  local c
  if [ -z "${CHROMIUM:-}" ]; then
    for c in chromium chromium-browser google-chrome google-chrome-stable; do
      CHROMIUM=$(command -v "$c" || true)
      [ -n "$CHROMIUM" ] && break
    done
  fi
  [ -n "${CHROMEDRIVER:-}" ] || CHROMEDRIVER=$(command -v chromedriver || true)
}
find_browsers
if [ -z "$CHROMIUM" ] || [ -z "$CHROMEDRIVER" ]; then
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    echo "=== apt-get install chromium chromium-driver (the browser tests need them)"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
    find_browsers
  fi
  if [ -z "$CHROMIUM" ] || [ -z "$CHROMEDRIVER" ]; then
    cat >&2 <<EOF
The browser tests need Chromium (or Chrome) and a chromedriver of the same version.
Found: chromium=${CHROMIUM:-none}, chromedriver=${CHROMEDRIVER:-none}.
  Debian/Ubuntu (as root): apt-get install chromium chromium-driver
  elsewhere: install both and put them on PATH, or set CHROMIUM=/path/to/chrome and
  CHROMEDRIVER=/path/to/chromedriver, then run this again.
EOF
    exit 1
  fi
fi
CHROMIUM=$(cd "$(dirname "$CHROMIUM")" && pwd)/$(basename "$CHROMIUM")
CHROMEDRIVER=$(cd "$(dirname "$CHROMEDRIVER")" && pwd)/$(basename "$CHROMEDRIVER")
# webdriver.json names Debian's /usr/bin/chromium; wasm-bindgen-test-runner gets a copy that
# names the browser found here (target/ is git-ignored).
mkdir -p target
WASM_BINDGEN_TEST_WEBDRIVER_JSON=$PWD/target/webdriver.json
node -e '
  const fs = require("fs");
  const w = JSON.parse(fs.readFileSync("webdriver.json", "utf8"));
  w["goog:chromeOptions"].binary = process.argv[1];
  fs.writeFileSync(process.argv[2], JSON.stringify(w, null, 2) + "\n");
' "$CHROMIUM" "$WASM_BINDGEN_TEST_WEBDRIVER_JSON"
export CHROMIUM CHROMEDRIVER WASM_BINDGEN_TEST_WEBDRIVER_JSON
