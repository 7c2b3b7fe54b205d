#pragma once
// Environment failures (storage, crypto, files, input formats) are typed
// exceptions carrying a bilingual message; front ends catch them at their
// boundary. Expected domain outcomes are values, never exceptions.
#include "text.hpp"

#include <stdexcept>

namespace hx {

class Error : public std::runtime_error {
public:
    explicit Error(Text text) : std::runtime_error(text.en), m_text(std::move(text)) {}
    const Text& text() const { return m_text; }

private:
    Text m_text;
};

struct StorageError : Error { using Error::Error; };
struct CryptoError : Error { using Error::Error; };
struct FileError : Error { using Error::Error; };
struct InputError : Error { using Error::Error; };

} // namespace hx
