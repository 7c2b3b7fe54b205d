#pragma once
// One deleter template for every C handle the engine owns (SQLite, OpenSSL,
// libzip, expat, iconv). Destructors never throw.
#include <memory>

namespace hx {

template <typename T, auto Free>
struct Deleter {
    void operator()(T* p) const noexcept
    {
        if (p)
            static_cast<void>(Free(p));
    }
};

template <typename T, auto Free>
using Handle = std::unique_ptr<T, Deleter<T, Free>>;

} // namespace hx
