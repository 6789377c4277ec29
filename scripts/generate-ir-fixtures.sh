#!/usr/bin/env bash
# generate-ir-fixtures.sh — regenerates the textual IR the IR program tests run
# (Tests/OrcaLLVMTests/Inputs/ir/*.ll) from the C programs of the link suite, with clang-14:
# LLVM 14, which Orca compiles IR with, cannot read IR from newer clangs. Installs clang-14 from
# Debian's packages if it is missing. Run from anywhere; commit the result.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=Tests/OrcaLLVMTests/Inputs/ir

if ! command -v clang-14 >/dev/null; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq clang-14 >/dev/null
fi

programs=(recursion switches floats varargs sorting jumps structs args callbacks hostfnptr strings stdio
          multi_main multi_util multi_data weak_main weak_strong)
lifetime=(atexit_order atexit_nested exit_pending priorities priorities_a priorities_b tls_threads tls_extern_main
          tls_extern_definition)

cd "$root"   # relative paths keep the machine's directories out of the fixtures
mkdir -p "$out"
rm -f "$out"/*.ll
for name in "${programs[@]}"; do
    clang-14 -O1 -S -emit-llvm "Tests/OrcaLinkTests/Inputs/programs/$name.c" -o "$out/$name.ll"
done
for name in "${lifetime[@]}"; do
    clang-14 -O1 -S -emit-llvm "Tests/OrcaLinkTests/Inputs/lifetime/$name.c" -o "$out/$name.ll"
done
echo "generate-ir-fixtures: $(ls "$out"/*.ll | wc -l) files in $out"
