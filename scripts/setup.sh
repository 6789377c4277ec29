#!/usr/bin/env bash
# setup.sh — installs what Orca needs from Debian's packages, if it is missing. Safe to re-run.
#   llvm-14-dev: LLVM 14's C API (headers under /usr/lib/llvm-14/include, libLLVM-14.so),
#                used by `orca bench` for side-by-side figures and by the IR layer.
set -euo pipefail

packages=()
[ -f /usr/lib/llvm-14/include/llvm-c/Orc.h ] || packages+=(llvm-14-dev)
[ -e /usr/lib/x86_64-linux-gnu/libLLVM-14.so ] || packages+=(llvm-14-dev)

if [ ${#packages[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "setup: installing ${packages[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${packages[@]}" >/dev/null
fi
echo "setup: LLVM 14 at /usr/lib/llvm-14"
