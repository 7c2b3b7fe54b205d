#pragma once
// SHA-256 through OpenSSL's EVP interface.
#include <string>
#include <string_view>

namespace hx {

// Lower-case hex digest of the bytes. Throws CryptoError if OpenSSL fails.
std::string sha256Hex(std::string_view bytes);

} // namespace hx
