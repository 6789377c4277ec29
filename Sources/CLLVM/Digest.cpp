// Digest.cpp — SHA-256 from LLVM's support library, for content-addressed object caching.

#include "CLLVM.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/SHA256.h"
#include <cstring>

void OrcaSHA256(const void *first, size_t firstSize, const void *second, size_t secondSize, uint8_t *digest) {
    llvm::SHA256 hash;
    hash.update(llvm::ArrayRef<uint8_t>(static_cast<const uint8_t *>(first), firstSize));
    hash.update(llvm::ArrayRef<uint8_t>(static_cast<const uint8_t *>(second), secondSize));
    llvm::StringRef result = hash.final();
    std::memcpy(digest, result.data(), 32);
}
