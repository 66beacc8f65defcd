#pragma once

#include <QString>

namespace guichet::server {

// libsodium does the cryptography: Argon2id password hashes (salted, slow, self-describing
// strings), random tokens and their keyed-free BLAKE2b digests for storage.
namespace crypto {

bool initialise();                             // sodium_init(); false if the library cannot start
QString hashPassword(const QString &password); // crypto_pwhash_str (Argon2id, interactive limits)
bool verifyPassword(const QString &hash, const QString &password);
QString newToken();                        // 32 random bytes, URL-safe base64, "gt_" prefix
QString tokenDigest(const QString &token); // what the server stores: BLAKE2b-256, hex

} // namespace crypto
} // namespace guichet::server
