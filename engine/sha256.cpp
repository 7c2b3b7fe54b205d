#include "sha256.hpp"

#include "errors.hpp"
#include "handles.hpp"

#include <openssl/evp.h>

namespace hx {

std::string sha256Hex(std::string_view bytes)
{
    Handle<EVP_MD_CTX, EVP_MD_CTX_free> ctx(EVP_MD_CTX_new());
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1
        || EVP_DigestUpdate(ctx.get(), bytes.data(), bytes.size()) != 1
        || EVP_DigestFinal_ex(ctx.get(), md, &len) != 1)
        throw CryptoError({"SHA-256 计算失败", "SHA-256 computation failed"});
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(2 * len);
    for (unsigned i = 0; i < len; ++i) {
        out += hex[md[i] >> 4];
        out += hex[md[i] & 0xf];
    }
    return out;
}

} // namespace hx
