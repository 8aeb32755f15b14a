#!/usr/bin/env bash
# The Python package's tests (python/): builds it with `pip install ./python` into a venv it
# makes under target/ (git-ignored), with maturin, pytest, mypy and pandas from PyPI, then runs
# python/tests with pytest: results against the CLI on the fixtures (and on the corpus when
# ../shared is there), the README's Python examples, the types under `mypy --strict`.
# Called by scripts/test.sh; idempotent. The extension and the CLI it is compared with are
# built in the `python-test` profile (Cargo.toml: optimized, no LTO) with the same features,
# so the core is compiled once for both; `pip install ./python` for users is the release
# profile. From a fresh clone: 1 min 47 s on 2 cores (load average 3-7), venv and builds
# included; about 40 s when they are there.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
VENV=target/python-venv
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
# maturin's build hook runs the `maturin` program: the venv's bin first on PATH.
export PATH="$PWD/$VENV/bin:$PATH" PYTHONDONTWRITEBYTECODE=1 PIP_DISABLE_PIP_VERSION_CHECK=1
# pandas: the README's second Python example builds a DataFrame, and every README example runs.
python -c 'import maturin, pytest, mypy, pandas' 2>/dev/null \
  || pip install --quiet "maturin>=1.9.4,<2" "pytest>=8,<10" "mypy>=1.10,<2" "pandas>=2,<3"

echo "=== pip install ./python (profile python-test) into $VENV"
MATURIN_PEP517_ARGS="--profile python-test --features form6k/default" \
  pip install --quiet --no-build-isolation --no-deps --force-reinstall ./python
cargo build --quiet --profile python-test --bin form6k

echo "=== pytest python/tests"
FORM6K_CLI=target/python-test/form6k python -m pytest -p no:cacheprovider -rs -q python/tests
